"""The office's word in the officer's window (issue 11 follow-up): the indicator tree marks approved
and returned forms as the feedback tab names them, and follows the form once it is corrected; the
feedback tab names measures by their labels and each form's catalog, and opens the form in it."""

import pytest
from PySide6.QtCore import Qt

from lcdesk.core.exchange import feedback, identity
from lcdesk.core.office import review_actions
from lcdesk.core.officer import entry, open_file
from lcdesk.ui.main_window import MainWindow
from lcdesk.ui.officer.todo_panel import COMMENT_COLUMN, FORM_COLUMN, STATE_COLUMN
from lcdesk.ui.widgets.catalog_tree import CODE_COLUMN, STATUS_COLUMN, status_icon

from tests.core.review_city import PERIOD, WARD_INDICATORS, send, two_catalog_officer
from tests.ui.form_helpers import line, show_active, type_into

WARD = "00004"
SHOTS = "/tmp/shots/officer"


def give_feedback(office, officer_store, work, name="a"):
    key = next(k.key_id for k in office.trusted_keys() if WARD in k.units)
    feedback.write_feedback(office, key, work / f"{name}.lcf")
    assert open_file.open_file(officer_store, work / f"{name}.lcf")["status"] == "applied"


@pytest.fixture
def reviewed(reviewed_officer):
    """Ba Đình sent its four forms; the office approved two and returned 1.3.2.a (on its rate)."""
    return reviewed_officer


def open_window(qtbot, store):
    return show_active(qtbot, MainWindow(store), 1100, 680)


def note_lines(form):
    """The lines of the office's note above an open form."""
    return form.review_note.text().splitlines()


def shown(window, code):
    item = window.tree.item_for(code)
    return item.text(STATUS_COLUMN)


def icon_image(status):
    return status_icon(status).pixmap(24, 24).toImage()


def test_the_tree_says_approved_and_returned_as_the_feedback_tab_does(qtbot, reviewed):
    window = open_window(qtbot, reviewed)
    assert {c: window.tree.status_of(c) for c in WARD_INDICATORS} == {
        "1.1.2.a": "approved", "1.3.2.a": "returned", "2.2.2.c": "approved", "2.2.2.d": "complete"}
    assert {c: shown(window, c) for c in WARD_INDICATORS} == {
        "1.1.2.a": "Đã duyệt", "1.3.2.a": "Trả lại để sửa", "2.2.2.c": "Đã duyệt", "2.2.2.d": "Hoàn thành"}
    todo_states = {window.todo.list.topLevelItem(i).text(0).split()[0]: window.todo.list.topLevelItem(i).text(STATE_COLUMN)
                   for i in range(window.todo.list.topLevelItemCount())}
    assert todo_states == {"1.1.2.a": "Đã duyệt", "1.3.2.a": "Trả lại để sửa", "2.2.2.c": "Đã duyệt"}  # the same words
    marks = {s: icon_image(s) for s in ("complete", "approved", "returned", "errors", "draft")}
    assert len({m.cacheKey() for m in marks.values()}) == 5 and marks["approved"] != marks["complete"]
    assert marks["returned"] != marks["errors"]
    assert window.tree.item_for("1.1.2.a").icon(CODE_COLUMN).pixmap(24, 24).toImage() == marks["approved"]
    assert window.toolbar.progress_label.text() == "4/4 đã nhập"  # reviewed forms still count as entered
    window.tree.select_code("1.3.2.a")
    window.grab().save(f"{SHOTS}/tree-approved-returned.png")


def test_a_corrected_returned_form_reads_in_the_tree_as_the_form_says(qtbot, reviewed):
    window = open_window(qtbot, reviewed)
    assert window.tree.select_code("1.3.2.a")
    form = window.officer.form
    assert window.right.currentWidget() is form and form.review_note.isVisible()
    type_into(qtbot, line(form, "value", "numerator"), "48")
    qtbot.waitUntil(lambda: window.tree.status_of("1.3.2.a") == "draft", timeout=3000)
    assert shown(window, "1.3.2.a") == "Nháp" and form.status == entry.DRAFT
    qtbot.waitUntil(form.complete_button.isEnabled, timeout=3000)
    qtbot.mouseClick(form.complete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.status == entry.COMPLETE, timeout=3000)
    assert window.tree.status_of("1.3.2.a") == "complete" and shown(window, "1.3.2.a") == "Hoàn thành"
    assert form.actions.status_label.text() == "Đã hoàn thành"
    assert window.toolbar.progress_label.text() == "4/4 đã nhập"
    # the feedback tab, looked at again, says the form was corrected
    window.left_tabs.setCurrentWidget(window.todo)
    states = {window.todo.list.topLevelItem(i).text(0).split()[0]: window.todo.list.topLevelItem(i).text(STATE_COLUMN)
              for i in range(window.todo.list.topLevelItemCount())}
    assert states["1.3.2.a"] == "Đã sửa, chờ duyệt"
    window.left_tabs.setCurrentWidget(window.tree)
    window.grab().save(f"{SHOTS}/tree-corrected.png")


def test_the_feedback_tab_names_the_measure_by_its_label(qtbot, reviewed):
    window = open_window(qtbot, reviewed)
    window.left_tabs.setCurrentWidget(window.todo)
    top = window.todo.list.topLevelItem(0)
    assert top.text(0) == "1.3.2.a (2025)"
    assert top.text(COMMENT_COLUMN) == "Tỷ lệ: Mẫu số không khớp với dân số năm 2025"
    texts = [window.todo.list.topLevelItem(i).text(c) for i in range(window.todo.list.topLevelItemCount())
             for c in range(window.todo.list.columnCount())]
    assert not any("value" in t for t in texts)
    assert window.todo.list.topLevelItemCount() == 3 == len(window.todo.form_items())  # one catalog: no headings
    window.grab().save(f"{SHOTS}/feedback-tab-one-catalog.png")


# ------------------------------------------------------------ two catalogs

@pytest.fixture
def two_catalogs(tmp_path):
    """An officer reporting both catalogs; the office returned the learning-society form 1.1.2.a
    (the UNESCO catalog has a form 1.1.2.a too) and approved the UNESCO 2.2.2.c."""
    office, officer, _cats = two_catalog_officer(tmp_path, [WARD], [PERIOD])
    for catalog in identity.officer_catalogs(officer):
        for code in (["1.1.2.a", "2.2.2.c"] if catalog.id == "hanoi-2025" else ["1.1.2.a"]):
            entry.save_value(officer, catalog, unit=WARD, period=PERIOD, indicator=code, measure="value",
                             raw={"numerator": 45, "denominator": 60}, status="complete")
    send(officer, office, tmp_path, "a1")
    review_actions.return_form(office, "learning-models", PERIOD, WARD, "1.1.2.a", "Thiếu minh chứng", measure="value")
    review_actions.approve(office, "hanoi-2025", PERIOD, WARD, ["2.2.2.c"])
    give_feedback(office, officer, tmp_path)
    yield officer
    for s in (office, officer):
        s.close()


def test_each_feedback_item_names_its_catalog_and_opens_its_form_there(qtbot, two_catalogs):
    window = open_window(qtbot, two_catalogs)
    assert window.toolbar.catalog() == "hanoi-2025"
    assert window.tree.status_of("1.1.2.a") == "complete"  # the UNESCO form was not returned
    assert window.tree.status_of("2.2.2.c") == "approved"
    window.left_tabs.setCurrentWidget(window.todo)
    todo = window.todo.list
    titles = {c.id: c.title for c in identity.officer_catalogs(two_catalogs)}
    headings = [todo.topLevelItem(i) for i in range(todo.topLevelItemCount())]
    assert [(h.text(FORM_COLUMN), h.toolTip(FORM_COLUMN)) for h in headings] == [  # the returned form's catalog first
        ("Mô hình học tập và xã hội học tập", titles["learning-models"]),
        ("Bộ tiêu chí Thành phố học tập toàn cầu của UNESCO", titles["hanoi-2025"])]
    assert all(h.isFirstColumnSpanned() and not h.flags() & Qt.ItemFlag.ItemIsSelectable for h in headings)
    rows = [[h.text(FORM_COLUMN)] + [(c.text(FORM_COLUMN), c.text(STATE_COLUMN), c.text(COMMENT_COLUMN))
                                     for c in (h.child(i) for i in range(h.childCount()))] for h in headings]
    assert rows == [["Mô hình học tập và xã hội học tập", ("1.1.2.a (2025)", "Trả lại để sửa",
                     "Số người dân có kỹ năng số / Tổng số người dân: Thiếu minh chứng")],
                    ["Bộ tiêu chí Thành phố học tập toàn cầu của UNESCO", ("2.2.2.c (2025)", "Đã duyệt", "")]]
    forms = window.todo.form_items()
    assert todo.currentItem() is forms[0]  # a form is chosen, never a heading
    window.grab().save(f"{SHOTS}/feedback-tab-two-catalogs.png")
    todo.setCurrentItem(headings[1])  # a heading opens nothing
    qtbot.mouseClick(window.todo.open_button, Qt.MouseButton.LeftButton)
    assert window.toolbar.catalog() == "hanoi-2025" and window.right.currentWidget() is window.detail

    todo.setCurrentItem(forms[0])
    qtbot.mouseClick(window.todo.open_button, Qt.MouseButton.LeftButton)
    assert window.toolbar.catalog() == "learning-models" and window.catalog.id == "learning-models"
    form = window.officer.form
    assert window.right.currentWidget() is form
    assert (form.key.catalog.id, form.key.unit, form.key.indicator) == ("learning-models", WARD, "1.1.2.a")
    assert window.tree.status_of("1.1.2.a") == "returned" and shown(window, "1.1.2.a") == "Trả lại để sửa"
    assert form.review_note.isVisible() and "Thiếu minh chứng" in form.review_note.text()
    window.grab().save(f"{SHOTS}/feedback-opened-other-catalog.png")

    window.left_tabs.setCurrentWidget(window.todo)  # the second item goes back to the UNESCO catalog
    todo.setCurrentItem(window.todo.form_items()[1])
    qtbot.mouseClick(window.todo.open_button, Qt.MouseButton.LeftButton)
    assert window.toolbar.catalog() == "hanoi-2025"
    assert (window.officer.form.key.catalog.id, window.officer.form.key.indicator) == ("hanoi-2025", "2.2.2.c")


def test_the_office_word_in_the_tree_follows_the_language(qtbot, reviewed):
    window = open_window(qtbot, reviewed)
    try:
        window.language_actions["en"].trigger()
        qtbot.waitUntil(lambda: window.menu_file.title() == "&File")
        assert (shown(window, "1.1.2.a"), shown(window, "1.3.2.a")) == ("Approved", "Returned for correction")
        assert shown(window, "2.2.2.d") == "Complete"
        window.grab().save(f"{SHOTS}/tree-approved-returned-en.png")
    finally:
        window.language_actions["vi"].trigger()
    qtbot.waitUntil(lambda: shown(window, "1.1.2.a") == "Đã duyệt")
