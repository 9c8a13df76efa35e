"""Vietnamese names and colours of the review states (translated in the context "ReviewStates")."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor

STATE_NAMES = {
    "not_received": QT_TRANSLATE_NOOP("ReviewStates", "Chưa nhận"),
    "empty": QT_TRANSLATE_NOOP("ReviewStates", "Nhận, để trống"),
    "zero": QT_TRANSLATE_NOOP("ReviewStates", "Báo cáo số 0"),
    "draft": QT_TRANSLATE_NOOP("ReviewStates", "Bản nháp"),
    "complete": QT_TRANSLATE_NOOP("ReviewStates", "Hoàn thành"),
    "returned": QT_TRANSLATE_NOOP("ReviewStates", "Trả lại để sửa"),
    "answered": QT_TRANSLATE_NOOP("ReviewStates", "Đã sửa, chờ duyệt"),
    "changed_after_approval": QT_TRANSLATE_NOOP("ReviewStates", "Sửa sau khi duyệt"),
    "approved": QT_TRANSLATE_NOOP("ReviewStates", "Đã duyệt"),
}
COLOURS = {
    "not_received": "#f4cccc", "empty": "#fce5cd", "zero": "#d9d2e9", "draft": "#fff2cc", "complete": "#d9ead3",
    "returned": "#f9cb9c", "answered": "#cfe2f3", "changed_after_approval": "#cfe2f3", "approved": "#b6d7a8",
}


def state_name(state: str) -> str:
    return QCoreApplication.translate("ReviewStates", STATE_NAMES.get(state, state))


def state_colour(state: str) -> QColor:
    return QColor(COLOURS.get(state, "#ffffff"))


GRID_STATES = ("not_received", "empty", "zero", "draft", "complete", "returned", "answered",
               "changed_after_approval", "approved")


def legend_html() -> str:
    """The grid's colours with their names, for a legend label."""
    return " ".join(f'<span style="background-color:{COLOURS[s]}">&nbsp;{state_name(s)}&nbsp;</span>'
                    for s in GRID_STATES)


def cell_state(form) -> str:
    """What the completeness grid shows for a form: received empty and reported zero apart."""
    if form.state == "not_received" and form.data == "empty":
        return "empty"
    if form.state in ("draft", "complete") and form.zero:
        return "zero"
    return form.state
