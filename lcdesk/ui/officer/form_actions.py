"""The bar under the indicator form: Hoàn tác / Làm lại, the form's status, when it was
last saved, and 'Đánh dấu hoàn thành'. It shows; the form decides.

Its minimum width never depends on what the labels say at the moment (issue 9: the splitter
beside the form jumped when "Trạng thái: Có lỗi" replaced "Nháp"): the status label is as
wide as its widest status, the saved label, on its own line under the buttons, wraps within a fixed minimum."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QTime, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

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
        self.saved_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.complete_button = self._button("complete_button", self.complete_requested)
        column = QVBoxLayout(self)  # the buttons and the status; under them, when it was saved
        column.setSpacing(2)
        row = QHBoxLayout()
        for widget in (self.undo_button, self.redo_button, self.status_label):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.complete_button)
        column.addLayout(row)
        column.addWidget(self.saved_label)  # a sentence ("mở lại ...") wraps across the whole width
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
        self._fix_minimum_widths()

    def _fix_minimum_widths(self) -> None:
        """Minimum widths from every text the labels can show, not from the one shown now."""
        metrics = self.status_label.fontMetrics()
        statuses = [self.status_text(status) for status in (*STATUS_LABELS, entry.COMPLETE)]
        self.status_label.setMinimumWidth(max(metrics.horizontalAdvance(text) for text in statuses) + 2)
        words = self.saved_text("00:00:00").split() + ["WWWWWWW"]  # as wide as a long Vietnamese word
        self.saved_label.setMinimumWidth(max(self.saved_label.fontMetrics().horizontalAdvance(w) for w in words) + 2)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        elif event.type() == QEvent.Type.FontChange:
            self._fix_minimum_widths()
        super().changeEvent(event)

    def status_text(self, status: str) -> str:
        if not status:
            return ""
        if status == entry.COMPLETE:
            return self.tr("Đã hoàn thành")
        label = QCoreApplication.translate("CatalogTree", STATUS_LABELS[status])
        return self.tr("Trạng thái: %1").replace("%1", label)

    def saved_text(self, time: str) -> str:
        return self.tr("Đã lưu lúc %1").replace("%1", time)

    def show_status(self, status: str) -> None:
        """The form's status (``entry.EMPTY`` … ``entry.COMPLETE``); '' shows nothing."""
        self.status = status
        self.status_label.setText(self.status_text(status))

    def show_saved(self) -> None:
        self.saved_label.setText(self.saved_text(QTime.currentTime().toString("HH:mm:ss")))

    def clear(self) -> None:
        self.show_status("")
        self.saved_label.clear()
        self.set_can_complete(False, False)

    def set_can_complete(self, ready: bool, enabled: bool) -> None:
        """``ready``: filled in without errors; ``enabled``: ready and not already complete."""
        self.complete_button.setEnabled(enabled)
        self.complete_button.setToolTip("" if ready else self.tr("Hãy nhập đủ số liệu và sửa hết lỗi trước."))
