"""Read-only record tables and the desk's "table over a detail" page, shared by the office pages."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLayout, QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

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


def set_row(table: QTableWidget, row: int, texts, data=None) -> list[QTableWidgetItem]:
    """Row ``row`` of ``table`` from ``texts``, each cell holding ``data`` under Qt.UserRole (which
    record it shows, whatever the sort); returns the cells for the caller's colours and tips."""
    items = []
    for column, text in enumerate(texts):
        item = QTableWidgetItem(text)
        if data is not None:
            item.setData(Qt.ItemDataRole.UserRole, data)
        table.setItem(row, column, item)
        items.append(item)
    return items


def choice_row(*choices: QWidget, after: tuple[QWidget, ...] = ()) -> QHBoxLayout:
    """A page's row of choices (year, unit, catalog…) on the left, ``after`` (its buttons) on the right."""
    row = QHBoxLayout()
    for widget in choices:
        row.addWidget(widget)
    row.addStretch(1)
    for widget in after:
        row.addWidget(widget)
    return row


def column_page(page: QWidget, *parts) -> QVBoxLayout:
    """``page``'s layout: ``parts`` (widgets or layouts) top to bottom, the last one taking the room left."""
    layout = QVBoxLayout(page)
    for part in parts:
        stretch = 1 if part is parts[-1] else 0
        if isinstance(part, QLayout):
            layout.addLayout(part, stretch)
        else:
            layout.addWidget(part, stretch)
    return layout


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
