"""The office's list of conflicts and settling one (``merge/resolve.py`` records the decision).

A conflict is a cell whose standing records from different officers disagree
(``merge/rule.py``); it is *reopened* when the office had settled it and a newer
record from a candidate arrived since. Settling needs a note (why this value): the
decision is kept with the cell's history and travels to the report.
"""

from __future__ import annotations

from dataclasses import dataclass

from lcdesk.core.office import values_view


@dataclass(frozen=True)
class ConflictItem:
    catalog: str
    unit: str
    unit_name: str | None
    period: int
    indicator: str
    measure: str
    candidates: int
    reopened: bool


def list_conflicts(store, *, catalog: str | None = None, period: int | None = None) -> list[ConflictItem]:
    """Every conflict, by catalog, then the units in the office's one order (``unit_names.order_keys``,
    as Số liệu; units outside the city last), then year, indicator and measure. Only the units of
    cells that more than one key wrote are read."""
    from lcdesk.core.office.registry import office_units
    from lcdesk.core.office.unit_names import order_keys, sort_key

    shared = {tuple(c) for c in store.shared_cells(catalog=values_view.catalog_id(catalog), period=period)}
    if not shared:
        return []
    city = office_units(store)
    names, order = {u.code: u.name for u in city}, order_keys(city)
    ctx = values_view.Context(store)
    units = sorted({c[1] for c in shared})
    items = [ConflictItem(v.catalog, v.unit, names.get(v.unit), v.period, v.indicator, v.measure, len(v.sources),
                          v.reopened)
             for v in values_view.iter_cells(store, catalog=catalog, period=period, units=units, context=ctx)
             if v.conflict]
    items.sort(key=lambda i: (i.catalog, sort_key(order, i.unit)))  # stable: year, indicator, measure as read
    return items


def current(store, item: ConflictItem) -> values_view.CellView | None:
    """The conflict's cell as it is now (its candidates), or None if it no longer has records."""
    return values_view.cell_view(store, item.catalog, item.unit, item.period, item.indicator, item.measure)


def settle(store, item: ConflictItem, *, note: str, choose: str | None = None, value_text: str | None = None):
    """Record the office's decision: a candidate's value (``choose`` = its key id) or a typed value."""
    from lcdesk.core.merge import resolve

    # the reason is required by ``resolve.resolve`` itself (the same rule for the CLI)
    return resolve.resolve(store, unit=item.unit, period=item.period, indicator=item.indicator, measure=item.measure,
                           choose=choose, value_text=value_text, note=note, catalog=item.catalog)


def catalog_of_cell(store, *, unit: str, period: int, indicator: str, measure: str) -> str | None:
    """The catalog id of the one catalog with records for this cell (None when none or several)."""
    found = {v.catalog for v in values_view.iter_cells(store, unit=unit, period=period)
             if (v.indicator, v.measure) == (indicator, measure)}
    return found.pop() if len(found) == 1 else None
