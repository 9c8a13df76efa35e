"""Every message box and file dialog of lcdesk, in one place.

These are the only callers of ``QMessageBox`` and ``QFileDialog``, so tests
patch this module instead of clicking modal dialogs::

    monkeypatch.setattr(prompts, "ask_yes_no", lambda *a, **k: True)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from lcdesk.core.errors import LcdeskError
from lcdesk.lazy import LazyModule
from lcdesk.ui.i18n import current_language

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget


# PySide6 creates QMessageBox's and QFileDialog's Python types and enums on their first import
# (~0.004 s); the first window shows neither.
_qt = LazyModule("PySide6.QtWidgets")


def info(parent: QWidget | None, title: str, text: str) -> None:
    _qt.QMessageBox.information(parent, title, text)


def warning(parent: QWidget | None, title: str, text: str) -> None:
    _qt.QMessageBox.warning(parent, title, text)


def error(parent: QWidget | None, text: str, title: str | None = None) -> None:
    _qt.QMessageBox.critical(parent, title or QCoreApplication.translate("prompts", "Lỗi"), text)


def user_error(parent: QWidget | None, exc: LcdeskError) -> None:
    """Show an error the user caused, in the interface language."""
    error(parent, exc.message_en if current_language() == "en" else exc.message_vi)


def failure(parent: QWidget | None, exc: BaseException, text: str | None = None) -> None:
    """A job that failed: lcdesk's own errors in the interface language, anything else said plainly
    (``text`` with "%1" for the technical detail, or that detail alone) rather than lost."""
    if isinstance(exc, LcdeskError):
        user_error(parent, exc)
    else:
        error(parent, text.replace("%1", str(exc)) if text else str(exc))


def ask_yes_no(parent: QWidget | None, title: str, text: str, default_yes: bool = False) -> bool:
    buttons = _qt.QMessageBox.StandardButton.Yes | _qt.QMessageBox.StandardButton.No
    default = _qt.QMessageBox.StandardButton.Yes if default_yes else _qt.QMessageBox.StandardButton.No
    return _qt.QMessageBox.question(parent, title, text, buttons, default) == _qt.QMessageBox.StandardButton.Yes


def open_file(parent: QWidget | None, title: str, filters: str = "", directory: str = "") -> str | None:
    """A path chosen to open, or None when cancelled. ``filters``: "Bundles (*.lcb)"."""
    path, _ = _qt.QFileDialog.getOpenFileName(parent, title, directory, filters)
    return path or None


def open_files(parent: QWidget | None, title: str, filters: str = "", directory: str = "") -> list[str]:
    """The paths chosen to open (several may be chosen); an empty list when cancelled."""
    paths, _ = _qt.QFileDialog.getOpenFileNames(parent, title, directory, filters)
    return list(paths)


def save_file(parent: QWidget | None, title: str, suggested: str = "", filters: str = "") -> str | None:
    """A path chosen to save to (``suggested`` is the proposed name), or None."""
    path, _ = _qt.QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return path or None


def choose_folder(parent: QWidget | None, title: str, directory: str = "") -> str | None:
    path = _qt.QFileDialog.getExistingDirectory(parent, title, directory)
    return path or None
