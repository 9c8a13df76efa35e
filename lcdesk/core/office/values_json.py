"""``office values --json``: every cell as one JSON object, written as it is read.

The output is a JSON array, one compact object per line, each with exactly
``catalog, unit, unit_name, period, indicator, measure, value, status, conflict,
resolved_by, sources`` (``docs/office-desk.md``). Each source is ``key_id, author,
seq, status, bundle, value, revoked`` (and ``imported_at`` with ``provenance``).
Nothing is held per cell: the cells stream from ``values_view.iter_cells`` and are
encoded one by one with the C JSON encoder (the stored payload text spliced in as it
is), so memory does not grow with the city.
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


def cell_object(view: values_view.CellView, names: dict[str, str], ctx: values_view.Context,
                provenance: bool = False) -> dict:
    """One cell as a dict (tests and small callers; ``write_values`` writes the same object faster)."""
    return json.loads(cell_json(view, names, ctx, provenance))


def cell_json(view: values_view.CellView, names: dict[str, str], ctx: values_view.Context,
              provenance: bool = False) -> str:
    """One cell as compact JSON text.

    Payloads are stored as canonical JSON text (``records.canonical_payload``), so they
    are written as they are, not parsed and encoded again: each object is the encoded
    fields with ``"value":<stored text>`` spliced in before the closing brace."""
    sources = ",".join(_source_json(s, ctx, provenance) for s in view.sources)
    head = _encode({"catalog": view.catalog, "unit": view.unit, "unit_name": names.get(view.unit),
                    "period": view.period, "indicator": view.indicator, "measure": view.measure,
                    "status": view.status, "conflict": view.conflict, "resolved_by": view.resolved_by})
    return f'{head[:-1]},"value":{view.value_text or "null"},"sources":[{sources}]}}'


def _source_json(source: values_view.SourceView, ctx: values_view.Context, provenance: bool) -> str:
    bundle, at = ctx.origins.lookup(source.key_id, source.seq)
    data = {"key_id": source.key_id, "author": source.author, "seq": source.seq, "status": source.status,
            "bundle": bundle, "revoked": source.revoked}
    if provenance:
        data["imported_at"] = at
    return f'{_encode(data)[:-1]},"value":{source.payload_text or "null"}}}'


def write_values(store, out, *, catalog: str | None = None, period: int | None = None,
                 provenance: bool = False) -> int:
    """Write the JSON array of every cell (of ``catalog``, ``period``) to ``out``; returns the count."""
    names = unit_names(store)
    ctx = values_view.Context(store)
    write = out.write
    count = 0
    write("[")
    for view in values_view.iter_cells(store, catalog=catalog, period=period, context=ctx):
        write(",\n" if count else "\n")
        write(cell_json(view, names, ctx, provenance))
        count += 1
    write("\n]\n" if count else "]\n")
    return count
