"""The catalog browser: areas -> standards -> criteria -> indicators, with a filter.

For an officer it also shows each indicator's status mark (empty / draft / complete /
has errors, or the office's word: approved / returned for correction, named as the feedback
tab names them) and, by default, only the indicators assigned to the chosen unit, with a
"show all" check box beside the filter.
"""

from __future__ import annotations

import re
import unicodedata

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QPointF,
    QRectF,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lcdesk.core.catalog.model import Catalog

CODE_ROLE = Qt.ItemDataRole.UserRole
LEVEL_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2
LEVELS = ("area", "standard", "criterion", "indicator")
CODE_QUERY = re.compile(r"^\d+(\.[0-9a-z]*)*$")  # "1", "1.2", "1.2.", "1.2.1.b"
STATUS_ROLE = Qt.ItemDataRole.UserRole + 3
CODE_COLUMN, TITLE_COLUMN, STATUS_COLUMN = 0, 1, 2
STATUS_LABELS = {
    "empty": QT_TRANSLATE_NOOP("CatalogTree", "Chưa nhập"),
    "draft": QT_TRANSLATE_NOOP("CatalogTree", "Nháp"),
    "complete": QT_TRANSLATE_NOOP("CatalogTree", "Hoàn thành"),
    "errors": QT_TRANSLATE_NOOP("CatalogTree", "Có lỗi"),
}
# The office's word on a form (from its feedback file), named as the feedback tab and the office desk
# name it (lcdesk.ui.office.review_labels, context "ReviewStates"): one source for the words.
REVIEW_STATUSES = ("approved", "returned")
# (fill, outline, glyph): a hollow ring, an amber pencil dot, a green tick, a red "!"; the office's
# word has its own shape, a square: dark green with a tick (approved), orange with an arrow back (returned).
_MARKS = {
    "empty": (None, "#8a8a8a", ""),
    "draft": ("#f0b400", "#a87800", "…"),
    "complete": ("#2e8b3a", "#1f6128", "✓"),
    "errors": ("#c62828", "#8e1b1b", "!"),
    "approved": ("#1b5e20", "#0d3b12", "✓"),
    "returned": ("#e06c00", "#9a4a00", "back"),
}
_icons: dict[str, QIcon] = {}


def status_icon(status: str) -> QIcon:
    """A round mark, drawn in code at several sizes so it stays sharp at 150 % scaling."""
    if status not in _icons:
        icon = QIcon()
        fill, outline, glyph = _MARKS[status]
        for size in (16, 24, 32, 48):
            pixmap = QPixmap(size, size)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            pen_width = max(1.5, size / 10)
            painter.setPen(QPen(QColor(outline), pen_width))
            painter.setBrush(QColor(fill) if fill else Qt.BrushStyle.NoBrush)
            inset = pen_width / 2 + size * 0.08
            box = QRectF(inset, inset, size - 2 * inset, size - 2 * inset)
            if status in REVIEW_STATUSES:
                painter.drawRoundedRect(box, size * 0.14, size * 0.14)
            else:
                painter.drawEllipse(box)
            if glyph == "back":  # an arrow turning back to the left: drawn, no font needs to have it
                pen = QPen(QColor("white"), max(1.5, size / 8))
                pen.setCapStyle(Qt.PenCapStyle.RoundCap)
                pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
                painter.setPen(pen)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                s = size
                path = QPainterPath(QPointF(0.32 * s, 0.40 * s))
                path.lineTo(0.62 * s, 0.40 * s)
                path.cubicTo(QPointF(0.80 * s, 0.40 * s), QPointF(0.80 * s, 0.70 * s), QPointF(0.60 * s, 0.70 * s))
                path.lineTo(0.42 * s, 0.70 * s)
                painter.drawPath(path)
                head = QPainterPath(QPointF(0.44 * s, 0.27 * s))
                head.lineTo(0.30 * s, 0.40 * s)
                head.lineTo(0.44 * s, 0.53 * s)
                painter.drawPath(head)
            elif glyph:
                font = QFont()
                font.setPixelSize(int(size * 0.62))
                font.setBold(True)
                painter.setFont(font)
                painter.setPen(QColor("white"))
                painter.drawText(QRectF(0, 0, size, size).translated(QPointF(0, -size * 0.02)),
                                 Qt.AlignmentFlag.AlignCenter, glyph)
            painter.end()
            icon.addPixmap(pixmap)
        _icons[status] = icon
    return _icons[status]


def status_label(status: str) -> str:
    """The words of a status mark: the tree's own ("Hoàn thành"), or for the office's word the
    feedback tab's ("Đã duyệt", "Trả lại để sửa")."""
    if status in REVIEW_STATUSES:
        from lcdesk.ui.office.review_labels import state_name  # loaded with the feedback tab already

        return state_name(status)
    return QCoreApplication.translate("CatalogTree", STATUS_LABELS[status])


def fold(text: str) -> str:
    """Lower-case ASCII-ish text for diacritics-insensitive search: 'Đào tạo' -> 'dao tao'."""
    text = text.replace("Đ", "D").replace("đ", "d")
    decomposed = unicodedata.normalize("NFD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


class _RoomyDelegate(QStyledItemDelegate):
    """Rows a little taller than the font: Vietnamese stacks two marks above a letter (ẩ, ộ)."""

    def sizeHint(self, option, index):
        size = super().sizeHint(option, index)
        size.setHeight(size.height() + max(4, option.fontMetrics.height() // 4))
        return size


class CatalogTree(QWidget):
    """A filter box above a tree (code, title and, for an officer, status).

    ``selected(code, level)`` is emitted when the user selects an item; level is
    one of ``LEVELS``; an empty code means nothing is selected. ``set_assigned`` limits
    the indicators shown (unless "show all" is checked); ``set_statuses`` adds the marks.
    """

    selected = Signal(str, str)

    def __init__(self, store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.catalog: Catalog | None = None
        self.assigned: set[str] | None = None
        self.statuses: dict[str, str] = {}
        self.setObjectName("catalog_tree")
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("filter_edit")
        self.filter_edit.setClearButtonEnabled(True)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("catalog_tree_view")
        self.tree.setColumnCount(3)
        self.tree.setUniformRowHeights(True)
        self.tree.setItemDelegate(_RoomyDelegate(self.tree))
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(CODE_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TITLE_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(STATUS_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setColumnHidden(STATUS_COLUMN, True)
        self.show_all_check = QCheckBox(self)
        self.show_all_check.setObjectName("show_all_check")
        self.show_all_check.hide()
        top = QHBoxLayout()
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.show_all_check)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.tree)
        self.filter_edit.textChanged.connect(self.apply_filter)
        self.show_all_check.toggled.connect(lambda _on: self.apply_filter(self.filter_edit.text()))
        self.tree.currentItemChanged.connect(self._on_current_changed)
        self.retranslate_ui()

    # ------------------------------------------------------------ translation
    def retranslate_ui(self) -> None:
        self.filter_edit.setPlaceholderText(self.tr("Tìm theo mã hoặc nội dung…"))
        self.filter_edit.setToolTip(self.tr("Tìm không phân biệt dấu, ví dụ: \"hoc tap\" hoặc \"1.2\""))
        self.filter_edit.setAccessibleName(self.tr("Tìm chỉ số"))
        self.tree.setAccessibleName(self.tr("Danh mục chỉ số"))
        self.tree.setHeaderLabels([self.tr("Mã"), self.tr("Nội dung"), self.tr("Trạng thái")])
        self.show_all_check.setText(self.tr("&Hiện tất cả"))
        self.show_all_check.setToolTip(self.tr("Hiện cả các chỉ số không được giao cho đơn vị đang chọn"))
        for code, status in self.statuses.items():
            self._paint_status(code, status)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # ------------------------------------------------------------ contents
    def set_catalog(self, catalog: Catalog | None) -> None:
        """Show ``catalog`` (or nothing), keeping the current filter."""
        self.catalog = catalog
        self.tree.blockSignals(True)
        self.tree.clear()
        if catalog is not None:
            for area in catalog.areas:
                area_item = self._add(self.tree, area.code, area.title, "area")
                self._add_standards(area_item, catalog, area.code)
        self.tree.blockSignals(False)
        for code, status in self.statuses.items():
            self._paint_status(code, status)
        self.apply_filter(self.filter_edit.text())
        self.selected.emit("", "")

    def _add_standards(self, area_item: QTreeWidgetItem, catalog: Catalog, area: str) -> None:
        for standard in catalog.standards_of(area):
            standard_item = self._add(area_item, standard.code, standard.title, "standard")
            for criterion in catalog.criteria_of(standard.code):
                criterion_item = self._add(standard_item, criterion.code, criterion.title, "criterion")
                for ind in catalog.indicators_of(criterion.code):
                    self._add(criterion_item, ind.code, ind.text, "indicator")

    @staticmethod
    def _add(parent, code: str, title: str, level: str) -> QTreeWidgetItem:
        one_line = " ".join(title.split())
        item = QTreeWidgetItem(parent, [code, one_line])
        item.setData(0, CODE_ROLE, code)
        item.setData(0, LEVEL_ROLE, level)
        item.setToolTip(1, title)
        return item

    # ------------------------------------------------------------ filter
    def apply_filter(self, text: str) -> None:
        """Show the items whose code starts with ``text`` (when it looks like a code: "1.2"
        is 1.2 and below, not 2.1.2) or whose title contains it (ignoring case and diacritics), their ancestors, and
        everything below a matching item."""
        query = fold(text.strip())
        by_code = bool(CODE_QUERY.match(query))
        for i in range(self.tree.topLevelItemCount()):
            self._filter_item(self.tree.topLevelItem(i), query, by_code, False)
        if query or self.restricted():
            self.tree.expandAll()

    def restricted(self) -> bool:
        """Whether only the assigned indicators are shown."""
        return self.assigned is not None and not self.show_all_check.isChecked()

    def set_assigned(self, codes) -> None:
        """Show only these indicator codes (None: every indicator, no "show all" box)."""
        self.assigned = None if codes is None else set(codes)
        self.show_all_check.setVisible(codes is not None)
        self.apply_filter(self.filter_edit.text())

    def _matches(self, item: QTreeWidgetItem, query: str, by_code: bool) -> bool:
        if by_code:
            code = item.data(0, CODE_ROLE).lower()
            if code == query or code.startswith(query if query.endswith(".") else query + "."):
                return True
        key = item.data(0, SEARCH_ROLE)
        if key is None:  # folded on the first search, not while the window opens
            key = fold(item.text(TITLE_COLUMN))
            item.setData(0, SEARCH_ROLE, key)
        return query in key

    def _filter_item(self, item: QTreeWidgetItem, query: str, by_code: bool, shown_by_parent: bool) -> bool:
        matches = shown_by_parent or not query or self._matches(item, query, by_code)
        any_child = False
        for i in range(item.childCount()):
            any_child |= self._filter_item(item.child(i), query, by_code, matches)
        if item.data(0, LEVEL_ROLE) == "indicator":
            visible = matches and (not self.restricted() or item.data(0, CODE_ROLE) in self.assigned)
        else:
            visible = any_child if self.restricted() else (matches or any_child)
        item.setHidden(not visible)
        return visible

    # ------------------------------------------------------------ status marks
    def set_statuses(self, statuses: dict[str, str] | None) -> None:
        """{indicator code: 'empty'|'draft'|'complete'|'errors'|'approved'|'returned'}
        (``entry.progress``); None removes the marks."""
        for code in self.statuses:
            item = self.item_for(code)
            if item is not None:
                item.setIcon(CODE_COLUMN, QIcon())
                item.setText(STATUS_COLUMN, "")
        self.statuses = dict(statuses or {})
        for code, status in self.statuses.items():
            self._paint_status(code, status)
        self.tree.setColumnHidden(STATUS_COLUMN, statuses is None)

    def update_status(self, code: str, status: str) -> None:
        self.statuses[code] = status
        self._paint_status(code, status)

    def status_of(self, code: str) -> str | None:
        return self.statuses.get(code)

    def _paint_status(self, code: str, status: str) -> None:
        item = self.item_for(code)
        if item is None or status not in _MARKS:
            return
        label = status_label(status)
        item.setIcon(CODE_COLUMN, status_icon(status))
        item.setText(STATUS_COLUMN, label)
        item.setData(0, STATUS_ROLE, status)
        item.setToolTip(STATUS_COLUMN, label)

    def visible_codes(self, level: str = "indicator") -> list[str]:
        """The codes of the items of ``level`` the filter leaves visible, in tree order."""
        codes = []
        iterator = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        while iterator:
            item = iterator.pop(0)
            if item.isHidden():
                continue
            if item.data(0, LEVEL_ROLE) == level:
                codes.append(item.data(0, CODE_ROLE))
            iterator[0:0] = [item.child(i) for i in range(item.childCount())]
        return codes

    # ------------------------------------------------------------ selection
    def item_for(self, code: str) -> QTreeWidgetItem | None:
        hits = self.tree.findItems(code, Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive, 0)
        return hits[0] if hits else None

    def select_code(self, code: str) -> bool:
        """Select the item with ``code`` (expanding its ancestors); False if absent."""
        item = self.item_for(code)
        if item is None:
            return False
        parent = item.parent()
        while parent is not None:
            parent.setExpanded(True)
            parent = parent.parent()
        self.tree.setCurrentItem(item)
        self.tree.scrollToItem(item)
        return True

    def current_code(self) -> str:
        item = self.tree.currentItem()
        return item.data(0, CODE_ROLE) if item is not None else ""

    def _on_current_changed(self, current: QTreeWidgetItem | None, _previous) -> None:
        if current is None:
            self.selected.emit("", "")
        else:
            self.selected.emit(current.data(0, CODE_ROLE), current.data(0, LEVEL_ROLE))
