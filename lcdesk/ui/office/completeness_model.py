"""The completeness grid: units (rows) × expected indicators (columns), one state per cell.

A model over the computed forms (``core.office.review.forms``): the view asks only for
the cells it shows, no widget per cell."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from lcdesk.ui.office.review_labels import cell_state, state_colour, state_name

FIXED = 3  # unit, complete/expected, late


class CompletenessModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.units: list[dict] = []
        self.indicators: list[str] = []
        self.forms: dict = {}

    def load(self, summary: dict, forms: dict) -> None:
        self.beginResetModel()
        self.units = summary["units"]
        self.forms = forms
        self.indicators = sorted({ind for (_, ind), f in forms.items() if f.expected})
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.units)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else FIXED + len(self.indicators)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if section < FIXED:
            names = ("Đơn vị", "Hoàn thành", "Đúng hạn")
            return QCoreApplication.translate("CompletenessModel", names[section])
        return self.indicators[section - FIXED]

    def form_at(self, index: QModelIndex):
        if index.column() < FIXED:
            return None
        return self.forms.get((self.units[index.row()]["code"], self.indicators[index.column() - FIXED]))

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        unit = self.units[index.row()]
        if index.column() < FIXED:
            return self._fixed(unit, index.column()) if role == Qt.ItemDataRole.DisplayRole else None
        form = self.form_at(index)
        if form is None or not form.expected:
            return "" if role == Qt.ItemDataRole.DisplayRole else None
        state = cell_state(form)
        if role == Qt.ItemDataRole.DisplayRole:
            return state_name(state)
        if role == Qt.ItemDataRole.BackgroundRole:
            return state_colour(state)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{unit['name']} — {form.indicator}: {state_name(state)}"
        return None

    def _fixed(self, unit: dict, column: int) -> str:
        tr = QCoreApplication.translate
        if column == 0:
            return unit["name"]
        if column == 1:
            return f"{unit['complete']}/{unit['expected']} ({unit['rate']:g} %)"
        if unit["late"]:
            return tr("CompletenessModel", "Nộp trễ")
        if unit["overdue_days"]:
            return tr("CompletenessModel", "Quá hạn %1 ngày").replace("%1", str(unit["overdue_days"]))
        return tr("CompletenessModel", "Đúng hạn") if unit["received_at"] else ""
