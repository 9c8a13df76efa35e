"""Nhật ký: every import, rejection, enrolment, review action, receipt and feedback (append-only)."""

from __future__ import annotations

import json

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from lcdesk.core.office import audit
from lcdesk.ui.office.audit_text import action_name, detail_text, target_text
from lcdesk.ui.widgets import prompts
from lcdesk.ui.widgets.formatting import format_timestamp
from lcdesk.ui.widgets.labels import heading_label, plain_label


class AuditPage(QWidget):
    def __init__(self, store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.events: list[dict] = []
        self.setObjectName("audit_page")
        self.heading = heading_label("audit_heading", self)
        self.table = QTableWidget(0, 5, self, objectName="audit_table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        for column, width in enumerate((140, 160, 90, 220)):
            self.table.setColumnWidth(column, width)
        self.export_button = QPushButton(self, objectName="audit_export_button")
        self.result = plain_label("audit_result", self)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.result)
        self.export_button.clicked.connect(lambda: self.export())
        self.retranslate_ui()
        self.refresh()

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Nhật ký thao tác"))
        self.table.setHorizontalHeaderLabels([self.tr("Thời điểm"), self.tr("Người thực hiện"), self.tr("Thao tác"),
                                              self.tr("Đối tượng"), self.tr("Chi tiết")])
        self.export_button.setText(self.tr("&Xuất nhật ký (.xlsx)…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            self.render()  # action names and details in the new language, from what is loaded
        super().changeEvent(event)

    def refresh(self) -> None:
        self.events = list(reversed(list(audit.events(self.store))))  # newest first
        self.render()

    def render(self) -> None:
        """Words for the clerk; the stored action code is the item's UserRole, the stored target
        and detail (key ids, JSON) its tooltip."""
        self.table.setRowCount(len(self.events))
        for i, e in enumerate(self.events):
            stored = json.dumps(e["detail"], ensure_ascii=False)
            cells = (format_timestamp(e["at"]), e["actor"], action_name(e["action"]), target_text(e["target"]),
                     detail_text(e["action"], e["detail"]))
            tips = ("", "", e["action"], e["target"], stored)
            for column, (text, tip) in enumerate(zip(cells, tips)):
                item = QTableWidgetItem(text)
                item.setToolTip(tip or text)
                if column == 2:
                    item.setData(Qt.ItemDataRole.UserRole, e["action"])
                self.table.setItem(i, column, item)

    def export(self, path: str | None = None) -> None:
        path = path or prompts.save_file(self, self.tr("Lưu nhật ký"), "nhat-ky.xlsx", self.tr("Bảng tính Excel (*.xlsx)"))
        if path:
            audit.write_xlsx(self.store, path)
            self.result.setText(self.tr("Đã ghi %1.").replace("%1", path))
