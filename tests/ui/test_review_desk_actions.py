"""The review desk's finer actions through real widgets: a comment per measure, unapproving with a
reason, adjusting the expected set and extending a deadline from the completeness page, the three
kinds of "nothing" in the grid, and the chase list read back from its .xlsx."""

from datetime import date, datetime, timedelta, timezone

import openpyxl
from PySide6.QtCore import QDate, Qt

from lcdesk.core.exchange import feedback
from lcdesk.core.office import chase_list, completeness, expected, review
from lcdesk.core.units.registry import Unit
from lcdesk.ui.main_window import MainWindow
from lcdesk.ui.office.completeness_page import CompletenessPage
from lcdesk.ui.office.review_labels import COLOURS
from lcdesk.ui.office.review_page import ReviewPage

from tests.core.review_city import (
    CATALOG, HEALTH, PERIOD, WARD_INDICATORS, city_unit_list, enrol, fill, make_office, send,
)
from tests.ui.review_scene import open_page
from tests.ui.test_review_desk import select_rows

BA_DINH, NGOC_HA, GIANG_VO = "00004", "00008", "00025"
DENOMINATOR = "Mẫu số không khớp với dân số năm 2025"


def click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def review_page(qtbot, office):
    return open_page(qtbot, ReviewPage, office)


def test_return_with_a_comment_on_one_measure_reaches_the_officer_beside_that_field(qtbot, scene, errors):
    office, officers, work = scene
    page = review_page(qtbot, office)
    select_rows(page, {(BA_DINH, "1.1.2.a"), (BA_DINH, "1.3.2.a")})
    assert not page.measure_combo.isEnabled()  # two indicators: only "the whole form"
    select_rows(page, {(BA_DINH, "1.3.2.a")})
    assert page.measure_combo.isEnabled()
    assert [page.measure_combo.itemData(i) for i in range(page.measure_combo.count())] == ["", "value"]
    page.measure_combo.setCurrentIndex(page.measure_combo.findData("value"))
    page.comment_edit.insert(DENOMINATOR)
    click(qtbot, page.return_button)
    select_rows(page, {(BA_DINH, "1.3.2.a")})
    page.measure_combo.setCurrentIndex(0)
    page.comment_edit.insert("Thiếu tài liệu minh chứng")
    click(qtbot, page.return_button)
    assert errors == []
    records = [(r["action"], r["measure"], r["text"]) for r in office.review_records()]
    assert records == [("return", "value", DENOMINATOR), ("return", "", "Thiếu tài liệu minh chứng")]
    form = review.forms(office, CATALOG, PERIOD)[(BA_DINH, "1.3.2.a")]
    assert form.state == "returned" and [c["measure"] for c in form.comments] == ["value", ""]
    row = [f.indicator for f in page.rows].index("1.3.2.a")
    assert page.table.item(row, 5).text() == f"Tỷ lệ: {DENOMINATOR}\nThiếu tài liệu minh chứng"  # the label, not the code
    assert page.measure_combo.itemText(1) == "Tỷ lệ (value)"

    outbox = work / "out"
    outbox.mkdir()
    page.write_files(str(outbox))
    window = MainWindow(officers[BA_DINH])
    qtbot.addWidget(window)
    window.open_file(str(next(p for p in outbox.iterdir() if p.suffix == ".lcf" and "ba-dinh" in p.name)))
    assert window.todo.list.topLevelItem(0).text(2).endswith(f"{DENOMINATOR}\nThiếu tài liệu minh chứng")
    window.show()
    window.todo.list.setCurrentItem(window.todo.list.topLevelItem(0))
    click(qtbot, window.todo.open_button)
    note = window.officer.form.review_note.text()  # beside the form's fields, by the measure's label
    assert f"Tỷ lệ: {DENOMINATOR}" in note and "Thiếu tài liệu minh chứng" in note


def test_unapproving_in_the_gui_needs_a_reason(qtbot, scene, errors):
    office, _, _ = scene
    page = review_page(qtbot, office)
    select_rows(page, {(BA_DINH, "1.1.2.a")})
    click(qtbot, page.approve_button)
    assert review.form_states(office, CATALOG, PERIOD)[(BA_DINH, "1.1.2.a")] == "approved"
    select_rows(page, {(BA_DINH, "1.1.2.a")})
    page.comment_edit.insert("   ")
    click(qtbot, page.unapprove_button)  # a blank reason: refused, nothing written
    assert errors == ["Hãy ghi lý do bỏ duyệt."]
    assert [r["action"] for r in office.review_records()] == ["approve"]
    assert review.form_states(office, CATALOG, PERIOD)[(BA_DINH, "1.1.2.a")] == "approved"
    page.comment_edit.clear()
    page.comment_edit.insert("Sở Y tế báo số liệu khác")
    select_rows(page, {(BA_DINH, "1.1.2.a")})
    click(qtbot, page.unapprove_button)
    last = office.review_records()[-1]
    assert (last["action"], last["text"]) == ("unapprove", "Sở Y tế báo số liệu khác")
    assert review.form_states(office, CATALOG, PERIOD)[(BA_DINH, "1.1.2.a")] == "complete"
    assert page.result.text() == "Đã bỏ duyệt 1 biểu mẫu."


def completeness_page(qtbot, office):
    return open_page(qtbot, CompletenessPage, office)


def test_adjusting_the_expected_set_from_the_completeness_page_is_recorded_with_its_reason(qtbot, scene, errors):
    office, _, _ = scene
    page = completeness_page(qtbot, office)
    panel, model = page.adjust_panel, page.model
    assert "7/14" in page.summary.text()
    row = [u["code"] for u in model.units].index(GIANG_VO)
    page.table.clicked.emit(model.index(row, 3 + model.indicators.index("2.2.2.d")))  # a click chooses the cell
    assert (panel.unit_combo.currentData(), panel.indicator_combo.currentData()) == (GIANG_VO, "2.2.2.d")
    click(qtbot, panel.remove_button)  # no reason: refused
    assert errors == ["Hãy ghi lý do."] and office.expected_changes() == []
    panel.reason_edit.insert("Phường không có trường trung cấp")
    click(qtbot, panel.remove_button)
    assert "7/13" in page.summary.text() and panel.reason_edit.text() == ""
    change = office.expected_changes()[-1]
    assert (change["unit"], change["indicator"], change["change"], change["reason"]) == \
        (GIANG_VO, "2.2.2.d", "remove", "Phường không có trường trung cấp")
    assert GIANG_VO not in expected.expected_cells(office, CATALOG, PERIOD)["2.2.2.d"]
    panel.reason_edit.insert("Nhầm, trường đã mở lại")
    click(qtbot, panel.add_button)
    assert "7/14" in page.summary.text()
    assert [c["change"] for c in office.expected_changes()] == ["remove", "add"]
    lines = panel.history.text().split("\n")
    assert lines[1].endswith("bỏ 2.2.2.d — Phường không có trường trung cấp")
    assert lines[2].endswith("thêm 2.2.2.d — Nhầm, trường đã mở lại")


def test_a_deadline_extension_from_the_completeness_page_makes_a_late_unit_on_time(qtbot, scene, errors):
    office, _, _ = scene
    page = completeness_page(qtbot, office)
    panel, model = page.adjust_panel, page.model
    lateness = lambda: {u["code"]: model.data(model.index(r, 2)) for r, u in enumerate(model.units)}  # noqa: E731
    # three forms sent after the deadline three days ago, the fourth still owed
    assert lateness()[NGOC_HA] == "Nộp trễ, còn thiếu 1 biểu, quá hạn 3 ngày" and "1 đơn vị nộp trễ" in page.summary.text()
    panel.choose(NGOC_HA)
    until = date.today() + timedelta(days=10)
    panel.until_edit.setDate(QDate(until.year, until.month, until.day))
    click(qtbot, panel.extend_button)  # an extension needs a reason
    assert errors == ["Hãy ghi lý do."]
    panel.reason_edit.insert("Cán bộ nghỉ ốm, có giấy xác nhận")
    click(qtbot, panel.extend_button)
    assert lateness()[NGOC_HA] == "Đúng hạn, còn thiếu 1 biểu" and "0 đơn vị nộp trễ" in page.summary.text()
    change = office.deadline_changes()[-1]
    assert (change["unit"], change["deadline"], change["reason"]) == \
        (NGOC_HA, until.isoformat(), "Cán bộ nghỉ ốm, có giấy xác nhận")
    assert panel.result.text().startswith("Đã gia hạn cho Phường Ngọc Hà")
    assert panel.history.text().startswith("Đã ghi cho đơn vị này:\n")
    assert panel.history.text().endswith(f"gia hạn đến {until:%d/%m/%Y} — Cán bộ nghỉ ốm, có giấy xác nhận")
    panel.choose(BA_DINH)  # the scene's earlier extension, recorded with its reason
    assert panel.history.text().endswith("— Mất điện cả tuần") and "Cán bộ nghỉ ốm" not in panel.history.text()


def test_grid_tells_not_received_received_empty_and_reported_zero_apart(qtbot, scene):
    office, officers, work = scene
    fill(officers[GIANG_VO], GIANG_VO, WARD_INDICATORS[:1], rate=(0, 60))  # a real zero: 0 of 60
    send(officers[GIANG_VO], office, work, "c1")
    page = completeness_page(qtbot, office)
    model = page.model
    row = {u["code"]: r for r, u in enumerate(model.units)}

    def cell(unit, indicator, role=Qt.ItemDataRole.DisplayRole):
        return model.data(model.index(row[unit], 3 + model.indicators.index(indicator)), role)

    assert cell(GIANG_VO, "1.1.2.a") == "Báo cáo số 0"
    assert cell(NGOC_HA, "2.2.2.d") == "Nhận, để trống"
    assert cell(GIANG_VO, "2.2.2.d") == "Nhận, để trống"  # its bundle came, that form empty
    assert cell(HEALTH, "1.3.2.e") == "Chưa nhận"  # nothing came from the Department of Health
    assert cell(BA_DINH, "2.2.2.d") == "Hoàn thành"
    colours = {cell(u, i, Qt.ItemDataRole.BackgroundRole).name()
               for u, i in ((GIANG_VO, "1.1.2.a"), (NGOC_HA, "2.2.2.d"), (HEALTH, "1.3.2.e"))}
    assert colours == {COLOURS["zero"], COLOURS["empty"], COLOURS["not_received"]} and len(colours) == 3
    assert COLOURS["zero"] not in (COLOURS["draft"], COLOURS["complete"])
    assert cell(GIANG_VO, "1.1.2.a", Qt.ItemDataRole.ToolTipRole) == "Phường Giảng Võ — 1.1.2.a: Báo cáo số 0 (Hoàn thành)"
    legend = page.legend.text()
    for name, colour in (("Chưa nhận", "not_received"), ("Nhận, để trống", "empty"), ("Báo cáo số 0", "zero")):
        assert f'background-color:{COLOURS[colour]}">&nbsp;{name}&nbsp;' in legend


def test_chase_list_xlsx_has_name_unit_position_what_is_missing_and_how_late(qtbot, scene):
    office, _, work = scene
    page = completeness_page(qtbot, office)
    page.export_chase_list(str(work / "đôn đốc.xlsx"))
    sheet = openpyxl.load_workbook(work / "đôn đốc.xlsx").active
    rows = list(sheet.iter_rows(values_only=True))
    header = rows[0]
    assert header[:5] == ("Đơn vị", "Mã đơn vị", "Cán bộ", "Chức vụ", "Chưa nhận") and header[-2:] == ("Trễ hạn", "Số ngày quá hạn")
    found = {r[1]: dict(zip(header, r)) for r in rows[1:]}
    assert set(found) == {NGOC_HA, GIANG_VO, HEALTH}  # Ba Đình sent everything
    giang_vo = found[GIANG_VO]
    assert (giang_vo["Đơn vị"], giang_vo["Cán bộ"], giang_vo["Chức vụ"]) == \
        ("Phường Giảng Võ", "Cán bộ Phường Giảng Võ", "Công chức văn hóa - xã hội")
    assert giang_vo["Chưa nhận"] == ", ".join(WARD_INDICATORS)
    assert (giang_vo["Trễ hạn"], giang_vo["Số ngày quá hạn"]) == ("Quá hạn 3 ngày", 3)  # the deadline was 3 days ago
    ngoc_ha = found[NGOC_HA]
    assert (ngoc_ha["Cán bộ"], ngoc_ha["Chưa nhận"]) == ("Cán bộ Phường Ngọc Hà", "2.2.2.d")
    # its bundle came after the deadline (by the office's import time, in Vietnam), and 2.2.2.d is still owed
    received = datetime.fromisoformat(ngoc_ha["Văn phòng nhận lần đầu"]).astimezone(timezone(timedelta(hours=7)))
    late_by = (received.date() - date.fromisoformat(ngoc_ha["Hạn nộp"])).days
    assert late_by >= 3 and ngoc_ha["Trễ hạn"] == f"Nộp trễ {late_by} ngày · còn thiếu, quá hạn 3 ngày"
    assert ngoc_ha["Số ngày quá hạn"] == 3
    health = found[HEALTH]
    assert health["Cán bộ"] in (None, "") and health["Trễ hạn"] == "Quá hạn 3 ngày"  # nobody enrolled: still chased


def test_chase_list_says_how_late_for_a_unit_that_sent_in_time_but_still_owes_forms(qtbot, scene):
    office, _, work = scene
    page = completeness_page(qtbot, office)
    until = date.today() + timedelta(days=7)
    page.adjust_panel.choose(NGOC_HA)  # extended: its bundle of today is on time
    page.adjust_panel.until_edit.setDate(QDate(until.year, until.month, until.day))
    page.adjust_panel.reason_edit.insert("Cán bộ đi tập huấn")
    click(qtbot, page.adjust_panel.extend_button)
    later = date.today() + timedelta(days=10)  # ten days on, 2.2.2.d is still not there
    data = completeness.summary(office, PERIOD, today=later)
    chase_list.write_xlsx(work / "c.xlsx", chase_list.rows(office, data, today=later), PERIOD)
    rows = list(openpyxl.load_workbook(work / "c.xlsx").active.iter_rows(values_only=True))
    found = {r[1]: dict(zip(rows[0], r)) for r in rows[1:]}
    assert (found[NGOC_HA]["Trễ hạn"], found[NGOC_HA]["Số ngày quá hạn"]) == ("Quá hạn 3 ngày", 3)
    assert (found[GIANG_VO]["Trễ hạn"], found[GIANG_VO]["Số ngày quá hạn"]) == ("Quá hạn 13 ngày", 13)


LABOUR = "01-so-lao-dong-thuong-binh-va-xa-hoi"


def test_one_comment_per_measure_of_a_multi_measure_form(qtbot, tmp_path, errors):
    office = make_office(tmp_path / "office")
    office.replace_units("01", city_unit_list() + [Unit(LABOUR, "Sở Lao động - Thương binh và Xã hội", "department",
                                                        "01", "01")])
    officer = enrol(office, tmp_path / "labour", "Cán bộ Sở Lao động", LABOUR, tmp_path)
    try:
        fill(officer, LABOUR, ["1.2.2.a"])  # three measures: Nam, Nữ, Tổng
        send(officer, office, tmp_path, "l1")
        page = review_page(qtbot, office)
        select_rows(page, {(LABOUR, "1.2.2.a")})
        combo = page.measure_combo
        assert [combo.itemText(i) for i in range(combo.count())] == ["Cả biểu mẫu", "Nam (nam)", "Nữ (nu)", "Tổng (tong)"]
        for measure, text in (("nu", "Số nữ lớn hơn tổng"), ("tong", DENOMINATOR)):
            select_rows(page, {(LABOUR, "1.2.2.a")})
            combo.setCurrentIndex(combo.findData(measure))
            page.comment_edit.insert(text)
            click(qtbot, page.return_button)
        assert errors == []
        form = review.forms(office, CATALOG, PERIOD)[(LABOUR, "1.2.2.a")]
        assert form.state == "returned"
        assert [(c["measure"], c["text"]) for c in form.comments] == [("nu", "Số nữ lớn hơn tổng"), ("tong", DENOMINATOR)]
        assert page.table.item(0, 5).text() == f"Nữ: Số nữ lớn hơn tổng\nTổng: {DENOMINATOR}"
        key = next(k.key_id for k in office.trusted_keys() if LABOUR in k.units)
        feedback.write_feedback(office, key, tmp_path / "l.lcf")
        window = MainWindow(officer)
        qtbot.addWidget(window)
        window.show()
        window.open_file(str(tmp_path / "l.lcf"))
        window.todo.list.setCurrentItem(window.todo.list.topLevelItem(0))
        click(qtbot, window.todo.open_button)
        note = window.officer.form.review_note.text()
        assert "Nữ: Số nữ lớn hơn tổng" in note and f"Tổng: {DENOMINATOR}" in note
    finally:
        officer.close()
        office.close()


def test_on_a_short_screen_the_grid_keeps_most_of_the_height_and_the_panel_scrolls(qtbot, scene):
    office, _officers, _home = scene
    page = CompletenessPage(office)
    qtbot.addWidget(page)
    page.resize(900, 480)  # what is left of 1366×768 at 150 % under the header and menus
    page.show()
    qtbot.waitExposed(page)
    grid, panel = page.splitter.sizes()
    assert grid > panel, (grid, panel)
    assert page.table.height() > 150
