"""The whole flow in a minute: the demo officer exports from the GUI, the office imports by CLI."""

import json

from PySide6.QtCore import Qt

from lcdesk.__main__ import main
from lcdesk.core.officer.demo_home import demo_home, open_demo
from lcdesk.ui.widgets import drives
from lcdesk.ui import i18n
from lcdesk.ui.widgets import tasks
from lcdesk.ui.main_window import MainWindow


def test_bundle_exported_in_the_gui_is_imported_by_the_office(qtbot, qapp, tmp_path, monkeypatch, capsys):
    i18n.install_translator(qapp, "vi")
    monkeypatch.setattr(tasks, "runner", tasks.run_synchronously)
    stick = tmp_path / "USB"
    stick.mkdir()
    monkeypatch.setattr(drives, "destinations", lambda *a, **k: [drives.Destination(str(stick), "USB (E:)", True)])
    store = open_demo(tmp_path)
    try:
        window = MainWindow(store)
        qtbot.addWidget(window)
        window.show()
        qtbot.mouseClick(window.toolbar.export_button, Qt.MouseButton.LeftButton)
        dialog = window.export_dialog
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        assert dialog.stack.currentIndex() == 1, dialog.error_text
        bundle = stick / dialog.summary_text("file")
        assert bundle.exists()
    finally:
        store.close()
    office = demo_home(tmp_path) / "demo-office"
    capsys.readouterr()
    assert main(["--home", str(office), "office", "import", str(bundle), "--json"]) == 0
    imported = json.loads(capsys.readouterr().out)
    assert [(r["status"], r["records"]) for r in imported] == [("imported", 7)]
    assert main(["--home", str(office), "office", "values", "--period", "2025", "--json"]) == 0
    values = {(v["unit"], v["indicator"]): v["value"] for v in json.loads(capsys.readouterr().out)}
    assert values[("00004", "1.1.2.a")]["numerator"] == 6705
    assert values[("00004", "1.1.2.a")]["denominator"] == 9410
    assert values[("00004", "1.3.2.a")]["rate"] == 1.6


def test_demo_flag_uses_the_demo_folder_for_the_gui_and_the_cli(tmp_path, monkeypatch, capsys):
    seen = []
    monkeypatch.setattr("lcdesk.ui.app.run_gui", lambda store, argv, open_file=None: seen.append(store.home) or 0)
    assert main(["--home", str(tmp_path), "--demo"]) == 0
    assert seen == [demo_home(tmp_path)]
    capsys.readouterr()
    assert main(["--home", str(tmp_path), "--demo", "export", "--out", str(tmp_path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["records"] == 7
