"""The review chain through the GUI: the clerk's completeness and review pages, the officer's window."""

import re

import openpyxl
from PySide6.QtCore import Qt

from lcdesk.core.office import review
from lcdesk.ui.main_window import MainWindow
from lcdesk.ui.office.audit_page import AuditPage
from lcdesk.ui.office.completeness_page import CompletenessPage
from lcdesk.ui.office.review_page import ReviewPage
from lcdesk.ui.widgets import prompts

from tests.core.review_city import CATALOG, PERIOD, WARDS, fill, send
from tests.ui.review_scene import open_page


def select_rows(page, wanted):
    page.table.clearSelection()
    for i, form in enumerate(page.rows):
        if (form.unit, form.indicator) in wanted:
            page.table.selectionModel().select(page.table.model().index(i, 0),
                                               page.table.selectionModel().SelectionFlag.Select
                                               | page.table.selectionModel().SelectionFlag.Rows)


def test_completeness_page_shows_missing_late_and_exports_the_chase_list(qtbot, scene):
    office, _, work = scene
    page = open_page(qtbot, CompletenessPage, office)
    # 3 wards × 4 forms + the Department of Health's 2; Ba Đình 4 and Ngọc Hà 3 complete
    assert "7/14" in page.summary.text() and "2 đơn vị chưa gửi, 1 đơn vị nộp trễ" in page.summary.text()
    model = page.model
    names = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    assert names == sorted(WARDS.values()) + ["Sở Y tế"]
    late = {model.data(model.index(r, 0)): model.data(model.index(r, 2)) for r in range(model.rowCount())}
    assert late["Phường Ngọc Hà"] == "Nộp trễ, còn thiếu 1 biểu, quá hạn 3 ngày" and late["Phường Ba Đình"] == "Đúng hạn"
    column = 3 + model.indicators.index("2.2.2.d")
    cells = {model.data(model.index(r, 0)): model.data(model.index(r, column)) for r in range(3)}
    assert cells == {"Phường Ba Đình": "Hoàn thành", "Phường Ngọc Hà": "Nhận, để trống", "Phường Giảng Võ": "Chưa nhận"}
    page.columns_combo.setCurrentIndex(1)  # units × standards: complete / expected
    assert model.indicators == ["1.1", "1.3", "2.2"]
    row = {model.data(model.index(r, 0)): [model.data(model.index(r, c)) for c in range(3, 6)] for r in range(4)}
    assert row["Phường Ngọc Hà"] == ["1/1", "1/1", "1/2"] and row["Sở Y tế"] == ["", "0/2", ""]
    page.export_chase_list(str(work / "chase.xlsx"))
    rows = list(openpyxl.load_workbook(work / "chase.xlsx").active.iter_rows(values_only=True))
    assert {r[1] for r in rows[1:]} == {"00008", "00025", "01-so-y-te"}


def test_review_page_returns_and_approves_and_the_officer_sees_it(qtbot, scene, monkeypatch):
    office, officers, work = scene
    shown = []
    monkeypatch.setattr(prompts, "user_error", lambda parent, exc: shown.append(exc.message_vi))
    a = "00004"
    page = open_page(qtbot, ReviewPage, office)
    select_rows(page, {(a, "1.3.2.a")})
    qtbot.mouseClick(page.return_button, Qt.MouseButton.LeftButton)  # no comment: refused, nothing written
    assert office.review_records() == [] and shown == ["Hãy ghi nhận xét gửi cán bộ."]
    page.comment_edit.insert("Mẫu số không khớp với dân số năm 2025")  # (keyClicks takes ASCII only)
    select_rows(page, {(a, "1.3.2.a")})
    qtbot.mouseClick(page.return_button, Qt.MouseButton.LeftButton)
    select_rows(page, {(a, "1.1.2.a"), (a, "2.2.2.c")})
    qtbot.mouseClick(page.approve_button, Qt.MouseButton.LeftButton)
    states = review.form_states(office, CATALOG, PERIOD)
    assert (states[(a, "1.3.2.a")], states[(a, "1.1.2.a")], states[(a, "2.2.2.c")]) == ("returned", "approved", "approved")
    assert page.rows[0].state == "returned" and page.table.item(0, 5).text() == "Mẫu số không khớp với dân số năm 2025"

    outbox = work / "gửi cán bộ"
    outbox.mkdir()
    page.write_files(str(outbox))
    files = sorted(p.name for p in outbox.iterdir())
    assert len(files) == 3 and page.result.text().startswith("Đã ghi 3 tệp")  # two receipts, one feedback
    mine = [p for p in outbox.iterdir() if "nguyen" not in p.name and "ba-dinh" in p.name]
    assert sorted(p.suffix for p in mine) == [".lcf", ".lcx"]
    window = MainWindow(officers[a])
    qtbot.addWidget(window)
    window.show()
    window.open_file(str(next(p for p in mine if p.suffix == ".lcx")))
    assert "đã nhận" in window.history.list.topLevelItem(0).text(4)
    window.open_file(str(next(p for p in mine if p.suffix == ".lcf")))
    assert window.left_tabs.currentWidget() is window.todo
    first = window.todo.list.topLevelItem(0)
    assert first.text(1) == "Trả lại để sửa" and first.text(2) == "Mẫu số không khớp với dân số năm 2025"
    window.todo.list.setCurrentItem(first)
    qtbot.mouseClick(window.todo.open_button, Qt.MouseButton.LeftButton)
    form = window.officer.form
    assert form.key.indicator == "1.3.2.a" and form.review_note.isVisible()
    assert "Mẫu số không khớp với dân số năm 2025" in form.review_note.text()

    fill(officers[a], a, ["1.3.2.a"], rate=(48, 60))  # the officer answers, the next bundle carries it
    send(officers[a], office, work, "a2")
    page.refresh()
    assert page.rows[0].state == "answered"
    qtbot.mouseClick(page.clean_button, Qt.MouseButton.LeftButton)
    assert review.form_states(office, CATALOG, PERIOD)[(a, "1.3.2.a")] == "approved"
    audit = AuditPage(office)
    qtbot.addWidget(audit)
    actions = [audit.table.item(r, 2).data(Qt.ItemDataRole.UserRole) for r in range(audit.table.rowCount())]
    assert {"import", "enrol", "approve", "return", "receipt", "feedback"} <= set(actions)
    shown = {audit.table.item(r, 2).text() for r in range(audit.table.rowCount())}
    assert {"Nhập gói", "Đăng ký cán bộ", "Duyệt", "Trả lại để sửa", "Ghi biên nhận", "Ghi phản hồi"} <= shown
    details = [audit.table.item(r, 4).text() for r in range(audit.table.rowCount())]
    assert not any(d.startswith("{") for d in details)  # words, not the JSON kept for machines
    assert not any(re.search(r"[0-9a-f]{32}", audit.table.item(r, 3).text()) for r in range(audit.table.rowCount()))
