"""One measure of the form: its label, the input of its kind, the errors the input has no
field for, the check against the target ('Đạt' / 'Chưa đạt' / 'Chưa có số liệu') and
last period's value.

``refresh()`` validates what is typed (``values.validate``, nothing is saved) and
shows the result; messages of an untouched, empty measure are not shown, but it
still counts as not ready to be marked complete.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from lcdesk.core.catalog import targets

from lcdesk.core.catalog import values
from lcdesk.core.officer.form_state import is_blank
from lcdesk.ui.officer.count_by_sex_input import CountBySexInput
from lcdesk.ui.widgets.figure_text import TARGET_LABELS, describe_payload, tr
from lcdesk.ui.widgets.indicator_detail import format_goal
from lcdesk.ui.officer.kind_input import error_text, make_error_label, wrappable
from lcdesk.ui.officer.percent_input import PercentInput
from lcdesk.ui.officer.rating_input import RatingInput
from lcdesk.ui.officer.trend_input import TrendInput

INPUTS = {"percent": PercentInput, "count_by_sex": CountBySexInput, "rating5": RatingInput, "trend": TrendInput}
TARGET_STYLES = {
    targets.MET: "color:#1b5e20; font-weight:600;",
    targets.NOT_MET: "color:#a00000; font-weight:600;",
    targets.UNKNOWN: "color:#555555;",
}


def _info_label(name: str, parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class MeasureBlock(QGroupBox):
    """``edited(measure)`` on every keystroke or choice, ``committed(measure)`` when a field is done."""

    edited = Signal(str)
    committed = Signal(str)

    def __init__(self, indicator, measure, parent: QWidget | None = None):
        super().__init__(parent)
        self.indicator, self.measure = indicator, measure
        self.setObjectName(f"measure_{measure.code}")
        unit = measure.unit if measure.unit and measure.unit != "%" else ""
        self.setTitle(f"{measure.label} ({unit})" if unit else measure.label)
        normal = self.font()
        normal.setBold(False)  # set explicitly, so that the contents do not inherit the bold title
        title_font = self.font()
        title_font.setBold(True)
        self.setFont(title_font)  # the title; the contents keep the normal font
        self.input = INPUTS[indicator.kind](indicator, measure, self)
        self.error_label = make_error_label("measure_errors", self)
        self.target_label = _info_label("target_check", self)
        self.previous_label = _info_label("previous_value", self)
        layout = QVBoxLayout(self)
        for widget in (self.input, self.error_label, self.target_label, self.previous_label):
            widget.setFont(normal)
            layout.addWidget(widget)
        self.target, self.period, self.show_target = None, 0, False
        self.checked = values.Checked({}, [])
        self.input.edited.connect(self._on_edited)
        self.input.committed.connect(lambda: self.committed.emit(self.measure.code))

    def set_context(self, target, period: int, show_target: bool, previous) -> None:
        """The target to check against (on the headline measure) and last period's record."""
        self.target, self.period = target, int(period)
        goal = target.goal_for(period) if target is not None else None
        self.show_target = show_target and goal is not None
        self.target_label.setVisible(self.show_target)
        if previous is None or previous.payload is None:
            self.previous_label.setText(self.tr("Năm %1: chưa có số liệu").replace("%1", str(period - 1)))
        else:
            self.previous_label.setText(self.tr("Năm %1: %2").replace("%1", str(period - 1))
                                        .replace("%2", describe_payload(self.indicator.kind, previous.payload)))
        if isinstance(self.input, TrendInput) and previous is not None and previous.payload:
            self.input.set_previous(previous.payload.get("figure"))

    # ------------------------------------------------------------ values
    def raw(self) -> dict:
        return self.input.raw()

    def set_raw(self, raw: dict) -> None:
        self.input.set_raw(raw)
        self.refresh()

    def is_blank(self) -> bool:
        return is_blank({k: v for k, v in self.raw().items()})

    def is_ready(self) -> bool:
        """Filled in and free of errors: what marking the form complete needs."""
        return not self.is_blank() and self.checked.ok

    def _on_edited(self) -> None:
        self.refresh()
        self.edited.emit(self.measure.code)

    def refresh(self) -> values.Checked:
        raw = self.raw()
        self.checked = values.validate(self.indicator, raw)
        blank = self.is_blank()
        shown = [] if blank else self.checked.errors
        self.input.show_derived(self.checked.payload)
        self.input.hide_derived_of(shown)
        rest = self.input.show_errors(shown)
        self.error_label.setText(wrappable(error_text(rest)))
        self.error_label.setVisible(bool(rest))
        self._show_target(None if blank or not self.checked.ok else self.checked.payload)
        return self.checked

    def _show_target(self, payload: dict | None) -> None:
        if not self.show_target:
            return
        status = targets.evaluate(self.target, values.headline(self.indicator.kind, payload), self.period)
        goal = format_goal(self.target.goal_for(self.period), self.indicator.kind)
        self.target_label.setText(self.tr("So với chỉ tiêu (%1): %2").replace("%1", goal)
                                  .replace("%2", tr(TARGET_LABELS[status])))
        self.target_label.setStyleSheet(TARGET_STYLES[status])
        self.target_label.setProperty("status", status)

    def focus_widgets(self) -> list[QWidget]:
        return self.input.focus_widgets()
