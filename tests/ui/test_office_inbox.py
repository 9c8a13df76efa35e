"""The inbox and quarantine pages, driven as a clerk does (synchronous task runner)."""

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from lcdesk.core.exchange import importer
from lcdesk.core.office import registry
from lcdesk.ui.widgets import drives, prompts, tasks
from office_demo_fixture import inbox_folder, office, office_template  # noqa: F401  (fixtures)
from office_desk_fixture import desk  # noqa: F401  (fixture)


@pytest.fixture(autouse=True)
def synchronous(monkeypatch):
    monkeypatch.setattr(tasks, "runner", tasks.run_synchronously)


def table_texts(page, column):
    model = page.table.model()
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_importing_a_folder_through_the_dialog_shows_every_outcome(desk, office, inbox_folder, monkeypatch, qtbot):
    page = desk.page("inbox")
    bundles_before = len(office.bundles())
    monkeypatch.setattr(prompts, "choose_folder", lambda *a, **k: str(inbox_folder))
    qtbot.mouseClick(page.add_folder_button, Qt.MouseButton.LeftButton)
    assert table_texts(page, 0) == ["Đã nhập", "Đã nhập", "Đã nhập trước đó", "Bị từ chối"]
    assert table_texts(page, 1)[:3] == ["Ngô Văn Minh", "Lý Văn Phúc", "Phan Thanh Tâm"]
    assert table_texts(page, 2)[:2] == ["Phường Bồ Đề", "Phường Ba Đình"]  # names, not codes
    assert "Xin cán bộ xuất lại gói" in table_texts(page, 3)[3]
    page.table.selectRow(3)
    assert page.detail.text().startswith("04-bi-sua") and "Xin cán bộ xuất lại gói" in page.detail.text()
    assert page.summary.text().startswith("4 tệp: 2 đã nhập, 1 đã nhập trước đó, 1 bị từ chối.")
    assert not page.progress.isVisible() and page.add_files_button.isEnabled()
    assert len(office.bundles()) == bundles_before + 2 and len(office.quarantined()) == 1
    assert "1 bị từ chối" in desk.statusBar().currentMessage()


def test_cancel_stops_after_the_current_bundle(desk, office, inbox_folder, monkeypatch, qtbot):
    page = desk.page("inbox")
    seen = []

    def clerk_presses_cancel(n, total, row):
        seen.append((n, total, page.progress_label.text()))
        if n == 1:
            qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)

    page.runner.progressed.connect(clerk_presses_cancel)
    bundles_before = len(office.bundles())
    monkeypatch.setattr(prompts, "open_files", lambda *a, **k: sorted(map(str, inbox_folder.glob("*.lcb"))))
    qtbot.mouseClick(page.add_files_button, Qt.MouseButton.LeftButton)
    assert seen[0][:2] == (1, 4) and "1/4 — Ngô Văn Minh · Phường Bồ Đề" in seen[0][2]
    assert len(seen) == 1 and page.last_run.cancelled
    assert page.model.rowCount() == 1 and len(office.bundles()) == bundles_before + 1
    assert "Đã dừng theo yêu cầu: 3 tệp chưa nhập." in page.summary.text()


def test_results_are_filtered_by_status_and_searched(desk, inbox_folder):
    page = desk.page("inbox")
    page.import_paths([str(inbox_folder)])
    page.status_filter.setCurrentIndex(page.status_filter.findData(importer.REJECTED))
    assert table_texts(page, 0) == ["Bị từ chối"]
    page.status_filter.setCurrentIndex(0)
    page.search.setText("bồ đề")
    assert table_texts(page, 1) == ["Ngô Văn Minh"]


def test_results_are_exported_to_xlsx(desk, inbox_folder, tmp_path, monkeypatch, qtbot):
    page = desk.page("inbox")
    page.import_paths([str(inbox_folder)])
    out = tmp_path / "kết quả.xlsx"
    monkeypatch.setattr(prompts, "save_file", lambda *a, **k: str(out))
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    rows = list(load_workbook(out).active.iter_rows(values_only=True))
    assert len(rows) == 5 and rows[4][1] == "Bị từ chối" and rows[4][9]


def test_removable_drives_are_listed_first(desk):
    page = desk.page("inbox")
    found = drives.destinations([drives.Volume("/media/an/KINGSTON", "KINGSTON")], documents="/home/an/Documents")
    page.refresh_drives(found)
    labels = [page.drive_combo.itemText(i) for i in range(page.drive_combo.count())]
    assert labels[0].startswith("Hộp thư dùng thử")  # the demo's inbox
    assert labels[1] == "USB: KINGSTON — /media/an/KINGSTON" and labels[2] == "/home/an/Documents"


def test_quarantine_retry_after_enrolling_the_sender(desk, office, tmp_path, qtbot):
    from lcdesk.core.exchange import bundle, identity, provisioning
    from lcdesk.core.officer import entry
    from lcdesk.core.store import Store
    from lcdesk.core.units import registry as units

    other = Store.open(tmp_path / "other-office")  # another office enrols a stranger
    identity.init_office(other, units.find_city("01"), [other.get_catalog("hanoi-2025")])
    stranger = Store.open(tmp_path / "stranger")
    provisioning.write_enrolment_request(stranger, tmp_path / "s.lcr", "Người Lạ", "", "Phường Ba Đình")
    registry.enrol(other, tmp_path / "s.lcr", ["00004"], tmp_path / "s.lcp", [2026])
    provisioning.setup(stranger, tmp_path / "s.lcp")
    entry.save_value(stranger, stranger.get_catalog("hanoi-2025"), unit="00004", period=2026, indicator="1.1.2.a",
                     measure="value", raw={"numerator": 1, "denominator": 2})
    path = bundle.export_bundle(stranger, tmp_path / "nguoi-la.lcb").path
    stranger.close()
    other.close()
    desk.page("inbox").import_paths([str(path)])
    page = desk.show_page("quarantine")
    assert page.table.rowCount() == 1 and "chưa đăng ký" in page.table.item(0, 1).text()
    registry.enrol(office, tmp_path / "s.lcr", ["00004"], tmp_path / "s2.lcp", [2026])
    page.table.selectRow(0)
    qtbot.mouseClick(page.retry_button, Qt.MouseButton.LeftButton)
    assert page.table.rowCount() == 0 and "Đã nhập" in page.result.text()
    assert office.quarantined() == []
    assert any(b["file_name"] == path.name for b in office.bundles())


def test_quarantine_delete_asks_first(desk, office, inbox_folder, monkeypatch, qtbot):
    desk.page("inbox").import_paths([str(inbox_folder)])
    page = desk.show_page("quarantine")
    page.table.selectRow(0)
    asked = []
    monkeypatch.setattr(prompts, "ask_yes_no", lambda parent, title, text, **k: asked.append(text) or False)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert page.table.rowCount() == 1 and "04-bi-sua" in asked[0]
    monkeypatch.setattr(prompts, "ask_yes_no", lambda *a, **k: True)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert page.table.rowCount() == 0 and office.quarantined() == []


def test_the_import_runs_on_a_worker_thread_with_its_own_store(desk, office, inbox_folder, monkeypatch, qtbot):
    import threading

    from lcdesk.core.office import inbox

    monkeypatch.setattr(tasks, "runner", tasks.run_in_thread_pool)
    threads, real_run = [], inbox.run_import

    def spy(home, paths, on_progress=None, should_stop=None):
        threads.append(threading.get_ident())
        return real_run(home, paths, on_progress, should_stop)

    monkeypatch.setattr(inbox, "run_import", spy)
    page = desk.page("inbox")
    with qtbot.waitSignal(page.runner.finished, timeout=60000):
        assert page.import_paths([str(inbox_folder)])
        assert page.cancel_button.isVisible() and not page.add_files_button.isEnabled()
    assert threads and threads[0] != threading.get_ident()
    assert [r.status for r in page.model.rows] == ["imported", "imported", "duplicate", "rejected"]
    assert page.progress.value() == 4 and not page.progress.isVisible()


@pytest.mark.parametrize("width", [760, 1200])
def test_the_reason_column_keeps_room_in_a_narrow_window(desk, inbox_folder, qtbot, width):
    """At 150 % on a 1366×768 screen the desk is ~760 px wide: the reason must still read."""
    desk.resize(width, 600)
    page = desk.page("inbox")
    page.import_paths([str(inbox_folder)])
    qtbot.waitUntil(lambda: page.table.model().rowCount() == 4)
    page.fit_columns()
    header = page.table.horizontalHeader()
    assert header.sectionSize(3) >= page.REASON_WIDTH
    assert all(header.sectionSize(c) >= 90 for c in (1, 2, 7))
    if width >= 1200:  # room enough: no sideways scrolling, the reason takes what is left
        assert header.length() <= page.table.viewport().width()
