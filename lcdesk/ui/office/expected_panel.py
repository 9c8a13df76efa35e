"""Điều chỉnh kỳ báo cáo: add a form to or remove one from the expected set, or give a unit an extension.

Both need a reason and are recorded (``core.office.expected.adjust`` / ``set_deadline``),
like ``lcdesk office expected`` and ``lcdesk office extend``. Clicking a cell of the
completeness grid chooses its unit and indicator here."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget,
)

from lcdesk.core.errors import LcdeskError
from lcdesk.core.office import completeness, expected
from lcdesk.ui.widgets import prompts
from lcdesk.ui.widgets.formatting import format_date, format_timestamp
from lcdesk.ui.widgets.labels import plain_label


class ExpectedPanel(QGroupBox):
    changed = Signal()

    def __init__(self, store, period_of, parent: QWidget | None = None):
        """``period_of()`` gives the period the page shows."""
        super().__init__(parent)
        self.store = store
        self.period_of = period_of
        self.setObjectName("expected_panel")
        self.unit_label, self.indicator_label = QLabel(self), QLabel(self)
        self.reason_label, self.until_label = QLabel(self), QLabel(self)
        self.unit_combo = QComboBox(self, objectName="adjust_unit")
        self.indicator_combo = QComboBox(self, objectName="adjust_indicator")
        self.indicator_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.indicator_combo.setMinimumContentsLength(16)
        self.unit_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.unit_combo.setMinimumContentsLength(16)
        self.reason_edit = QLineEdit(self, objectName="adjust_reason")
        self.until_edit = QDateEdit(self, objectName="extend_until")
        self.until_edit.setCalendarPopup(True)
        self.until_edit.setDisplayFormat("dd/MM/yyyy")
        later = date.today() + timedelta(days=7)
        self.until_edit.setDate(QDate(later.year, later.month, later.day))
        self.add_button = QPushButton(self, objectName="expect_add_button")
        self.remove_button = QPushButton(self, objectName="expect_remove_button")
        self.extend_button = QPushButton(self, objectName="extend_button")
        self.result = plain_label("adjust_result", self)
        self.history = plain_label("adjust_history", self, selectable=True)
        for label, buddy in ((self.unit_label, self.unit_combo), (self.indicator_label, self.indicator_combo),
                             (self.reason_label, self.reason_edit), (self.until_label, self.until_edit)):
            label.setBuddy(buddy)
        self._lay_out()
        self.add_button.clicked.connect(lambda: self.adjust("add"))
        self.remove_button.clicked.connect(lambda: self.adjust("remove"))
        self.extend_button.clicked.connect(self.extend)
        self.fill()
        self.unit_combo.currentIndexChanged.connect(lambda _i: self.show_history())
        self.retranslate_ui()

    def _lay_out(self) -> None:
        grid = QGridLayout(self)
        grid.addWidget(self.unit_label, 0, 0)
        grid.addWidget(self.unit_combo, 0, 1)
        grid.addWidget(self.indicator_label, 0, 2)
        grid.addWidget(self.indicator_combo, 0, 3, 1, 3)
        grid.addWidget(self.reason_label, 1, 0)
        grid.addWidget(self.reason_edit, 1, 1, 1, 5)
        buttons = QHBoxLayout()
        for w in (self.add_button, self.remove_button):
            buttons.addWidget(w)
        buttons.addStretch(1)
        deadline = QHBoxLayout()  # a row of its own: one row of five is wider than the page at 150 %
        for w in (self.until_label, self.until_edit, self.extend_button):
            deadline.addWidget(w)
        deadline.addStretch(1)
        grid.addLayout(buttons, 2, 0, 1, 6)
        grid.addLayout(deadline, 3, 0, 1, 6)
        grid.addWidget(self.result, 4, 0, 1, 6)
        grid.addWidget(self.history, 5, 0, 1, 6)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 2)

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Điều chỉnh danh sách phải nộp và hạn nộp (ghi lại lý do)"))
        self.unit_label.setText(self.tr("Đơn &vị:"))
        self.indicator_label.setText(self.tr("Chỉ &số:"))
        self.reason_label.setText(self.tr("&Lý do:"))
        self.reason_edit.setPlaceholderText(self.tr("Ví dụ: Phường sáp nhập từ ngày 1/7; mất điện cả tuần"))
        self.until_label.setText(self.tr("Gia &hạn đến:"))
        self.add_button.setText(self.tr("&Thêm vào danh sách phải nộp"))
        self.remove_button.setText(self.tr("&Bỏ khỏi danh sách phải nộp"))
        self.extend_button.setText(self.tr("&Gia hạn cho đơn vị"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def fill(self) -> None:
        names = completeness.unit_names(self.store)
        for code in completeness.sort_units(names, completeness.unit_order(self.store)):
            name, kind = names[code]
            if kind not in ("city", "expert"):
                self.unit_combo.addItem(f"{name} ({code})", code)
        catalog = expected.office_catalog(self.store)
        for ind in catalog.indicators:
            if expected.is_expected_indicator(ind):
                short = ind.text if len(ind.text) <= 60 else ind.text[:59] + "…"
                self.indicator_combo.addItem(f"{ind.code} — {short}", ind.code)

    def choose(self, unit: str, indicator: str | None = None) -> None:
        """Select ``unit`` (and ``indicator``), e.g. from a click in the completeness grid."""
        self.unit_combo.setCurrentIndex(max(0, self.unit_combo.findData(unit)))
        if indicator:
            found = self.indicator_combo.findData(indicator)
            if found >= 0:
                self.indicator_combo.setCurrentIndex(found)

    def show_history(self) -> None:
        """What was recorded for the chosen unit in this period: extensions and expected-set changes, with reasons."""
        unit, catalog = self.unit_combo.currentData(), expected.office_catalog(self.store).id
        period = self.period_of()
        lines = [(c["at"], self.tr("gia hạn đến %1").replace("%1", format_date(date.fromisoformat(c["deadline"]))),
                  c["reason"]) for c in self.store.deadline_changes(catalog, period) if c["unit"] == unit]
        lines += [(c["at"], (self.tr("thêm %1") if c["change"] == "add" else self.tr("bỏ %1")).replace("%1", c["indicator"]),
                   c["reason"]) for c in self.store.expected_changes(catalog, period) if c["unit"] == unit]
        shown = [f"{format_timestamp(at)}: {what} — {reason}" for at, what, reason in sorted(lines, key=lambda line: line[0])]
        self.history.setText(self.tr("Đã ghi cho đơn vị này:") + "\n" + "\n".join(shown) if shown else "")

    def _run(self, action, message: str) -> None:
        try:
            action()
        except LcdeskError as exc:
            prompts.user_error(self, exc)
            return
        self.reason_edit.clear()
        self.result.setText(message)
        self.show_history()
        self.changed.emit()

    def adjust(self, change: str) -> None:
        unit, indicator, reason = self.unit_combo.currentData(), self.indicator_combo.currentData(), self.reason_edit.text()
        text = self.tr("Đã thêm %1 / %2 vào danh sách phải nộp.") if change == "add" else \
            self.tr("Đã bỏ %1 / %2 khỏi danh sách phải nộp.")
        self._run(lambda: expected.adjust(self.store, None, self.period_of(), unit, indicator, change, reason),
                  text.replace("%1", self.unit_combo.currentText()).replace("%2", indicator or ""))

    def extend(self) -> None:
        unit, reason = self.unit_combo.currentData(), self.reason_edit.text()
        until = self.until_edit.date().toString("yyyy-MM-dd")
        self._run(lambda: expected.set_deadline(self.store, None, self.period_of(), until, reason, unit=unit),
                  self.tr("Đã gia hạn cho %1 đến hết ngày %2.").replace("%1", self.unit_combo.currentText())
                  .replace("%2", self.until_edit.date().toString("dd/MM/yyyy")))
