"""The history of one cell: every record of the selected measure, newest first — when,
who, what (the figure, or 'Nháp còn lỗi' / '(đã xóa)'), the status and the note."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lcdesk.core.store import Cell
from lcdesk.ui.widgets.figure_text import describe_payload
from lcdesk.ui.widgets.formatting import format_timestamp

STATUS_LABELS = {
    "draft": QT_TRANSLATE_NOOP("CellHistory", "Nháp"),
    "complete": QT_TRANSLATE_NOOP("CellHistory", "Hoàn thành"),
}
COLUMNS = ("when", "who", "what", "status", "note", "change")


def change_words(previous, record) -> str:
    """What a record changed, in words, against the same author's previous record of the cell:
    'nhập số liệu', 'sửa số liệu', 'xóa số liệu', 'thêm minh chứng', 'bỏ minh chứng',
    'sửa ghi chú', 'đánh dấu hoàn thành', 'mở lại (nháp)' (several joined by ', ')."""
    t = lambda text: QCoreApplication.translate("CellHistory", text)  # noqa: E731
    if previous is None:
        return t("nhập số liệu") if record.payload is not None else t("xóa số liệu")
    words = []
    if record.payload != previous.payload:
        words.append(t("xóa số liệu") if record.payload is None else t("sửa số liệu"))
    added, removed = set(record.evidence) - set(previous.evidence), set(previous.evidence) - set(record.evidence)
    if added:
        words.append(t("thêm minh chứng"))
    if removed:
        words.append(t("bỏ minh chứng"))
    if record.note != previous.note:
        words.append(t("sửa ghi chú"))
    if record.status == "complete" and previous.status != "complete":
        words.append(t("đánh dấu hoàn thành"))
    elif record.status != "complete" and previous.status == "complete" and record.payload is not None:
        words.append(t("mở lại (nháp)"))
    return ", ".join(words) or t("không đổi")


class CellHistory(QWidget):
    def __init__(self, store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.setObjectName("cell_history")
        self.kind = ""
        self.cells: list[Cell] = []
        self.measure_label = QLabel(self)
        self.measure_combo = QComboBox(self)
        self.measure_combo.setObjectName("history_measure")
        self.measure_label.setBuddy(self.measure_combo)
        self.measure_combo.currentIndexChanged.connect(lambda _index: self.refresh())
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("history_tree")
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        top = QHBoxLayout()
        top.addWidget(self.measure_label)
        top.addWidget(self.measure_combo, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.tree)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.measure_label.setText(self.tr("Thành phần:"))
        self.measure_combo.setAccessibleName(self.tr("Thành phần số liệu của lịch sử"))
        self.tree.setAccessibleName(self.tr("Lịch sử thay đổi"))
        self.tree.setHeaderLabels([self.tr("Thời gian"), self.tr("Người nhập"), self.tr("Số liệu"),
                                   self.tr("Trạng thái"), self.tr("Ghi chú"), self.tr("Thay đổi")])
        if self.isVisible():
            self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def show_cells(self, kind: str, cells: list[tuple[str, Cell]]) -> None:
        """The cells of a form as (measure label, cell); the first is shown."""
        self.kind = kind
        self.cells = [cell for _label, cell in cells]
        self.measure_combo.blockSignals(True)
        self.measure_combo.clear()
        for label, _cell in cells:
            self.measure_combo.addItem(label)
        self.measure_combo.blockSignals(False)
        many = len(cells) > 1
        self.measure_label.setVisible(many)
        self.measure_combo.setVisible(many)
        self.refresh()

    def select_measure(self, index: int) -> None:
        self.measure_combo.setCurrentIndex(index)

    def refresh(self) -> None:
        self.tree.clear()
        index = self.measure_combo.currentIndex()
        if not 0 <= index < len(self.cells):
            return
        # By each author's sequence number, newest first: laptop clocks are not to be trusted.
        records = self.store.history(self.cells[index])
        previous_of = {}
        for before, record in zip([None] + records[:-1], records):
            previous_of[record.uid] = before if before is not None and before.author_key == record.author_key else None
        for record in reversed(records):
            status = QCoreApplication.translate("CellHistory", STATUS_LABELS.get(record.status, record.status))
            QTreeWidgetItem(self.tree, [format_timestamp(record.created_at), record.author_name or record.author_key[:8],
                                        describe_payload(self.kind, record.payload), status, record.note,
                                        change_words(previous_of[record.uid], record)])
        for column in range(len(COLUMNS) - 1):
            self.tree.resizeColumnToContents(column)

    def rows(self) -> list[list[str]]:
        """What is shown, newest first (for tests and screen readers)."""
        root = self.tree.invisibleRootItem()
        return [[root.child(i).text(c) for c in range(len(COLUMNS))] for i in range(root.childCount())]
