"""Numbers, sizes and dates as an officer reads them, in the interface locale."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt


def format_size(size: int) -> str:
    """12595 -> '12,3 KB' (Vietnamese) or '12.3 KB' (English); 1024-based like Explorer."""
    locale = QLocale()
    if size < 1024:
        return QCoreApplication.translate("formatting", "%1 byte").replace("%1", locale.toString(int(size)))
    for unit, factor in (("KB", 1024), ("MB", 1024 ** 2), ("GB", 1024 ** 3)):
        if size < factor * 1024 or unit == "GB":
            return f"{locale.toString(size / factor, 'f', 1)} {unit}"
    return str(size)


def format_date(day: date) -> str:
    """dd/mm/yyyy, as Vietnamese documents write dates."""
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def format_timestamp(iso: str) -> str:
    """An ISO UTC timestamp as local 'dd/mm/yyyy hh:mm' (the text itself if unreadable)."""
    moment = QDateTime.fromString(iso, Qt.DateFormat.ISODate)
    if not moment.isValid():
        return iso
    return moment.toLocalTime().toString("dd/MM/yyyy HH:mm")
