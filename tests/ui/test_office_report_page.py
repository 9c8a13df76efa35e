"""The desk's "Báo cáo" page: options, cover settings, the workbook through the task runner, charts."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from lcdesk.ui.office.report_page import ReportPage
from lcdesk.ui.widgets import prompts, tasks
from tests.core import golden_city as golden


@pytest.fixture
def page(qtbot, tmp_path):
    store = golden.build(tmp_path / "office")
    previous = tasks.set_runner(tasks.run_synchronously)
    widget = ReportPage(store)
    qtbot.addWidget(widget)
    yield widget
    tasks.set_runner(previous)
    widget.close()
    store.close()


def choose_period(qtbot, page, year: int) -> None:
    page.period_spin.selectAll()
    qtbot.keyClicks(page.period_spin, str(year))
    assert page.period_spin.value() == year


def test_page_shows_the_catalog_and_the_cover_defaults(page):
    assert page.catalog_combo.currentData() == "golden-city@1"
    assert page.cover_edits["office.parent_body"].text() == "UBND THÀNH PHỐ HÀ NỘI"
    assert page.cover_edits["signer.title"].text() == "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC"
    assert page.only_combo.currentData() == "received"
    assert page.write_button.text() == "&Lập báo cáo…"


def test_cover_settings_typed_are_saved_in_the_store(page, qtbot):
    qtbot.keyClicks(page.cover_edits["report.number"], "77")
    page.cover_edits["signer.name"].clear()
    page.cover_edits["signer.name"].insert("Lê Thị Hoa")  # QTest types ASCII only
    qtbot.mouseClick(page.save_settings_button, Qt.MouseButton.LeftButton)
    assert page.store.report_settings() == {"report.number": "77", "signer.name": "Lê Thị Hoa"}
    assert page.status.text() == "Đã lưu trang bìa."


def test_write_report_runs_the_task_and_writes_the_workbook(page, qtbot, tmp_path, monkeypatch):
    out = tmp_path / "bao-cao.xlsx"
    monkeypatch.setattr(prompts, "save_file", lambda *a, **k: str(out))
    choose_period(qtbot, page, 2025)
    qtbot.keyClicks(page.cover_edits["report.number"], "9")
    page.only_combo.setCurrentIndex(page.only_combo.findData("approved"))
    qtbot.mouseClick(page.write_button, Qt.MouseButton.LeftButton)
    assert out.exists() and page.write_button.isEnabled() and page.reveal_button.isEnabled()
    assert page.last_result["only"] == "approved" and page.last_result["unit_sheets"] == 2
    assert page.progress.maximum() == 2 and page.progress.value() == 2  # one step per unit sheet
    assert "Đã ghi báo cáo" in page.status.text() and "8 chỉ số" in page.status.text()
    wb = load_workbook(out)
    assert wb["Báo cáo"]["A4"].value == "Số: 9/BC-SGDĐT"
    assert page.store.report_settings()["report.number"] == "9"


def test_charts_are_drawn_and_saved_as_png(page, qtbot, tmp_path, monkeypatch):
    choose_period(qtbot, page, 2025)
    qtbot.mouseClick(page.draw_button, Qt.MouseButton.LeftButton)
    progress, completeness, learning = (w.chart for w in page.chart_widgets)
    assert progress.categories == ["1.1", "1.2", "3.1"]
    assert progress.series["Đạt"] == [3.0, 1.0, 0.0] and progress.series["Chưa đạt"] == [1.0, 0.0, 0.0]
    assert completeness.title.startswith("Mức độ đầy đủ số liệu năm 2025")
    assert learning.categories == ["2021", "2022", "2023", "2024", "2025"]
    assert learning.series["Số liệu thành phố"][-1] == 50.0
    out = tmp_path / "bieu-do.png"
    monkeypatch.setattr(prompts, "save_file", lambda *a, **k: str(out))
    page.chart_tabs.setCurrentIndex(2)
    qtbot.mouseClick(page.save_png_button, Qt.MouseButton.LeftButton)
    image = QImage(str(out))
    assert not image.isNull() and image.width() >= 1200
    assert "bieu-do.png" in page.status.text()
