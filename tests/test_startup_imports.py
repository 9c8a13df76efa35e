"""The start-up path imports only what the first window needs: the heavy modules (sqlite_utils,
openpyxl, vietnam_provinces, cryptography's serialization) load on first use, not at start-up.

Each case starts the real ``lcdesk`` entry point in a fresh process (Qt offscreen) and, once the
event loop runs with the window shown, lists which heavy modules were imported."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

HEAVY = ("sqlite_utils", "openpyxl", "vietnam_provinces", "cryptography.hazmat.primitives.serialization")

PROBE = """
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

heavy = json.loads(sys.argv[1])
original = QApplication.exec

def exec_and_report(self=None):
    app = QApplication.instance()

    def report():
        shown = [type(w).__name__ for w in app.topLevelWidgets() if isinstance(w, QMainWindow) and w.isVisible()]
        print("REPORT " + json.dumps({"shown": shown, "heavy": [m for m in heavy if m in sys.modules]}), flush=True)
        for w in app.topLevelWidgets():
            w.close()
        app.quit()

    QTimer.singleShot(0, report)
    return original()

QApplication.exec = exec_and_report
from lcdesk.__main__ import main
sys.exit(main(sys.argv[2:]))
"""


def _start(*args) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", PROBE, json.dumps(HEAVY), *map(str, args)], capture_output=True,
                          text=True, encoding="utf-8", env=env, timeout=120)
    lines = [line for line in done.stdout.splitlines() if line.startswith("REPORT ")]
    assert lines, f"exit {done.returncode}: {done.stderr[-2000:]}"
    return json.loads(lines[-1][len("REPORT "):])


def test_a_fresh_installation_starts_without_the_heavy_modules(tmp_path):
    report = _start("--home", tmp_path)
    assert report["shown"] == ["MainWindow"]
    assert report["heavy"] == []


@pytest.mark.parametrize("first", [True, False], ids=["demo set up first", "demo started again"])
def test_the_demo_window_starts_without_the_heavy_modules(tmp_path, first):
    if not first:
        _start("--home", tmp_path, "--demo")  # sets the demo up (that may need them)
    report = _start("--home", tmp_path, "--demo")
    assert report["shown"] == ["MainWindow"]
    # An officer's window counts the officer's own records, which needs the key id: the key
    # file is read (cryptography's serialization). Setting the demo up may need more.
    allowed = {"cryptography.hazmat.primitives.serialization"}
    if first:
        allowed |= {"vietnam_provinces", "sqlite_utils"}
    assert set(report["heavy"]) <= allowed
    assert not {"sqlite_utils", "openpyxl", "vietnam_provinces"} & set(report["heavy"]) or first
