"""Read-only record tables and the desk's "table over a detail" page, shared by the office pages."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLayout, QSplitter, QTableWidget, QVBoxLayout, QWidget

SELECTION = {
    "single": QAbstractItemView.SelectionMode.SingleSelection,
    "extended": QAbstractItemView.SelectionMode.ExtendedSelection,
}


def record_table(parent: QWidget, columns: int, name: str, selection: str = "single") -> QTableWidget:
    """A table of records: whole rows selected, never edited in place, no row numbers."""
    table = QTableWidget(0, columns, parent, objectName=name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(SELECTION[selection])
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    return table


def split_page(page: QWidget, heading: QWidget, top: QLayout, summary: QWidget,
               upper: QWidget, lower: QWidget) -> QSplitter:
    """Heading, a row of choices, a summary line, then ``upper`` over ``lower`` (3 : 2, resizable)."""
    split = QSplitter(Qt.Orientation.Vertical, page)
    split.addWidget(upper)
    split.addWidget(lower)
    split.setStretchFactor(0, 3)
    split.setStretchFactor(1, 2)
    layout = QVBoxLayout(page)
    layout.addWidget(heading)
    layout.addLayout(top)
    layout.addWidget(summary)
    layout.addWidget(split, 1)
    return split
