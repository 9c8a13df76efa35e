"""The officer's bundle (``.lcb``): every current value of theirs, signed, in one file.

A bundle is a signed package (``package.py``) of kind ``bundle`` carrying the
author's current record for every cell they touched (so a bundle lost in
transit costs nothing once the next one arrives), and the evidence files those
records name. The format is specified in ``docs/bundle-format.md``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from lcdesk.core.officer import entry

from lcdesk.core.exchange import evidence

from lcdesk.core.exchange import identity

from lcdesk.core.exchange import schema

from lcdesk.core.exchange import container as package
from lcdesk.core.numbers import format_size
from lcdesk.core.officer import export_place
from lcdesk.core.store import utc_now

KIND = "bundle"
SUFFIX = ".lcb"
RECORDS = "records.json"
RECORD_FIELDS = schema.RECORD_FIELDS


@dataclass
class ExportResult:
    path: Path
    bundle_id: str
    size: int
    units: list[str]
    periods: list[int]
    records: int
    evidence: int
    warnings: list[tuple[str, str]] = field(default_factory=list)  # (vietnamese, english)

    def summary(self) -> dict:
        return {"file": str(self.path), "bundle": self.bundle_id, "size": self.size, "units": self.units,
                "periods": self.periods, "records": self.records, "evidence": self.evidence,
                "warnings": [en for _, en in self.warnings]}


def canonical_json(data) -> bytes:
    return json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def record_to_dict(r) -> dict:
    c = r.cell
    return {"catalog": c.catalog, "unit": c.unit, "period": c.period, "indicator": c.indicator,
            "measure": c.measure, "payload": r.payload, "status": r.status, "note": r.note,
            "evidence": list(r.evidence), "seq": r.seq, "created_at": r.created_at, "author_name": r.author_name}


def default_file_name(store, period: int | None, seq: int, units: list[str] | None = None) -> str:
    """Named after all the bundle's units (or the officer when there are many): ``export_place``."""
    prov = identity.provisioning(store)
    chosen = [u for u in prov["units"] if units is None or u["code"] in units]
    return export_place.bundle_file_name(chosen, identity.my_name(store), period, seq)


def export_bundle(store, destination: str | Path, period: int | None = None, *, units: list[str] | None = None,
                  periods: list[int] | None = None, catalog_id: str | None = None,
                  create_folder: bool = False) -> ExportResult:
    """Write this officer's signed bundle into the folder ``destination`` (or as the ``.lcb`` file it names).

    A new file every time (``export_place.resolve``: never overwritten, always ``.lcb``, a missing
    folder created only with ``create_folder``). ``units`` / ``periods`` limit the bundle to the
    units and years the officer chose (default: all of them; ``period`` is one year)."""
    identity.require_role(store, identity.OFFICER)
    prov = identity.provisioning(store)
    kp = identity.my_key(store)
    # A bundle carries all of the officer's catalogs; ``catalog_id`` limits it to one.
    catalogs = [store.get_catalog(catalog_id)] if catalog_id else identity.officer_catalogs(store)
    if periods is None and period:
        periods = [int(period)]
    chosen_units = sorted({u["code"] for u in prov["units"]} & set(units)) if units else None
    heads = [h for c in catalogs for h in store.heads(author_key=kp.key_id, catalog=c.id)
             if (periods is None or h.cell.period in periods) and (chosen_units is None or h.cell.unit in chosen_units)]
    export_place.target_folder(destination, create_folder)  # refuse a bad destination before anything is used
    exportable = [h for h in heads if entry.is_exportable(h.payload)]
    hashes = sorted({sha for h in exportable for sha in h.evidence})
    seq = store.next_counter(f"bundle_seq:{kp.key_id}")
    units = chosen_units or sorted({u["code"] for u in prov["units"]})
    periods = sorted({h.cell.period for h in exportable} | set(periods or ()))
    header = {
        **schema.catalog_refs_header(catalogs),
        "units": units, "periods": periods, "bundle_seq": seq, "created_at": utc_now(),
        "author_name": identity.my_name(store),
        "evidence": {sha: (store.evidence_info(sha) or {}).get("name", sha) for sha in hashes},
        "counts": {"records": len(exportable), "evidence": len(hashes)},
    }
    rows = [record_to_dict(h) for h in exportable]
    check_own(header, rows)
    members = {RECORDS: canonical_json(rows)}
    members.update({f"evidence/{sha}": evidence.evidence_path(store.home, sha) for sha in hashes})
    named_year = period or (periods[0] if len(periods) == 1 else None)
    path = export_place.resolve(destination, default_file_name(store, named_year, seq, chosen_units))
    info = package.write_package(path, KIND, header, members, kp)
    identity.record_high_water(store, kp.key_id, store.last_seq(kp.key_id), seq)
    result = ExportResult(path, info.id, path.stat().st_size, units, periods, len(exportable), len(hashes),
                          export_warnings(heads, exportable, path.stat().st_size))
    store.record_export(str(path), info.id, result.size, result.summary())
    return result


def check_own(header: dict, rows: list[dict]) -> None:
    """The office's schema (the same module) applied to what this officer is about to sign."""
    schema.check_header({**header, "format": "", "format_version": 1, "kind": KIND, "author": {}, "members": {}})
    for i, row in enumerate(rows):
        schema.check_record_shape(i, row)


def export_warnings(heads, exportable, size: int) -> list[tuple[str, str]]:
    warnings = []
    invalid = len(heads) - len(exportable)
    if invalid:
        warnings.append((f"{invalid} số liệu còn lỗi nên chưa được đưa vào gói.",
                         f"{invalid} values still have errors and were left out."))
    drafts = sum(1 for h in exportable if h.status != "complete" and h.payload is not None)
    if drafts:
        warnings.append((f"{drafts} số liệu chưa được đánh dấu hoàn thành.", f"{drafts} values are not marked complete."))
    if size > evidence.EMAIL_LIMIT_BYTES:
        warnings.append((f"Gói nặng {format_size(size)}, có thể quá giới hạn tệp đính kèm thư điện tử (~20 MB).",
                         f"The bundle is {format_size(size, language='en')}, maybe over e-mail attachment limits (~20 MB)."))
    return warnings


def read_records(pkg) -> list:
    """The records of a verified bundle package (parsed with the schema's bounds)."""
    return schema.parse_records(pkg.read(RECORDS))
