"""Figures as an officer reads them: '95,2 %', '5.521.300', 'Rất tốt (4)', 'Tăng'.

Numbers come from ``lcdesk.core.numbers`` (the one formatting module: comma decimals,
dot thousands, round half up), in the interface language.
``describe_payload`` turns a stored payload into one line, for the previous
period's value and for the history of a cell.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from lcdesk.core import numbers
from lcdesk.core.officer import entry
from lcdesk.ui.widgets.formatting import interface_language

CONTEXT = "FigureText"
RATING_LABELS = {
    5: QT_TRANSLATE_NOOP("FigureText", "Xuất sắc"),
    4: QT_TRANSLATE_NOOP("FigureText", "Rất tốt"),
    3: QT_TRANSLATE_NOOP("FigureText", "Tốt"),
    2: QT_TRANSLATE_NOOP("FigureText", "Khá"),
    1: QT_TRANSLATE_NOOP("FigureText", "Yếu"),
}
DIRECTION_LABELS = {
    "increase": QT_TRANSLATE_NOOP("FigureText", "Tăng"),
    "decrease": QT_TRANSLATE_NOOP("FigureText", "Giảm"),
}
TARGET_LABELS = {  # targets.STATUS_LABELS_VI, translatable
    "met": QT_TRANSLATE_NOOP("FigureText", "Đạt"),
    "not_met": QT_TRANSLATE_NOOP("FigureText", "Chưa đạt"),
    "unknown": QT_TRANSLATE_NOOP("FigureText", "Chưa có số liệu"),
}


def tr(text: str) -> str:
    """Translate a label marked with QT_TRANSLATE_NOOP("FigureText", ...) above.

    Literal strings call QCoreApplication.translate("FigureText", ...) directly, so that
    lupdate files them under the same context the lookup uses."""
    return QCoreApplication.translate(CONTEXT, text)


def format_number(value: float, decimals: int | None = None) -> str:
    """95.25 -> '95,25'; 95.0 -> '95'; 5521300 -> '5.521.300'; 3.125 -> '3,13' (round half up)."""
    return numbers.format_number(value, decimals, language=interface_language())


def format_rate(rate: float | None) -> str:
    """71.25 -> '71,25 %'; '' for none."""
    return numbers.format_percent(rate, language=interface_language())


def format_count(count) -> str:
    return numbers.format_count(count, language=interface_language())


def rating_text(rating: int | None) -> str:
    if rating not in RATING_LABELS:
        return ""
    return f"{tr(RATING_LABELS[rating])} ({rating})"


def direction_text(direction: str | None) -> str:
    return tr(DIRECTION_LABELS[direction]) if direction in DIRECTION_LABELS else ""


def describe_payload(kind: str, payload: dict | None, measure=None) -> str:
    """One line for a stored payload (``numbers.format_figure`` with translated words);
    drafts with errors and cleared cells say so."""
    if payload is None:
        return QCoreApplication.translate("FigureText", "(đã xóa)")
    if entry.DRAFT_INPUT in payload:
        return QCoreApplication.translate("FigureText", "Nháp còn lỗi")
    if kind == "count_by_sex":
        text = QCoreApplication.translate("FigureText", "Nam %1 · Nữ %2 · Tổng %3").replace("%1", format_count(payload.get("male"))) \
            .replace("%2", format_count(payload.get("female"))).replace("%3", format_count(payload.get("total")))
        unit = getattr(measure, "unit", "")
        text += f" {unit}" if unit and unit != "%" else ""
        return text + (f" · {format_rate(payload['rate'])}" if payload.get("rate") is not None else "")
    if kind == "rating5":
        return rating_text(payload.get("rating"))
    if kind == "trend":
        text = direction_text(payload.get("direction"))
        return text + (f" ({format_number(payload['figure'])})" if payload.get("figure") is not None else "")
    return numbers.format_figure(kind, payload, measure, language=interface_language())
