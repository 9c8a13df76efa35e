"""``office values --json``: every cell as one JSON object, written as it is read.

The output is a JSON array, one compact object per line, each with exactly
``catalog, unit, unit_name, period, indicator, measure, value, status, conflict,
resolved_by, sources`` (``docs/office-desk.md``). Each source is ``key_id, author,
seq, status, bundle, revoked, evidence, value`` (and ``imported_at`` with
``provenance``); ``evidence`` lists ``{"sha256", "name"}`` of each evidence file, the
hash that ``office evidence SHA --out DIR`` takes and the file's original name.
Nothing is held per cell: the cells stream from ``values_view.iter_cells`` and are
encoded one by one with the C JSON encoder (the stored payload text spliced in as it
is), so memory does not grow with the city. Evidence names are looked up for the
cells that have evidence only, through a bounded cache (``EvidenceNames``).
"""

from __future__ import annotations

import json

from lcdesk.core.office import values_view

_encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def unit_names(store) -> dict[str, str]:
    """{code: name} of every unit the office's city knows (stored units, else the official list)."""
    from lcdesk.core.exchange import identity
    from lcdesk.core.units import city as city_units
    from lcdesk.core.units import registry

    city = registry.find_city(identity.office_settings(store)["city"])
    return {u.code: u.name for u in city_units.city_units(store, city)}


class EvidenceNames:
    """{sha256: original name} of evidence files, asked of the store per cell and kept in a
    cache of at most ``limit`` entries (emptied when full), so memory stays flat."""

    def __init__(self, store, limit: int = 4096):
        self.store, self.limit, self.cache = store, limit, {}

    def items(self, hashes: tuple[str, ...]) -> list[dict]:
        missing = [h for h in hashes if h not in self.cache]
        if missing:
            if len(self.cache) + len(missing) > self.limit:
                self.cache.clear()
            rows = self.store.evidence_rows(missing)
            for sha in missing:
                row = rows.get(sha)
                self.cache[sha] = row["name"] if row else None
        return [{"sha256": h, "name": self.cache.get(h)} for h in dict.fromkeys(hashes)]


def cell_object(view: values_view.CellView, names: dict[str, str], ctx: values_view.Context,
                provenance: bool = False) -> dict:
    """One cell as a dict (tests and small callers; ``write_values`` writes the same object faster)."""
    return json.loads(cell_json(view, names, ctx, provenance))


def cell_json(view: values_view.CellView, names: dict[str, str], ctx: values_view.Context,
              provenance: bool = False, evidence: EvidenceNames | None = None) -> str:
    """One cell as compact JSON text.

    Payloads are stored as canonical JSON text (``records.canonical_payload``), so they
    are written as they are, not parsed and encoded again: each object is the encoded
    fields with ``"value":<stored text>`` spliced in before the closing brace."""
    if evidence is None and any(s.evidence for s in view.sources):
        evidence = EvidenceNames(ctx.store)
    sources = ",".join(_source_json(s, ctx, provenance, evidence) for s in view.sources)
    head = _encode({"catalog": view.catalog, "unit": view.unit, "unit_name": names.get(view.unit),
                    "period": view.period, "indicator": view.indicator, "measure": view.measure,
                    "status": view.status, "conflict": view.conflict, "resolved_by": view.resolved_by})
    return f'{head[:-1]},"value":{view.value_text or "null"},"sources":[{sources}]}}'


def _source_json(source: values_view.SourceView, ctx: values_view.Context, provenance: bool,
                 evidence: EvidenceNames | None) -> str:
    bundle, at = ctx.origins.lookup(source.key_id, source.seq)
    data = {"key_id": source.key_id, "author": source.author, "seq": source.seq, "status": source.status,
            "bundle": bundle, "revoked": source.revoked,
            "evidence": evidence.items(source.evidence) if source.evidence else []}
    if provenance:
        data["imported_at"] = at
    return f'{_encode(data)[:-1]},"value":{source.payload_text or "null"}}}'


def write_values(store, out, *, catalog: str | None = None, period: int | None = None,
                 provenance: bool = False) -> int:
    """Write the JSON array of every cell (of ``catalog``, ``period``) to ``out``; returns the count."""
    names = unit_names(store)
    ctx = values_view.Context(store)
    evidence = EvidenceNames(store)
    write = out.write
    count = 0
    write("[")
    for view in values_view.iter_cells(store, catalog=catalog, period=period, context=ctx):
        write(",\n" if count else "\n")
        write(cell_json(view, names, ctx, provenance, evidence))
        count += 1
    write("\n]\n" if count else "]\n")
    return count
