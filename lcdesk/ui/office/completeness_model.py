"""The completeness grid: units (rows) × expected indicators (columns), one state per cell.

A model over the computed forms (``core.office.review.forms``): the view asks only for
the cells it shows, no widget per cell."""

from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from lcdesk.core.office import chase_list
from lcdesk.ui.office.review_labels import cell_state, state_colour, state_name

FIXED = 3  # unit, complete/expected, late


def standard_of(indicator: str) -> str:
    """'1.3.2.a' -> '1.3' (area.standard)."""
    return ".".join(indicator.split(".")[:2])


HEADERS = (QT_TRANSLATE_NOOP("CompletenessModel", "Đơn vị"), QT_TRANSLATE_NOOP("CompletenessModel", "Hoàn thành"),
           QT_TRANSLATE_NOOP("CompletenessModel", "Đúng hạn"))


class CompletenessModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.units: list[dict] = []
        self.indicators: list[str] = []
        self.forms: dict = {}
        self.by_standard = False
        self.counts: dict = {}  # {(unit, standard): (complete, expected)}
        self.today = datetime.now(timezone.utc).date()  # the day overdue days are counted to

    def load(self, summary: dict, forms: dict, by_standard: bool | None = None) -> None:
        """Rows from a completeness ``summary``; columns are indicators, or standards (complete/expected)."""
        self.beginResetModel()
        self.today = datetime.now(timezone.utc).date()
        self.units = summary["units"]
        self.forms = forms
        if by_standard is not None:
            self.by_standard = by_standard
        expected = [(u, ind, f) for (u, ind), f in forms.items() if f.expected]
        self.counts = {}
        for unit, ind, f in expected:
            done, total = self.counts.get((unit, standard_of(ind)), (0, 0))
            self.counts[(unit, standard_of(ind))] = (done + (f.data == "complete" or f.state == "approved"), total + 1)
        self.indicators = sorted({standard_of(ind) if self.by_standard else ind for _, ind, _ in expected},
                                 key=lambda c: [int(p) if p.isdigit() else p for p in c.split(".")])
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.units)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else FIXED + len(self.indicators)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if section < FIXED:
            return QCoreApplication.translate("CompletenessModel", HEADERS[section])
        return self.indicators[section - FIXED]

    def form_at(self, index: QModelIndex):
        if index.column() < FIXED:
            return None
        return self.forms.get((self.units[index.row()]["code"], self.indicators[index.column() - FIXED]))

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        unit = self.units[index.row()]
        if index.column() < FIXED:
            return self._fixed(unit, index.column(), role)
        if self.by_standard:
            return self._standard_cell(unit, self.indicators[index.column() - FIXED], role)
        form = self.form_at(index)
        if form is None or not form.expected:
            return "" if role == Qt.ItemDataRole.DisplayRole else None
        state = cell_state(form)
        if role == Qt.ItemDataRole.DisplayRole:
            return state_name(state)
        if role == Qt.ItemDataRole.BackgroundRole:
            return state_colour(state)
        if role == Qt.ItemDataRole.ToolTipRole:
            text = f"{unit['name']} — {form.indicator}: {state_name(state)}"
            return text + f" ({state_name(form.state)})" if state == "zero" else text
        return None

    def _standard_cell(self, unit: dict, standard: str, role):
        done, total = self.counts.get((unit["code"], standard), (0, 0))
        if not total:
            return "" if role == Qt.ItemDataRole.DisplayRole else None
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{done}/{total}"
        if role == Qt.ItemDataRole.BackgroundRole:
            return state_colour("complete" if done == total else "draft" if done else "not_received")
        return None

    def _fixed(self, unit: dict, column: int, role=Qt.ItemDataRole.DisplayRole) -> str | None:
        if role == Qt.ItemDataRole.ToolTipRole:
            return timeliness_tooltip(unit) if column == 2 else None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            return unit["name"]
        if column == 1:
            return f"{unit['complete']}/{unit['expected']} ({unit['rate']:g} %)"
        return self.timeliness_text(unit)

    def timeliness_text(self, unit: dict) -> str:
        """The "Đúng hạn" column: how the unit's first bundle came (on time or late) and, while it
        still owes forms, how many and how long past the deadline ("Đúng hạn, còn thiếu 2 biểu",
        "Nộp trễ, còn thiếu 1 biểu, quá hạn 3 ngày"); "Quá hạn 5 ngày" when nothing came after the
        deadline, "" when nothing came before it (``core.office.completeness``, ``chase_list``).
        Counts use ``self.tr(text, "", n)``: lupdate makes those plural (numerus) messages."""
        if not unit["received_at"]:
            days = unit["overdue_days"]
            return QCoreApplication.translate("CompletenessModel", "Quá hạn %1 ngày").replace("%1", str(days)) if days else ""
        parts = [QCoreApplication.translate("CompletenessModel", "Nộp trễ") if unit["late"]
                 else QCoreApplication.translate("CompletenessModel", "Đúng hạn")]
        owing = len(unit["missing"])
        if owing:
            parts.append(self.tr("còn thiếu %n biểu", "", owing))
            overdue = chase_list.days_overdue(unit, self.today)
            if overdue:
                parts.append(self.tr("quá hạn %n ngày", "", overdue))
        return ", ".join(parts)


def timeliness_tooltip(unit: dict) -> str | None:
    """The forms still owed, by code ("Còn thiếu: 1.3.2.a, 2.2.2.d")."""
    if not unit["missing"]:
        return None
    return QCoreApplication.translate("CompletenessModel", "Còn thiếu: %1").replace("%1", ", ".join(unit["missing"]))
