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
  nothing is not late but ``overdue_days`` counts the days since its deadline passed.
- **on_time_rate** = received forms of units that were not late / expected, as a percentage.
"""

from __future__ import annotations

from datetime import date, datetime, timezone

from lcdesk.core.exchange import identity
from lcdesk.core.office import expected, review

RECEIVED = (review.DRAFT, review.COMPLETE)


def percent(part: int, whole: int) -> float:
    return round(100.0 * part / whole, 1) if whole else 0.0


def unit_names(store) -> dict[str, tuple[str, str]]:
    """{unit code: (name, kind)} of the office's city."""
    from lcdesk.core.units import registry as units
    from lcdesk.core.units.city import city_units

    city = units.find_city(identity.office_settings(store)["city"])
    return {u.code: (u.name, u.kind) for u in city_units(store, city)}


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


def _timeliness(row: dict, first: dict, general: str, extended: dict, today: date) -> None:
    row["deadline"] = extended.get(row["code"], general)
    row["received_at"] = first.get(row["code"], "")
    end = expected.deadline_end_utc(row["deadline"])
    if end and row["received_at"]:
        row["late"] = row["received_at"] > end
    elif end and not row["received_at"]:
        row["overdue_days"] = max(0, (today - date.fromisoformat(row["deadline"])).days)


def summary(store, period: int, catalog_id: str | None = None, today: date | None = None) -> dict:
    """The completeness of ``period`` for one catalog (``catalog_id``) or every catalog the office collects."""
    today = today or datetime.now(timezone.utc).date()
    catalogs = [expected.office_catalog(store, catalog_id)] if catalog_id else identity.office_catalogs(store)
    names, rows, standards, forms_on_time = unit_names(store), {}, {}, 0
    for catalog in catalogs:
        general, extended = expected.deadlines(store, catalog.id, period)
        first = store.first_receipts(catalog.id, period)
        for (unit, code), form in sorted(review.forms(store, catalog.id, period).items()):
            if not form.expected:
                continue
            row = rows.setdefault(unit, _new_row(unit, names))
            _timeliness(row, first, general, extended, today)
            label = code if len(catalogs) == 1 else f"{catalog.id}:{code}"
            _count(row, form, label)
            std = catalog.indicator(code).standard
            srow = standards.setdefault((catalog.id, std), _new_standard(catalog, std))
            _count(srow, form, label)
            forms_on_time += form.data in RECEIVED and not row["late"]
    units = sorted(rows.values(), key=lambda r: (r["kind"] != "ward" and r["kind"] != "commune", r["name"], r["code"]))
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
