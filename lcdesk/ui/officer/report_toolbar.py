"""The officer's reporting context: which unit, which year, how far along ('3/4 đã nhập').

The unit selector only shows when the officer reports for several units. The
choice is remembered in the store (settings ``report_unit`` and ``report_period``).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

UNIT_SETTING, PERIOD_SETTING = "report_unit", "report_period"


class ReportToolbar(QWidget):
    """``changed(unit_code, period)`` after the user picks another unit or year;
    ``export_requested()`` when the export button is pressed."""

    changed = Signal(str, int)
    export_requested = Signal()

    def __init__(self, store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.setObjectName("report_toolbar")
        self.done, self.total = 0, 0
        self.unit_label = QLabel(self)
        self.unit_label.setObjectName("unit_label")
        self.unit_combo = QComboBox(self)
        self.unit_combo.setObjectName("unit_combo")
        self.unit_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.unit_label.setBuddy(self.unit_combo)
        self.period_label = QLabel(self)
        self.period_label.setObjectName("period_label")
        self.period_combo = QComboBox(self)
        self.period_combo.setObjectName("period_combo")
        self.period_label.setBuddy(self.period_combo)
        self.progress_label = QLabel(self)
        self.progress_label.setObjectName("progress_label")
        self.export_button = QPushButton(self)
        self.export_button.setObjectName("export_button")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.unit_label, self.unit_combo, self.period_label, self.period_combo):
            layout.addWidget(widget)
        layout.addSpacing(12)
        layout.addWidget(self.progress_label)
        layout.addStretch(1)
        layout.addWidget(self.export_button)
        self.unit_combo.currentIndexChanged.connect(self._on_changed)
        self.period_combo.currentIndexChanged.connect(self._on_changed)
        self.export_button.clicked.connect(self.export_requested)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.unit_label.setText(self.tr("Đơn &vị:"))
        self.unit_combo.setAccessibleName(self.tr("Đơn vị báo cáo"))
        self.period_label.setText(self.tr("&Năm báo cáo:"))
        self.period_combo.setAccessibleName(self.tr("Năm báo cáo"))
        self.export_button.setText(self.tr("&Xuất gói dữ liệu…"))
        self.export_button.setToolTip(self.tr("Ghi gói dữ liệu đã ký để gửi văn phòng thành phố (Ctrl+E)"))
        self.set_progress(self.done, self.total)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # ------------------------------------------------------------ contents
    def set_choices(self, units: list[dict], periods: list[int]) -> None:
        """Fill the selectors (units as provisioning dicts) and restore the remembered choice:
        else the first unit and the latest year."""
        self.blockSignals(True)
        for combo in (self.unit_combo, self.period_combo):
            combo.blockSignals(True)
            combo.clear()
        for unit in units:
            self.unit_combo.addItem(unit["name"], unit["code"])
        for period in sorted(periods):
            self.period_combo.addItem(str(period), int(period))
        self._restore(self.unit_combo, self.store.get_setting(UNIT_SETTING), 0)
        self._restore(self.period_combo, self.store.get_setting(PERIOD_SETTING), self.period_combo.count() - 1)
        for combo in (self.unit_combo, self.period_combo):
            combo.blockSignals(False)
        self.blockSignals(False)
        many = self.unit_combo.count() > 1
        self.unit_label.setVisible(many)
        self.unit_combo.setVisible(many)

    @staticmethod
    def _restore(combo: QComboBox, wanted, fallback: int) -> None:
        index = combo.findData(wanted) if wanted is not None else -1
        combo.setCurrentIndex(index if index >= 0 else fallback)

    def unit(self) -> str:
        return self.unit_combo.currentData() or ""

    def period(self) -> int:
        return int(self.period_combo.currentData() or 0)

    def select(self, unit: str | None = None, period: int | None = None) -> None:
        """Choose a unit and/or year, as the user would (emits ``changed``)."""
        if unit is not None:
            self.unit_combo.setCurrentIndex(self.unit_combo.findData(unit))
        if period is not None:
            self.period_combo.setCurrentIndex(self.period_combo.findData(int(period)))

    def _on_changed(self, _index: int) -> None:
        self.store.set_setting(UNIT_SETTING, self.unit())
        self.store.set_setting(PERIOD_SETTING, self.period())
        self.changed.emit(self.unit(), self.period())

    def set_progress(self, done: int, total: int) -> None:
        """'3/4 đã nhập': forms of the unit's assigned indicators with any figure."""
        self.done, self.total = done, total
        self.progress_label.setText(self.tr("%1/%2 đã nhập").replace("%1", str(done)).replace("%2", str(total)))
        self.progress_label.setToolTip(self.tr("Số chỉ số được giao đã có số liệu (nháp hoặc hoàn thành)"))
        self.progress_label.setAccessibleName(self.progress_label.text())
