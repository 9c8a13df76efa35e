"""Completeness and timeliness of a period: counts and rates per unit, per standard, for the city.

Meanings (``lcdesk office completeness --json``; docs/review-chain.md):

- **expected**: the forms of the frozen expected set (``expected.expected_cells``);
  only expected forms are counted.
- **received**: expected forms with a value (a draft counts), ``review.DRAFT`` or more.
- **complete**: expected forms the officer marked complete (approved ones included).
- **approved** / **returned**: forms whose review state is ``approved`` / ``returned``
  (returned and not yet answered).
- **rate** = complete / expected, a percentage with one decimal (0.0 when nothing is expected).
- A unit is **late** when the office first imported a bundle naming it and the period
  after the unit's deadline (the period's, or its recorded extension; the end of that
  day in Vietnam). The officer's signing time is shown, never used. A unit that sent
  nothing is not late but ``overdue_days`` counts the days since its deadline passed. Over
  several catalogs a unit's ``received_at`` is its earliest receipt, ``deadline`` the first
  catalog's, and it is late when late for any catalog.
- **units** are listed in the office's one order (``unit_names.order_keys``, as on Số liệu).
- **on_time_rate** = received forms of units that were not late / expected, as a percentage.
"""

from __future__ import annotations

from datetime import date, datetime, timezone

from lcdesk.core.exchange import identity
from lcdesk.core.office import expected, review
from lcdesk.core.office.unit_names import order_keys, sort_key

RECEIVED = (review.DRAFT, review.COMPLETE)


def percent(part: int, whole: int) -> float:
    return round(100.0 * part / whole, 1) if whole else 0.0


def _city_units(store) -> list:
    from lcdesk.core.units import registry as units
    from lcdesk.core.units.city import city_units

    return city_units(store, units.find_city(identity.office_settings(store)["city"]))


def unit_names(store) -> dict[str, tuple[str, str]]:
    """{unit code: (name, kind)} of the office's city."""
    return {u.code: (u.name, u.kind) for u in _city_units(store)}


def unit_order(store) -> dict[str, tuple]:
    """{unit code: sort key}: the office's one order of units (``unit_names.order_keys``, as Số liệu)."""
    return order_keys(_city_units(store))


def sort_units(codes, keys: dict[str, tuple]) -> list[str]:
    """``codes`` in the office's order (``keys`` from ``unit_order``)."""
    return sorted(codes, key=lambda c: sort_key(keys, c))


def _new_row(code: str, names: dict) -> dict:
    name, kind = names.get(code, (code, ""))
    return {"code": code, "name": name, "kind": kind, "expected": 0, "received": 0, "complete": 0, "approved": 0,
            "returned": 0, "late": False, "missing": [], "empty": [], "zero": [], "drafts": [], "waiting": [],
            "received_at": "", "deadline": "", "overdue_days": 0}


def _count(row: dict, form: review.Form, label: str) -> None:
    row["expected"] += 1
    if form.data in RECEIVED:
        row["received"] += 1
        if form.zero:
            row["zero"].append(label)
    else:
        row["missing"].append(label)
        if form.data == review.EMPTY:
            row["empty"].append(label)
    if form.data == review.COMPLETE or form.state == review.APPROVED:
        row["complete"] += 1
    elif form.data == review.DRAFT:
        row["drafts"].append(label)
    row["approved"] += form.state == review.APPROVED
    row["returned"] += form.state == review.RETURNED
    if form.state == review.RETURNED:
        row["waiting"].append(label)


def _timeliness(row: dict, first: dict, general: str, extended: dict, today: date) -> bool:
    """Merge one catalog's timeliness into the unit's ``row`` (the earliest receipt, the first
    deadline, late when late for any catalog); returns whether the unit was late for this one.
    A second catalog of the same bundles never blanks what the first found."""
    deadline = extended.get(row["code"], general)
    received = first.get(row["code"], "")
    end = expected.deadline_end_utc(deadline)
    late = bool(end and received and received > end)
    row["late"] = row["late"] or late
    if received and (not row["received_at"] or received < row["received_at"]):
        row["received_at"] = received
    if deadline and not row["deadline"]:
        row["deadline"] = deadline
    since = max(0, (today - date.fromisoformat(deadline)).days) if deadline else 0
    row["overdue_days"] = 0 if row["received_at"] else max(row["overdue_days"], since)
    return late


def summary(store, period: int, catalog_id: str | None = None, today: date | None = None) -> dict:
    """The completeness of ``period`` for one catalog (``catalog_id``) or every catalog the office collects."""
    today = today or datetime.now(timezone.utc).date()
    catalogs = [expected.office_catalog(store, catalog_id)] if catalog_id else identity.office_catalogs(store)
    city = _city_units(store)
    names, keys = {u.code: (u.name, u.kind) for u in city}, order_keys(city)
    rows, standards, forms_on_time = {}, {}, 0
    for catalog in catalogs:
        general, extended = expected.deadlines(store, catalog.id, period)
        first = store.first_receipts(catalog.id, period)
        for (unit, code), form in sorted(review.forms(store, catalog.id, period).items()):
            if not form.expected:
                continue
            row = rows.setdefault(unit, _new_row(unit, names))
            late = _timeliness(row, first, general, extended, today)
            label = code if len(catalogs) == 1 else f"{catalog.id}:{code}"
            _count(row, form, label)
            std = catalog.indicator(code).standard
            srow = standards.setdefault((catalog.id, std), _new_standard(catalog, std))
            _count(srow, form, label)
            forms_on_time += form.data in RECEIVED and not late
    units = [rows[c] for c in sort_units(rows, keys)]  # in the office's one order, as on Số liệu
    totals = {k: sum(r[k] for r in units) for k in ("expected", "received", "complete", "approved", "returned")}
    for r in list(units) + list(standards.values()):
        r["rate"] = percent(r["complete"], r["expected"])
    return {"period": int(period), "catalogs": [c.key for c in catalogs], **totals,
            "rate": percent(totals["complete"], totals["expected"]),
            "on_time_rate": percent(forms_on_time, totals["expected"]),
            "late_units": sum(r["late"] for r in units), "missing_units": sum(r["received"] == 0 for r in units),
            "units": units, "standards": [_standard_out(r) for r in standards.values()]}


def _new_standard(catalog, std: str) -> dict:
    row = _new_row(std, {})
    row.update(catalog=catalog.id, name=catalog.node_title(std))
    return row


def _standard_out(row: dict) -> dict:
    return {k: row[k] for k in ("catalog", "code", "name", "expected", "received", "complete", "approved",
                                "returned", "rate")}


def contract(data: dict) -> dict:
    """The fields of ``lcdesk office completeness --json`` (docs/review-chain.md), in order."""
    unit_fields = ("code", "name", "expected", "received", "complete", "approved", "returned", "late", "missing",
                   "empty", "zero", "received_at", "deadline", "overdue_days", "rate")
    head = ("period", "expected", "received", "complete", "approved", "returned", "rate", "on_time_rate")
    return {**{k: data[k] for k in head}, "catalogs": data["catalogs"],
            "units": [{k: u[k] for k in unit_fields} for u in data["units"]], "standards": data["standards"]}
