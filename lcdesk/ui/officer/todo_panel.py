"""Phản hồi: the office's word on this officer's forms, returned ones at the top.

``form_requested(catalog, unit, period, indicator)`` when the officer activates a form."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QLabel, QPushButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from lcdesk.core.errors import LcdeskError
from lcdesk.core.exchange import feedback
from lcdesk.ui.office.review_labels import state_colour, state_name

KEY_ROLE = Qt.ItemDataRole.UserRole


class TodoPanel(QWidget):
    form_requested = Signal(str, str, int, str)

    def __init__(self, store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.items: list[dict] = []
        self.setObjectName("todo_panel")
        self.empty_label = QLabel(self, objectName="todo_empty")
        self.empty_label.setWordWrap(True)
        self.list = QTreeWidget(self, objectName="todo_list")
        self.list.setColumnCount(3)
        self.list.setRootIsDecorated(False)
        self.list.setWordWrap(True)
        self.list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.list.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.open_button = QPushButton(self, objectName="todo_open_button")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.open_button)
        self.list.itemActivated.connect(lambda item, _c: self._request(item))
        self.open_button.clicked.connect(lambda: self._request(self.list.currentItem()))
        self.retranslate_ui()
        self.refresh()

    def retranslate_ui(self) -> None:
        self.list.setHeaderLabels([self.tr("Chỉ số"), self.tr("Trạng thái"), self.tr("Nhận xét của văn phòng")])
        self.empty_label.setText(self.tr("Chưa có phản hồi nào của văn phòng. Khi nhận được tệp phản hồi (.lcf), "
                                         "hãy mở tệp đó: các biểu mẫu bị trả lại sẽ hiện ở đây."))
        self.open_button.setText(self.tr("&Mở biểu mẫu"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            self.render()
        super().changeEvent(event)

    def refresh(self) -> None:
        try:
            self.items = feedback.todo(self.store)
        except LcdeskError:
            self.items = []
        self.render()

    def render(self) -> None:
        self.list.clear()
        for t in self.items:
            item = QTreeWidgetItem(self.list, [f"{t['indicator']} ({t['period']})", state_name(t["state"]), t["comment"]])
            item.setBackground(1, state_colour(t["state"]))
            item.setData(0, KEY_ROLE, (t["catalog"], t["unit"], t["period"], t["indicator"]))
        self.empty_label.setVisible(not self.items)
        self.open_button.setEnabled(bool(self.items))
        if self.items:
            self.list.setCurrentItem(self.list.topLevelItem(0))

    def returned_count(self) -> int:
        return sum(t["state"] == "returned" for t in self.items)

    def _request(self, item) -> None:
        if item is not None:
            catalog, unit, period, indicator = item.data(0, KEY_ROLE)
            self.form_requested.emit(catalog, unit, int(period), indicator)
