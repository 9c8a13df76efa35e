"""The indicator form: what it shows, saving as you type, drafts, completion, undo, restart, keyboard."""
# ruff: noqa: F811 - test parameters are the fixtures imported from form_helpers

from form_helpers import (  # noqa: F401 - the catalog fixture too
    KHCN,
    OFFICER,
    SGD,
    WARD,
    catalog,
    head,
    history,
    line,
    open_form,
    type_into,
)
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit

from lcdesk.core.officer import entry
from lcdesk.ui import i18n
from lcdesk.ui.widgets import prompts
from lcdesk.ui.officer.indicator_form import IndicatorForm


def test_the_form_shows_the_exact_text_criterion_standard_responsible_unit_and_target(qtbot, demo, catalog):
    form = open_form(qtbot, demo, catalog, SGD, "1.1.1.a")
    ind = catalog.indicator("1.1.1.a")
    assert form.header.heading.text() == "Chỉ số 1.1.1.a"
    assert form.header.text.text() == ind.text
    assert form.header.text.wordWrap()
    assert form.header.text.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    assert f"Tiêu chuẩn 1.1: {catalog.node_title('1.1')}" in form.header.path.text()
    assert f"Tiêu chí 1.1.1: {catalog.node_title('1.1.1')}" in form.header.path.text()
    assert form.header.values["responsible"].text() == "Sở Giáo dục và Đào tạo"
    assert form.header.values["target"].text() == "≥ 95%"
    assert form.header.values["goal"].text() == "≥ 95%"
    assert form.header.captions["goal"].text() == "Chỉ tiêu năm 2025"


def test_a_finished_field_reaches_the_database(qtbot, demo, catalog):
    form = open_form(qtbot, demo, catalog, SGD, "2.4.1.a")
    with qtbot.waitSignal(form.saved) as saved:
        type_into(qtbot, line(form, "truong_hoc", "numerator"), "950")
        type_into(qtbot, line(form, "truong_hoc", "denominator"), "1000")
    assert saved.args == ["2.4.1.a"]
    record = head(demo, catalog, SGD, "2.4.1.a", "truong_hoc")
    assert record.payload == {"numerator": 950, "denominator": 1000, "rate": 95.0}
    assert record.status == "draft" and record.author_name == OFFICER
    assert head(demo, catalog, SGD, "2.4.1.a", "khong_gian_cong_dong") is None
    assert form.saved_label.text().startswith("Đã lưu lúc")


def test_focus_leaving_a_field_saves_it(qtbot, demo, catalog):
    form = open_form(qtbot, demo, catalog, SGD, "2.4.1.a")
    type_into(qtbot, line(form, "truong_hoc", "numerator"), "40", finish=False)
    line(form, "truong_hoc", "numerator").editingFinished.emit()  # what focus out does
    assert head(demo, catalog, SGD, "2.4.1.a", "truong_hoc").payload["draft_input"] == {"numerator": "40"}


def test_typing_is_saved_after_a_short_pause_without_leaving_the_field(qtbot, demo, catalog):
    form = open_form(qtbot, demo, catalog, KHCN, "1.2.4.a")
    form.blocks["value"].input.mode_rate.click()
    type_into(qtbot, line(form, "value", "rate"), "160", finish=False)
    assert head(demo, catalog, KHCN, "1.2.4.a", "value") is None
    qtbot.waitUntil(lambda: getattr(head(demo, catalog, KHCN, "1.2.4.a", "value"), "payload", None) == {
        "numerator": None, "denominator": None, "rate": 160.0}, timeout=3000)


def test_numerator_above_denominator_is_shown_beside_the_field_and_kept_as_a_draft(qtbot, demo, catalog, monkeypatch):
    form = open_form(qtbot, demo, catalog, SGD, "2.4.1.a")
    type_into(qtbot, line(form, "truong_hoc", "numerator"), "1200")
    type_into(qtbot, line(form, "truong_hoc", "denominator"), "1000")
    error = form.blocks["truong_hoc"].input.error_labels["numerator"]
    assert error.isVisible() and error.text() == "Tử số không được lớn hơn mẫu số."
    assert line(form, "truong_hoc", "numerator").accessibleDescription() == "Tử số không được lớn hơn mẫu số."
    record = head(demo, catalog, SGD, "2.4.1.a", "truong_hoc")
    assert record.payload == {"draft_input": {"numerator": "1200", "denominator": "1000"}}
    assert entry.form_status(catalog.indicator("2.4.1.a"), entry.my_heads(demo, catalog.id, SGD, 2025)) == "errors"
    assert form.status_label.text() == "Trạng thái: Có lỗi"
    assert not form.complete_button.isEnabled()
    shown = []
    monkeypatch.setattr(prompts, "user_error", lambda parent, exc: shown.append(exc.message_vi))
    form.mark_complete()  # refused even when called directly
    assert shown and shown[0].startswith("Chưa thể đánh dấu hoàn thành")
    assert head(demo, catalog, SGD, "2.4.1.a", "truong_hoc").status == "draft"


def test_mark_complete_on_a_valid_form_and_an_edit_makes_it_a_draft_again(qtbot, demo, catalog):
    form = open_form(qtbot, demo, catalog, SGD, "2.4.1.a")
    for measure, (num, den) in {"truong_hoc": ("980", "1000"), "khong_gian_cong_dong": ("45", "50")}.items():
        type_into(qtbot, line(form, measure, "numerator"), num)
        type_into(qtbot, line(form, measure, "denominator"), den)
    assert form.complete_button.isEnabled()
    with qtbot.waitSignal(form.saved):
        form.complete_button.click()
    assert {head(demo, catalog, SGD, "2.4.1.a", m).status for m in ("truong_hoc", "khong_gian_cong_dong")} == {"complete"}
    assert form.status_label.text() == "Đã hoàn thành"
    assert not form.complete_button.isEnabled()
    type_into(qtbot, line(form, "truong_hoc", "numerator"), "990")
    assert head(demo, catalog, SGD, "2.4.1.a", "truong_hoc").status == "draft"
    assert form.status_label.text() == "Trạng thái: Nháp"
    assert form.complete_button.isEnabled()


def test_an_empty_form_cannot_be_marked_complete(qtbot, demo, catalog):
    form = open_form(qtbot, demo, catalog, SGD, "2.4.1.a")
    assert form.status_label.text() == "Trạng thái: Chưa nhập"
    assert not form.complete_button.isEnabled()
    assert not any(label.isVisible() for b in form.blocks.values() for label in b.input.error_labels.values())


def test_undo_brings_the_previous_value_back_as_a_new_record_and_redo_again(qtbot, demo, catalog):
    form = open_form(qtbot, demo, catalog, SGD, "1.1.1.a")
    numerator = line(form, "value", "numerator")
    assert numerator.text() == "5.521.300"
    before = len(history(demo, catalog, SGD, "1.1.1.a", "value"))
    type_into(qtbot, numerator, "5600000")
    assert head(demo, catalog, SGD, "1.1.1.a", "value").payload["numerator"] == 5600000
    QTest.keyClick(numerator, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert numerator.text() == "5.521.300"
    assert head(demo, catalog, SGD, "1.1.1.a", "value").payload["numerator"] == 5521300
    assert len(history(demo, catalog, SGD, "1.1.1.a", "value")) == before + 2  # nothing deleted
    QTest.keyClick(numerator, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert numerator.text() == "5.600.000"
    assert head(demo, catalog, SGD, "1.1.1.a", "value").payload["numerator"] == 5600000
    QTest.keyClick(numerator, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(numerator, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert head(demo, catalog, SGD, "1.1.1.a", "value").payload["numerator"] == 5600000
    assert len(history(demo, catalog, SGD, "1.1.1.a", "value")) == before + 5


def test_ctrl_z_while_typing_takes_back_the_whole_field(qtbot, demo, catalog):
    form = open_form(qtbot, demo, catalog, SGD, "2.4.1.a")
    numerator = line(form, "truong_hoc", "numerator")
    type_into(qtbot, numerator, "12", finish=False)
    qtbot.wait(500)  # saved once by the pause
    qtbot.keyClicks(numerator, "34")
    QTest.keyClick(numerator, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert numerator.text() == ""
    assert head(demo, catalog, SGD, "2.4.1.a", "truong_hoc").payload is None
    assert form.undo_stack.count() == 1


def test_the_undo_buttons_follow_the_stack(qtbot, demo, catalog):
    form = open_form(qtbot, demo, catalog, SGD, "2.6.1.a")
    assert not form.undo_button.isEnabled() and not form.redo_button.isEnabled()
    form.blocks["rating"].input.buttons[3].click()
    assert form.undo_button.isEnabled()
    form.undo_button.click()
    assert not form.blocks["rating"].input.buttons[3].isChecked()
    assert head(demo, catalog, SGD, "2.6.1.a", "rating").payload is None
    assert form.redo_button.isEnabled()
    form.redo_button.click()
    assert form.blocks["rating"].input.buttons[3].isChecked()


def test_a_restarted_form_shows_what_was_saved(qtbot, demo, catalog):
    form = open_form(qtbot, demo, catalog, SGD, "2.4.1.a")
    type_into(qtbot, line(form, "truong_hoc", "numerator"), "1200")
    type_into(qtbot, line(form, "truong_hoc", "denominator"), "1000")
    form.note_edit.setFocus()
    form.note_edit.insertPlainText("Theo báo cáo tháng 11")  # QTest types ASCII only
    form.close()  # focus leaves the note; the window goes away
    again = open_form(qtbot, demo, catalog, SGD, "2.4.1.a")
    assert line(again, "truong_hoc", "numerator").text() == "1.200"
    assert again.blocks["truong_hoc"].input.error_labels["numerator"].text() == "Tử số không được lớn hơn mẫu số."
    assert again.note_edit.toPlainText() == "Theo báo cáo tháng 11"
    assert head(demo, catalog, SGD, "2.4.1.a", "truong_hoc").note == "Theo báo cáo tháng 11"


def test_opening_another_indicator_writes_what_was_being_typed(qtbot, demo, catalog):
    form = open_form(qtbot, demo, catalog, SGD, "2.4.1.a")
    type_into(qtbot, line(form, "truong_hoc", "numerator"), "7", finish=False)
    form.show_indicator(catalog, SGD, 2025, "1.1.1.a")
    assert head(demo, catalog, SGD, "2.4.1.a", "truong_hoc").payload == {"draft_input": {"numerator": "7"}}
    assert form.undo_stack.count() == 0
    form.clear()
    assert form.empty_label.isVisible() and not form.content.isVisible()


def test_enter_moves_to_the_next_field_and_tab_follows_the_form(qtbot, demo, catalog):
    form = open_form(qtbot, demo, catalog, SGD, "2.1.2.a")
    first = form.blocks["tre_6_tuoi_vao_lop_1"].input.lines
    first["male"].setFocus()
    assert QApplication.focusWidget() is first["male"]
    QTest.keyClick(first["male"], Qt.Key.Key_Return)
    assert QApplication.focusWidget() is first["female"]
    QTest.keyClick(first["female"], Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is first["total"]
    last = form.blocks["tre_11_tuoi_hoan_thanh_tieu_hoc"].input.lines["base"]
    last.setFocus()
    QTest.keyClick(last, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.note_edit
    second = form.blocks["tre_11_tuoi_hoan_thanh_tieu_hoc"].input.lines["male"]
    first["base"].setFocus()
    QTest.keyClick(first["base"], Qt.Key.Key_Return)
    assert QApplication.focusWidget() is second


def test_every_input_has_a_vietnamese_accessible_name(qtbot, demo, catalog):
    for unit, code in ((SGD, "2.4.1.a"), (SGD, "2.1.2.a"), (SGD, "2.6.1.a"), (KHCN, "1.2.4.b")):
        form = open_form(qtbot, demo, catalog, unit, code)
        widgets = [w for b in form.blocks.values() for w in b.focus_widgets()]
        widgets += [form.note_edit, form.evidence.items, form.evidence.add_button, form.complete_button]
        assert all(w.accessibleName() for w in widgets), code
    assert line(form, "trend", "figure").accessibleName() == "Số liệu năm nay"
    form = open_form(qtbot, demo, catalog, SGD, "2.4.1.a")
    assert line(form, "truong_hoc", "numerator").accessibleName() == "Tử số – Trường học"


def test_the_history_shows_who_changed_the_cell_and_when(qtbot, demo, catalog):
    form = open_form(qtbot, demo, catalog, WARD, "1.1.2.a")
    type_into(qtbot, line(form, "value", "numerator"), "6800")
    form.history_toggle.click()
    assert form.history.isVisible()
    rows = form.history.rows()
    assert len(rows) == 2
    assert rows[0][1] == OFFICER and rows[0][2].startswith("72,26 %") and rows[0][3] == "Nháp"
    assert rows[1][3] == "Hoàn thành"
    assert rows[0][0].count("/") == 2  # dd/mm/yyyy hh:mm


def test_last_periods_value_is_shown_beside_this_one(qtbot, demo, catalog):
    form = open_form(qtbot, demo, catalog, WARD, "1.1.2.a")
    assert form.blocks["value"].previous_label.text() == "Năm 2024: 65,45 % (6.120/9.350)"
    labels = form.findChildren(QLabel, "previous_value")
    assert labels and all(label.isVisible() for label in labels)


def test_a_figure_typed_with_either_decimal_mark_is_read(qtbot, demo, catalog):
    form = open_form(qtbot, demo, catalog, WARD, "1.3.2.a")
    assert form.blocks["value"].input.mode_rate.isChecked()  # the demo figure is a rate
    assert line(form, "value", "rate").text() == "1,6"
    type_into(qtbot, line(form, "value", "rate"), "2.5")
    assert head(demo, catalog, WARD, "1.3.2.a", "value").payload["rate"] == 2.5
    type_into(qtbot, line(form, "value", "rate"), "2,75")
    assert head(demo, catalog, WARD, "1.3.2.a", "value").payload["rate"] == 2.75


def test_the_form_takes_keyboard_focus_on_its_first_field(qtbot, demo, catalog):
    form = open_form(qtbot, demo, catalog, SGD, "2.1.1.a")
    assert isinstance(form.first_input(), QLineEdit)
    assert isinstance(IndicatorForm(demo).undo_stack.count(), int)


def test_ctrl_z_works_wherever_the_focus_is_in_the_form(qtbot, demo, catalog):
    form = open_form(qtbot, demo, catalog, SGD, "2.6.1.a")
    form.blocks["rating"].input.buttons[2].click()
    form.history_toggle.click()
    form.history.tree.setFocus()  # not a field: the form's shortcut takes the key
    QTest.keyClick(form.history.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert head(demo, catalog, SGD, "2.6.1.a", "rating").payload is None
    form.note_edit.setFocus()  # a text box: its own undo does not get the key
    QTest.keyClick(form.note_edit, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert head(demo, catalog, SGD, "2.6.1.a", "rating").payload == {"rating": 2}
    assert form.blocks["rating"].input.buttons[2].isChecked()


def test_messages_follow_the_interface_language(qtbot, qapp, demo, catalog):
    form = open_form(qtbot, demo, catalog, SGD, "2.4.1.a")
    type_into(qtbot, line(form, "truong_hoc", "numerator"), "1200", finish=False)
    i18n.install_translator(qapp, "en")
    QApplication.processEvents()
    assert head(demo, catalog, SGD, "2.4.1.a", "truong_hoc").payload == {"draft_input": {"numerator": "1200"}}
    assert line(form, "truong_hoc", "numerator").text() == "1,200"  # rebuilt, in the English locale
    type_into(qtbot, line(form, "truong_hoc", "denominator"), "1000", finish=False)
    errors = form.blocks["truong_hoc"].input.error_labels
    assert errors["numerator"].text() == "The numerator must not exceed the denominator."


def test_the_undo_button_says_what_it_would_undo(qtbot, demo, catalog):
    form = open_form(qtbot, demo, catalog, SGD, "2.4.1.a")
    type_into(qtbot, line(form, "khong_gian_cong_dong", "numerator"), "3")
    assert form.undo_button.toolTip() == "Hoàn tác: Sửa “Các không gian học tập tại cộng đồng”"
