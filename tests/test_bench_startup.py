"""``bench/startup.py`` runs end to end (one measured round of each mode, the plain first screen
included) and prints the figures docs/performance.md quotes; no timing is asserted."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_the_startup_bench_times_lcdesk_the_bare_window_and_the_plain_first_screen():
    done = subprocess.run([sys.executable, str(ROOT / "bench" / "startup.py"), "--demo", "--runs", "1", "--screen"],
                          capture_output=True, text=True, encoding="utf-8", timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    out = done.stdout
    for label in ("lcdesk main window", "bare PySide6 window", "same screen, plain"):
        assert re.search(rf"{label}\s+\d+ ms", out), out
    for label in ("ratio", "first screen / bare", "lcdesk / first screen"):
        assert re.search(rf"{re.escape(label)}\s*\d+\.\d\d", out), out


def test_the_plain_first_screen_cannot_be_timed_against_a_frozen_build():
    done = subprocess.run([sys.executable, str(ROOT / "bench" / "startup.py"), "--exe", "lcdesk.exe", "--screen"],
                          capture_output=True, text=True, encoding="utf-8", timeout=60)
    assert done.returncode == 2 and "--screen" in done.stderr
