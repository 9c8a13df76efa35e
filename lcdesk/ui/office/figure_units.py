"""The units and bundles behind one city figure (the drill-down under "Chỉ số thành phố")."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from lcdesk.core.numbers import format_count, format_number
from lcdesk.ui.widgets.labels import plain_label


class FigureUnits(QWidget):
    COLUMNS = 7

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("figure_units")
        self.figure: dict | None = None
        self.units: list[dict] = []
        self.measure_label = ""
        self.caption = plain_label("figure_units_caption", self, selectable=True)
        self.table = QTableWidget(0, self.COLUMNS, self, objectName="figure_units_table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.table, 1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.table.setHorizontalHeaderLabels([
            self.tr("Đơn vị"), self.tr("Số liệu"), self.tr("Tử số"), self.tr("Mẫu số"), self.tr("Cán bộ"),
            self.tr("Gói số liệu"), self.tr("Ghi chú")])
        self.show_figure(self.figure, self.units)

    def notes(self, unit: dict) -> str:
        parts = []
        if unit.get("rate_only"):
            parts.append(self.tr("chỉ báo tỷ lệ: không tính vào số liệu chung"))
        if unit.get("conflict"):
            parts.append(self.tr("xung đột chưa giải quyết: không tính"))
        if unit.get("approved"):
            parts.append(self.tr("đã duyệt"))
        return "; ".join(parts)

    def show_figure(self, figure: dict | None, units: list[dict], measure_label: str | None = None) -> None:
        """``measure_label`` is the measure's label in the catalog (never its code)."""
        self.figure, self.units = figure, units
        if measure_label is not None:
            self.measure_label = measure_label
        if figure is None:
            self.caption.setText(self.tr("Chọn một chỉ số ở bảng trên để xem các đơn vị đã báo cáo."))
        else:
            self.caption.setText(self.tr("Chỉ số %1 (%2): %3 đơn vị đã báo cáo · %4 đơn vị tính vào số liệu chung")
                                 .replace("%1", figure["indicator"]).replace("%2", self.measure_label)
                                 .replace("%3", str(len(units))).replace("%4", str(figure["units_counted"])))
        self.table.setRowCount(len(units))
        for i, u in enumerate(units):
            value = u["value"]
            text = format_number(value) if isinstance(value, (int, float)) else (value or "—")
            if u.get("rate") is not None and figure and figure["kind"] == "percent":
                text = f"{format_number(u['rate'])} %"
            cells = [f"{u['name']} ({u['code']})", text, format_count(u["numerator"]), format_count(u["denominator"]),
                     u["officer"], u["bundle"] or self.tr("(không qua gói)"), self.notes(u)]
            for col, cell in enumerate(cells):
                self.table.setItem(i, col, QTableWidgetItem(cell))
        self.table.resizeColumnsToContents()
