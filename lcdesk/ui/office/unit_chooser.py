"""Choose units by name: a search box that ignores diacritics and case over a checkable list."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from lcdesk.core.office import unit_names
from lcdesk.core.units.registry import KIND_LABELS_VI
from lcdesk.ui.widgets.labels import plain_label

CODE_ROLE = Qt.ItemDataRole.UserRole


class UnitChooser(QWidget):
    """``changed()`` when a unit is ticked or unticked."""

    changed = Signal()

    def __init__(self, units: list, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("unit_chooser")
        self.units = list(units)
        self.caption = plain_label("unit_chooser_caption", self)
        self.search = QLineEdit(self, objectName="unit_search")
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget(self)
        self.list.setObjectName("units_list")
        self.list.setMinimumHeight(90)
        self.chosen_label = plain_label("chosen_units", self)
        for unit in self.units:
            kind = KIND_LABELS_VI.get(unit.kind, unit.kind)
            shown = unit.name if unit_names.fold(unit.name).startswith(unit_names.fold(kind)) else f"{unit.name} — {kind}"
            item = QListWidgetItem(f"{shown} ({unit.code})", self.list)
            item.setData(CODE_ROLE, unit.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.chosen_label)
        self.search.textChanged.connect(self.apply_filter)
        self.list.itemChanged.connect(lambda _item: self._on_changed())
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.caption.setText(self.tr("Đơn vị giao cho cán bộ (đánh dấu một hoặc nhiều):"))
        self.search.setPlaceholderText(self.tr("Tìm đơn vị theo tên (không cần dấu): ba dinh, so giao duc…"))
        self.search.setAccessibleName(self.tr("Tìm đơn vị"))
        self._on_changed(emit=False)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def apply_filter(self, text: str) -> None:
        shown = {u.code for u in unit_names.search(text, self.units)}
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setHidden(item.data(CODE_ROLE) not in shown)

    def visible_codes(self) -> list[str]:
        return [self.list.item(i).data(CODE_ROLE) for i in range(self.list.count()) if not self.list.item(i).isHidden()]

    def item_for(self, code: str) -> QListWidgetItem | None:
        for i in range(self.list.count()):
            if self.list.item(i).data(CODE_ROLE) == code:
                return self.list.item(i)
        return None

    def set_checked(self, code: str, checked: bool = True) -> None:
        item = self.item_for(code)
        if item is not None:
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def chosen(self) -> list[str]:
        return [self.list.item(i).data(CODE_ROLE) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]

    def _on_changed(self, emit: bool = True) -> None:
        names = {u.code: u.name for u in self.units}
        chosen = [names[c] for c in self.chosen()]
        self.chosen_label.setText(self.tr("Đã chọn: %1").replace("%1", ", ".join(chosen)) if chosen
                                  else self.tr("Chưa chọn đơn vị nào."))
        if emit:
            self.changed.emit()
