"""A percent measure: numerator and denominator (the rate derived as you type), or the rate itself.

Counts are the default because the city aggregates counts, not ward percentages;
"Nhập trực tiếp tỷ lệ" is for figures that only exist as a rate. The fields of the
other way are kept while switching, so switching back restores them.
"""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QRadioButton, QWidget

from lcdesk.ui.widgets.figure_text import format_rate
from lcdesk.ui.officer.kind_input import KindInput

COUNTS, RATE = 0, 1


class PercentInput(KindInput):
    COUNT_FIELDS = ("numerator", "denominator")
    NUMBER_FIELDS = ("rate",)
    DERIVED_FROM = {"derived_rate": ("numerator", "denominator", "rate")}

    def __init__(self, indicator, measure, parent: QWidget | None = None):
        super().__init__(indicator, measure, parent)
        self.setObjectName("percent_input")
        self._build_mode_row()
        self.add_line("numerator", self.tr("Tử số"), self.tr("số người / đơn vị đạt"))
        self.add_line("denominator", self.tr("Mẫu số"), self.tr("tổng số"))
        self.add_derived("derived_rate", self.tr("Tỷ lệ (tự tính)"))
        self.add_line("rate", self.tr("Tỷ lệ (%)"), self.tr("ví dụ 95,2"))
        self._show_mode()

    def _build_mode_row(self) -> None:
        row = QWidget(self)
        row.setObjectName("mode_row")
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        self.mode_counts = QRadioButton(self.tr("Nhập tử số và mẫu số"), row)
        self.mode_counts.setObjectName("mode_counts")
        self.mode_rate = QRadioButton(self.tr("Nhập trực tiếp tỷ lệ"), row)
        self.mode_rate.setObjectName("mode_rate")
        self.mode_group = QButtonGroup(self)
        for mode, button in ((COUNTS, self.mode_counts), (RATE, self.mode_rate)):
            button.setAccessibleName(self.accessible(button.text()))
            self.mode_group.addButton(button, mode)
            layout.addWidget(button)
        layout.addStretch(1)
        self.mode_counts.setChecked(True)
        self.mode_group.idClicked.connect(self._on_mode_clicked)
        self.grid.addWidget(row, 0, 0, 1, 3)

    def mode(self) -> int:
        return RATE if self.mode_rate.isChecked() else COUNTS

    def set_mode(self, mode: int) -> None:
        (self.mode_rate if mode == RATE else self.mode_counts).setChecked(True)
        self._show_mode()

    def _on_mode_clicked(self, _mode: int) -> None:
        self._show_mode()
        self.edited.emit()
        self.committed.emit()

    def _show_mode(self) -> None:
        counts = self.mode() == COUNTS
        for name in ("numerator", "denominator", "derived_rate"):
            self.set_row_visible(name, counts)
        self.set_row_visible("rate", not counts)

    def set_raw(self, raw: dict) -> None:
        super().set_raw(raw)
        has_counts = bool(raw.get("numerator") or raw.get("denominator"))
        self.set_mode(RATE if raw.get("rate") and not has_counts else COUNTS)

    def show_derived(self, payload: dict) -> None:
        rate = payload.get("rate") if payload.get("denominator") else None
        self.derived["derived_rate"].setText(format_rate(rate) if rate is not None else "–")

    def focus_widgets(self):
        return [self.mode_counts, self.mode_rate, *self.lines.values()]
