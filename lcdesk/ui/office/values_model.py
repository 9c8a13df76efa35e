"""The values table's Qt model: a thin view of ``core/office/values_grid.ValuesGrid``.

Units are rows and indicator measures columns, or the transpose. The model holds
no cell objects of its own: ``data`` asks the grid, which reads a block of rows
from the store the first time one of them is shown. A cell shows the figure in
words; its marks are a colour and a word in the tooltip: draft (italic, grey),
conflict (red, "Xung đột"), from a revoked key (struck through, orange).
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from lcdesk.core.office.values_grid import CellSummary, ValuesGrid

CELL_ROLE = Qt.ItemDataRole.UserRole + 1  # the CellSummary (or None)
CONFLICT_BG = QColor("#f8d7da")
REVOKED_BG = QColor("#ffe5c2")
DRAFT_FG = QColor("#6b6b6b")


class ValuesModel(QAbstractTableModel):
    def __init__(self, grid: ValuesGrid, parent=None):
        super().__init__(parent)
        self.grid = grid
        self.transposed = False
        self._italic, self._struck = QFont(), QFont()
        self._italic.setItalic(True)
        self._struck.setStrikeOut(True)
        self._bold = QFont()
        self._bold.setBold(True)

    # ------------------------------------------------------------- shape
    def set_transposed(self, transposed: bool) -> None:
        self.beginResetModel()
        self.transposed = bool(transposed)
        self.endResetModel()

    def reload(self, **filters) -> None:
        """Apply new filters (or, without any, re-read the cells) and tell the views."""
        self.beginResetModel()
        if filters:
            self.grid.set_filters(**filters)
        else:
            self.grid.refresh()
        self.endResetModel()

    def unit_and_column(self, index: QModelIndex) -> tuple[int, int]:
        """(grid row, grid column) of a model index, whichever way the table is turned."""
        return (index.column(), index.row()) if self.transposed else (index.row(), index.column())

    def rowCount(self, parent=QModelIndex()) -> int:
        if parent.isValid():
            return 0
        return len(self.grid.columns if self.transposed else self.grid.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        if parent.isValid():
            return 0
        return len(self.grid.rows if self.transposed else self.grid.columns)

    # -------------------------------------------------------------- data
    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = self.unit_and_column(index)
        cell = self.grid.cell(row, column)
        if role == Qt.ItemDataRole.DisplayRole:
            return _display(cell)
        if role == CELL_ROLE:
            return cell
        if cell is None:
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(CONFLICT_BG) if cell.conflict else QBrush(REVOKED_BG) if cell.revoked else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(DRAFT_FG) if cell.status == "draft" else None
        if role == Qt.ItemDataRole.FontRole:
            return self._struck if cell.revoked else self._italic if cell.status == "draft" else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tooltip(cell)
        return None

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        units_axis = Qt.Orientation.Horizontal if self.transposed else Qt.Orientation.Vertical
        if role == Qt.ItemDataRole.FontRole and orientation == units_axis and section < len(self.grid.rows):
            unit = self.grid.rows[section]
            return self._bold if unit.group and unit.group == unit.name else None  # a district heads its group
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if orientation == units_axis:
            if section >= len(self.grid.rows):
                return None
            unit = self.grid.rows[section]
            if role == Qt.ItemDataRole.ToolTipRole or not unit.known:
                outside = QCoreApplication.translate("ValuesModel", "không thuộc thành phố")
                where = unit.group or (outside if not unit.known else "")
                return f"{unit.name} ({unit.code})" + (f" — {where}" if where else "")
            return f"    {unit.name}" if unit.group and unit.group != unit.name else unit.name  # under its district
        if section >= len(self.grid.columns):
            return None
        col = self.grid.columns[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{col.indicator}{' · ' + col.measure_label if col.measure_label else ''}\n{col.text}"
        return f"{col.indicator}\n{col.measure_label}" if col.measure_label else col.indicator


def _display(cell: CellSummary | None) -> str:
    if cell is None:
        return ""
    if cell.conflict:
        return QCoreApplication.translate("ValuesModel", "Xung đột (%1 nguồn)").replace("%1", str(cell.sources))
    return cell.text


def _tooltip(cell: CellSummary) -> str:
    parts = []
    if cell.conflict:
        parts.append(QCoreApplication.translate(
            "ValuesModel", "Xung đột: các cán bộ gửi giá trị khác nhau; mở trang Xung đột để quyết định."))
        if cell.reopened:
            parts.append(QCoreApplication.translate(
                "ValuesModel", "Đã quyết định trước đây, nhưng có số liệu mới nên mở lại."))
    elif cell.status == "draft":
        parts.append(QCoreApplication.translate("ValuesModel", "Nháp: cán bộ chưa đánh dấu hoàn thành."))
    elif cell.status == "complete":
        parts.append(QCoreApplication.translate("ValuesModel", "Hoàn thành."))
    if cell.revoked:
        parts.append(QCoreApplication.translate("ValuesModel", "Có giá trị từ khóa đã bị thu hồi."))
    return "\n".join(parts)
