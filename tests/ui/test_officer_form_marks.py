"""Forms (issue 9): the "complete" mark survives undo and evidence; a reopened form says so;
another indicator opens at its top; history and figures in words."""

import pytest
from form_helpers import CATALOG, SGD, WARD, head, line, open_form, type_into  # noqa: F401

from lcdesk.core.officer import entry
from lcdesk.ui.widgets import tasks


@pytest.fixture
def catalog(demo):
    return demo.get_catalog(CATALOG)


@pytest.fixture(autouse=True)
def synchronous(monkeypatch):
    monkeypatch.setattr(tasks, "runner", tasks.run_synchronously)


def test_undo_back_to_the_completed_figures_keeps_the_mark(qtbot, demo, catalog):
    form = open_form(qtbot, demo, catalog, WARD, "1.1.2.a")
    assert form.status == entry.COMPLETE
    type_into(qtbot, line(form, "value", "numerator"), "6800")
    assert form.status == entry.DRAFT
    assert "mở lại" in form.saved_label.text()  # said plainly
    form.undo()
    assert line(form, "value", "numerator").text() == "6.705"
    assert form.status == entry.COMPLETE
    assert head(demo, catalog, WARD, "1.1.2.a", "value").status == "complete"


def test_adding_evidence_keeps_a_completed_form_complete(qtbot, demo, catalog, tmp_path):
    source = tmp_path / "Biên bản.pdf"
    source.write_bytes(b"%PDF minh chung")
    form = open_form(qtbot, demo, catalog, WARD, "1.1.2.a")
    form.evidence.add_paths([str(source)])
    record = head(demo, catalog, WARD, "1.1.2.a", "value")
    assert len(record.evidence) == 1 and record.status == "complete"
    assert form.status == entry.COMPLETE


def test_another_indicator_opens_at_its_top(qtbot, demo, catalog):
    form = open_form(qtbot, demo, catalog, SGD, "2.4.1.a")
    form.resize(600, 300)
    qtbot.waitUntil(lambda: form.scroll.verticalScrollBar().maximum() > 0)
    form.scroll.verticalScrollBar().setValue(form.scroll.verticalScrollBar().maximum())
    form.show_indicator(catalog, SGD, 2025, "2.1.1.a")
    assert form.scroll.verticalScrollBar().value() == 0


def test_the_history_says_in_words_what_each_record_changed(qtbot, demo, catalog, tmp_path):
    source = tmp_path / "Biên bản.pdf"
    source.write_bytes(b"%PDF minh chung")
    form = open_form(qtbot, demo, catalog, WARD, "1.1.2.a")
    type_into(qtbot, line(form, "value", "numerator"), "12000")  # above the denominator: a draft with an error
    form.evidence.add_paths([str(source)])
    rows = form.history.rows()
    assert rows[0][5] == "thêm minh chứng"
    assert rows[1][2] == "Nháp còn lỗi" and "numerator" not in rows[1][2] and rows[1][5] == "sửa số liệu, mở lại (nháp)"
    assert rows[-1][5] == "nhập số liệu"
    assert all("=" not in row[2] for row in rows)  # never raw field names
