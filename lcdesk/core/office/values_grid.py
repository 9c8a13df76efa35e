"""The values table of one catalog and period: units (rows) x indicator measures (columns).

Qt-free: the desk's table model (``ui/office/values_model.py``) asks this grid for
the cells it shows. Rows and columns are small lists (a few thousand units, a few
dozen measures); cells are read from the store a block of rows at a time, when a
row of the block is first asked for, and only a few blocks are kept, so scrolling
3,321 units x 60 indicators never loads every cell.

Rows are the units of the office's city that report (grouped by district where the
city has districts, then by name) plus any unit a record names that the city does
not know (at the end). Filters: a search over unit names and codes that ignores case
and diacritics (``unit_names.fold``), one indicator, and a status (``STATUSES``):
the units with at least one such cell.
"""

from __future__ import annotations

import json
from collections import OrderedDict
from dataclasses import dataclass

from lcdesk.core import numbers
from lcdesk.core.office import values_view
from lcdesk.core.office.unit_names import district_of, fold, order_keys

BLOCK_ROWS = 60
KEPT_BLOCKS = 40
STATUSES = ("draft", "complete", "conflict", "revoked")


@dataclass(frozen=True)
class GridRow:
    code: str
    name: str
    group: str  # the district's name, or "" (no districts, a department, a unit outside the city)
    known: bool  # False: a unit the office's city does not know


@dataclass(frozen=True)
class GridColumn:
    indicator: str
    measure: str
    kind: str
    text: str  # the indicator's wording
    measure_label: str  # "" when the indicator has one measure
    measure_obj: object


@dataclass(slots=True)
class CellSummary:
    """What a table cell shows: the figure in words (formatted when first shown) and its marks."""

    value_text: str | None
    status: str | None
    conflict: bool
    revoked: bool
    reopened: bool
    sources: int
    text: str | None = None


class ValuesGrid:
    def __init__(self, store, catalog, period: int, *, language: str = "vi"):
        self.store, self.catalog, self.period, self.language = store, catalog, int(period), language
        self.all_rows = city_rows(store, catalog.id, self.period)
        self.all_columns = catalog_columns(catalog)
        self.rows, self.columns = list(self.all_rows), list(self.all_columns)
        self._index = {r.code: i for i, r in enumerate(self.rows)}
        self._blocks: OrderedDict[int, dict] = OrderedDict()
        self._context = values_view.Context(store)

    # ------------------------------------------------------------- filters
    def set_filters(self, *, query: str = "", indicator: str | None = None, status: str | None = None) -> None:
        """Show the units matching ``query`` (and having a ``status`` cell), the columns of ``indicator``."""
        q = fold(query)
        rows = [r for r in self.all_rows if not q or q in fold(r.name) or q in r.code.lower()]
        if status is not None:
            wanted = units_with_status(self.store, self.catalog.id, self.period, status)
            rows = [r for r in rows if r.code in wanted]
        self.rows = rows
        self.columns = [c for c in self.all_columns if indicator is None or c.indicator == indicator]
        self._index = {r.code: i for i, r in enumerate(self.rows)}
        self._blocks.clear()

    def refresh(self) -> None:
        """Forget the cells read so far (after an import or a resolution)."""
        self._blocks.clear()
        self._context = values_view.Context(self.store)

    # --------------------------------------------------------------- cells
    def cell(self, row: int, column: int) -> CellSummary | None:
        """The cell's summary, its figure formatted on first use (a screen shows a few hundred)."""
        block = self._block(row // BLOCK_ROWS)
        col = self.columns[column]
        cell = block.get((self.rows[row].code, col.indicator, col.measure))
        if cell is not None and cell.text is None:
            cell.text = figure_text(cell, col, self.language)
        return cell

    def cell_view(self, row: int, column: int) -> values_view.CellView | None:
        """The full state of a cell (its sources, notes, evidence), read fresh."""
        col = self.columns[column]
        return values_view.cell_view(self.store, self.catalog.id, self.rows[row].code, self.period,
                                     col.indicator, col.measure)

    def _block(self, number: int) -> dict:
        if number in self._blocks:
            self._blocks.move_to_end(number)
            return self._blocks[number]
        codes = [r.code for r in self.rows[number * BLOCK_ROWS:(number + 1) * BLOCK_ROWS]]
        block = {view.key: summarise(view) for view in values_view.iter_cells(
            self.store, catalog=self.catalog.id, period=self.period, units=codes, context=self._context)}
        self._blocks[number] = block
        while len(self._blocks) > KEPT_BLOCKS:
            self._blocks.popitem(last=False)
        return block


def summarise(view: values_view.CellView) -> CellSummary:
    return CellSummary(view.value_text, view.status, view.conflict, view.revoked, view.reopened, len(view.sources))


def figure_text(cell: CellSummary, column: GridColumn, language: str = "vi") -> str:
    """The figure in words ("71,25 % (285/400)", "Nam 120 · Nữ 115 · Tổng 235 trẻ"); "" for a conflict."""
    if cell.conflict:
        return ""
    return numbers.format_figure(column.kind, None if cell.value_text is None else json.loads(cell.value_text),
                                 column.measure_obj, language=language)


def catalog_columns(catalog) -> list[GridColumn]:
    """One column per measure of every indicator, in catalog order."""
    out = []
    for ind in catalog.indicators:
        several = len(ind.measures) > 1
        for m in ind.measures:
            out.append(GridColumn(ind.code, m.code, ind.kind, ind.text, m.label if several else "", m))
    return out


def city_rows(store, catalog_id: str, period: int) -> list[GridRow]:
    """The city's reporting units, grouped and sorted, then the units outside the city that sent records."""
    from lcdesk.core.exchange import identity
    from lcdesk.core.units import city as city_units
    from lcdesk.core.units import registry

    city = registry.find_city(identity.office_settings(store)["city"])
    units = [u for u in city_units.city_units(store, city) if u.kind != "city"]
    districts = {u.code: u.name for u in units if u.kind == "district"}
    keys = order_keys(units)  # the office's one order of units (``unit_names.order_keys``)
    rows = [GridRow(u.code, u.name, district_of(u, districts), True) for u in sorted(units, key=lambda u: keys[u.code])]
    outside = [GridRow(code, code, "", False) for code in store.recorded_units(catalog_id, period) if code not in keys]
    return rows + outside


def units_with_status(store, catalog_id: str, period: int, status: str) -> set[str]:
    """Codes of the units with at least one cell that is ``status`` (one of ``STATUSES``).

    Conflicts and revoked keys are looked for only in the units that can have them (cells
    written by several keys; units a revoked key wrote for; units with a record of that
    status), so a filter costs what it finds, not the whole city."""
    units = None
    if status == "conflict":
        units = sorted({c[1] for c in store.shared_cells(catalog=catalog_id, period=period)})
    elif status == "revoked":
        revoked = [k for k, (_, _, at) in store.key_summaries().items() if at is not None]
        units = sorted(store.units_with_records_by(revoked, catalog=catalog_id, period=period))
    else:
        units = sorted(store.units_with_record_status(status, catalog=catalog_id, period=period))
    if units == []:
        return set()
    wanted = set()
    for view in values_view.iter_cells(store, catalog=catalog_id, period=period, units=units):
        if view.unit in wanted:
            continue
        if (status == "conflict" and view.conflict) or (status == "revoked" and view.revoked) \
                or (status in ("draft", "complete") and view.status == status):
            wanted.add(view.unit)
    return wanted
