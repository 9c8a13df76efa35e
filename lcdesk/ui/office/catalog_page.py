"""Danh mục: the catalogs the office collects, browsed with the shared tree and detail pane."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from lcdesk.core.errors import LcdeskError
from lcdesk.core.office import registry
from lcdesk.ui.widgets.catalog_tree import CatalogTree
from lcdesk.ui.widgets.indicator_detail import IndicatorDetail


class CatalogPage(QWidget):
    def __init__(self, store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.catalog = None
        self.setObjectName("catalog_page")
        self.caption = QLabel(self, objectName="catalog_caption")
        self.combo = QComboBox(self, objectName="office_catalog_combo")
        self.caption.setBuddy(self.combo)
        self.tree = CatalogTree(store, self)
        self.detail = IndicatorDetail(store, self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(self.detail)
        self.splitter.setChildrenCollapsible(False)
        top = QHBoxLayout()
        top.addWidget(self.caption)
        top.addWidget(self.combo, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        self.combo.currentIndexChanged.connect(self._on_chosen)
        self.tree.selected.connect(lambda code, level: self.detail.show_code(self.catalog, code, level))
        self.retranslate_ui()
        self.refresh()

    def retranslate_ui(self) -> None:
        self.caption.setText(self.tr("&Danh mục:"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def refresh(self) -> None:
        keys = registry.office_catalogs(self.store)
        if [self.combo.itemData(i) for i in range(self.combo.count())] == keys:
            return
        self.combo.blockSignals(True)
        self.combo.clear()
        for key in keys:
            try:
                title = self.store.get_catalog(key).title
            except LcdeskError:
                title = key
            self.combo.addItem(f"{title} ({key.split('@')[-1]})", key)
        self.combo.blockSignals(False)
        self._on_chosen(0)

    def _on_chosen(self, index: int) -> None:
        key = self.combo.itemData(index)
        self.catalog = self.store.get_catalog(key) if key else None
        self.tree.set_catalog(self.catalog)
