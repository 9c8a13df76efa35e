"""Who is expected to report what, per catalog and period; deadlines and extensions.

The **expected set** of a period is every (unit, indicator) where the catalog assigns
the indicator to the unit (``units.unit_matches`` on the city's units as the office
knows them: wards, communes, departments, organisations). Indicators rated by the
expert panel (selector ``expert``, area 3) are recorded by the office itself and are
expected from no unit.

The set is **frozen when the period opens** (explicitly with ``open_period``, or on
first use): a unit added or merged later does not change it, so a rate can never pass
100 %. The office adjusts it only with a recorded reason (``adjust``); the frozen rows
and every adjustment are append-only.

A period's **deadline** is a date (``YYYY-MM-DD``) meaning the end of that day in
Vietnam (UTC+7). It is set when the period opens or later (``set_deadline``), and a
unit may get an **extension** (``extend``); both are recorded with a reason, and the
latest record wins.
"""

from __future__ import annotations

import re
from datetime import date

from lcdesk.core.errors import LcdeskError
from lcdesk.core.exchange import identity

DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


class ExpectedError(LcdeskError):
    """A bad request about the expected set or a deadline."""


def office_catalog(store, catalog_id: str | None = None):
    """The office's catalog ``catalog_id`` (an id or id@version); default: its first catalog."""
    keys = identity.office_catalog_keys(store)
    if catalog_id is None:
        return store.get_catalog(keys[0])
    base = catalog_id.split("@")[0]
    for key in keys:
        if key == catalog_id or key.split("@")[0] == base:
            return store.get_catalog(key)
    return store.get_catalog(catalog_id)


def is_expected_indicator(indicator) -> bool:
    """False for indicators rated by the expert panel: the office records them itself."""
    return "expert" not in indicator.assign


def compute_cells(store, catalog) -> list[tuple[str, str]]:
    """(unit, indicator) pairs the catalog assigns to the city's units today."""
    from lcdesk.core.units import registry as units
    from lcdesk.core.units.city import city_units

    city = units.find_city(identity.office_settings(store)["city"])
    cells = []
    for unit in city_units(store, city):
        if unit.kind in ("city", "expert"):
            continue
        for ind in catalog.indicators:
            if is_expected_indicator(ind) and any(units.unit_matches(unit, s) for s in ind.assign):
                cells.append((unit.code, ind.code))
    return sorted(cells)


def open_period(store, catalog_id: str | None, period: int, deadline: str = "") -> dict:
    """Open ``period`` for the catalog: freeze its expected set (no-op when already open)."""
    catalog = office_catalog(store, catalog_id)
    if deadline:
        check_date(deadline)
    me = identity.my_key(store).key_id
    store.open_review_period(catalog.id, int(period), deadline, me, compute_cells(store, catalog))
    return store.review_period(catalog.id, int(period))


def ensure_open(store, catalog_id: str, period: int) -> dict:
    found = store.review_period(catalog_id, int(period))
    return found if found is not None else open_period(store, catalog_id, period)


def expected_cells(store, catalog_id: str, period: int) -> dict[str, set[str]]:
    """{indicator code: {unit codes}} expected for ``period``: the frozen set with its adjustments."""
    catalog_id = office_catalog(store, catalog_id).id
    ensure_open(store, catalog_id, period)
    cells = set(store.frozen_expected(catalog_id, period))
    for change in store.expected_changes(catalog_id, period):
        cell = (change["unit"], change["indicator"])
        if change["change"] == "add":
            cells.add(cell)
        else:
            cells.discard(cell)
    out: dict[str, set[str]] = {}
    for unit, indicator in cells:
        out.setdefault(indicator, set()).add(unit)
    return out


def adjust(store, catalog_id: str | None, period: int, unit: str, indicator: str, change: str, reason: str) -> None:
    """Add a cell to (``change="add"``) or remove one from (``"remove"``) the expected set, with a reason."""
    catalog = office_catalog(store, catalog_id)
    catalog.indicator(indicator)  # raises for an unknown code
    if change not in ("add", "remove"):
        raise ValueError(change)
    _require_reason(reason)
    ensure_open(store, catalog.id, period)
    store.add_expected_change(catalog.id, period, unit, indicator, change, reason.strip(), identity.my_key(store).key_id)


def set_deadline(store, catalog_id: str | None, period: int, deadline: str, reason: str = "", unit: str = "") -> None:
    """Record the period's deadline (``unit=""``) or one unit's extension; an extension needs a reason."""
    catalog = office_catalog(store, catalog_id)
    check_date(deadline)
    if unit:
        _require_reason(reason)
    ensure_open(store, catalog.id, period)
    store.add_deadline_change(catalog.id, period, unit, deadline, reason.strip(), identity.my_key(store).key_id)


def deadlines(store, catalog_id: str, period: int) -> tuple[str, dict[str, str]]:
    """(the period's deadline or "", {unit: its extended deadline})."""
    opened = ensure_open(store, catalog_id, period)
    general, per_unit = opened["deadline"], {}
    for change in store.deadline_changes(catalog_id, period):
        if change["unit"]:
            per_unit[change["unit"]] = change["deadline"]
        else:
            general = change["deadline"]
    return general, per_unit


def deadline_end_utc(deadline: str) -> str:
    """'2025-12-10' -> '2025-12-10T16:59:59+00:00' (the end of that day in Vietnam, UTC+7)."""
    return f"{deadline}T16:59:59+00:00" if deadline else ""


def check_date(text: str) -> str:
    try:
        if not DATE.fullmatch(text or ""):
            raise ValueError(text)
        date.fromisoformat(text)
    except ValueError:
        raise ExpectedError(f"Ngày '{text}' không hợp lệ; hãy viết theo dạng NNNN-TT-NN (ví dụ 2025-12-10).",
                            f"'{text}' is not a date; write YYYY-MM-DD (e.g. 2025-12-10).") from None
    return text


def _require_reason(reason: str) -> None:
    if not (reason or "").strip():
        raise ExpectedError("Hãy ghi lý do.", "A reason is required.")
