"""The conflicts page driven as a clerk would: open a conflict, compare, choose or type, give a note."""

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QDesktopServices

from lcdesk.core.merge import rule as merge
from lcdesk.ui.office.conflicts_page import ConflictsPage
from lcdesk.ui.widgets import prompts

from office_values_city import REPORT_BYTES, REPORT_NAME, build, open_page


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    return build(tmp_path_factory.mktemp("city"))


@pytest.fixture
def page(qtbot, tmp_path, template, monkeypatch):
    widget = open_page(qtbot, monkeypatch, template, tmp_path / "office", ConflictsPage)
    widget.show()
    yield widget
    if widget.dialog is not None:
        widget.dialog.close()
    widget.close()
    widget.deleteLater()  # no page outlives its store (a later language switch would reach it)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    widget.store.close()


def open_first(page, qtbot):
    rect = page.table.visualRect(page.table.model().index(0, 0))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.open_button.isEnabled()
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    assert page.dialog is not None and page.dialog.isVisible()
    return page.dialog


def test_the_list_shows_each_conflict_by_name(page):
    assert page.table.rowCount() == 1
    row = [page.table.item(0, c).text() for c in range(5)]
    assert row[0] == "Phường Ba Đình" and row[1].startswith("1.3.2.a — ") and row[2:] == ["2025", "2", "Chưa quyết định"]


def test_candidates_side_by_side_then_choosing_one_with_a_note(page, qtbot):
    dialog = open_first(page, qtbot)
    values = sorted(dialog.findChild(object, f"candidate_value_{i}").text() for i in range(2))
    assert values == ["3,5 %", "4 %"]
    details = " ".join(dialog.findChild(object, f"candidate_details_{i}").text() for i in range(2))
    assert "Cán bộ: Nguyễn Văn An" in details and "Cán bộ: Trần Thị Bình" in details
    assert "Ghi chú: Số liệu quý 3" in details and "Mã nhận dạng khóa: " in details and "Số thứ tự: " in details
    an = next(i for i in range(2) if "Nguyễn Văn An" in dialog.findChild(object, f"candidate_details_{i}").text())
    dialog.findChild(object, f"choose_candidate_{an}").click()
    dialog.note_edit.insertPlainText("Đã gọi điện cho phường xác minh")  # QTest types ASCII only
    dialog.save_button.click()
    assert not dialog.isVisible() and page.table.rowCount() == 0
    [state] = [s for s in merge.cell_states(page.store) if s.cell.indicator == "1.3.2.a"]
    assert state.conflict is False and state.value["rate"] == 4.0 and state.resolved_by
    [record] = [r for r in page.store.history(state.cell) if r.origin == merge.RESOLUTION]
    assert record.note == "Đã gọi điện cho phường xác minh"


def test_a_typed_value_needs_a_note(page, qtbot, monkeypatch):
    shown = []
    monkeypatch.setattr(prompts, "user_error", lambda parent, exc: shown.append(exc.message_vi))
    dialog = open_first(page, qtbot)
    qtbot.keyClicks(dialog.typed_edit, "3,8")
    assert dialog.typed_radio.isChecked()
    dialog.save_button.click()
    assert shown and "lý do" in shown[0] and dialog.isVisible() and page.table.rowCount() == 1
    dialog.note_edit.insertPlainText("Trung bình của hai báo cáo, đã thống nhất")  # QTest types ASCII only
    dialog.save_button.click()
    assert page.table.rowCount() == 0
    [state] = [s for s in merge.cell_states(page.store) if s.cell.indicator == "1.3.2.a"]
    assert state.value["rate"] == 3.8


def test_a_candidates_evidence_opens_under_its_original_name(page, qtbot, monkeypatch):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    dialog = open_first(page, qtbot)
    lists = [dialog.findChild(object, f"candidate_evidence_{i}") for i in range(2)]
    [files] = [f for f in lists if f.names()]
    assert files.names() == [REPORT_NAME]
    files.file_list.setCurrentRow(0)
    qtbot.mouseClick(files.open_button, Qt.MouseButton.LeftButton)
    assert len(opened) == 1 and opened[0].endswith(REPORT_NAME)
    with open(opened[0], "rb") as fh:
        assert fh.read() == REPORT_BYTES


def test_a_newer_record_reopens_a_settled_conflict(page, qtbot):
    dialog = open_first(page, qtbot)
    dialog.findChild(object, "choose_candidate_0").click()
    dialog.note_edit.insertPlainText("Chọn theo biên bản")  # QTest types ASCII only
    dialog.save_button.click()
    assert page.table.rowCount() == 0
    state = next(s for s in merge.cell_states(page.store) if s.cell.indicator == "1.3.2.a")
    author = state.sources[1]
    page.store.append_record(state.cell, {"rate": 4.2}, author_key=author.key_id, author_name=author.author,
                             status="complete", seq=author.seq + 100, origin="bundle")
    page.refresh()
    assert page.table.rowCount() == 1 and page.table.item(0, 4).text() == "Mở lại sau quyết định trước"
