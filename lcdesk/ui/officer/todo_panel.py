"""Phản hồi: the office's word on this officer's forms, returned ones at the top.

Each item names its form (indicator and year), the office's word and its comments, each measure
named by its label. An officer reporting several catalogs sees the forms under a heading per
catalog (its short title; the whole title as tooltip), the catalog with the most urgent form
first. The list is read again whenever the tab is shown, so a form corrected since reads
"Đã sửa, chờ duyệt".

``form_requested(catalog, unit, period, indicator)`` when the officer activates a form."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHeaderView, QLabel, QPushButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from lcdesk.core.catalog.titles import short_titles
from lcdesk.core.errors import LcdeskError
from lcdesk.core.exchange import feedback
from lcdesk.ui.office.review_labels import state_colour, state_name

KEY_ROLE = Qt.ItemDataRole.UserRole
FORM_COLUMN, STATE_COLUMN, COMMENT_COLUMN = range(3)


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
        for column in (FORM_COLUMN, STATE_COLUMN):
            self.list.header().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
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

    def showEvent(self, event) -> None:
        self.refresh()  # forms corrected since the last look read "Đã sửa, chờ duyệt"
        super().showEvent(event)

    def refresh(self) -> None:
        try:
            self.items = feedback.todo(self.store)
        except LcdeskError:
            self.items = []
        self.render()

    def several_catalogs(self) -> bool:
        """Whether the officer reports several catalogs (or the items span several): the catalog is named."""
        from lcdesk.core.exchange import identity

        try:
            provisioned = {k.split("@")[0] for k in identity.provisioning(self.store).get("catalogs") or []}
        except LcdeskError:
            provisioned = set()
        return len(provisioned | {t["catalog"] for t in self.items}) > 1

    def render(self) -> None:
        current = self.list.currentItem()
        keep = current.data(FORM_COLUMN, KEY_ROLE) if current is not None else None
        self.list.clear()
        headings = self._catalog_headings() if self.items and self.several_catalogs() else {}
        chosen = first = None
        for t in self.items:
            parent = headings.get(t["catalog"], self.list)
            item = QTreeWidgetItem(parent, [f"{t['indicator']} ({t['period']})", state_name(t["state"]), t["comment"]])
            item.setBackground(STATE_COLUMN, state_colour(t["state"]))
            item.setToolTip(COMMENT_COLUMN, t["comment"])
            key = (t["catalog"], t["unit"], t["period"], t["indicator"])
            item.setData(FORM_COLUMN, KEY_ROLE, key)
            if first is None:
                first = item
            if key == keep:
                chosen = item
        self.list.expandAll()
        self.empty_label.setVisible(not self.items)
        self.open_button.setEnabled(bool(self.items))
        if self.items:
            self.list.setCurrentItem(chosen or first)

    def _catalog_headings(self) -> dict[str, QTreeWidgetItem]:
        """{catalog id: its heading}, in the order of each catalog's first (most urgent) form."""
        titles = {t["catalog"]: t["catalog_title"] for t in self.items}
        short = short_titles(titles)
        headings = {}
        for catalog in dict.fromkeys(t["catalog"] for t in self.items):
            heading = QTreeWidgetItem(self.list, [short[catalog]])
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a heading, not a form to open
            heading.setFirstColumnSpanned(True)
            heading.setToolTip(FORM_COLUMN, titles[catalog])
            font = QFont(heading.font(FORM_COLUMN))
            font.setBold(True)
            heading.setFont(FORM_COLUMN, font)
            headings[catalog] = heading
        return headings

    def form_items(self) -> list[QTreeWidgetItem]:
        """The forms' items in the order shown (under their catalogs' headings, when shown)."""
        found, stack = [], [self.list.topLevelItem(i) for i in range(self.list.topLevelItemCount())]
        while stack:
            item = stack.pop(0)
            if item.data(FORM_COLUMN, KEY_ROLE) is not None:
                found.append(item)
            stack[0:0] = [item.child(i) for i in range(item.childCount())]
        return found

    def returned_count(self) -> int:
        return sum(t["state"] == "returned" for t in self.items)

    def _request(self, item) -> None:
        if item is not None and item.data(FORM_COLUMN, KEY_ROLE) is not None:  # a catalog's heading opens nothing
            catalog, unit, period, indicator = item.data(FORM_COLUMN, KEY_ROLE)
            self.form_requested.emit(catalog, unit, int(period), indicator)
