"""The officer's reporting context: which catalog, unit and year, how far along ('3/4 đã nhập').

The catalog selector only shows when the officer was provisioned for several catalogs
(e.g. the UNESCO criteria and the learning-society counts), each its own group of forms
with its own progress in the selector; the unit selector only shows when the officer
reports for several units. The choice is remembered in the store (settings
``report_catalog``, ``report_unit`` and ``report_period``).

Catalog titles are long ("Bộ tiêu chí Thành phố học tập toàn cầu của UNESCO – thành phố Hà
Nội"): the open list names each in full with its progress, the closed box the chosen one's short
title (``catalog.titles.short_titles``: the part before the dash; the progress is beside it
already), shortened with "…" only where even that does not fit, and its tooltip the full title.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

UNIT_SETTING, PERIOD_SETTING, CATALOG_SETTING = "report_unit", "report_period", "report_catalog"
SHORT_TITLE_ROLE = Qt.ItemDataRole.UserRole + 1


class CatalogCombo(QComboBox):
    """A combo box whose closed box shows the current item's ``SHORT_TITLE_ROLE`` (elided to the
    box), while the list shows each item's text."""

    def closed_text(self) -> str:
        """What the closed box reads: the short title, or as many of its first words as fit, then "…"."""
        from PySide6.QtWidgets import QStyle, QStyleOptionComboBox

        short = self.currentData(SHORT_TITLE_ROLE)
        if not short:
            return self.currentText()
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        width = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                            QStyle.SubControl.SC_ComboBoxEditField, self).width() - 2
        metrics = self.fontMetrics()
        if metrics.horizontalAdvance(short) <= width:
            return short
        words = short.split()
        while len(words) > 1:
            words.pop()
            text = " ".join(words) + "…"
            if metrics.horizontalAdvance(text) <= width:
                return text
        return metrics.elidedText(short, Qt.TextElideMode.ElideRight, width)

    def paintEvent(self, _event) -> None:
        from PySide6.QtWidgets import QStyle, QStyleOptionComboBox, QStylePainter

        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        option.currentText = self.closed_text()
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)


class ReportToolbar(QWidget):
    """``changed(unit_code, period)`` after the user picks another unit or year;
    ``catalog_changed(catalog_id)`` after the user picks another catalog;
    ``export_requested()`` when the export button is pressed."""

    changed = Signal(str, int)
    catalog_changed = Signal(str)
    export_requested = Signal()

    def __init__(self, store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.setObjectName("report_toolbar")
        self.done, self.total = 0, 0
        self.catalog_titles: dict[str, str] = {}
        self.catalog_counts: dict[str, tuple[int, int]] = {}
        self.catalog_label = QLabel(self)
        self.catalog_label.setObjectName("report_catalog_label")
        self.catalog_combo = CatalogCombo(self)
        self.catalog_combo.setObjectName("report_catalog_combo")
        self.catalog_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.catalog_combo.setMinimumContentsLength(24)
        self.catalog_combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.catalog_label.setBuddy(self.catalog_combo)
        self.catalog_label.hide()
        self.catalog_combo.hide()
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
        for widget in (self.catalog_label, self.catalog_combo, self.unit_label, self.unit_combo,
                       self.period_label, self.period_combo):
            layout.addWidget(widget, 4 if widget is self.catalog_combo else 0)  # long titles: room first
        layout.addSpacing(12)
        layout.addWidget(self.progress_label)
        layout.addStretch(1)
        layout.addWidget(self.export_button)
        self.unit_combo.currentIndexChanged.connect(self._on_changed)
        self.period_combo.currentIndexChanged.connect(self._on_changed)
        self.catalog_combo.currentIndexChanged.connect(self._on_catalog_changed)
        self.export_button.clicked.connect(self.export_requested)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.catalog_label.setText(self.tr("&Danh mục:"))
        self.catalog_combo.setAccessibleName(self.tr("Danh mục chỉ số đang báo cáo"))
        self._catalog_tooltip()
        self.unit_label.setText(self.tr("Đơn &vị:"))
        self.unit_combo.setAccessibleName(self.tr("Đơn vị báo cáo"))
        self.period_label.setText(self.tr("&Năm báo cáo:"))
        self.period_combo.setAccessibleName(self.tr("Năm báo cáo"))
        self.export_button.setText(self.tr("&Xuất gói dữ liệu…"))
        self.export_button.setToolTip(self.tr("Ghi gói dữ liệu đã ký để gửi văn phòng thành phố (Ctrl+E)"))
        self.set_progress(self.done, self.total)
        for catalog_id, (done, total) in self.catalog_counts.items():
            self.set_catalog_progress(catalog_id, done, total)

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

    def set_catalogs(self, catalogs: list[tuple[str, str]]) -> None:
        """The catalogs the officer reports, as (id, title); the selector shows only for several.
        Restores the remembered one, else the first."""
        self.catalog_titles = dict(catalogs)
        self.catalog_counts = {}
        many = len(self.catalog_titles) > 1
        if many:  # the selector shows: the closed box names the chosen catalog briefly
            from lcdesk.core.catalog.titles import short_titles

            short = short_titles(self.catalog_titles)
        self.catalog_combo.blockSignals(True)
        self.catalog_combo.clear()
        for catalog_id, title in catalogs:
            self.catalog_combo.addItem(title, catalog_id)
            index = self.catalog_combo.count() - 1
            self.catalog_combo.setItemData(index, title, Qt.ItemDataRole.ToolTipRole)
            if many:
                self.catalog_combo.setItemData(index, short[catalog_id], SHORT_TITLE_ROLE)
        self._restore(self.catalog_combo, self.store.get_setting(CATALOG_SETTING), 0)
        self.catalog_combo.blockSignals(False)
        self._catalog_tooltip()
        self.catalog_label.setVisible(many)
        self.catalog_combo.setVisible(many)

    def _catalog_tooltip(self) -> None:
        """The chosen catalog's full title, then what the selector is for."""
        hint = self.tr("Mỗi danh mục được giao là một nhóm biểu mẫu riêng")
        title = self.catalog_titles.get(self.catalog(), "")
        self.catalog_combo.setToolTip(f"{title}\n{hint}" if title else hint)

    def catalog(self) -> str:
        return self.catalog_combo.currentData() or ""

    def select_catalog(self, catalog_id: str) -> bool:
        """Choose a catalog, as the user would (emits ``catalog_changed``); False if not listed."""
        index = self.catalog_combo.findData(catalog_id)
        if index >= 0:
            self.catalog_combo.setCurrentIndex(index)
        return index >= 0

    def set_catalog_progress(self, catalog_id: str, done: int, total: int) -> None:
        """Show a catalog's own progress in its entry of the selector: 'title — 3/4 đã nhập'."""
        index = self.catalog_combo.findData(catalog_id)
        if index >= 0:
            self.catalog_counts[catalog_id] = (done, total)
            count = self.tr("%1/%2 đã nhập").replace("%1", str(done)).replace("%2", str(total))
            self.catalog_combo.setItemText(index, f"{self.catalog_titles.get(catalog_id, catalog_id)} — {count}")

    def _on_catalog_changed(self, _index: int) -> None:
        self._catalog_tooltip()
        self.store.set_setting(CATALOG_SETTING, self.catalog())
        self.catalog_changed.emit(self.catalog())

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
