"""A count by sex: male and female counts; the total is derived (or typed, then checked),
and the rate is taken against the base population when it is given."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from lcdesk.ui.widgets.figure_text import format_count, format_rate
from lcdesk.ui.officer.kind_input import KindInput


class CountBySexInput(KindInput):
    COUNT_FIELDS = ("male", "female", "total", "base")
    DERIVED_FROM = {"derived_total": ("male", "female"), "derived_rate": ("male", "female", "total", "base")}

    def __init__(self, indicator, measure, parent: QWidget | None = None):
        super().__init__(indicator, measure, parent)
        self.setObjectName("count_by_sex_input")
        self.add_line("male", self.tr("Số nam"))
        self.add_line("female", self.tr("Số nữ"))
        self.add_line("total", self.tr("Tổng số (để kiểm tra)"), self.tr("tự tính = nam + nữ"))
        self.add_line("base", self.tr("Dân số trong độ tuổi (mẫu số)"), self.tr("để tính tỷ lệ"))
        self.add_derived("derived_total", self.tr("Tổng số (tự tính)"))
        self.add_derived("derived_rate", self.tr("Tỷ lệ (tự tính)"))

    def show_derived(self, payload: dict) -> None:
        male, female = payload.get("male"), payload.get("female")
        total = male + female if male is not None and female is not None else None
        self.derived["derived_total"].setText(format_count(total) if total is not None else "–")
        rate = payload.get("rate")
        self.derived["derived_rate"].setText(format_rate(rate) if rate is not None else "–")
        self.lines["total"].setPlaceholderText(
            format_count(total) if total is not None else self.tr("tự tính = nam + nữ"))
