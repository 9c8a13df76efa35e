"""Only one's own indicators (issue 9): others are read-only, with who reports them today."""

from PySide6.QtCore import Qt
from test_officer_window import WARD, make_window

from lcdesk.core.errors import EntryError
from lcdesk.core.officer import entry

import pytest


def test_an_indicator_of_a_department_is_read_only_for_the_ward(qtbot, demo):
    window = make_window(qtbot, demo)
    assert window.toolbar.unit() == WARD
    window.tree.show_all_check.click()
    window.tree.select_code("2.1.1.a")  # Sở Giáo dục và Đào tạo's
    assert window.right.currentWidget() is window.detail
    assert window.detail.is_read_only()
    assert "không được giao cho Phường Ba Đình" in window.detail.readonly_note.text()
    assert "Sở Giáo dục và Đào tạo" in window.detail.label("reported_now").text()
    window.tree.select_code("1.1.2.a")  # the ward's own: a form
    assert window.right.currentWidget() is window.officer.form


def test_the_form_shows_who_reports_it_today_beside_the_plans_wording(qtbot, demo):
    window = make_window(qtbot, demo)
    window.tree.select_code("1.1.2.a")
    header = window.officer.form.header
    assert header.values["responsible"].text() == "UBND quận, huyện, thị xã"  # as the plan wrote it
    assert header.values["reported_now"].text() == "Phường Ba Đình"
    assert header.values["reported_now"].isVisibleTo(window)


def test_the_core_refuses_a_figure_for_an_indicator_not_assigned_to_the_unit(demo):
    catalog = demo.get_catalog(demo.get_setting("provisioning")["catalogs"][0])
    with pytest.raises(EntryError) as refused:
        entry.save_value(demo, catalog, unit=WARD, period=2025, indicator="1.3.2.b", measure="value", raw={"rate": 5})
    assert "do Công an Thành phố báo cáo" in refused.value.message_vi
    assert not demo.heads(unit=WARD, indicator="1.3.2.b")
