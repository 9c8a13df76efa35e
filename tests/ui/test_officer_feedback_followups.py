"""Three follow-ups of the office's word on the officer's side (issue 11):

1. the export dialog lists what is unfinished from the figures alone, so a returned or approved
   form that is still a draft is listed as unfinished, and one with an error under errors;
2. the note above an open returned form switches to "you corrected it" as soon as the officer
   saves a change, without reopening the form;
3. a feedback file (.lcf) opened in the window marks the tree at once, without another unit or year.
"""

import pytest
from PySide6.QtCore import Qt

from lcdesk.core.exchange import feedback, identity
from lcdesk.core.office import review_actions
from lcdesk.core.officer import entry
from lcdesk.ui.officer.export_choice import pending_forms
from lcdesk.ui.widgets import drives, tasks
from lcdesk.ui.widgets.catalog_tree import CODE_COLUMN

from tests.core.review_city import CATALOG, PERIOD, WARD_INDICATORS, enrol, fill, make_office, send
from tests.ui.form_helpers import line, type_into
from tests.ui.test_officer_feedback import (  # noqa: F401 (reviewed: the fixture)
    WARD, give_feedback, icon_image, note_lines, open_window, reviewed, shown,
)

SHOTS = "/tmp/shots/feedback-followups"
DENOMINATOR = "Mẫu số không khớp với dân số năm 2025"
RETURNED_NOTE = "Văn phòng trả lại biểu mẫu này để sửa:"
ANSWERED_NOTE = "Bạn đã sửa theo nhận xét của văn phòng; hãy xuất gói để gửi lại:"
APPROVED_NOTE = ("Biểu mẫu này đã được văn phòng duyệt. Bạn vẫn có thể sửa, nhưng khi sửa, "
                 "biểu mẫu sẽ được gửi lại để văn phòng duyệt lại.")


@pytest.fixture(autouse=True)
def synchronous(monkeypatch):
    monkeypatch.setattr(tasks, "runner", tasks.run_synchronously)


def officer_catalog(store):
    return identity.officer_catalogs(store)[0]


# ------------------------------------------------ 1. the export dialog: the figures' own status
@pytest.fixture
def drafts_reviewed(tmp_path, monkeypatch):
    """Ba Đình sent 1.1.2.a and 2.2.2.d complete, 1.3.2.a and 2.2.2.c as drafts. The office returned
    the draft 1.3.2.a and the complete 2.2.2.d, and approved the draft 2.2.2.c and 1.1.2.a. Then the
    officer typed a figure that is not a number into 2.2.2.d (kept as a draft with an error).
    An office now refuses to approve a draft (``review_actions.approvable``); the approved draft is
    one an office approved before that rule, whose feedback the officer's side must still read right."""
    office = make_office(tmp_path / "office")
    a = enrol(office, tmp_path / "a", "Nguyễn Văn An", WARD, tmp_path)
    fill(a, WARD, ["1.1.2.a", "2.2.2.d"])
    fill(a, WARD, ["1.3.2.a", "2.2.2.c"], complete=False)
    send(a, office, tmp_path, "a1")
    with monkeypatch.context() as older_office:
        older_office.setattr(review_actions, "approvable", lambda form: True)
        review_actions.approve(office, CATALOG, PERIOD, WARD, ["1.1.2.a", "2.2.2.c"])
    review_actions.return_form(office, CATALOG, PERIOD, WARD, "1.3.2.a", DENOMINATOR, measure="value")
    review_actions.return_form(office, CATALOG, PERIOD, WARD, "2.2.2.d", "Thiếu minh chứng")
    give_feedback(office, a, tmp_path)
    entry.save_value(a, officer_catalog(a), unit=WARD, period=PERIOD, indicator="2.2.2.d", measure="value",
                     raw={"numerator": "bảy", "denominator": 10}, status="draft", allow_invalid=True)
    yield a
    for s in (office, a):
        s.close()


def test_the_scene_the_tree_and_the_feedback_see(drafts_reviewed):
    """The tree's marks say the office's word; the figures say draft, draft and an error."""
    catalog = officer_catalog(drafts_reviewed)
    assert entry.progress(drafts_reviewed, catalog, WARD, PERIOD, [catalog.indicator(c) for c in WARD_INDICATORS]) == {
        "1.1.2.a": "approved", "1.3.2.a": "returned", "2.2.2.c": "approved", "2.2.2.d": "errors"}
    assert {t["indicator"]: t["state"] for t in feedback.todo(drafts_reviewed)} == {
        "1.1.2.a": "approved", "1.3.2.a": "returned", "2.2.2.c": "approved", "2.2.2.d": "answered"}
    assert entry.progress(drafts_reviewed, catalog, WARD, PERIOD, [catalog.indicator(c) for c in WARD_INDICATORS],
                          review=False) == {
        "1.1.2.a": "complete", "1.3.2.a": "draft", "2.2.2.c": "draft", "2.2.2.d": "errors"}


def test_pending_forms_count_a_reviewed_draft_as_unfinished(drafts_reviewed):
    catalog = officer_catalog(drafts_reviewed)
    unit = identity.provisioning(drafts_reviewed)["units"][0]
    [pending] = pending_forms(drafts_reviewed, catalog, [unit], [PERIOD])
    assert (pending.unit, pending.period, pending.total) == (WARD, PERIOD, 4)
    assert pending.unfinished == ("1.3.2.a", "2.2.2.c")  # returned draft, approved draft
    assert pending.errors == ("2.2.2.d",)  # returned, then an error typed


def test_the_export_dialog_lists_a_returned_or_approved_draft_as_unfinished(qtbot, drafts_reviewed, tmp_path,
                                                                            monkeypatch):
    stick = tmp_path / "media" / "an" / "USB KINGSTON"
    stick.mkdir(parents=True)
    monkeypatch.setattr(drives, "destinations", lambda *a, **k: [drives.Destination(str(stick), "USB", True)])
    window = open_window(qtbot, drafts_reviewed)
    assert (window.tree.status_of("1.3.2.a"), window.tree.status_of("2.2.2.c")) == ("returned", "approved")
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = window.export_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.pending == {"errors": 1, "unfinished": 2}
    text = dialog.pending_label.text()
    assert ("• Phường Ba Đình — 2025: 1 biểu mẫu còn lỗi (2.2.2.d); 2 biểu mẫu chưa hoàn thành (1.3.2.a, 2.2.2.c)"
            in text.splitlines())
    assert "Số liệu còn lỗi sẽ không được đưa vào gói." in text and "vẫn có thể xuất" in text
    assert dialog.pending_label.isVisible()
    dialog.grab().save(f"{SHOTS}/export-pending-reviewed-drafts.png")
    dialog.reject()


# ------------------------------------------------ 2. the note above an open form follows a save
def test_the_note_says_corrected_as_soon_as_a_returned_form_is_saved(qtbot, reviewed):
    window = open_window(qtbot, reviewed)
    assert window.tree.select_code("1.3.2.a")
    form = window.officer.form
    assert window.right.currentWidget() is form and form.review_note.isVisible()
    assert note_lines(form) == [RETURNED_NOTE, f"• Tỷ lệ: {DENOMINATOR}"]
    window.grab().save(f"{SHOTS}/note-returned.png")
    type_into(qtbot, line(form, "value", "numerator"), "48")
    qtbot.waitUntil(lambda: window.tree.status_of("1.3.2.a") == "draft", timeout=3000)  # saved
    assert form.key.indicator == "1.3.2.a" and window.right.currentWidget() is form  # never reopened
    assert form.review_note.isVisible() and form.review_note.state == "answered"
    assert note_lines(form) == [ANSWERED_NOTE, f"• Tỷ lệ: {DENOMINATOR}"]  # the comment stays beside it
    qtbot.wait(100)  # the layout settles (the note wraps to the new text) before the picture
    window.grab().save(f"{SHOTS}/note-corrected.png")
    qtbot.waitUntil(form.complete_button.isEnabled, timeout=3000)
    qtbot.mouseClick(form.complete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.status == entry.COMPLETE, timeout=3000)
    assert note_lines(form)[0] == ANSWERED_NOTE


def test_the_note_on_an_approved_form_knows_it_was_changed(qtbot, reviewed):
    window = open_window(qtbot, reviewed)
    assert window.tree.select_code("2.2.2.c")
    form = window.officer.form
    assert form.review_note.state == "approved" and note_lines(form) == [APPROVED_NOTE]
    type_into(qtbot, line(form, "value", "numerator"), "50")
    qtbot.waitUntil(lambda: window.tree.status_of("2.2.2.c") == "draft", timeout=3000)
    assert form.review_note.state == "changed_after_approval"  # it will be reviewed again, and says so
    assert form.review_note.isVisible() and note_lines(form) == [
        "Văn phòng đã duyệt biểu mẫu này, nhưng bạn đã sửa số liệu sau đó: "
        "hãy đánh dấu hoàn thành rồi xuất gói để văn phòng duyệt lại."]  # tests/ui/test_feedback_note_changed.py


# ------------------------------------------------ 3. a feedback file opened in the window marks the tree
@pytest.fixture
def sent_and_reviewed(tmp_path):
    """Ba Đình sent its four forms complete; the office approved two and returned 1.3.2.a, but its
    feedback file has not reached the officer yet."""
    office = make_office(tmp_path / "office")
    a = enrol(office, tmp_path / "a", "Nguyễn Văn An", WARD, tmp_path)
    fill(a, WARD, WARD_INDICATORS)
    send(a, office, tmp_path, "a1")
    review_actions.approve(office, CATALOG, PERIOD, WARD, ["1.1.2.a", "2.2.2.c"])
    review_actions.return_form(office, CATALOG, PERIOD, WARD, "1.3.2.a", DENOMINATOR, measure="value")
    key = next(k.key_id for k in office.trusted_keys() if WARD in k.units)
    path = tmp_path / "ba-dinh.lcf"
    feedback.write_feedback(office, key, path)
    yield a, path
    for s in (office, a):
        s.close()


def test_opening_a_feedback_file_marks_the_tree_at_once(qtbot, sent_and_reviewed):
    store, path = sent_and_reviewed
    window = open_window(qtbot, store)
    before = (window.toolbar.unit(), window.toolbar.period())
    assert before == (WARD, PERIOD)
    assert {c: window.tree.status_of(c) for c in WARD_INDICATORS} == dict.fromkeys(WARD_INDICATORS, "complete")
    window.open_file(str(path))
    assert "Phản hồi số 1: 1 biểu mẫu bị trả lại để sửa, 2 biểu mẫu đã được duyệt." in window.statusBar().currentMessage()
    assert (window.toolbar.unit(), window.toolbar.period()) == before  # no other unit or year chosen
    assert {c: window.tree.status_of(c) for c in WARD_INDICATORS} == {
        "1.1.2.a": "approved", "1.3.2.a": "returned", "2.2.2.c": "approved", "2.2.2.d": "complete"}
    assert {c: shown(window, c) for c in WARD_INDICATORS} == {
        "1.1.2.a": "Đã duyệt", "1.3.2.a": "Trả lại để sửa", "2.2.2.c": "Đã duyệt", "2.2.2.d": "Hoàn thành"}
    assert window.tree.item_for("1.3.2.a").icon(CODE_COLUMN).pixmap(24, 24).toImage() == icon_image("returned")
    assert window.toolbar.progress_label.text() == "4/4 đã nhập"
    assert window.left_tabs.currentWidget() is window.todo  # a returned form: the feedback tab comes forward
    window.left_tabs.setCurrentWidget(window.tree)
    window.grab().save(f"{SHOTS}/tree-after-opening-feedback.png")


def test_opening_a_feedback_file_with_a_form_open_marks_the_tree_and_the_note(qtbot, sent_and_reviewed):
    store, path = sent_and_reviewed
    window = open_window(qtbot, store)
    assert window.tree.select_code("1.3.2.a")
    form = window.officer.form
    assert not form.review_note.isVisible()
    window.open_file(str(path))
    assert window.tree.status_of("1.3.2.a") == "returned" and shown(window, "1.3.2.a") == "Trả lại để sửa"
    assert form.review_note.isVisible() and note_lines(form) == [RETURNED_NOTE, f"• Tỷ lệ: {DENOMINATOR}"]
