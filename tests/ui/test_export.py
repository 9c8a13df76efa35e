"""'Xuất gói dữ liệu': destinations, the export itself, its result, warnings and history."""

import sys

import pytest
from PySide6.QtCore import Qt
from test_officer_window import TODAY

from lcdesk.core.officer import entry

from lcdesk.core.exchange import identity

from lcdesk.core.exchange import container as package
from lcdesk.ui.widgets import drives
from lcdesk.ui import i18n
from lcdesk.ui.widgets import prompts
from lcdesk.ui.widgets import reveal
from lcdesk.ui.widgets import tasks
from lcdesk.ui.widgets.formatting import format_size
from lcdesk.ui.main_window import MainWindow

WARD = "00004"


@pytest.fixture(autouse=True)
def synchronous(monkeypatch):
    monkeypatch.setattr(tasks, "runner", tasks.run_synchronously)




@pytest.fixture
def stick(tmp_path):
    folder = tmp_path / "media" / "an" / "USB KINGSTON"
    folder.mkdir(parents=True)
    return folder


@pytest.fixture
def revealed(monkeypatch):
    paths = []
    monkeypatch.setattr(reveal, "reveal", lambda path: paths.append(str(path)))
    return paths


@pytest.fixture
def open_dialog(qtbot, monkeypatch):
    """Open the officer's window and press Ctrl+E, with ``places`` as the drives found."""

    def opener(store, places):
        monkeypatch.setattr(drives, "destinations", lambda *a, **k: list(places))
        window = MainWindow(store, clock=lambda: TODAY)
        qtbot.addWidget(window)
        with qtbot.waitActive(window):
            window.show()
            window.activateWindow()
        qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
        dialog = window.export_dialog
        assert dialog is not None and dialog.isVisible()
        return window, dialog

    return opener


# ------------------------------------------------------------ destinations
def test_removable_drives_come_first_then_documents():
    volumes = [drives.Volume("C:/", "Windows"), drives.Volume("F:/", "SANDISK"), drives.Volume("E:/", "KINGSTON"),
               drives.Volume("G:/", "CD", ready=False), drives.Volume("H:/", "LOCKED", read_only=True)]
    found = drives.destinations(volumes, is_removable=lambda v: v.root != "C:/", documents="C:/Users/an/Documents")
    assert [(d.path, d.label, d.removable) for d in found] == [
        ("E:/", "KINGSTON (E:)", True), ("F:/", "SANDISK (F:)", True), ("C:/Users/an/Documents", "C:/Users/an/Documents", False)]


@pytest.mark.skipif(sys.platform == "win32", reason="mount points are Linux's")
def test_sticks_are_recognised_by_where_linux_mounts_them():
    assert drives.is_removable(drives.Volume("/media/an/KINGSTON", "KINGSTON"))
    assert drives.is_removable(drives.Volume("/run/media/an/USB", "USB"))
    assert not drives.is_removable(drives.Volume("/", "root"))
    assert not drives.is_removable(drives.Volume("/media", "media"))
    assert drives.destinations([drives.Volume("/", "root")], documents="/home/an/Documents")[0].path == "/home/an/Documents"


def test_explorer_selects_the_file(monkeypatch):
    assert reveal.explorer_command("C:/Users/an/báo cáo.lcb").startswith('explorer /select,"')
    opened = []
    monkeypatch.setattr(sys, "platform", "linux")
    from PySide6.QtGui import QDesktopServices

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toLocalFile())))
    reveal.reveal(__file__)
    assert opened == [str(__import__("pathlib").Path(__file__).parent)]


@pytest.mark.parametrize(("size", "vi", "en"), [(500, "500 byte", "500 bytes"), (12595, "12,3 KB", "12.3 KB"),
                                                (5 * 1024 * 1024 + 300_000, "5,3 MB", "5.3 MB")])
def test_sizes_read_as_in_explorer(qapp, size, vi, en):
    assert format_size(size) == vi
    i18n.install_translator(qapp, "en")
    assert format_size(size) == en


# ------------------------------------------------------------ the export
def test_export_to_a_stick_writes_verifies_and_says_what_was_written(qtbot, open_dialog, demo, stick, revealed):
    window, dialog = open_dialog(demo, [drives.Destination(str(stick), "KINGSTON (E:)", True),
                                                drives.Destination(str(stick.parent), "Documents", False)])
    assert dialog.places_list.item(0).text() == "USB / ổ đĩa rời: KINGSTON (E:)"
    assert dialog.pending_label.isVisible()
    assert "chưa hoàn thành" in dialog.pending_label.text() and "vẫn có thể xuất" in dialog.pending_label.text()
    assert dialog.export_button.isEnabled()  # a warning, not a block
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.stack.currentIndex() == 1, dialog.error_text
    written = list(stick.glob("*.lcb"))
    assert len(written) == 1
    pkg = package.read_package(written[0], expected_kind="bundle")
    assert pkg.author_key_id == identity.my_key(demo).key_id
    assert dialog.summary_text("file") == written[0].name == \
        "lcdesk-phuong-ba-dinh_so-giao-duc-va-dao-tao_so-khoa-hoc-va-cong-nghe-tat-ca-0001.lcb"  # all its units
    assert dialog.summary_text("folder") == str(stick)
    assert dialog.summary_text("size") == format_size(written[0].stat().st_size)
    assert "," in dialog.summary_text("size") and dialog.summary_text("size").endswith(" KB")
    assert dialog.summary_text("units").splitlines() == ["Phường Ba Đình", "Sở Giáo dục và Đào tạo", "Sở Khoa học và Công nghệ"]
    assert dialog.summary_text("periods") == "2024, 2025"
    assert dialog.summary_text("contents") == "7 số liệu, 0 tệp minh chứng"
    assert dialog.warnings_label.text() == "• 2 số liệu chưa được đánh dấu hoàn thành."
    assert "trao USB" in dialog.next_label.text()
    qtbot.mouseClick(dialog.reveal_button, Qt.MouseButton.LeftButton)
    assert revealed == [str(written[0])]
    # the history, in the window and in the database
    assert [e["path"] for e in demo.exports()] == [str(written[0])]
    rows = window.history.rows()
    assert len(rows) == 1 and rows[0][1] == written[0].name and rows[0][2] == str(stick)
    assert rows[0][4] == "7 số liệu · 0 minh chứng · 2024, 2025"
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    window.action_history.trigger()
    assert window.left_tabs.currentWidget() is window.history
    window.history.reveal_button.click()
    assert revealed[-1] == str(written[0])


def test_export_to_a_folder_says_to_attach_it_to_an_email(qtbot, open_dialog, demo, tmp_path, monkeypatch, revealed):
    _window, dialog = open_dialog(demo, [])
    other = tmp_path / "Thư gửi văn phòng"
    other.mkdir()
    monkeypatch.setattr(prompts, "choose_folder", lambda *a, **k: str(other))
    qtbot.mouseClick(dialog.other_button, Qt.MouseButton.LeftButton)
    assert dialog.destination().path == str(other)
    dialog.choice.period_boxes[2025].click()
    dialog.places_list.setFocus()
    qtbot.keyClick(dialog.places_list, Qt.Key.Key_Return)  # Enter on the place exports
    assert dialog.stack.currentIndex() == 1, dialog.error_text
    assert dialog.summary_text("periods") == "2024"
    assert dialog.summary_text("file").endswith("-2024-0001.lcb")
    assert (other / dialog.summary_text("file")).exists()
    assert "thư điện tử" in dialog.next_label.text()


def test_errors_and_unfinished_forms_are_counted_before_writing(qtbot, open_dialog, demo, stick):
    catalog = demo.get_catalog(identity.provisioning(demo)["catalogs"][0])
    entry.save_value(demo, catalog, unit=WARD, period=2025, indicator="2.2.2.d", measure="value",
                     raw={"numerator": "bảy", "denominator": 10}, status="draft", allow_invalid=True)
    _window, dialog = open_dialog(demo, [drives.Destination(str(stick), "USB", True)])
    dialog.choice.period_boxes[2024].click()
    assert dialog.pending["errors"] == 1
    assert "Phường Ba Đình — 2025: 1 biểu mẫu còn lỗi (2.2.2.d)" in dialog.pending_label.text()
    dialog.start_export()
    assert dialog.stack.currentIndex() == 1
    assert "• 1 số liệu còn lỗi nên chưa được đưa vào gói." in dialog.warnings_label.text()


def test_a_busy_bar_shows_while_writing(qtbot, open_dialog, demo, stick, monkeypatch):
    jobs = []
    monkeypatch.setattr(tasks, "runner", lambda fn, done, failed: jobs.append((fn, done, failed)))
    _window, dialog = open_dialog(demo, [drives.Destination(str(stick), "USB", True)])
    dialog.start_export()
    assert dialog.busy.isVisible() and not dialog.export_button.isEnabled() and not dialog.cancel_button.isEnabled()
    assert "Đừng rút USB" in dialog.status_label.text()
    tasks.run_synchronously(*jobs[0])
    assert not dialog.busy.isVisible() and dialog.stack.currentIndex() == 1


def test_a_pulled_stick_is_explained_and_can_be_retried(qtbot, open_dialog, demo, stick):
    _window, dialog = open_dialog(demo, [drives.Destination(str(stick / "gone" / "x.lcb"), "USB", True)])
    dialog.start_export()
    assert dialog.stack.currentIndex() == 0
    assert dialog.status_label.text() == dialog.error_text != ""
    assert dialog.export_button.isEnabled() and dialog.places_list.isEnabled()
    assert demo.exports() == []


# ------------------------------------------------------------ data safety (issue 9)
def test_a_missing_folder_is_created_only_when_the_officer_says_so(qtbot, open_dialog, demo, tmp_path, monkeypatch):
    missing = tmp_path / "Documents"
    _window, dialog = open_dialog(demo, [drives.Destination(str(missing), str(missing), False)])
    assert dialog.places_list.item(0).text().endswith("(chưa có thư mục này)")
    answers = [False]
    monkeypatch.setattr(prompts, "ask_yes_no", lambda *a, **k: answers.pop(0))
    dialog.start_export()
    assert dialog.stack.currentIndex() == 0 and not missing.exists()  # never a file called "Documents"
    assert "không tồn tại" in dialog.status_label.text() and demo.exports() == []
    answers.append(True)
    dialog.start_export()
    assert dialog.stack.currentIndex() == 1, dialog.error_text
    assert missing.is_dir() and [p.suffix for p in missing.iterdir()] == [".lcb"]


def test_a_file_where_the_folder_should_be_is_refused(qtbot, open_dialog, demo, tmp_path):
    taken = tmp_path / "Documents"
    taken.write_bytes(b"an older bundle, written as a file named after the folder")
    _window, dialog = open_dialog(demo, [drives.Destination(str(taken), str(taken), False)])
    dialog.start_export()
    assert dialog.stack.currentIndex() == 0
    assert "không phải thư mục" in dialog.status_label.text()
    assert taken.read_bytes().startswith(b"an older bundle")


def test_the_last_folder_is_remembered_and_chosen_next_time(qtbot, open_dialog, demo, tmp_path, monkeypatch, stick):
    other = tmp_path / "Gửi văn phòng"
    other.mkdir()
    window, dialog = open_dialog(demo, [drives.Destination(str(stick), "USB", True)])
    monkeypatch.setattr(prompts, "choose_folder", lambda *a, **k: str(other))
    dialog.other_button.click()
    dialog.start_export()
    assert dialog.stack.currentIndex() == 1, dialog.error_text
    dialog.close_button.click()
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    again = window.export_dialog
    assert again is not dialog and again.destination().path == str(other)
    assert again.places_list.item(0).text() == "USB / ổ đĩa rời: USB"  # sticks still come first


def test_the_officer_chooses_units_and_years_and_the_file_is_named_after_them(qtbot, open_dialog, demo, stick):
    _window, dialog = open_dialog(demo, [drives.Destination(str(stick), "USB", True)])
    names = [dialog.choice.units_list.item(i).text() for i in range(dialog.choice.units_list.count())]
    assert names == ["Phường Ba Đình", "Sở Giáo dục và Đào tạo", "Sở Khoa học và Công nghệ"]
    dialog.choice.set_unit_checked("01-so-khoa-hoc-va-cong-nghe", False)
    dialog.choice.period_boxes[2024].click()
    assert "Sở Khoa học" not in dialog.pending_label.text() and "— 2024" not in dialog.pending_label.text()
    dialog.start_export()
    assert dialog.stack.currentIndex() == 1, dialog.error_text
    written = list(stick.glob("*.lcb"))
    assert [p.name for p in written] == ["lcdesk-phuong-ba-dinh_so-giao-duc-va-dao-tao-2025-0001.lcb"]
    pkg = package.read_package(written[0], expected_kind="bundle")
    assert pkg.manifest["units"] == [WARD, "01-so-giao-duc-va-dao-tao"] and pkg.manifest["periods"] == [2025]
    assert dialog.summary_text("units").splitlines() == ["Phường Ba Đình", "Sở Giáo dục và Đào tạo"]
    for unit in dialog.choice.chosen_units():
        dialog.choice.set_unit_checked(unit, False)
    assert not dialog.export_button.isEnabled() and "ít nhất một đơn vị" in dialog.pending_label.text()


def test_unfinished_forms_are_listed_per_unit_and_year(qtbot, open_dialog, demo, stick):
    _window, dialog = open_dialog(demo, [drives.Destination(str(stick), "USB", True)])
    catalog = demo.get_catalog(identity.provisioning(demo)["catalogs"][0])
    lines = dialog.pending_label.text().splitlines()
    for p in dialog.choice.pending:
        statuses = entry.progress(demo, catalog, p.unit, p.period)
        assert all(statuses[code] in (entry.EMPTY, entry.DRAFT) for code in p.unfinished)
        assert any(line.startswith(f"• {p.unit_name} — {p.period}: ") for line in lines)
    ward_2025 = [p for p in dialog.choice.pending if p.unit == WARD and p.period == 2025]
    assert len(ward_2025) == 1 and ward_2025[0].total == 4  # the four forms of the ward, as in the window
    assert ward_2025[0].unfinished == ("1.3.2.a", "2.2.2.c", "2.2.2.d")  # one empty, two drafts
