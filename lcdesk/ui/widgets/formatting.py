"""Numbers, sizes and dates as an officer reads them, in the interface language.

Numbers come from ``lcdesk.core.numbers`` (the one formatting module; round half up).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDateTime, Qt

from lcdesk.core import numbers
from lcdesk.ui.i18n import current_language


def interface_language() -> str:
    """The interface language for ``lcdesk.core.numbers`` ("vi" or "en")."""
    return "en" if current_language() == "en" else "vi"


def format_size(size: int) -> str:
    """12595 -> '12,3 KB' (Vietnamese) or '12.3 KB' (English); 1024-based like Explorer."""
    return numbers.format_size(size, language=interface_language())


def format_number(value, decimals: int | None = None, *, trim: bool | None = None) -> str:
    """``numbers.format_number`` in the interface language."""
    return numbers.format_number(value, decimals, trim=trim, language=interface_language())


def format_date(day: date) -> str:
    """dd/mm/yyyy, as Vietnamese documents write dates."""
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def format_timestamp(iso: str) -> str:
    """An ISO UTC timestamp as local 'dd/mm/yyyy hh:mm' (the text itself if unreadable)."""
    moment = QDateTime.fromString(iso, Qt.DateFormat.ISODate)
    if not moment.isValid():
        return iso
    return moment.toLocalTime().toString("dd/MM/yyyy HH:mm")
