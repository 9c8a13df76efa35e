"""Xung đột: every cell where officers disagree; opening one settles it with a note.

One row per conflict (unit, indicator, year, number of candidates; reopened ones
marked). Double-click or "Quyết định…" opens the candidates side by side
(``conflict_dialog``); once recorded the cell leaves the list.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QPushButton, QTableWidgetItem, QVBoxLayout, QWidget

from lcdesk.core.errors import CatalogError
from lcdesk.core.office import conflicts
from lcdesk.ui.office.conflict_dialog import ConflictDialog
from lcdesk.ui.widgets.labels import heading_label, plain_label
from lcdesk.ui.widgets.tables import record_table


class ConflictsPage(QWidget):
    """``resolved(record)`` after each decision (the desk refreshes the values page)."""

    resolved = Signal(object)

    def __init__(self, store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.setObjectName("conflicts_page")
        self.items: list[conflicts.ConflictItem] = []
        self.dialog: ConflictDialog | None = None
        self.heading = heading_label("conflicts_heading", self)
        self.hint = plain_label("conflicts_hint", self)
        self.table = record_table(self, 5, "conflicts_table")
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.cellDoubleClicked.connect(lambda row, _c: self.open_conflict(row))
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.open_button = QPushButton(self, objectName="open_conflict_button")
        self.open_button.clicked.connect(lambda: self.open_conflict(self.table.currentRow()))
        self.count_label = plain_label("conflicts_count", self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count_label, 1)
        buttons.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.retranslate_ui()
        self.refresh()

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Xung đột số liệu"))
        self.hint.setText(self.tr("Các ô mà cán bộ gửi giá trị khác nhau. Mở một xung đột để so sánh các nguồn, "
                                  "chọn giá trị đúng (hoặc nhập giá trị khác) và ghi lý do."))
        self.table.setHorizontalHeaderLabels([self.tr("Đơn vị"), self.tr("Chỉ số"), self.tr("Năm"),
                                              self.tr("Số nguồn"), self.tr("Tình trạng")])
        self.open_button.setText(self.tr("&Quyết định…"))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def refresh(self) -> None:
        self.items = conflicts.list_conflicts(self.store)
        self._fill()

    def _indicator(self, item: conflicts.ConflictItem):
        try:
            return self.store.get_catalog(item.catalog).indicator(item.indicator)
        except CatalogError:
            return None

    def _fill(self) -> None:
        self.table.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            ind = self._indicator(item)
            measure = ""
            if ind is not None and len(ind.measures) > 1:
                measure = " · " + next((m.label for m in ind.measures if m.code == item.measure), item.measure)
            cells = [
                item.unit_name or self.tr("%1 (không thuộc thành phố)").replace("%1", item.unit),
                f"{item.indicator}{measure}" + (f" — {ind.text}" if ind else ""),
                str(item.period), str(item.candidates),
                self.tr("Mở lại sau quyết định trước") if item.reopened else self.tr("Chưa quyết định"),
            ]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                if column in (2, 3):
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, column, cell)
        self.count_label.setText(self.tr("%1 xung đột chưa quyết định.").replace("%1", str(len(self.items)))
                                 if self.items else self.tr("Không có xung đột nào."))
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.open_button.setEnabled(0 <= self.table.currentRow() < len(self.items))

    def open_conflict(self, row: int) -> ConflictDialog | None:
        """Open the conflict of ``row`` (non-blocking); the list refreshes when it is settled."""
        if not 0 <= row < len(self.items):
            return None
        item = self.items[row]
        self.dialog = ConflictDialog(self.store, item, self._indicator(item), self)
        self.dialog.accepted.connect(self._on_settled)
        self.dialog.open()
        return self.dialog

    def _on_settled(self) -> None:
        record = self.dialog.record if self.dialog else None
        self.refresh()
        if record is not None:
            self.resolved.emit(record)
