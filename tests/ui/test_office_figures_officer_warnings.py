"""The officer sees the data-quality warnings on the form and in the export dialog, before sending."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent

from lcdesk.core.exchange import identity
from lcdesk.core.officer import entry
from lcdesk.ui.officer.export_dialog import ExportDialog
from lcdesk.ui.officer.indicator_form import IndicatorForm
from tests.core import city_fixture

MESSAGE = "Mẫu số (280) phải là số người đạt danh hiệu “Công dân học tập” của chỉ số 1.1.1.a (300)."


@pytest.fixture
def officer(tmp_path):
    office = city_fixture.make_office(tmp_path / "office", "learning-models")
    store = city_fixture.enrol(office, tmp_path / "officer", "Nguyễn Văn An", ["00004"], tmp_path)
    office.close()
    catalog = identity.officer_catalogs(store)[0]
    for indicator, raw in (("1.1.1.a", {"numerator": 300, "denominator": 1000}),
                           ("1.1.2.b", {"numerator": 50, "denominator": 280})):
        entry.save_value(store, catalog, unit="00004", period=2025, indicator=indicator, measure="value", raw=raw)
    yield store, catalog
    store.close()


def test_the_form_shows_its_failed_rule_and_clears_it_when_fixed(qtbot, officer):
    store, catalog = officer
    form = IndicatorForm(store)
    qtbot.addWidget(form)
    form.show_indicator(catalog, "00004", 2025, "1.1.2.b")
    box = form.check_warnings
    assert not box.isHidden() and MESSAGE in box.body.text().replace("&amp;", "&")
    assert "Cảnh báo kiểm tra số liệu (1)" in box.title.text()
    entry.save_value(store, catalog, unit="00004", period=2025, indicator="1.1.2.b", measure="value",
                     raw={"numerator": 50, "denominator": 300})
    form.show_indicator(catalog, "00004", 2025, "1.1.2.b")
    assert box.isHidden()
    form.close()


def test_the_export_dialog_lists_every_warning_with_its_unit(qtbot, officer):
    store, _ = officer
    dialog = ExportDialog(store, places=[])
    qtbot.addWidget(dialog)
    box = dialog.check_warnings
    assert not box.isHidden()
    assert f"Phường Ba Đình · 1.1.2.b: {MESSAGE}" in box.body.text()
    dialog.close()
    dialog.deleteLater()  # the dialog's own widgets re-read the store on a language change
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
