"""The bar under the indicator form: Hoàn tác / Làm lại, the form's status, when it was
last saved, and 'Đánh dấu hoàn thành'. It shows; the form decides."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QTime, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from lcdesk.core.officer import entry
from lcdesk.ui.widgets.catalog_tree import STATUS_LABELS


class FormActions(QWidget):
    undo_requested = Signal()
    redo_requested = Signal()
    complete_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("form_actions")
        self.status = ""
        self.undo_button = self._button("undo_button", self.undo_requested)
        self.redo_button = self._button("redo_button", self.redo_requested)
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("form_status")
        self.saved_label = QLabel(self)
        self.saved_label.setObjectName("saved_label")
        self.saved_label.setWordWrap(True)  # "mở lại" is a sentence: it wraps at 150 %, never clips
        self.complete_button = self._button("complete_button", self.complete_requested)
        row = QHBoxLayout(self)
        for widget in (self.undo_button, self.redo_button, self.status_label):
            row.addWidget(widget)
        row.addWidget(self.saved_label, 1)
        row.addWidget(self.complete_button)
        self.retranslate_ui()

    def follow(self, undo_stack) -> None:
        """Enable Hoàn tác / Làm lại (with what they would do as tooltip) as ``undo_stack`` allows."""
        undo_stack.canUndoChanged.connect(self._can_undo)
        undo_stack.canRedoChanged.connect(self._can_redo)
        undo_stack.undoTextChanged.connect(self._undo_text)
        undo_stack.redoTextChanged.connect(self._redo_text)

    def _undo_text(self, text: str) -> None:
        self.undo_button.setToolTip(self.tr("Hoàn tác: %1").replace("%1", text) if text else "")

    def _redo_text(self, text: str) -> None:
        self.redo_button.setToolTip(self.tr("Làm lại: %1").replace("%1", text) if text else "")

    def _can_undo(self, can: bool) -> None:
        self.undo_button.setEnabled(can)

    def _can_redo(self, can: bool) -> None:
        self.redo_button.setEnabled(can)

    def _button(self, name: str, signal) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        button.clicked.connect(signal)
        return button

    def retranslate_ui(self) -> None:
        self.undo_button.setText(self.tr("Hoàn tác"))
        self.undo_button.setAccessibleName(self.tr("Hoàn tác (Ctrl+Z)"))
        self.redo_button.setText(self.tr("Làm lại"))
        self.redo_button.setAccessibleName(self.tr("Làm lại (Ctrl+Y)"))
        self.complete_button.setText(self.tr("Đánh dấu hoàn thành"))
        self.complete_button.setAccessibleName(self.tr("Đánh dấu hoàn thành"))
        self.show_status(self.status)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def show_status(self, status: str) -> None:
        """The form's status (``entry.EMPTY`` … ``entry.COMPLETE``); '' shows nothing."""
        self.status = status
        if not status:
            self.status_label.clear()
        elif status == entry.COMPLETE:
            self.status_label.setText(self.tr("Đã hoàn thành"))
        else:
            label = QCoreApplication.translate("CatalogTree", STATUS_LABELS[status])
            self.status_label.setText(self.tr("Trạng thái: %1").replace("%1", label))

    def show_saved(self) -> None:
        self.saved_label.setText(self.tr("Đã lưu lúc %1").replace("%1", QTime.currentTime().toString("HH:mm:ss")))

    def clear(self) -> None:
        self.show_status("")
        self.saved_label.clear()
        self.set_can_complete(False, False)

    def set_can_complete(self, ready: bool, enabled: bool) -> None:
        """``ready``: filled in without errors; ``enabled``: ready and not already complete."""
        self.complete_button.setEnabled(enabled)
        self.complete_button.setToolTip("" if ready else self.tr("Hãy nhập đủ số liệu và sửa hết lỗi trước."))
