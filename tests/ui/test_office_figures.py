"""The office's "Chỉ số thành phố" and "Kiểm tra số liệu" pages, driven like a clerk would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from lcdesk.core.store import Cell
from lcdesk.ui.office.checks_page import ChecksPage
from lcdesk.ui.office.city_rating_dialog import CityRatingDialog
from lcdesk.ui.office.figures_page import FiguresPage
from lcdesk.ui.widgets import tasks
from tests.core import golden_city as golden


@pytest.fixture
def city(tmp_path, monkeypatch):
    monkeypatch.setattr(tasks, "runner", tasks.run_synchronously)
    store = golden.build(tmp_path / "office")
    yield store
    store.close()


def row_of(table, text: str) -> int:
    for r in range(table.rowCount()):
        if table.item(r, 0).text() == text:
            return r
    raise AssertionError(text)


def figures_page(qtbot, store) -> FiguresPage:
    page = FiguresPage(store)
    qtbot.addWidget(page)
    page.period_spin.setValue(2025)
    return page


def test_city_figures_are_listed_with_target_evaluation_and_coverage(qtbot, city):
    page = figures_page(qtbot, city)
    r = row_of(page.table, "1.1.1.a")
    assert [page.table.item(r, c).text() for c in range(6)] == [
        "1.1.1.a", "Tỷ lệ", "50 % (500/1.000)", "≥ 50%", "Đạt",
        "4/5 đơn vị, 2 đã duyệt; 1 đơn vị chỉ báo tỷ lệ, không tính vào số liệu chung"]
    assert page.summary.text() == "Đạt 4 · Chưa đạt 1 · Chưa có số liệu 0 · Không có chỉ tiêu 5"


def test_a_figure_opens_to_its_units_and_the_rate_only_unit_is_marked(qtbot, city):
    page = figures_page(qtbot, city)
    page.table.selectRow(row_of(page.table, "1.1.1.a"))
    units = page.units.table
    assert units.rowCount() == 4
    cells = {units.item(r, 0).text(): [units.item(r, c).text() for c in range(7)] for r in range(4)}
    assert cells["Phường Ba Đình (00004)"][1:5] == ["30 %", "120", "400", "Nguyễn Văn An"]
    assert cells["Phường Giảng Võ (00025)"][6] == "chỉ báo tỷ lệ: không tính vào số liệu chung"
    assert "đã duyệt" in cells["Phường Ngọc Hà (00008)"][6]
    assert "4 đơn vị đã báo cáo · 3 đơn vị tính vào số liệu chung" in page.units.caption.text()
    assert page.units.caption.text().startswith("Chỉ số 1.1.1.a (Tỷ lệ):")  # the measure's label, never its code
    assert "value" not in page.units.caption.text()


def test_approved_only_recomputes_the_figure(qtbot, city):
    page = figures_page(qtbot, city)
    page.only_combo.setCurrentIndex(1)
    r = row_of(page.table, "1.1.1.a")
    assert page.table.item(r, 2).text() == "46,67 % (420/900)"
    assert page.table.item(r, 4).text() == "Chưa đạt"


def test_the_office_records_the_citys_rating_with_a_note(qtbot, city):
    page = figures_page(qtbot, city)
    page.table.selectRow(row_of(page.table, "3.1.1.a"))
    assert page.rating_button.isEnabled()
    dialog = CityRatingDialog(page.selected(), page)
    qtbot.addWidget(dialog)
    assert dialog.rating() == 4 and dialog.note() == golden.EXPERT_NOTE
    dialog.rating_combo.setCurrentIndex(0)
    dialog.note_edit.setPlainText("Họp lại ngày 02/12")
    page.record_rating(dialog.rating(), dialog.note())
    assert city.city_ratings(golden.CATALOG, 2025)["3.1.1.a"]["rating"] == 5
    assert page.table.item(row_of(page.table, "3.1.1.a"), 2).text() == "Xuất sắc (5)"
    page.table.selectRow(row_of(page.table, "1.1.1.a"))
    assert not page.rating_button.isEnabled()


@pytest.fixture
def flagged(city):
    """The golden city with a unit whose numerator exceeds its denominator, and a 2024 figure three
    times lower than 2025's."""
    city.append_record(Cell(golden.CATALOG, golden.WARDS["W5"], 2025, "1.1.1.b", "tong"),
                       {"numerator": 12, "denominator": 10, "rate": 120.0}, author_key="key-W5", origin="bundle")
    city.append_record(Cell(golden.CATALOG, golden.WARDS["W1"], 2024, "1.1.1.a", "value"), golden.pct(40, 400),
                       author_key="key-W1", origin="bundle")
    return city


def test_checks_page_lists_flags_in_words_and_marks_a_follow_up(qtbot, flagged):
    page = ChecksPage(flagged)
    qtbot.addWidget(page)
    page.period_spin.setValue(2025)
    texts = [[page.table.item(r, c).text() for c in range(5)] for r in range(page.table.rowCount())]
    rule = next(t for t in texts if t[2] == "1.1.1.b" and "Tử số (12) lớn hơn mẫu số (10)" in t[4])
    assert rule[:2] == ["Cao", "Phường Cửa Nam"]
    jump = next(t for t in texts if t[3] == "Thay đổi lớn so với năm trước")
    assert jump[1] == "Phường Ba Đình" and "Tăng gấp 3 lần so với năm 2024 (từ 10 % lên 30 %" in jump[4]
    assert any(t[1] == "(chung)" and "Không kiểm tra ngoại lai" in t[4] for t in texts)
    page.table.selectRow(texts.index(jump))
    page.comment_edit.setFocus()
    page.comment_edit.insert("Hỏi lại số người năm 2024")  # as an input method types it
    qtbot.mouseClick(page.mark_button, Qt.MouseButton.LeftButton)
    [mark] = flagged.follow_ups(period=2025)
    assert (mark["unit"], mark["indicator"], mark["comment"]) == ("00004", "1.1.1.a", "Hỏi lại số người năm 2024")
    box = page.follow_ups
    assert box.table.rowCount() == 1 and box.table.item(0, 3).text() == "Hỏi lại số người năm 2024"
    box.table.selectRow(0)
    qtbot.mouseClick(box.close_button, Qt.MouseButton.LeftButton)
    assert box.table.rowCount() == 0 and flagged.follow_ups(period=2025)[0]["state"] == "closed"


def test_the_jump_factor_is_the_offices_setting(qtbot, flagged):
    page = ChecksPage(flagged)
    qtbot.addWidget(page)
    page.period_spin.setValue(2025)
    page.factor_spin.setValue(4.0)
    page.set_factor()
    assert flagged.get_setting("checks.jump_factor") == 4.0
    kinds = [page.table.item(r, 3).text() for r in range(page.table.rowCount())]
    assert "Thay đổi lớn so với năm trước" not in kinds


def test_figures_are_computed_on_a_worker_with_its_own_connection(qtbot, tmp_path):
    store = golden.build(tmp_path / "worker")
    page = FiguresPage(store)
    qtbot.addWidget(page)
    page.period_spin.setValue(2025)
    qtbot.waitUntil(lambda: page.table.rowCount() == 10
                    and page.table.item(row_of(page.table, "1.1.1.a"), 2).text() == "50 % (500/1.000)", timeout=20000)
    assert page.summary.text() == "Đạt 4 · Chưa đạt 1 · Chưa có số liệu 0 · Không có chỉ tiêu 5"
    tasks.wait_for_all(20000)
    qtbot.wait(200)  # the last job's result arrives through the event queue
    page.close()
    store.close()
