"""The evidence files (minh chứng) of a form: add by dialog or drag and drop, open, remove.

Files are copied into the data folder, content-addressed (``core/evidence.py``),
so the original may be moved or deleted afterwards. The list does not decide what
the form holds: it emits ``changed(hashes)`` and the form writes that (undoably)
and calls ``set_hashes``. ``set_bundle_size`` shows a warning when the evidence a
bundle would carry passes what e-mail lets through (~20 MB).
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lcdesk.core.exchange import evidence
from lcdesk.ui.widgets import prompts
from lcdesk.ui.widgets import tasks
from lcdesk.ui.widgets.formatting import format_size

SHA_ROLE = Qt.ItemDataRole.UserRole
WARNING_STYLE = "background:#fff4d6; color:#5c4200; border:1px solid #e0b84a; border-radius:4px; padding:6px;"


def viewable_copy(home: Path, sha: str, name: str) -> Path:
    """A copy of stored evidence under its original name (so that the right program opens it)."""
    folder = Path(tempfile.gettempdir()) / "lcdesk-minh-chung" / sha[:16]
    target = folder / (Path(name).name or sha)
    if not target.exists():
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(evidence.evidence_path(home, sha), target)
    return target


def local_files(mime) -> list[str]:
    if not mime.hasUrls():
        return []
    return [url.toLocalFile() for url in mime.urls() if url.isLocalFile() and Path(url.toLocalFile()).is_file()]


class EvidenceList(QWidget):
    changed = Signal(tuple)

    def __init__(self, store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.setObjectName("evidence_list")
        self.setAcceptDrops(True)
        self._hashes: tuple[str, ...] = ()
        self.items = QListWidget(self)
        self.items.setObjectName("evidence_items")
        self.items.setMaximumHeight(self.items.fontMetrics().lineSpacing() * 6)  # grows with the font
        self.items.itemActivated.connect(lambda _item: self.open_selected())
        self.items.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.hint = QLabel(self)
        self.hint.setObjectName("evidence_hint")
        self.hint.setWordWrap(True)
        self.warning = QLabel(self)
        self.warning.setObjectName("evidence_warning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(WARNING_STYLE)
        self.warning.hide()
        self.add_button = self._button("evidence_add", self.choose_files)
        self.open_button = self._button("evidence_open", self.open_selected)
        self.remove_button = self._button("evidence_remove", self.remove_selected)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.open_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.hint, self.items, self.warning):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        self.retranslate_ui()
        self._update_buttons()

    def _button(self, name: str, slot) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def retranslate_ui(self) -> None:
        self.items.setAccessibleName(self.tr("Danh sách tệp minh chứng"))
        self.hint.setText(self.tr("Kéo và thả tệp vào đây, hoặc bấm “Thêm tệp…”."))
        for button, text in ((self.add_button, self.tr("Thêm tệp…")), (self.open_button, self.tr("Mở")),
                             (self.remove_button, self.tr("Gỡ bỏ"))):
            button.setText(text)
            button.setAccessibleName(text.rstrip("…"))
        self.add_button.setToolTip(self.tr("Thêm tệp minh chứng (có thể chọn nhiều tệp)"))
        self.open_button.setToolTip(self.tr("Mở tệp đang chọn bằng chương trình của máy"))
        self.remove_button.setToolTip(self.tr("Bỏ tệp đang chọn khỏi chỉ số này (Ctrl+Z để lấy lại)"))
        self.set_hashes(self._hashes)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # ------------------------------------------------------------ contents
    def hashes(self) -> tuple[str, ...]:
        return self._hashes

    def set_hashes(self, hashes) -> None:
        """Show the files ``hashes`` (name and size), keeping the selection where possible."""
        row = self.items.currentRow()
        self._hashes = tuple(hashes)
        self.items.clear()
        for sha in self._hashes:
            info = self.store.evidence_info(sha) or {"name": sha[:12], "size": 0}
            item = QListWidgetItem(f"{info['name']} — {format_size(info['size'])}", self.items)
            item.setData(SHA_ROLE, sha)
            item.setToolTip(f"SHA-256: {sha}")
        self.items.setCurrentRow(min(max(row, 0), self.items.count() - 1) if self._hashes else -1)
        self._update_buttons()

    def names(self) -> list[str]:
        return [(self.store.evidence_info(sha) or {}).get("name", sha) for sha in self._hashes]

    def set_bundle_size(self, size: int) -> None:
        """Warn when the evidence a bundle would carry passes the e-mail limit."""
        over = size > evidence.EMAIL_LIMIT_BYTES
        self.warning.setText(self.tr("Các tệp minh chứng đã lên tới %1: gói dữ liệu có thể vượt giới hạn "
                                     "tệp đính kèm thư điện tử (~20 MB). Hãy gửi bằng USB hoặc bớt tệp lớn.")
                             .replace("%1", format_size(size)) if over else "")
        self.warning.setVisible(over)

    def _update_buttons(self) -> None:
        selected = self.items.currentRow() >= 0
        self.open_button.setEnabled(selected)
        self.remove_button.setEnabled(selected)

    # ------------------------------------------------------------ actions
    def choose_files(self) -> None:
        paths = prompts.open_files(self, self.tr("Chọn tệp minh chứng"), self.tr("Mọi tệp (*)"))
        if paths:
            self.add_paths(paths)

    def add_paths(self, paths) -> None:
        """Copy ``paths`` into the data folder on a worker thread (a big file on a slow USB
        stick must not freeze the window), then note them and ask the form to link them."""
        home, paths = self.store.home, [str(p) for p in paths]
        self.add_button.setEnabled(False)
        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        tasks.run_in_background(lambda: [evidence.copy_in(home, p) for p in paths],
                                self._on_copied, self._on_copy_failed)

    def _on_copied(self, copied: list) -> None:
        self._copy_finished()
        added = [evidence.register(self.store, c) for c in copied]
        new = tuple(dict.fromkeys((*self._hashes, *added)))
        if new != self._hashes:
            self.changed.emit(new)

    def _on_copy_failed(self, exc: BaseException) -> None:
        self._copy_finished()
        prompts.failure(self, exc, self.tr("Không thêm được tệp minh chứng: %1"))

    def _copy_finished(self) -> None:
        QApplication.restoreOverrideCursor()
        self.add_button.setEnabled(True)

    def selected_hash(self) -> str | None:
        item = self.items.currentItem()
        return item.data(SHA_ROLE) if item is not None else None

    def open_selected(self) -> None:
        sha = self.selected_hash()
        if sha is None:
            return
        name = (self.store.evidence_info(sha) or {}).get("name", sha)
        try:
            path = viewable_copy(self.store.home, sha, name)
        except OSError as exc:
            prompts.error(self, self.tr("Không mở được tệp minh chứng %1: %2").replace("%1", name)
                          .replace("%2", exc.strerror or str(exc)))
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def remove_selected(self) -> None:
        """Unlink the selected file from the form (the stored copy stays; Ctrl+Z brings it back)."""
        sha = self.selected_hash()
        if sha is not None:
            self.changed.emit(tuple(h for h in self._hashes if h != sha))

    # ------------------------------------------------------------ drag and drop
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if local_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        if local_files(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = local_files(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.add_paths(paths)
