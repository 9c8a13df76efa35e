"""The history of exports: when, where (file and folder) and what (years, values, evidence)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lcdesk.ui.widgets import reveal
from lcdesk.ui.widgets.formatting import format_size, format_timestamp

PATH_ROLE = Qt.ItemDataRole.UserRole


class ExportHistory(QWidget):
    """Newest export first; Enter, a double-click or the button opens the file's folder.
    ``revealed(path)`` is emitted when it does."""

    revealed = Signal(str)

    def __init__(self, store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.exports: list[dict] = []
        self.setObjectName("export_history")
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("history_empty")
        self.empty_label.setWordWrap(True)
        self.list = QTreeWidget(self)
        self.list.setObjectName("history_list")
        self.list.setColumnCount(5)
        self.list.setRootIsDecorated(False)
        self.list.setAlternatingRowColors(True)
        header = self.list.header()
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.reveal_button = QPushButton(self)
        self.reveal_button.setObjectName("history_reveal_button")
        self.reveal_button.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.reveal_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.list.itemActivated.connect(lambda _item, _col: self.reveal_current())
        self.list.currentItemChanged.connect(lambda cur, _prev: self.reveal_button.setEnabled(cur is not None))
        self.reveal_button.clicked.connect(self.reveal_current)
        self.retranslate_ui()
        self.refresh()

    def retranslate_ui(self) -> None:
        self.list.setHeaderLabels([self.tr("Thời gian"), self.tr("Tệp"), self.tr("Thư mục"),
                                   self.tr("Dung lượng"), self.tr("Nội dung")])
        self.list.setAccessibleName(self.tr("Lịch sử xuất gói"))
        self.empty_label.setText(self.tr("Chưa xuất gói dữ liệu nào."))
        self.reveal_button.setText(self.tr("&Mở thư mục chứa tệp"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            self.render()
        super().changeEvent(event)

    def refresh(self) -> None:
        """Read the history from the store again (after an export)."""
        self.exports = list(reversed(self.store.exports()))
        self.receipts = self.store.export_receipts()  # issue 11: "đã nhận" once a receipt confirmed it
        self.render()

    def render(self) -> None:
        self.list.clear()
        exports = self.exports
        receipts = getattr(self, "receipts", {})
        for row in exports:
            path = Path(row["path"])
            content = self.describe(row.get("summary") or {})
            if row["bundle_id"] in receipts:
                content += " · " + self.tr("đã nhận %1").replace("%1", format_timestamp(receipts[row["bundle_id"]]["received_at"]))
            item = QTreeWidgetItem(self.list, [format_timestamp(row["at"]), path.name, str(path.parent),
                                               format_size(row["size"]), content])
            item.setData(0, PATH_ROLE, str(path))
            item.setToolTip(1, str(path))
            item.setToolTip(2, str(path.parent))
        self.empty_label.setVisible(not exports)
        if exports:
            self.list.setCurrentItem(self.list.topLevelItem(0))

    def describe(self, summary: dict) -> str:
        """'7 số liệu · 0 minh chứng · 2024, 2025'."""
        parts = [self.tr("%n số liệu", "", int(summary.get("records", 0))),
                 self.tr("%n minh chứng", "", int(summary.get("evidence", 0)))]
        periods = summary.get("periods") or []
        parts.append(", ".join(map(str, periods)) if periods else self.tr("mọi năm"))
        return " · ".join(parts)

    def rows(self) -> list[list[str]]:
        return [[self.list.topLevelItem(i).text(c) for c in range(5)] for i in range(self.list.topLevelItemCount())]

    def reveal_current(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        path = item.data(0, PATH_ROLE)
        reveal.reveal(path)
        self.revealed.emit(path)
