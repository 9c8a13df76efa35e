"""A value's evidence files (minh chứng) at the office: listed by their original names, each openable.

Opening copies the stored file to a temporary folder under its original name (so the
right program opens it; the copy is checked against its SHA-256) on a worker thread,
then hands it to the system's viewer with ``open_with_system`` (tests patch it, or
``QDesktopServices.openUrl``).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from lcdesk.core import numbers
from lcdesk.core.office import cell_detail
from lcdesk.ui import i18n
from lcdesk.ui.widgets import prompts, tasks

SHA_ROLE = Qt.ItemDataRole.UserRole


def open_with_system(path) -> bool:
    """Open ``path`` with the program Windows (or the desktop) associates with it."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class EvidenceFiles(QWidget):
    """``opened(path)`` once a copy was handed to the viewer."""

    opened = Signal(str)

    def __init__(self, store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.files: list[dict] = []
        self.file_list = QListWidget(self, objectName="evidence_file_list")
        self.file_list.setMaximumHeight(self.fontMetrics().height() * 4 + 12)  # about three names
        self.open_button = QPushButton(self, objectName="open_evidence_button")
        self.open_button.setEnabled(False)
        self.file_list.itemDoubleClicked.connect(lambda _item: self.open_selected())
        self.file_list.currentRowChanged.connect(lambda row: self.open_button.setEnabled(row >= 0))
        self.open_button.clicked.connect(self.open_selected)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.file_list)
        layout.addLayout(buttons)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.open_button.setText(self.tr("Mở tệp minh chứng"))
        self.set_hashes([f["sha256"] for f in self.files])

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def set_hashes(self, hashes) -> None:
        self.files = cell_detail.evidence_files(self.store, list(hashes))
        self.file_list.clear()
        if not self.files:
            item = QListWidgetItem(self.tr("(không có tệp minh chứng)"), self.file_list)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
        for f in self.files:
            size = numbers.format_size(f["size"], language=i18n.current_language()) if f["size"] is not None else ""
            text = f"{f['name']} ({size})" if f["stored"] else self.tr("%1 (chưa nhận được tệp)").replace("%1", f["name"])
            item = QListWidgetItem(text, self.file_list)
            item.setData(SHA_ROLE, f["sha256"])
            if not f["stored"]:
                item.setFlags(Qt.ItemFlag.NoItemFlags)
        self.open_button.setEnabled(False)

    def names(self) -> list[str]:
        return [f["name"] for f in self.files]

    def open_selected(self) -> None:
        item = self.file_list.currentItem()
        sha = item.data(SHA_ROLE) if item is not None else None
        if not sha:
            return
        name = next(f["name"] for f in self.files if f["sha256"] == sha)
        home = self.store.home
        tasks.run_in_background(lambda: str(cell_detail.copy_evidence(home, sha, name, cell_detail.viewing_folder(sha))),
                                self._show, self._failed)

    def _show(self, path: str) -> None:
        open_with_system(path)
        self.opened.emit(path)

    def _failed(self, exc: BaseException) -> None:
        prompts.failure(self, exc, self.tr("Không mở được tệp minh chứng: %1"))
