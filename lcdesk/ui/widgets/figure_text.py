"""Figures as an officer reads them: '95,2 %', '5.521.300', 'Rất tốt (4)', 'Tăng'.

Numbers follow the interface locale (Vietnamese: comma decimals, dot thousands).
``describe_payload`` turns a stored payload into one line, for the previous
period's value and for the history of a cell.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from lcdesk.core.officer import entry

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


def format_number(value: float, decimals: int = 2) -> str:
    """95.25 -> '95,25'; 95.0 -> '95'; 5521300 -> '5.521.300' (Vietnamese)."""
    locale = QLocale()
    rounded = round(float(value), decimals)
    if rounded.is_integer():
        return locale.toString(int(rounded))
    text = locale.toString(rounded, "f", decimals)
    point = locale.decimalPoint()
    return text.rstrip("0").rstrip(point) if point in text else text


def format_rate(rate: float | None) -> str:
    return "" if rate is None else f"{format_number(rate)} %"


def format_count(count) -> str:
    return "" if count is None else format_number(count, 0)


def rating_text(rating: int | None) -> str:
    if rating not in RATING_LABELS:
        return ""
    return f"{tr(RATING_LABELS[rating])} ({rating})"


def direction_text(direction: str | None) -> str:
    return tr(DIRECTION_LABELS[direction]) if direction in DIRECTION_LABELS else ""


def describe_payload(kind: str, payload: dict | None) -> str:
    """One line for a stored payload; drafts with errors and cleared cells say so."""
    if payload is None:
        return QCoreApplication.translate("FigureText", "(đã xóa)")
    if entry.DRAFT_INPUT in payload:
        typed = ", ".join(f"{k}={v}" for k, v in payload[entry.DRAFT_INPUT].items() if v)
        return QCoreApplication.translate("FigureText", "Nháp còn lỗi") + (f": {typed}" if typed else "")
    if kind == "percent":
        text = format_rate(payload.get("rate"))
        if payload.get("numerator") is not None and payload.get("denominator") is not None:
            text += f" ({format_count(payload['numerator'])}/{format_count(payload['denominator'])})"
        return text
    if kind == "count_by_sex":
        text = QCoreApplication.translate("FigureText", "Nam %1, Nữ %2, Tổng %3").replace("%1", format_count(payload.get("male"))) \
            .replace("%2", format_count(payload.get("female"))).replace("%3", format_count(payload.get("total")))
        return text + (f"; {format_rate(payload['rate'])}" if payload.get("rate") is not None else "")
    if kind == "rating5":
        return rating_text(payload.get("rating"))
    text = direction_text(payload.get("direction"))
    return text + (f" ({format_number(payload['figure'])})" if payload.get("figure") is not None else "")
