"""The start-up path imports only what the first window needs: the heavy modules (sqlite_utils,
openpyxl, vietnam_provinces, cryptography's serialization) load on first use, not at start-up;
QtNetwork (the single-instance server) only after the first paint; and of the built-in catalogs
only the one the window shows is built (the others are listed from their headers).

Each case starts the real ``lcdesk`` entry point in a fresh process (Qt offscreen) and, once the
event loop runs with the window shown and painted once (as ``bench/startup.py`` times it), lists
which heavy modules were imported and how many built-in catalogs were built."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

HEAVY = ("sqlite_utils", "openpyxl", "vietnam_provinces", "cryptography.hazmat.primitives.serialization",
         "PySide6.QtNetwork")
# What the officer's first window leaves for later (each measured in docs/performance.md): the key
# (its id comes from keys/identity.pub), every command's module, the tabs nobody sees yet, the
# single-instance server, the modules behind the first figure formatted or the first file read.
# (zipfile is not listed: PySide6 itself imports it.)
DEFERRED = ("cryptography", "hashlib", "lcdesk.cli", "lcdesk.ui.officer.export_history", "lcdesk.ui.officer.todo_panel",
            "lcdesk.ui.single_instance", "lcdesk.core.exchange.container", "decimal", "difflib",
            "lcdesk.ui.setup.provisioning_page")

PROBE = """
import gc, json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

heavy, deferred = json.loads(sys.argv[1])
original = QApplication.exec

def exec_and_report(self=None):
    app = QApplication.instance()

    def report():
        app.processEvents()  # one full paint, and what is queued with it (bench/startup.py's "ready")
        builtin = sys.modules.get("lcdesk.core.catalog.builtin")
        built = builtin.load_builtin.cache_info().currsize if builtin else 0
        shown = [type(w).__name__ for w in app.topLevelWidgets() if isinstance(w, QMainWindow) and w.isVisible()]
        print("REPORT " + json.dumps({"shown": shown, "heavy": [m for m in heavy if m in sys.modules],
                                     "deferred": [m for m in deferred if m in sys.modules],
                                     "built_catalogs": built, "gc": [gc.isenabled(), gc.get_freeze_count()]}),
              flush=True)
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
    done = subprocess.run([sys.executable, "-c", PROBE, json.dumps([HEAVY, DEFERRED]), *map(str, args)], capture_output=True,
                          text=True, encoding="utf-8", env=env, timeout=120)
    lines = [line for line in done.stdout.splitlines() if line.startswith("REPORT ")]
    assert lines, f"exit {done.returncode}: {done.stderr[-2000:]}"
    return json.loads(lines[-1][len("REPORT "):])


def test_a_fresh_installation_starts_without_the_heavy_modules(tmp_path):
    report = _start("--home", tmp_path)
    assert report["shown"] == ["MainWindow"]
    assert report["heavy"] == []
    assert report["built_catalogs"] <= 1  # the catalog the browser shows, not every built-in


@pytest.mark.parametrize("first", [True, False], ids=["demo set up first", "demo started again"])
def test_the_demo_window_starts_without_the_heavy_modules(tmp_path, first):
    if not first:
        _start("--home", tmp_path, "--demo")  # sets the demo up (that may need them)
    report = _start("--home", tmp_path, "--demo")
    assert report["shown"] == ["MainWindow"]
    # An officer's window counts the officer's own records, which needs the key id: the key
    # file is read, without cryptography's serialization (keys._plain_ed25519_seed). Setting
    # the demo up (creating the key, the units) may need more.
    allowed = set()
    if first:
        allowed |= {"vietnam_provinces", "sqlite_utils", "cryptography.hazmat.primitives.serialization"}
    assert set(report["heavy"]) <= allowed
    assert not {"sqlite_utils", "openpyxl", "vietnam_provinces"} & set(report["heavy"]) or first
    if not first:  # at most the officer's own catalog (the demo's comes from its provisioning)
        assert report["built_catalogs"] <= 1
        assert report["deferred"] == []
    # The collector, paused for the start (lcdesk.__main__), runs again once the window has
    # painted, with what the start made in its permanent generation (lcdesk.ui.app.collect_from_now_on).
    assert report["gc"][0] and report["gc"][1] > 10_000


def test_the_built_in_catalogs_are_listed_without_building_them():
    from lcdesk.core.catalog import builtin

    summaries = builtin.builtin_summaries()
    assert [s["id"] for s in summaries] == list(builtin.BUILTIN_IDS)
    assert list(summaries) == [{"id": c.id, "version": c.version, "title": c.title} for c in builtin.builtin_catalogs()]


def test_the_key_read_at_start_up_is_the_key_cryptography_reads(tmp_path):
    from cryptography.hazmat.primitives import serialization

    from lcdesk.core.exchange import keys

    made = keys.load_or_create(tmp_path)
    pem = keys.key_path(tmp_path).read_bytes()
    assert keys._plain_ed25519_seed(pem) is not None  # the fast path is the one taken
    full = keys.KeyPair.from_private(serialization.load_pem_private_key(pem, None))
    keys._LOADED.clear()
    read = keys.load_or_create(tmp_path)
    assert read.public_raw == full.public_raw == made.public_raw
    assert keys.verify(full.public_raw, keys.sign(read, b"lcdesk"), b"lcdesk")
    # Anything else (a damaged body, an encrypted key) goes to cryptography's parser.
    assert keys._plain_ed25519_seed(pem.replace(b"MC4C", b"MC4D")) is None
    assert keys._plain_ed25519_seed(b"-----BEGIN ENCRYPTED PRIVATE KEY-----\n...") is None


def test_pysides_per_import_check_gives_its_own_answers_from_the_files_bytes():
    """lcdesk.ui.pyside_startup answers PySide6's "does this module use PySide6?" as PySide6 does."""
    import PySide6.QtCore  # noqa: F401  (loads shibokensupport.feature)

    from lcdesk.ui import app  # noqa: F401  (installs the check)
    from lcdesk.ui.pyside_startup import FEATURE_MODULE, read_feature_marks_from_bytes

    assert read_feature_marks_from_bytes()
    check = sys.modules[FEATURE_MODULE]._mod_uses_pyside
    assert check.lcdesk_bytes
    modules = [m for m in list(sys.modules.values()) if getattr(m, "__file__", None)]
    answers = {m.__name__: check(m) for m in modules}
    assert answers == {m.__name__: check.original(m) for m in modules}
    assert answers["lcdesk.ui.app"] and not answers["lcdesk.core.errors"]
