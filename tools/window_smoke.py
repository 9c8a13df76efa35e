#!/usr/bin/env python3
"""Prove that the lcdesk window really starts on an X display (``.ci/run`` runs it under Xvfb).

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python tools/window_smoke.py --out build/ci/window.png

Starts ``lcdesk --demo`` on Qt's real X11 platform (never offscreen) in a temporary data
folder, waits until the window reports itself exposed and painted (``LCDESK_READY_FILE``,
see ``lcdesk.ui.app.report_when_shown``), takes a screenshot of the whole X screen, checks
that the screenshot shows something (not one flat colour), and stops lcdesk. Exit 0 on
success; 1 with lcdesk's output when the window never showed.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def lcdesk_command() -> list[str]:
    exe = Path(sys.executable).with_name("lcdesk.exe" if os.name == "nt" else "lcdesk")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "lcdesk"]


def wait_for(path: Path, proc: subprocess.Popen, seconds: float) -> dict | None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if path.exists():
            return json.loads(path.read_text(encoding="utf-8"))
        if proc.poll() is not None:
            return None
        time.sleep(0.1)
    return None


def screenshot(out: Path) -> int:
    """Grab the whole X screen through Qt's xcb platform; returns the number of colours seen."""
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication([sys.argv[0]])
    image = app.primaryScreen().grabWindow(0).toImage()
    out.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(out)):
        raise SystemExit(f"cannot write {out}")
    step_x, step_y = max(1, image.width() // 64), max(1, image.height() // 64)
    return len({image.pixel(x, y) for x in range(0, image.width(), step_x) for y in range(0, image.height(), step_y)})


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", default=str(ROOT / "build" / "ci" / "window.png"), help="the screenshot (PNG)")
    parser.add_argument("--timeout", type=float, default=90.0, help="seconds to wait for the window")
    args = parser.parse_args(argv)
    if not os.environ.get("DISPLAY"):
        print("window smoke test: no DISPLAY; run it under xvfb-run", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="lcdesk-smoke-") as home:
        ready = Path(home) / "ready.json"
        env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
        env["LCDESK_READY_FILE"] = str(ready)
        log = Path(home) / "lcdesk.log"
        with open(log, "wb") as output:
            proc = subprocess.Popen([*lcdesk_command(), "--home", home, "--demo"], env=env, stdout=output,
                                    stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
            try:
                shown = wait_for(ready, proc, args.timeout)
                if shown is None:
                    print(f"FAIL: the lcdesk window never showed (exit {proc.poll()}):\n"
                          + log.read_text(encoding="utf-8", errors="replace")[-4000:], file=sys.stderr)
                    return 1
                colours = screenshot(Path(args.out))
            finally:
                if proc.poll() is None:
                    proc.terminate()
                    try:
                        proc.wait(15)
                    except subprocess.TimeoutExpired:
                        proc.kill()
                        proc.wait()
    if colours < 4:
        print(f"FAIL: the screenshot {args.out} is blank ({colours} colours)", file=sys.stderr)
        return 1
    print(f"ok: window \"{shown['title']}\" {shown['width']}x{shown['height']} at ({shown['x']}, {shown['y']}); "
          f"screenshot {args.out} ({colours} colours in a 64x64 sample)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
