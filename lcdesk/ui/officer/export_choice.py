"""What goes into a bundle: the officer ticks units and years, and sees which forms are unfinished.

The breakdown is per unit and year ("Phường Ba Đình — 2025: 3 biểu mẫu chưa hoàn thành:
1.1.1.a, 1.1.2.a, …"), counted over the forms assigned to that unit only, so that it agrees
with the "4/4 đã nhập" of the window. A single unit is shown by name, without a box to tick.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from lcdesk.core.exchange import identity
from lcdesk.core.officer import entry
from lcdesk.core.units import registry as units
from lcdesk.ui.widgets.labels import plain_label

MAX_CODES = 6
UNIT_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class Pending:
    """The unfinished forms of one unit and year."""

    unit: str
    unit_name: str
    period: int
    errors: tuple[str, ...]
    unfinished: tuple[str, ...]
    total: int


def pending_forms(store, catalog, unit_dicts: list[dict], periods: list[int]) -> list[Pending]:
    """One ``Pending`` per unit and year (only those with something unfinished or wrong)."""
    found = []
    for unit in unit_dicts:
        assigned = units.indicators_for_unit(catalog, units.from_dict(unit))
        for period in periods:
            status = entry.progress(store, catalog, unit["code"], period, assigned, review=False)
            errors = tuple(code for code, s in status.items() if s == entry.ERRORS)
            unfinished = tuple(code for code, s in status.items() if s in (entry.EMPTY, entry.DRAFT))
            if errors or unfinished:
                found.append(Pending(unit["code"], unit.get("name", unit["code"]), int(period), errors, unfinished,
                                     len(status)))
    return found


def _codes(codes: tuple[str, ...]) -> str:
    shown = ", ".join(codes[:MAX_CODES])
    return shown + (", …" if len(codes) > MAX_CODES else "")


class ExportChoice(QWidget):
    """Units and years to export; ``changed`` when a tick changes."""

    changed = Signal()

    def __init__(self, store, catalog_id: str | None, parent: QWidget | None = None):
        """``catalog_id``: the bundle's one catalog, or None for all of the officer's catalogs."""
        super().__init__(parent)
        self.store = store
        self.prov = identity.provisioning(store)
        ids = [catalog_id] if catalog_id else list(self.prov.get("catalogs") or [])
        self.catalogs = [store.get_catalog(i) for i in ids]
        self.unit_dicts = list(self.prov.get("units", []))
        self.all_periods = [int(p) for p in self.prov.get("periods") or []]
        self.pending: list[Pending] = []
        self.units_label = QLabel(self)
        self.units_list = QListWidget(self)
        self.units_list.setObjectName("export_units_list")
        self.units_label.setBuddy(self.units_list)
        self.single_unit = plain_label("export_single_unit", self)
        self.periods_label = QLabel(self)
        self.period_boxes: dict[int, QCheckBox] = {}
        periods_row = QHBoxLayout()
        periods_row.addWidget(self.periods_label)
        for period in self.all_periods:
            box = QCheckBox(str(period), self)
            box.setObjectName(f"export_period_{period}")
            box.setChecked(True)
            box.toggled.connect(lambda _on: self.refresh())
            self.period_boxes[period] = box
            periods_row.addWidget(box)
        periods_row.addStretch(1)
        self.pending_label = plain_label("export_pending", self)
        self.pending_scroll = QScrollArea(self)  # a long breakdown scrolls, never clips (150 %)
        self.pending_scroll.setObjectName("export_pending_scroll")
        self.pending_scroll.setWidgetResizable(True)
        self.pending_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.pending_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.pending_scroll.setWidget(self.pending_label)
        self._fill_units()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.units_label)
        layout.addWidget(self.single_unit)
        layout.addWidget(self.units_list)
        layout.addLayout(periods_row)
        layout.addWidget(self.pending_scroll, 1)
        self.units_list.itemChanged.connect(lambda _item: self.refresh())
        self.retranslate_ui()
        self.refresh()

    def _fill_units(self) -> None:
        for unit in self.unit_dicts:
            item = QListWidgetItem(unit.get("name", unit["code"]), self.units_list)
            item.setData(UNIT_ROLE, unit["code"])
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
        single = len(self.unit_dicts) == 1
        self.units_list.setVisible(not single)
        self.single_unit.setVisible(single)
        rows = max(1, min(len(self.unit_dicts), 5))
        self.units_list.setMaximumHeight(self.units_list.sizeHintForRow(0) * rows + 2 * self.units_list.frameWidth() + 4)

    def retranslate_ui(self) -> None:
        self.units_label.setText(self.tr("Đơn &vị đưa vào gói:"))
        self.units_list.setAccessibleName(self.tr("Đơn vị đưa vào gói"))
        self.periods_label.setText(self.tr("Năm báo cáo:"))
        if len(self.unit_dicts) == 1:
            self.single_unit.setText(self.tr("Đơn vị: %1").replace("%1", self.unit_dicts[0].get("name", "")))
        self.show_pending()  # the counts already read: a language change queries nothing

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # ------------------------------------------------------------ choices
    def chosen_units(self) -> list[str]:
        items = [self.units_list.item(i) for i in range(self.units_list.count())]
        return [i.data(UNIT_ROLE) for i in items if i.checkState() == Qt.CheckState.Checked]

    def chosen_periods(self) -> list[int]:
        return [p for p, box in self.period_boxes.items() if box.isChecked()]

    def set_unit_checked(self, code: str, checked: bool) -> None:
        for i in range(self.units_list.count()):
            item = self.units_list.item(i)
            if item.data(UNIT_ROLE) == code:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def is_empty(self) -> bool:
        return not self.chosen_units() or (bool(self.period_boxes) and not self.chosen_periods())

    def refresh(self) -> None:
        chosen = set(self.chosen_units())
        chosen_units = [u for u in self.unit_dicts if u["code"] in chosen]
        self.pending = [p for catalog in self.catalogs
                        for p in pending_forms(self.store, catalog, chosen_units, self.chosen_periods())]
        self.show_pending()
        self.changed.emit()

    def show_pending(self) -> None:
        self.pending_label.setText("\n".join(self.pending_lines()))
        self.pending_scroll.setVisible(bool(self.pending) or self.is_empty())

    def pending_lines(self) -> list[str]:
        """The breakdown, one line per unit and year, then the reassurance that exporting is allowed."""
        if self.is_empty():
            return [self.tr("Hãy chọn ít nhất một đơn vị và một năm.")]
        lines = []
        for p in self.pending:
            parts = []
            if p.errors:
                parts.append(self.tr("%n biểu mẫu còn lỗi", "", len(p.errors)) + f" ({_codes(p.errors)})")
            if p.unfinished:
                parts.append(self.tr("%n biểu mẫu chưa hoàn thành", "", len(p.unfinished)) + f" ({_codes(p.unfinished)})")
            lines.append(f"• {p.unit_name} — {p.period}: " + "; ".join(parts))
        if any(p.errors for p in self.pending):
            lines.append(self.tr("Số liệu còn lỗi sẽ không được đưa vào gói."))
        if lines:
            lines.append(self.tr("Bạn vẫn có thể xuất gói bây giờ và xuất lại khi đã nhập xong."))
        return lines

    def counts(self) -> dict[str, int]:
        """{'errors': n, 'unfinished': n} over the chosen units and years."""
        return {"errors": sum(len(p.errors) for p in self.pending),
                "unfinished": sum(len(p.unfinished) for p in self.pending)}
