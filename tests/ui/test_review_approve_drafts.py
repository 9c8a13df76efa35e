"""The review page makes the rule visible: only forms the officer marked complete can be approved.

With a draft among the selected rows the approve button is greyed out and a note (also its
tooltip) names the draft and says what to do instead; if the approval is asked anyway the
core refuses it whole and nothing is written."""

import os

import pytest
from PySide6.QtCore import Qt

from lcdesk.core.office import review
from lcdesk.ui.office.review_page import ReviewPage

from tests.core.review_city import CATALOG, PERIOD, fill, send
from tests.ui.review_scene import build, close_all, open_page
from tests.ui.test_review_desk import select_rows

BA_DINH, NGOC_HA = "00004", "00008"


@pytest.fixture
def scene(tmp_path):
    office, officers = build(tmp_path)
    fill(officers[NGOC_HA], NGOC_HA, ["2.2.2.d"], complete=False)  # Ngọc Hà's fourth form: a draft
    send(officers[NGOC_HA], office, tmp_path, "b2")
    yield office, officers, tmp_path
    close_all(office, officers)


def test_a_selected_draft_greys_out_approve_and_says_why(qtbot, scene, errors):
    office, _, _ = scene
    page = open_page(qtbot, ReviewPage, office)
    assert review.form_states(office, CATALOG, PERIOD)[(NGOC_HA, "2.2.2.d")] == "draft"
    assert page.approve_button.isEnabled() and not page.approve_note.isVisibleTo(page)
    assert page.approve_button.toolTip() == "Chỉ duyệt được biểu mẫu cán bộ đã đánh dấu hoàn thành"

    select_rows(page, {(NGOC_HA, "1.1.2.a"), (NGOC_HA, "2.2.2.d")})
    assert not page.approve_button.isEnabled() and page.approve_note.isVisibleTo(page)
    note = page.approve_note.text()
    assert note.startswith("Không duyệt được: Phường Ngọc Hà — 2.2.2.d (Bản nháp) chưa hoàn thành.")
    assert "bỏ chọn các dòng đó, trả lại để sửa, hoặc chờ cán bộ đánh dấu hoàn thành" in note
    assert page.approve_button.toolTip() == note and "1.1.2.a" not in note
    page.resize(1366, 640)
    os.makedirs("/tmp/shots/approve", exist_ok=True)
    page.grab().save("/tmp/shots/approve/review-approve-draft.png")
    qtbot.mouseClick(page.approve_button, Qt.MouseButton.LeftButton)  # greyed out: nothing happens
    page.approve_selected()  # asked anyway (a shortcut, a script): the core refuses all of it
    assert office.review_records() == [] and len(errors) == 1
    assert "Phường Ngọc Hà — 2.2.2.d (bản nháp" in errors[0] and errors[0].endswith("Chưa duyệt biểu mẫu nào.")

    select_rows(page, {(NGOC_HA, "1.1.2.a"), (BA_DINH, "2.2.2.c")})  # complete ones, two units: one approval
    assert page.approve_button.isEnabled() and not page.approve_note.isVisibleTo(page)
    qtbot.mouseClick(page.approve_button, Qt.MouseButton.LeftButton)
    states = review.form_states(office, CATALOG, PERIOD)
    assert (states[(NGOC_HA, "1.1.2.a")], states[(BA_DINH, "2.2.2.c")], states[(NGOC_HA, "2.2.2.d")]) == \
        ("approved", "approved", "draft")
    assert page.result.text() == "Đã duyệt 2 biểu mẫu." and len(errors) == 1

    qtbot.mouseClick(page.clean_button, Qt.MouseButton.LeftButton)  # every clean form: the draft stays
    assert review.form_states(office, CATALOG, PERIOD)[(NGOC_HA, "2.2.2.d")] == "draft"
    select_rows(page, {(NGOC_HA, "2.2.2.d")})
    assert not page.approve_button.isEnabled()
    page.grab().save("/tmp/shots/approve/review-approve-draft-after-clean.png")
