"""What the city has received, cell by cell, as the office's values screen and CLI read it.

``iter_cells`` streams the current state of every cell (the merge rule of
``merge/rule.py`` applied to each cell's standing records as they pass), so that
neither the screen nor ``office values --json`` ever holds one object per cell of
the whole city: the screen asks for the units it shows, the CLI writes each cell
as it comes. Provenance (which bundle carried a record, when it was received) is
looked up in a per-bundle table, which grows with the number of bundles, not cells.

A cell's ``status`` is the standing value's: a resolution's status, or, when the
standing records agree, ``complete`` if any of them is complete, else ``draft``; a
conflict has no standing value and no status.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cached_property

from lcdesk.core.merge import rule as merge

DRAFT, COMPLETE = "draft", "complete"


@dataclass(slots=True)  # not frozen: built once per cell, 200,000 times
class SourceView:
    """One author's standing record of a cell (a candidate, or the office's resolution)."""

    key_id: str
    author: str
    seq: int
    status: str
    payload_text: str | None
    note: str
    evidence: tuple[str, ...]
    origin: str
    created_at: str
    revoked: bool

    @property
    def uid(self) -> str:
        return f"{self.key_id}/{self.seq}"

    @property
    def payload(self) -> dict | None:
        return None if self.payload_text is None else json.loads(self.payload_text)


@dataclass(slots=True)  # not frozen: built once per cell, 200,000 times
class CellView:
    catalog: str
    unit: str
    period: int
    indicator: str
    measure: str
    value_text: str | None
    status: str | None
    conflict: bool
    resolved_by: str | None
    reopened: bool  # a conflict the office had settled, reopened by a newer record
    sources: tuple[SourceView, ...]
    resolution: SourceView | None

    @property
    def value(self) -> dict | None:
        return None if self.value_text is None else json.loads(self.value_text)

    @property
    def key(self) -> tuple[str, str, str]:
        return self.unit, self.indicator, self.measure

    @property
    def revoked(self) -> bool:
        """Whether a value that stands (or a candidate) came from a revoked key."""
        return any(s.revoked for s in self.sources)


class Context:
    """What deciding a cell needs besides its rows: settled resolutions and revoked keys."""

    def __init__(self, store):
        self.store = store
        self.settled = store.resolutions()
        self.keys = store.key_summaries()
        self.revoked = {k for k, (_, _, at) in self.keys.items() if at is not None}

    @cached_property
    def origins(self) -> "OriginIndex":
        return OriginIndex(self.store.bundle_seq_ranges())


class OriginIndex:
    """(bundle id, received at) of an imported record, from each bundle's sequence ranges.

    When several bundles carried a record the smallest bundle id is named and the
    earliest time given (as ``store.record_origins``), whatever the import order."""

    def __init__(self, rows):
        self.ranges: dict[str, list[tuple[int, int, str, str]]] = {}
        for bundle_id, author, ranges, at in rows:
            for start, end in json.loads(ranges):
                self.ranges.setdefault(author, []).append((start, end, bundle_id, at))

    def lookup(self, author: str, seq: int) -> tuple[str | None, str | None]:
        best = None
        for start, end, bundle, at in self.ranges.get(author, ()):
            if start <= seq <= end:
                best = (bundle, at) if best is None else (min(best[0], bundle), min(best[1], at))
        return best or (None, None)


def iter_cells(store, *, catalog: str | None = None, period: int | None = None, unit: str | None = None,
               units: list[str] | None = None, context: Context | None = None):
    """Every cell with at least one record (matching the filters), in cell order, one at a time."""
    ctx = context or Context(store)
    rows: list[tuple] = []
    current = None
    for row in store.iter_head_rows(catalog=catalog_id(catalog), period=period, unit=unit, units=units):
        key = row[:5]
        if key != current:
            if rows:
                yield _cell(rows, ctx)
            rows, current = [], key
        rows.append(row)
    if rows:
        yield _cell(rows, ctx)


def catalog_id(catalog: str | None) -> str | None:
    """A catalog's id from an id or an ``id@version`` key."""
    return None if catalog is None else catalog.split("@", 1)[0]


def _cell(rows: list[tuple], ctx: Context) -> CellView:
    sources, resolution, revoked = [], None, ctx.revoked
    for row in rows:
        evidence = row[8]
        source = SourceView(row[9], row[10], row[11], row[6], row[5], row[7],
                            () if evidence == "[]" else tuple(json.loads(evidence)), row[13], row[12], row[9] in revoked)
        if source.origin != merge.RESOLUTION:
            sources.append(source)
        elif resolution is None or source.seq > resolution.seq:
            resolution = source
    settled = ctx.settled.get(resolution.uid, frozenset()) if resolution else frozenset()
    value, conflict, resolved_by = merge.decide_texts(
        [(s.uid, s.payload_text) for s in sources], (resolution.uid, resolution.payload_text) if resolution else None,
        settled)
    first = rows[0]
    return CellView(first[0], first[1], first[2], first[3], first[4], value,
                    _status(sources, resolution, value, conflict, resolved_by), conflict, resolved_by,
                    conflict and resolution is not None, tuple(sources), resolution)


def _status(sources, resolution, value, conflict, resolved_by) -> str | None:
    if conflict:
        return None
    if resolved_by is not None:
        return resolution.status
    agreeing = [s.status for s in sources if s.payload_text == value]
    if not agreeing:
        return None
    return COMPLETE if COMPLETE in agreeing else DRAFT


def cell_view(store, catalog: str, unit: str, period: int, indicator: str, measure: str) -> CellView | None:
    """One cell's current state (None when nothing was ever recorded for it)."""
    for view in iter_cells(store, catalog=catalog, period=period, unit=unit):
        if view.indicator == indicator and view.measure == measure:
            return view
    return None


def provenance(store, source: SourceView) -> dict:
    """Where a source came from: its officer's name and fingerprint, bundle id, sequence, when received."""
    from lcdesk.core.exchange import keys

    key = store.trusted_key(source.key_id)
    name, public, revoked_at = (key.name, key.public_key, key.revoked_at) if key else (source.author, None, None)
    origins = OriginIndex(store.author_seq_ranges(source.key_id))
    bundle, received = origins.lookup(source.key_id, source.seq)
    fingerprint = keys.fingerprint(keys.load_public(public)) if public else None
    return {"key_id": source.key_id, "officer": name or source.author, "fingerprint": fingerprint,
            "bundle": bundle, "seq": source.seq, "received_at": received, "created_at": source.created_at,
            "revoked_at": revoked_at, "status": source.status, "note": source.note, "origin": source.origin}
