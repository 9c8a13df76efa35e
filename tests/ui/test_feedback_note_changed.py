"""The note above an open form, on the officer's side: an approved form the officer changed reads
apart from an approved one (it goes back to the office with the next bundle), and an edit undone is
no correction — the note and the tree read as the office left the form again."""

import pytest
from PySide6.QtCore import Qt

from lcdesk.ui.officer.todo_panel import STATE_COLUMN

from tests.ui.form_helpers import line, type_into
from tests.ui.test_officer_feedback import note_lines, open_window, reviewed, shown  # noqa: F401

SHOTS = "/tmp/shots/feedback-note-changed"
DENOMINATOR = "Mẫu số không khớp với dân số năm 2025"
RETURNED_NOTE = "Văn phòng trả lại biểu mẫu này để sửa:"
ANSWERED_NOTE = "Bạn đã sửa theo nhận xét của văn phòng; hãy xuất gói để gửi lại:"
APPROVED_NOTE = ("Biểu mẫu này đã được văn phòng duyệt. Bạn vẫn có thể sửa, nhưng khi sửa, "
                 "biểu mẫu sẽ được gửi lại để văn phòng duyệt lại.")
CHANGED_NOTE = ("Văn phòng đã duyệt biểu mẫu này, nhưng bạn đã sửa số liệu sau đó: "
                "hãy xuất gói để văn phòng duyệt lại.")
CHANGED_DRAFT_NOTE = ("Văn phòng đã duyệt biểu mẫu này, nhưng bạn đã sửa số liệu sau đó: "
                      "hãy đánh dấu hoàn thành rồi xuất gói để văn phòng duyệt lại.")


@pytest.fixture(autouse=True)
def shots_dir():
    import os

    os.makedirs(SHOTS, exist_ok=True)


def test_an_approved_form_changed_afterwards_has_its_own_note(qtbot, reviewed):
    window = open_window(qtbot, reviewed)
    assert window.tree.select_code("2.2.2.c")
    form = window.officer.form
    assert form.review_note.state == "approved" and note_lines(form) == [APPROVED_NOTE]
    approved_style = form.review_note.styleSheet()
    type_into(qtbot, line(form, "value", "numerator"), "50")
    qtbot.waitUntil(lambda: form.review_note.state == "changed_after_approval", timeout=3000)
    assert form.review_note.isVisible() and note_lines(form) == [CHANGED_DRAFT_NOTE]  # a draft now
    assert form.review_note.styleSheet() != approved_style  # it looks apart too
    qtbot.wait(100)
    window.grab().save(f"{SHOTS}/note-changed-after-approval-draft.png")
    qtbot.waitUntil(form.complete_button.isEnabled, timeout=3000)
    qtbot.mouseClick(form.complete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: note_lines(form) == [CHANGED_NOTE], timeout=3000)  # complete: only the export is left
    assert form.review_note.state == "changed_after_approval"
    qtbot.wait(100)
    window.grab().save(f"{SHOTS}/note-changed-after-approval.png")
    # the feedback tab names the same state, in the review words
    window.left_tabs.setCurrentWidget(window.todo)
    states = {window.todo.list.topLevelItem(i).text(0).split()[0]: window.todo.list.topLevelItem(i).text(STATE_COLUMN)
              for i in range(window.todo.list.topLevelItemCount())}
    assert states["2.2.2.c"] == "Sửa sau khi duyệt"


def test_an_approved_form_edited_and_undone_is_approved_again(qtbot, reviewed):
    window = open_window(qtbot, reviewed)
    assert window.tree.select_code("2.2.2.c")
    form = window.officer.form
    type_into(qtbot, line(form, "value", "numerator"), "50")
    qtbot.waitUntil(lambda: form.review_note.state == "changed_after_approval", timeout=3000)
    form.undo()
    qtbot.waitUntil(lambda: form.review_note.state == "approved", timeout=3000)
    assert note_lines(form) == [APPROVED_NOTE]
    qtbot.waitUntil(lambda: window.tree.status_of("2.2.2.c") == "approved", timeout=3000)
    assert shown(window, "2.2.2.c") == "Đã duyệt"


def test_a_returned_form_edited_and_undone_is_returned_again(qtbot, reviewed):
    window = open_window(qtbot, reviewed)
    assert window.tree.select_code("1.3.2.a")
    form = window.officer.form
    assert note_lines(form) == [RETURNED_NOTE, f"• Tỷ lệ: {DENOMINATOR}"]
    type_into(qtbot, line(form, "value", "numerator"), "48")
    qtbot.waitUntil(lambda: form.review_note.state == "answered", timeout=3000)
    assert note_lines(form) == [ANSWERED_NOTE, f"• Tỷ lệ: {DENOMINATOR}"]
    qtbot.mouseClick(form.undo_button, Qt.MouseButton.LeftButton)  # back to exactly the returned figures
    qtbot.waitUntil(lambda: form.review_note.state == "returned", timeout=3000)
    assert note_lines(form) == [RETURNED_NOTE, f"• Tỷ lệ: {DENOMINATOR}"]  # not "Bạn đã sửa…"
    qtbot.waitUntil(lambda: window.tree.status_of("1.3.2.a") == "returned", timeout=3000)
    assert shown(window, "1.3.2.a") == "Trả lại để sửa"
    qtbot.wait(100)
    window.grab().save(f"{SHOTS}/note-returned-after-undo.png")
