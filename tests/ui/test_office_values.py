"""The values page driven as a clerk would: choose, filter, select a cell, read its provenance, open evidence."""

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QDesktopServices

from lcdesk.core.store import Store
from lcdesk.ui.office.values_model import CELL_ROLE
from lcdesk.ui.office.values_page import ValuesPage

from office_values_city import DEPT, OTHER_WARD, PROOF_BYTES, PROOF_NAME, WARD, build, open_page


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    return build(tmp_path_factory.mktemp("city"))


@pytest.fixture
def page(qtbot, tmp_path, template, monkeypatch):
    widget = open_page(qtbot, monkeypatch, template, tmp_path / "office", ValuesPage)
    widget.resize(1366, 768)
    widget.show()
    yield widget
    widget.close()
    widget.deleteLater()  # no page outlives its store (a later language switch would reach it)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    widget.store.close()


def cell_text(page, unit, indicator, measure="value"):
    assert page.select_cell(unit, indicator, measure)
    return page.table.currentIndex().data()


def test_cells_show_vietnamese_figures_and_marks(page):
    assert cell_text(page, WARD, "1.1.2.a") == "71,25 % (285/400)"
    assert cell_text(page, DEPT, "2.1.1.a", "tre_5_tuoi") == "Nam 120 · Nữ 115 · Tổng 235 trẻ"
    assert page.table.currentIndex().data(CELL_ROLE).status == "draft"
    assert page.table.currentIndex().data(Qt.ItemDataRole.FontRole).italic()
    assert cell_text(page, WARD, "1.3.2.a") == "Xung đột (2 nguồn)"
    assert "Xung đột" in page.table.currentIndex().data(Qt.ItemDataRole.ToolTipRole)
    assert cell_text(page, OTHER_WARD, "1.1.2.a") == "60 %"
    assert page.table.currentIndex().data(Qt.ItemDataRole.FontRole).strikeOut()
    assert "thu hồi" in page.table.currentIndex().data(Qt.ItemDataRole.ToolTipRole)


def test_selecting_a_cell_shows_provenance_note_and_history(page):
    page.select_cell(WARD, "1.1.2.a", "value")
    panel = page.panel
    assert panel.title_label.text().startswith("Phường Ba Đình · Chỉ số 1.1.2.a")
    assert "71,25 % (285/400) · hoàn thành" in panel.state_label.text()
    text = panel.provenance_label.text()
    key = next(k for k in page.store.trusted_keys() if k.name == "Nguyễn Văn An")
    bundle = next(b for b in page.store.bundles() if b["author_key"] == key.key_id)
    from lcdesk.core.exchange import keys

    assert "Cán bộ: Nguyễn Văn An" in text and keys.fingerprint(keys.load_public(key.public_key)) in text
    assert f"Gói: {bundle['bundle_id'][:16]}…" in text and "Số thứ tự: 1" in text and "Văn phòng nhận lúc: " in text
    assert bundle["bundle_id"] in panel.provenance_label.toolTip()
    assert "Ghi chú: Theo sổ theo dõi của phường" in text
    history = [panel.history_list.item(i).text() for i in range(panel.history_list.count())]
    assert len(history) == 1 and "Nguyễn Văn An ghi 71,25 % (285/400), hoàn thành" in history[0]
    assert "payload" not in " ".join(history) and "seq" not in " ".join(history)


def test_evidence_opens_a_copy_under_its_original_name(page, monkeypatch):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    page.select_cell(WARD, "1.1.2.a", "value")
    files = page.panel.evidence
    assert files.names() == [PROOF_NAME]
    files.file_list.setCurrentRow(0)
    files.open_button.click()
    assert len(opened) == 1 and opened[0].endswith(PROOF_NAME)
    with open(opened[0], "rb") as fh:
        assert fh.read() == PROOF_BYTES


def test_search_ignores_diacritics_and_filters_rows(page, qtbot):
    total = page.model.rowCount()
    page.search_edit.clear()
    qtbot.keyClicks(page.search_edit, "ngoc ha")
    assert page.model.rowCount() == 1 and page.model.headerData(0, Qt.Orientation.Vertical) == "Phường Ngọc Hà"
    page.search_edit.clear()
    assert page.model.rowCount() == total > 100


def test_status_and_indicator_filters(page):
    page.status_combo.setCurrentIndex(page.status_combo.findData("conflict"))
    assert [page.model.headerData(r, Qt.Orientation.Vertical) for r in range(page.model.rowCount())] == ["Phường Ba Đình"]
    page.status_combo.setCurrentIndex(page.status_combo.findData("draft"))
    assert page.model.rowCount() == 1 and page.model.grid.rows[0].code == DEPT
    page.status_combo.setCurrentIndex(0)
    page.indicator_combo.setCurrentIndex(page.indicator_combo.findData("1.1.2.a"))
    assert page.model.columnCount() == 1 and page.model.headerData(0, Qt.Orientation.Horizontal) == "1.1.2.a"


def test_the_table_turns_with_indicators_as_rows(page):
    columns = page.model.columnCount()
    page.transpose_box.click()
    assert page.model.rowCount() == columns
    assert cell_text(page, WARD, "1.1.2.a") == "71,25 % (285/400)"
    assert page.table.currentIndex().row() < columns


def test_the_table_never_reads_every_cell(page):
    grid = page.model.grid
    assert len(grid._blocks) <= 2  # only the blocks of rows shown so far


def test_refresh_after_a_resolution_keeps_the_filters_and_shows_the_decision(page):
    from lcdesk.core.office import conflicts

    page.indicator_combo.setCurrentIndex(page.indicator_combo.findData("1.3.2.a"))
    [item] = conflicts.list_conflicts(page.store)
    conflicts.settle(page.store, item, note="Đã xác minh", value_text="3,8")
    page.refresh()
    assert page.indicator_combo.currentData() == "1.3.2.a" and page.model.columnCount() == 1
    assert cell_text(page, WARD, "1.3.2.a") == "3,8 %"
    assert "do văn phòng quyết định" in page.panel.state_label.text()
    history = [page.panel.history_list.item(i).text() for i in range(page.panel.history_list.count())]
    assert "văn phòng" in history[0] and "Ghi chú: Đã xác minh" in history[0] and len(history) == 3


def test_each_catalog_has_its_own_table(qtbot, tmp_path, monkeypatch):
    from office_values_city import lcdesk

    office, a = tmp_path / "office", tmp_path / "a"
    lcdesk(office, "office", "init", "--city", "01", "--catalog", "hanoi-2025", "--catalog", "learning-models")
    lcdesk(a, "enroll-request", "--name", "Nguyễn Văn An", "--unit", WARD, "--out", tmp_path / "a.lcr")
    lcdesk(office, "office", "enroll", tmp_path / "a.lcr", "--unit", WARD, "--period", 2025, "--out", tmp_path / "a.lcp")
    lcdesk(a, "setup", tmp_path / "a.lcp")
    lcdesk(a, "enter", "--catalog", "learning-models", "--unit", WARD, "--period", 2025, "--indicator", "1.1.1.a",
           "--measure", "value", "--value", "80")
    lcdesk(a, "export", "--out", tmp_path / "a.lcb")
    lcdesk(office, "office", "import", tmp_path / "a.lcb")
    store = Store.open(office)
    page = ValuesPage(store)
    qtbot.addWidget(page)
    assert [page.catalog_combo.itemData(i) for i in range(page.catalog_combo.count())] == ["hanoi-2025", "learning-models"]
    assert cell_text(page, WARD, "1.1.1.a") == ""  # the same code in the other catalog is another cell
    page.catalog_combo.setCurrentIndex(1)
    assert page.model.grid.catalog.id == "learning-models"
    assert cell_text(page, WARD, "1.1.1.a") == "80 %"
    page.close()
    page.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    store.close()
