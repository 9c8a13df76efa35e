"""Every message box and file dialog of lcdesk, in one place.

These are the only callers of ``QMessageBox`` and ``QFileDialog``, so tests
patch this module instead of clicking modal dialogs::

    monkeypatch.setattr(prompts, "ask_yes_no", lambda *a, **k: True)
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from lcdesk.core.errors import LcdeskError
from lcdesk.ui.i18n import current_language


def info(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def warning(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


def error(parent: QWidget | None, text: str, title: str | None = None) -> None:
    QMessageBox.critical(parent, title or QCoreApplication.translate("prompts", "Lỗi"), text)


def user_error(parent: QWidget | None, exc: LcdeskError) -> None:
    """Show an error the user caused, in the interface language."""
    error(parent, exc.message_en if current_language() == "en" else exc.message_vi)


def ask_yes_no(parent: QWidget | None, title: str, text: str, default_yes: bool = False) -> bool:
    buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    default = QMessageBox.StandardButton.Yes if default_yes else QMessageBox.StandardButton.No
    return QMessageBox.question(parent, title, text, buttons, default) == QMessageBox.StandardButton.Yes


def open_file(parent: QWidget | None, title: str, filters: str = "", directory: str = "") -> str | None:
    """A path chosen to open, or None when cancelled. ``filters``: "Bundles (*.lcb)"."""
    path, _ = QFileDialog.getOpenFileName(parent, title, directory, filters)
    return path or None


def open_files(parent: QWidget | None, title: str, filters: str = "", directory: str = "") -> list[str]:
    """The paths chosen to open (several may be chosen); an empty list when cancelled."""
    paths, _ = QFileDialog.getOpenFileNames(parent, title, directory, filters)
    return list(paths)


def save_file(parent: QWidget | None, title: str, suggested: str = "", filters: str = "") -> str | None:
    """A path chosen to save to (``suggested`` is the proposed name), or None."""
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return path or None


def choose_folder(parent: QWidget | None, title: str, directory: str = "") -> str | None:
    path = QFileDialog.getExistingDirectory(parent, title, directory)
    return path or None
