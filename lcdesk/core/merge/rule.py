"""The merge rule: what each cell's current value is, given every author's records.

Per cell (catalog, unit, period, indicator, measure): each author's record with
the highest sequence number stands (the store's ``value_heads``). If the
standing records of different authors agree, that is the value. If they
disagree, the cell is a **conflict**, kept with all its candidates until the
office resolves it. A resolution is itself a record (origin ``resolution``,
signed off by the office's key) that names the candidates it settles; it
stands only while the candidates are exactly those it saw: a newer record from
any author reopens the conflict. Nothing is overwritten or deleted.

Because the heads are a function of the *set* of records (the highest
sequence per author), importing any set of bundles in any order, with any
duplicates, gives the same state.
"""

from __future__ import annotations

from dataclasses import dataclass

from lcdesk.core.store import Cell, ValueRecord
from lcdesk.core.store.records import canonical_payload

RESOLUTION = "resolution"


@dataclass(frozen=True)
class Source:
    key_id: str
    author: str
    seq: int
    bundle: str | None
    imported_at: str | None
    value: dict | None
    revoked: bool = False

    def to_dict(self, provenance: bool = False) -> dict:
        data = {"key_id": self.key_id, "author": self.author, "seq": self.seq, "bundle": self.bundle,
                "value": self.value, "revoked": self.revoked}
        if provenance:
            data["imported_at"] = self.imported_at
        return data


@dataclass(frozen=True)
class CellState:
    cell: Cell
    value: dict | None
    conflict: bool
    sources: tuple[Source, ...]
    resolved_by: str | None = None

    def to_dict(self, provenance: bool = False) -> dict:
        """JSON form; without ``provenance`` it depends only on the set of records imported."""
        c = self.cell
        return {
            "catalog": c.catalog, "unit": c.unit, "period": c.period, "indicator": c.indicator,
            "measure": c.measure, "value": self.value, "conflict": self.conflict,
            "resolved_by": self.resolved_by, "sources": [s.to_dict(provenance) for s in self.sources],
        }


def decide(candidates: list[ValueRecord], resolution: ValueRecord | None, settled: frozenset[str]) -> tuple[dict | None, bool, str | None]:
    """(value, conflict, resolved_by) for one cell's standing records."""
    uids = frozenset(r.uid for r in candidates)
    if resolution is not None and (settled == uids or not candidates):
        return resolution.payload, False, resolution.uid
    distinct = {canonical_payload(r.payload) for r in candidates}
    if len(distinct) == 1:
        return candidates[0].payload, False, None
    return None, len(distinct) > 1, None


def cell_states(store, *, period: int | None = None, catalog: str | None = None, unit: str | None = None) -> list[CellState]:
    """The current state of every cell with at least one record, sorted by cell."""
    heads = store.heads(period=period, catalog=catalog, unit=unit)
    origins = store.record_origins()
    revoked = {k.key_id for k in store.trusted_keys() if k.revoked}
    settled = store.resolutions()
    by_cell: dict[Cell, list[ValueRecord]] = {}
    for record in heads:
        by_cell.setdefault(record.cell, []).append(record)
    states = []
    for cell in sorted(by_cell, key=lambda c: (c.catalog, c.unit, c.period, c.indicator, c.measure)):
        records = by_cell[cell]
        candidates = sorted((r for r in records if r.origin != RESOLUTION), key=lambda r: r.author_key)
        resolutions = sorted((r for r in records if r.origin == RESOLUTION), key=lambda r: r.seq)
        resolution = resolutions[-1] if resolutions else None
        value, conflict, resolved_by = decide(candidates, resolution, settled.get(resolution.uid, frozenset()) if resolution else frozenset())
        sources = tuple(_source(r, origins, revoked) for r in candidates)
        states.append(CellState(cell, value, conflict, sources, resolved_by))
    return states


def _source(record: ValueRecord, origins: dict, revoked: set) -> Source:
    bundle, imported_at = origins.get((record.author_key, record.seq), (None, None))
    return Source(record.author_key, record.author_name, record.seq, bundle, imported_at, record.payload,
                  record.author_key in revoked)


def conflicts(store, **filters) -> list[CellState]:
    return [s for s in cell_states(store, **filters) if s.conflict]


def decide_texts(candidates: list[tuple[str, str | None]], resolution: tuple[str, str | None] | None,
                 settled: frozenset[str]) -> tuple[str | None, bool, str | None]:
    """``decide`` over stored payload texts, for callers that stream rows (the values screen, ``office values``).

    ``candidates`` are (uid, payload text) of the standing non-resolution records,
    ``resolution`` the newest resolution's (uid, payload text) or None. Stored payloads
    are canonical JSON (``canonical_payload``), so equal texts are equal values and the
    answer is ``decide``'s: (standing payload text, conflict, resolved_by)."""
    uids = frozenset(uid for uid, _ in candidates)
    if resolution is not None and (settled == uids or not candidates):
        return resolution[1], False, resolution[0]
    distinct = {text for _, text in candidates}
    if len(distinct) == 1:
        return candidates[0][1], False, None
    return None, len(distinct) > 1, None
