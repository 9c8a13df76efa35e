"""One indicator form as stored: each measure's raw input, the note and the evidence.

The indicator form (``ui/indicator_form.py``) and its undo commands keep the whole
form as a ``FormState`` and write a new one with ``write_state``, which appends
records (through ``entry.save_value``) only for what changed: a measure whose
input changed, or every measure of the form when the note or the evidence
changed (each measure's record carries the form's note and evidence, so whichever
record is exported brings them along). Nothing is ever deleted: undoing an edit
writes the earlier state again, as new records.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from lcdesk.core.catalog import values
from lcdesk.core.officer import entry

from lcdesk.core.exchange import evidence

from lcdesk.core.exchange import identity
from lcdesk.core.store import Cell, ValueRecord

_GROUPED = re.compile(r"^\d{1,3}(?:([.,\s\u00a0])\d{3})(?:\1\d{3})*$")  # one separator throughout


@dataclass(frozen=True)
class FormKey:
    """Which form: a catalog, a unit, a period and an indicator code."""

    catalog: object  # lcdesk.core.catalog.model.Catalog
    unit: str
    period: int
    indicator: str

    def cell(self, measure: str) -> Cell:
        return Cell(self.catalog.id, self.unit, int(self.period), self.indicator, measure)


@dataclass(frozen=True)
class FormState:
    """{measure code: {field: text}}, the note and the evidence hashes of one form."""

    raws: dict = field(default_factory=dict, hash=False)
    note: str = ""
    evidence: tuple[str, ...] = ()

    def raw(self, measure: str) -> dict:
        return dict(self.raws.get(measure, {}))

    def with_raw(self, measure: str, raw: dict) -> FormState:
        return replace(self, raws={**self.raws, measure: clean_raw(raw)})

    def with_note(self, note: str) -> FormState:
        return replace(self, note=note)

    def with_evidence(self, hashes) -> FormState:
        return replace(self, evidence=tuple(dict.fromkeys(hashes)))


def clean_raw(raw: dict) -> dict:
    """Only the fields that hold something, as stripped text."""
    return {k: str(v).strip() for k, v in (raw or {}).items() if v is not None and str(v).strip()}


def is_blank(raw: dict) -> bool:
    return not clean_raw(raw)


def normalise_count(text: str) -> str:
    """'5.521.300', '5,521,300' or '5 521 300' (thousands groups) -> '5521300'; anything else
    unchanged (a count is whole, so '1.200' and '1,200' can only mean 1200)."""
    text = (text or "").strip()
    return re.sub(r"[.,\s\u00a0]", "", text) if _GROUPED.match(text) else text


def _number_text(value) -> str:
    if value is None:
        return ""
    number = float(value)
    return str(int(number)) if number.is_integer() else repr(number)


def raw_from_payload(kind: str, payload: dict | None) -> dict:
    """The fields a form shows for a stored payload (a draft's input as it was typed)."""
    if not payload:
        return {}
    if entry.DRAFT_INPUT in payload:
        return clean_raw(payload[entry.DRAFT_INPUT])
    if kind == "percent":
        if payload.get("numerator") is not None and payload.get("denominator") is not None:
            fields = {"numerator": payload["numerator"], "denominator": payload["denominator"]}
        else:
            fields = {"rate": payload.get("rate")}
    elif kind == "count_by_sex":  # the total is derived from male + female
        fields = {k: payload.get(k) for k in ("male", "female", "base")}
    elif kind == "rating5":
        fields = {"rating": payload.get("rating")}
    else:
        fields = {"direction": payload.get("direction") or "", "figure": payload.get("figure"),
                  "previous": payload.get("previous")}
    return clean_raw({k: v if isinstance(v, str) else _number_text(v) for k, v in fields.items()})


def heads(store, key: FormKey) -> dict[str, ValueRecord]:
    """{measure code: this installation's current record} of the form."""
    mine = entry.my_heads(store, key.catalog.id, key.unit, key.period)
    return {m: r for (ind, m), r in mine.items() if ind == key.indicator}


def load_state(store, key: FormKey) -> FormState:
    """The form as last written: raw inputs, and note and evidence of the newest record."""
    ind = key.catalog.indicator(key.indicator)
    current = heads(store, key)
    raws = {m.code: raw_from_payload(ind.kind, current[m.code].payload) if m.code in current else {}
            for m in ind.measures}
    if not current:
        return FormState(raws)
    newest = max(current.values(), key=lambda r: r.seq)
    return FormState(raws, newest.note, tuple(newest.evidence))


def write_state(store, key: FormKey, old: FormState, new: FormState) -> list[ValueRecord]:
    """Append records turning ``old`` (what is stored) into ``new``.

    A record is a draft, unless its figure is the one the cell had when it was last marked
    complete (undo back to it, or only a note or evidence added): then it keeps "complete"."""
    ind = key.catalog.indicator(key.indicator)
    current = heads(store, key)
    meta_changed = (old.note, old.evidence) != (new.note, new.evidence)
    measures = [m.code for m in ind.measures if new.raw(m.code) != old.raw(m.code)
                or (meta_changed and (m.code in current or not is_blank(new.raw(m.code))))]
    if meta_changed and not measures:
        measures = [ind.headline_measure.code]
    written = []
    with store.transaction():
        for measure in measures:
            raw = new.raw(measure)
            if is_blank(raw) and measure not in current and not (new.note or new.evidence):
                continue
            written.append(_write_measure(store, key, measure, raw, new))
    return written


def _write_measure(store, key: FormKey, measure: str, raw: dict, state: FormState) -> ValueRecord:
    if is_blank(raw):  # an emptied measure: a clearing record that keeps the note and evidence
        return entry.clear_value(store, key.catalog, unit=key.unit, period=key.period, indicator=key.indicator,
                                 measure=measure, note=state.note, evidence=state.evidence)
    ind = entry.check_cell(store, key.catalog, key.unit, key.period, key.indicator, measure)
    checked = values.validate(ind, raw)
    status = "complete" if checked.ok and checked.payload == last_complete_payload(store, key, measure) else "draft"
    record, _checked = entry.save_value(
        store, key.catalog, unit=key.unit, period=key.period, indicator=key.indicator, measure=measure,
        raw=raw, status=status, note=state.note, evidence=state.evidence, allow_invalid=True)
    return record


def last_complete_payload(store, key: FormKey, measure: str):
    """The figure this installation's cell had when it was last marked complete (None if never
    or if it was edited and re-marked since: the newest complete record counts)."""
    me = identity.my_key_id(store)
    for record in reversed(store.history(key.cell(measure))):
        if record.author_key == me and record.status == "complete":
            return record.payload
    return None


def bundle_evidence_size(store, key: FormKey, form_evidence) -> int:
    """Bytes of evidence a bundle of this catalog would carry with the form holding ``form_evidence``."""
    me = identity.my_key_id(store)
    hashes = {sha for h in store.heads(catalog=key.catalog.id, author_key=me)
              if entry.is_exportable(h.payload)
              and (h.cell.unit, h.cell.period, h.cell.indicator) != (key.unit, int(key.period), key.indicator)
              for sha in h.evidence}
    return evidence.total_size(store, hashes | set(form_evidence))
