"""Entering a figure: the one path the forms and ``lcdesk enter`` share.

It checks that the unit, period, indicator and measure are ones this
installation may report (an officer only the indicators the office assigned to the unit), validates the figure (``values.validate``) and appends
a record signed off by this installation's key. A form with errors may be kept
as a draft (its raw input is kept under ``draft_input``, never exported); it
cannot be marked complete.
"""

from __future__ import annotations

from lcdesk.core.exchange import identity
from lcdesk.core.officer import reporters

from lcdesk.core.catalog import values
from lcdesk.core.errors import EntryError
from lcdesk.core.store import Cell, ValueRecord

MIN_PERIOD, MAX_PERIOD = 2000, 2100
DRAFT_INPUT = "draft_input"


def is_exportable(payload: dict | None) -> bool:
    return payload is None or DRAFT_INPUT not in payload


def allowed_units(store) -> list[str] | None:
    """The unit codes this installation reports for; None for the office (any unit)."""
    if identity.role(store) == identity.OFFICER:
        return [u["code"] for u in identity.provisioning(store)["units"]]
    return None


def check_cell(store, catalog, unit: str, period: int, indicator: str, measure: str):
    """The indicator of a cell this installation may write; raises EntryError otherwise."""
    if not MIN_PERIOD <= int(period) <= MAX_PERIOD:
        raise EntryError(f"Năm báo cáo {period} không hợp lệ.", f"Period {period} is not a valid year.")
    units = allowed_units(store)
    if units is not None and unit not in units:
        raise EntryError(f"Bạn không được phân công báo cáo cho đơn vị {unit}.",
                         f"You are not assigned to report for unit {unit}.")
    if identity.role(store) == identity.OFFICER:
        periods = identity.provisioning(store).get("periods") or []
        if periods and int(period) not in periods:
            raise EntryError(f"Năm {period} không nằm trong kỳ báo cáo được giao ({', '.join(map(str, periods))}).",
                             f"Period {period} is not one of the assigned periods {periods}.")
    ind = catalog.indicator(indicator)
    if identity.role(store) == identity.OFFICER:
        check_assigned(store, catalog, unit, ind)
    ind.measure(measure)
    return ind


def unit_of(store, code: str) -> dict | None:
    """The provisioning entry of one of this officer's units (None if not theirs)."""
    return next((u for u in identity.provisioning(store)["units"] if u["code"] == code), None)


def own_unit(store, code: str) -> dict | None:
    """``unit_of`` for an officer; None for the office or an installation not set up."""
    return unit_of(store, code) if identity.role(store) == identity.OFFICER else None


def check_assigned(store, catalog, unit: str, ind) -> None:
    """Only one's own indicators: refuse an indicator the office did not assign to ``unit``,
    naming who reports it (``reporters.reported_by``)."""
    own = unit_of(store, unit)
    if own is None or reporters.is_assigned(own, ind):
        return
    who = ", ".join(reporters.reported_by(catalog, ind))
    raise EntryError(f"Chỉ số {ind.code} không được giao cho {own['name']}: chỉ số này do {who} báo cáo.",
                     f"Indicator {ind.code} is not assigned to {own['name']}: it is reported by {who}.")


def save_value(store, catalog, *, unit: str, period: int, indicator: str, measure: str, raw: dict,
               status: str = "draft", note: str = "", evidence=(), allow_invalid: bool = False) -> tuple[ValueRecord, values.Checked]:
    """Validate ``raw`` and append it; returns the record and the validation result."""
    ind = check_cell(store, catalog, unit, period, indicator, measure)
    checked = values.validate(ind, raw)
    payload = checked.payload
    if not checked.ok:
        if status == "complete" or not allow_invalid:
            raise EntryError(
                "Số liệu chưa hợp lệ: " + " ".join(e.message_vi for e in checked.errors),
                "Invalid figure: " + " ".join(e.message_en for e in checked.errors),
            )
        payload = {DRAFT_INPUT: {k: "" if v is None else str(v) for k, v in raw.items()}}
    kp = identity.my_key(store)
    record = store.append_record(
        Cell(catalog.id, unit, int(period), indicator, measure), payload,
        author_key=kp.key_id, author_name=identity.my_name(store), status=status, note=note,
        evidence=tuple(evidence),
    )
    return record, checked


def clear_value(store, catalog, *, unit: str, period: int, indicator: str, measure: str,
                note: str = "", evidence=()) -> ValueRecord:
    """Clear a cell's figure (a record with no payload); the note and evidence stay."""
    check_cell(store, catalog, unit, period, indicator, measure)
    kp = identity.my_key(store)
    return store.append_record(Cell(catalog.id, unit, int(period), indicator, measure), None,
                               author_key=kp.key_id, author_name=identity.my_name(store), note=note,
                               evidence=tuple(evidence))


# ------------------------------------------------------------- form status
EMPTY, DRAFT, COMPLETE, ERRORS = "empty", "draft", "complete", "errors"
# The office's word, from the latest feedback file (.lcf), while the officer has not changed the form since.
APPROVED, RETURNED = "approved", "returned"
FEEDBACK_KIND = "feedback"  # lcdesk.core.exchange.feedback.KIND, not imported here: the window starts without it


def my_heads(store, catalog_id: str, unit: str, period: int) -> dict[tuple[str, str], ValueRecord]:
    """{(indicator, measure): this installation's current record} for one unit and period."""
    key = identity.my_key_id(store)
    return {(h.cell.indicator, h.cell.measure): h
            for h in store.heads(catalog=catalog_id, unit=unit, period=int(period), author_key=key)}


def form_status(indicator, heads: dict) -> str:
    """empty / draft / complete / errors for one indicator's form, from ``my_heads``."""
    records = [heads.get((indicator.code, m.code)) for m in indicator.measures]
    present = [r for r in records if r is not None and r.payload is not None]
    if not present:
        return EMPTY
    if any(not is_exportable(r.payload) for r in present):
        return ERRORS
    if len(present) == len(records) and all(r.status == "complete" for r in present):
        return COMPLETE
    return DRAFT


def progress(store, catalog, unit: str, period: int, indicators=None, review: bool = True) -> dict[str, str]:
    """{indicator code: status} for ``indicators`` (default: all of the catalog).

    With ``review`` (the tree's marks), a form the office approved or returned for correction, and
    that this officer has not changed since, is ``APPROVED`` or ``RETURNED`` (never ``EMPTY``, so
    "3/4 đã nhập" counts it); once changed it is its own status again (``form_status``), as its form
    says. ``review=False``: the figures' status alone."""
    heads = my_heads(store, catalog.id, unit, period)
    statuses = {ind.code: form_status(ind, heads) for ind in (indicators or catalog.indicators)}
    if review:
        for code, state in office_word(store, catalog.id, unit, period, heads).items():
            if code in statuses and state in (APPROVED, RETURNED):
                statuses[code] = state
    return statuses


def office_word(store, catalog_id: str, unit: str, period: int, heads: dict | None = None) -> dict[str, str]:
    """{indicator code: the office's current word} for one unit and period, from the latest applied
    feedback and ``heads`` (``my_heads``): ``returned``, ``answered``, ``approved`` or
    ``changed_after_approval`` (``state_now``); {} before any feedback."""
    applied = store.latest_applied(FEEDBACK_KIND) if identity.role(store) == identity.OFFICER else None
    forms = [f for f in (applied or {}).get("body", {}).get("forms", [])
             if (f["catalog"], f["unit"], int(f["period"])) == (catalog_id, unit, int(period))]
    if not forms:
        return {}
    heads = my_heads(store, catalog_id, unit, period) if heads is None else heads
    return {f["indicator"]: state_now(f, [[m, r.seq] for (ind, m), r in heads.items() if ind == f["indicator"]])
            for f in forms}


def state_now(form: dict, mine) -> str:
    """The office's word on ``form`` (a ``feedback.json`` form) given this officer's current records
    of it (``mine``: [measure, sequence number] pairs): a returned form changed since is ``answered``,
    an approved one ``changed_after_approval``; otherwise the state the office sent. The one rule
    of the tree's marks, the feedback tab and ``lcdesk todo``."""
    if sorted(list(m) for m in mine) == sorted(list(s) for s in form["seen"]):
        return form["state"]
    return {RETURNED: "answered", APPROVED: "changed_after_approval"}.get(form["state"], form["state"])


def mark_complete(store, catalog, *, unit: str, period: int, indicator: str) -> list[ValueRecord]:
    """Mark every measure of a form complete; refuses a form with errors or missing figures."""
    ind = check_cell(store, catalog, unit, period, indicator, catalog.indicator(indicator).measures[0].code)
    heads = my_heads(store, catalog.id, unit, period)
    status = form_status(ind, heads)
    missing = [m.label for m in ind.measures if heads.get((ind.code, m.code)) is None
               or heads[(ind.code, m.code)].payload is None]
    if status == ERRORS or missing:
        raise EntryError("Chưa thể đánh dấu hoàn thành: còn lỗi hoặc còn thiếu số liệu"
                         + (f" ({', '.join(missing)})." if missing else "."),
                         "Cannot mark complete: the form has errors or missing figures.")
    done = []
    for m in ind.measures:
        r = heads[(ind.code, m.code)]
        if r.status != "complete":
            done.append(store.append_record(r.cell, r.payload, author_key=r.author_key, author_name=r.author_name,
                                            status="complete", note=r.note, evidence=r.evidence))
    return done


def previous_value(store, cell: Cell) -> ValueRecord | None:
    """This installation's value of the same cell one period earlier (None if none)."""
    key = identity.my_key_id(store)
    heads = store.heads(catalog=cell.catalog, unit=cell.unit, period=cell.period - 1, indicator=cell.indicator,
                        measure=cell.measure, author_key=key)
    return heads[0] if heads else None
