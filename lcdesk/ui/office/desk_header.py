"""The desk's header: the office's name, city, catalogs and its key's fingerprint."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from lcdesk.core.errors import LcdeskError
from lcdesk.core.exchange import identity
from lcdesk.core.office import registry
from lcdesk.ui.widgets.labels import heading_label, plain_label


class DeskHeader(QWidget):
    def __init__(self, store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.setObjectName("desk_header")
        self.name_label = heading_label("office_name", self)
        self.details = plain_label("office_details", self, selectable=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.addWidget(self.name_label)
        layout.addWidget(self.details)
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()
        super().changeEvent(event)

    def catalog_titles(self) -> list[str]:
        titles = []
        for key in registry.office_catalogs(self.store):
            try:
                titles.append(self.store.get_catalog(key).title)
            except LcdeskError:
                titles.append(key)
        return titles

    def refresh(self) -> None:
        office = identity.office_settings(self.store)
        self.name_label.setText(office["name"])
        text = self.tr("%1 · Dấu vân tay của văn phòng: %2\nDanh mục: %3")
        fingerprint = registry.office_key(self.store)["fingerprint"]
        self.details.setText(text.replace("%1", office["city_name"]).replace("%2", fingerprint)
                             .replace("%3", "; ".join(self.catalog_titles())))
