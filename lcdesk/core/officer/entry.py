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
    return {f["indicator"]: state for f, state in zip(forms, _states_in(store, forms, heads))}


def states_now(store, forms: list[dict]) -> list[str]:
    """The office's word on each of ``forms`` (``feedback.json`` forms, any units and periods) given
    this officer's current records (``state_now``): one query of this officer's records and at most
    one of the records the office saw per unit and period, never one per form."""
    states: dict[int, str] = {}
    groups: dict[tuple, list[int]] = {}
    for i, f in enumerate(forms):
        groups.setdefault((f["catalog"], f["unit"], int(f["period"])), []).append(i)
    for (catalog_id, unit, period), indexes in groups.items():
        group = [forms[i] for i in indexes]
        states.update(zip(indexes, _states_in(store, group, my_heads(store, catalog_id, unit, period))))
    return [states[i] for i in range(len(forms))]


def _states_in(store, forms: list[dict], heads: dict) -> list[str]:
    """``state_now`` for ``forms`` of one unit and period, ``heads`` its ``my_heads``."""
    mine: dict[str, list] = {}
    for (indicator, _measure), record in heads.items():
        mine.setdefault(indicator, []).append(record)
    moved = [f for f in forms if not _same_seqs(f["seen"], mine.get(f["indicator"], []))]
    wanted = sorted({int(s) for f in moved for _m, s in f["seen"]})
    seen = store.existing_records(identity.my_key_id(store), wanted) if wanted else {}
    return [state_now(f, mine.get(f["indicator"], []), seen) for f in forms]


def _same_seqs(seen, mine) -> bool:
    pairs = sorted([r.cell.measure, r.seq] if isinstance(r, ValueRecord) else list(r) for r in mine)
    return pairs == sorted(list(s) for s in seen)


def state_now(form: dict, mine, seen: dict | None = None) -> str:
    """The office's word on ``form`` (a ``feedback.json`` form) given this officer's current records
    of it (``mine``: its ``ValueRecord``s, or [measure, sequence number] pairs): a returned form
    changed since is ``answered``, an approved one ``changed_after_approval``; otherwise the state the
    office sent. The one rule of the tree's marks, the form's note, the feedback tab and ``lcdesk todo``.

    "Changed" is judged by what the office saw, not by sequence numbers alone: with ``seen``
    ({seq: row} of this officer's records the office saw, ``store.existing_records``) and records in
    ``mine``, a form whose current figures, status, note and evidence are those of the records the
    office saw is unchanged, even if newer records brought them back (an edit undone). A measure the
    office saw nothing of counts as unchanged while it stays empty. Without ``seen`` (or when a
    record the office saw is not in this installation) any other record counts as a change."""
    if _same_seqs(form["seen"], mine):
        return form["state"]
    if seen is not None and all(isinstance(r, ValueRecord) for r in mine) and _same_figures(form, mine, seen):
        return form["state"]
    return {RETURNED: "answered", APPROVED: "changed_after_approval"}.get(form["state"], form["state"])


def _same_figures(form: dict, mine, seen: dict) -> bool:
    """Whether this officer's current records of ``form`` say what the records the office saw said."""
    import json

    from lcdesk.core.store.records import canonical_payload

    def content(payload_json, status, note, evidence) -> tuple | None:
        if payload_json is None and not note and not evidence:
            return None  # cleared, no note, no evidence: as if nothing was written
        return payload_json, status, note, tuple(evidence)

    office: dict[str, tuple | None] = {}
    for measure, seq in form["seen"]:
        row = seen.get(int(seq))
        if row is None or measure in office or tuple(row[:5]) != (form["catalog"], form["unit"], int(form["period"]),
                                                                  form["indicator"], measure):
            return False  # not this installation's record of this form: judge by sequence numbers
        office[measure] = content(row[5], row[6], row[7], json.loads(row[8]) if row[8] else [])
    now = {r.cell.measure: content(canonical_payload(r.payload), r.status, r.note, r.evidence) for r in mine}
    return all(office.get(m) == now.get(m) for m in set(office) | set(now))


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
