"""Cách ly: every rejected file with its reason and date; open its folder, retry, delete."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QHeaderView, QPushButton, QWidget

from lcdesk.core.exchange import importer
from lcdesk.core.office import inbox
from lcdesk.ui.i18n import current_language
from lcdesk.ui.office.import_results import reason_text, status_text
from lcdesk.ui.widgets import prompts, reveal
from lcdesk.ui.widgets.formatting import format_timestamp
from lcdesk.ui.widgets.labels import heading_label, plain_label
from lcdesk.ui.widgets.tables import choice_row, column_page, record_table, set_row


class QuarantinePage(QWidget):
    """``changed()`` after a retry imported something (the desk refreshes the other pages)."""

    changed = Signal()

    def __init__(self, store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.setObjectName("quarantine_page")
        self.rows: list[dict] = []
        self.heading = heading_label("quarantine_heading", self)
        self.hint = plain_label("quarantine_hint", self)
        self.table = record_table(self, 3, "quarantine_table")
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 220)
        self.table.setColumnWidth(2, 140)
        self.open_button = QPushButton(self, objectName="open_quarantine_folder_button")
        self.retry_button = QPushButton(self, objectName="retry_button")
        self.delete_button = QPushButton(self, objectName="delete_quarantined_button")
        self.result = plain_label("quarantine_result", self)
        buttons = choice_row(self.retry_button, self.open_button, self.delete_button)
        column_page(self, self.heading, self.hint, buttons, self.result, self.table)
        self.open_button.clicked.connect(self.open_folder)
        self.retry_button.clicked.connect(self.retry)
        self.delete_button.clicked.connect(self.delete)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.retranslate_ui()
        self.refresh()

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Gói bị từ chối (cách ly)"))
        self.hint.setText(self.tr("Các tệp bị từ chối được giữ lại ở đây cùng lý do. Sau khi đã đăng ký cán bộ hoặc nhập "
                                  "danh mục còn thiếu, chọn tệp và bấm “Thử lại”."))
        self.table.setHorizontalHeaderLabels([self.tr("Tệp"), self.tr("Lý do"), self.tr("Ngày")])
        self.open_button.setText(self.tr("Mở &thư mục"))
        self.retry_button.setText(self.tr("Thử &lại"))
        self.delete_button.setText(self.tr("&Xóa…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            self.refresh()
        super().changeEvent(event)

    def refresh(self) -> None:
        self.rows = list(reversed(inbox.quarantine_rows(self.store)))  # newest first
        english = current_language() == "en"
        self.table.setRowCount(len(self.rows))
        for i, row in enumerate(self.rows):
            reason = row["reason"] if english else row["reason_vi"]
            set_row(self.table, i, (row["file"], reason, format_timestamp(row["when"])), row["id"])
        self.table.resizeRowsToContents()
        self._update_buttons()

    def selected(self) -> dict | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    def select_file(self, name: str) -> bool:
        for i, row in enumerate(self.rows):
            if row["file"] == name:
                self.table.selectRow(i)
                return True
        return False

    def _update_buttons(self) -> None:
        row = self.selected()
        self.delete_button.setEnabled(row is not None)
        self.retry_button.setEnabled(bool(row and row["present"]))
        self.open_button.setEnabled(bool(row and row["stored_path"]))

    def open_folder(self) -> None:
        row = self.selected()
        if row and row["stored_path"]:
            reveal.reveal(row["stored_path"])

    def retry(self) -> None:
        row = self.selected()
        if row is None:
            return
        outcome = inbox.retry_quarantined(self.store, row["id"])
        self.refresh()
        if outcome is None:
            self.result.setText(self.tr("Không còn bản sao của tệp này."))
            return
        text = self.tr("%1: %2").replace("%1", row["file"]).replace("%2", status_text(outcome.status))
        if outcome.status == importer.REJECTED:
            text += " — " + reason_text(outcome)
        self.result.setText(text)
        if outcome.status != importer.REJECTED:
            self.changed.emit()

    def delete(self) -> None:
        row = self.selected()
        if row is None:
            return
        question = self.tr("Xóa hẳn tệp “%1” khỏi mục cách ly? Không thể hoàn tác; nếu cần, hãy xin cán bộ gửi lại gói.")
        if not prompts.ask_yes_no(self, self.tr("Xóa tệp bị từ chối"), question.replace("%1", Path(row["file"]).name)):
            return
        inbox.delete_quarantined(self.store, row["id"])
        self.result.setText(self.tr("Đã xóa %1.").replace("%1", row["file"]))
        self.refresh()
