"""Each form's review state at the office: what arrived, and what the office decided.

A **form** is one unit's answer to one indicator for one period (all the indicator's
measures). Its **data** is, from the merged values (the merge rule, ``merge/rule.py``):

- ``not_received``: no value, and no bundle naming the unit and period arrived;
- ``empty``: a bundle for the unit and period arrived, but this form has no value
  ("received empty", shown apart from "not received" and from "reported zero");
- ``draft``: some value, not every measure marked complete by the officer;
- ``complete``: every measure has a value marked complete.

Its **snapshot** is the SHA-256 of the canonical JSON list of ``[measure, author key,
sequence number]`` of every standing record of the form: any new record (an officer's
edit, a resolution) changes it. A review record (``review_actions.py``) keeps the
snapshot it saw, so the **state** follows from the last review action:

- last action ``approve``: ``approved`` while the snapshot is unchanged, else
  ``changed_after_approval`` (the approved values stay visible beside the new ones);
- last action ``return``: ``returned`` while unchanged, else ``answered``;
- no action, or ``unapprove``: ``not_received`` (for not received and received empty),
  ``draft`` or ``complete``.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field

from lcdesk.core.errors import LcdeskError
from lcdesk.core.exchange.container_read import canonical_json
from lcdesk.core.merge.rule import RESOLUTION, decide
from lcdesk.core.office import expected

NOT_RECEIVED, DRAFT, COMPLETE = "not_received", "draft", "complete"
RETURNED, ANSWERED, CHANGED, APPROVED = "returned", "answered", "changed_after_approval", "approved"
STATES = (NOT_RECEIVED, DRAFT, COMPLETE, RETURNED, ANSWERED, CHANGED, APPROVED)
EMPTY = "empty"  # data only: received empty
NOT_A_COUNT = frozenset({"denominator", "base", "previous", "direction", "input"})


@dataclass
class Form:
    """One form as the office sees it."""

    unit: str
    indicator: str
    expected: bool = False
    data: str = NOT_RECEIVED
    zero: bool = False  # every value given is zero ("reported zero")
    conflict: bool = False
    snapshot: str = ""
    values: dict = field(default_factory=dict)  # {measure: merged value}
    state: str = NOT_RECEIVED
    comments: list = field(default_factory=list)  # [{"measure", "text", "at"}] of the current return
    approved: dict | None = None  # {measure: value} as approved (approved / changed_after_approval)
    reviewed_at: str = ""
    records: list = field(default_factory=list)  # sorted [measure, author key, seq] of the standing records

    def to_dict(self) -> dict:
        return {"unit": self.unit, "indicator": self.indicator, "expected": self.expected, "data": self.data,
                "zero": self.zero, "conflict": self.conflict, "state": self.state, "values": self.values,
                "approved": self.approved, "comments": self.comments, "reviewed_at": self.reviewed_at}


def form_states(store, catalog_id: str, period: int) -> dict[tuple[str, str], str]:
    """{(unit code, indicator code): state} for every expected form and every form with data."""
    return {key: form.state for key, form in forms(store, catalog_id, period).items()}


def forms(store, catalog_id: str, period: int) -> dict[tuple[str, str], Form]:
    """Every expected form and every form with a value, with data, snapshot and state."""
    catalog = expected.office_catalog(store, catalog_id)
    period = int(period)
    wanted = expected.expected_cells(store, catalog.id, period)
    out = {(u, ind): Form(u, ind, expected=True) for ind, us in wanted.items() for u in us}
    received = set(store.first_receipts(catalog.id, period))
    by_form = _heads_by_form(store, catalog.id, period)
    settled = store.resolutions() if by_form else {}
    for key, heads in by_form.items():
        form = out.setdefault(key, Form(*key))
        _fill_data(form, catalog, heads, settled)
    for key, form in out.items():
        if form.data == NOT_RECEIVED and key[0] in received:
            form.data = EMPTY
    _apply_reviews(out, store.review_records(catalog.id, period))
    return out


def _heads_by_form(store, catalog_id: str, period: int) -> dict[tuple[str, str], list]:
    grouped: dict[tuple[str, str], list] = {}
    for record in store.heads(catalog=catalog_id, period=period):
        if record.origin in ("bundle", RESOLUTION):
            grouped.setdefault((record.cell.unit, record.cell.indicator), []).append(record)
    return {k: v for k, v in grouped.items() if any(r.origin == "bundle" for r in v)}


def snapshot_of(heads) -> str:
    return _digest(sorted([r.cell.measure, r.author_key, r.seq] for r in heads))


def _digest(items: list) -> str:
    return hashlib.sha256(canonical_json(items)).hexdigest()


def _fill_data(form: Form, catalog, heads: list, settled: dict) -> None:
    form.records = sorted([r.cell.measure, r.author_key, r.seq] for r in heads)
    form.snapshot = _digest(form.records)
    try:
        measures = [m.code for m in catalog.indicator(form.indicator).measures]
    except LcdeskError:  # a code the catalog no longer has: keep what arrived
        measures = sorted({r.cell.measure for r in heads})
    given, complete = [], True
    for measure in measures:
        records = [r for r in heads if r.cell.measure == measure]
        candidates = sorted((r for r in records if r.origin != RESOLUTION), key=lambda r: r.author_key)
        resolutions = sorted((r for r in records if r.origin == RESOLUTION), key=lambda r: r.seq)
        resolution = resolutions[-1] if resolutions else None
        value, conflict, _ = decide(candidates, resolution, settled.get(resolution.uid, frozenset()) if resolution else frozenset())
        form.conflict = form.conflict or conflict
        form.values[measure] = value
        with_value = [r for r in candidates if r.payload is not None]
        if with_value or value is not None:
            given.append(value if value is not None else with_value[0].payload)
        if not with_value or any(r.status != "complete" for r in with_value):
            complete = False
    if not given:
        form.data = NOT_RECEIVED
        return
    form.data = COMPLETE if complete else DRAFT
    form.zero = all(_is_zero(v) for v in given if v is not None)


def _is_zero(payload: dict) -> bool:
    numbers = [v for k, v in payload.items() if k not in NOT_A_COUNT and isinstance(v, (int, float))
               and not isinstance(v, bool)]
    return bool(numbers) and all(v == 0 for v in numbers)


def _apply_reviews(out: dict, records: list[dict]) -> None:
    last: dict[tuple[str, str], dict] = {}
    comments: dict[tuple[str, str], list] = {}
    for r in records:
        key = (r["unit"], r["indicator"])
        previous = last.get(key)
        if r["action"] == "return":
            if previous is None or previous["action"] != "return" or previous["snapshot"] != r["snapshot"]:
                comments[key] = []
            comments[key].append({"measure": r["measure"], "text": r["text"], "at": r["at"]})
        else:
            comments[key] = []
        last[key] = r
    for key, r in last.items():
        form = out.setdefault(key, Form(*key))
        form.reviewed_at = r["at"]
        same = r["snapshot"] == form.snapshot
        if r["action"] == "approve":
            form.state = APPROVED if same else CHANGED
            form.approved = json.loads(r["approved"])
        elif r["action"] == "return":
            form.state = RETURNED if same else ANSWERED
            form.comments = comments.get(key, [])
    for key, form in out.items():
        if key not in last or last[key]["action"] == "unapprove":
            form.state = form.data if form.data in (DRAFT, COMPLETE) else NOT_RECEIVED
