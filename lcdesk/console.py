"""Printing from lcdesk: UTF-8 everywhere, and a console for the windowed Windows build.

``lcdesk.exe`` is a windowed program (no console of its own), so when an officer or
a script runs ``lcdesk.exe office import …`` from ``cmd.exe``, its output would go
nowhere. ``prepare()`` attaches to the parent process's console in that case and
makes stdout/stderr UTF-8, so Vietnamese prints on a cp1252 console too.
"""

from __future__ import annotations

import sys


def prepare() -> None:
    """Give the CLI a usable stdout and stderr (call once, before printing)."""
    if sys.platform == "win32" and (sys.stdout is None or sys.stderr is None):
        import ctypes

        if ctypes.windll.kernel32.AttachConsole(-1):  # ATTACH_PARENT_PROCESS
            sys.stdout = open("CONOUT$", "w", encoding="utf-8", errors="replace")  # noqa: SIM115
            sys.stderr = sys.stdout
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8", errors="replace")
