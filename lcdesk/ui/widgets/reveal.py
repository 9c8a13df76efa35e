"""Show a written file to the user: its folder opens with the file selected where the
platform can do it (Windows Explorer ``/select,``), else the folder itself opens."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def explorer_command(path: str | Path) -> str:
    """The command line Explorer needs: the path quoted right after ``/select,``."""
    return f'explorer /select,"{Path(path)}"'


def reveal(path: str | Path) -> None:
    """Open the folder holding ``path`` (selecting the file on Windows)."""
    path = Path(path)
    if sys.platform == "win32":
        subprocess.Popen(explorer_command(path))
        return
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent if path.is_file() else path)))
