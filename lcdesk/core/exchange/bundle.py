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

from lcdesk.core.exchange import container as package
from lcdesk.core.store import utc_now
from lcdesk.core.text import slug

KIND = "bundle"
SUFFIX = ".lcb"
RECORDS = "records.json"
RECORD_FIELDS = ("catalog", "unit", "period", "indicator", "measure", "payload", "status", "note",
                 "evidence", "seq", "created_at", "author_name")


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


def default_file_name(store, period: int | None, seq: int) -> str:
    prov = identity.provisioning(store)
    first = prov["units"][0] if prov["units"] else {"code": "", "name": ""}
    name = slug(first.get("name", "")) or first.get("code", "")
    return f"lcdesk-{name}-{period or 'tat-ca'}-{seq:04d}{SUFFIX}"


def export_bundle(store, destination: str | Path, period: int | None = None) -> ExportResult:
    """Write this officer's signed bundle to ``destination`` (a file, or a folder to put it in)."""
    identity.require_role(store, identity.OFFICER)
    prov = identity.provisioning(store)
    kp = identity.my_key(store)
    catalog = store.get_catalog(prov["catalogs"][0])
    heads = [h for h in store.heads(author_key=kp.key_id, period=period, catalog=catalog.id)]
    exportable = [h for h in heads if entry.is_exportable(h.payload)]
    hashes = sorted({sha for h in exportable for sha in h.evidence})
    seq = store.next_counter(f"bundle_seq:{kp.key_id}")
    units = sorted({u["code"] for u in prov["units"]})
    periods = sorted({h.cell.period for h in exportable} | ({int(period)} if period else set()))
    header = {
        "catalog": {"id": catalog.id, "version": catalog.version},
        "units": units, "periods": periods, "bundle_seq": seq, "created_at": utc_now(),
        "author_name": identity.my_name(store),
        "evidence": {sha: (store.evidence_info(sha) or {}).get("name", sha) for sha in hashes},
        "counts": {"records": len(exportable), "evidence": len(hashes)},
    }
    members = {RECORDS: canonical_json([record_to_dict(h) for h in exportable])}
    members.update({f"evidence/{sha}": evidence.evidence_path(store.home, sha) for sha in hashes})
    destination = Path(destination)
    path = destination / default_file_name(store, period, seq) if destination.is_dir() else destination
    info = package.write_package(path, KIND, header, members, kp)
    identity.record_high_water(store, kp.key_id, store.last_seq(kp.key_id), seq)
    result = ExportResult(path, info.id, path.stat().st_size, units, periods, len(exportable), len(hashes),
                          export_warnings(heads, exportable, path.stat().st_size))
    store.record_export(str(path), info.id, result.size, result.summary())
    return result


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
        warnings.append((f"Gói nặng {size / 1048576:.1f} MB, có thể quá giới hạn tệp đính kèm thư điện tử (~20 MB).",
                         f"The bundle is {size / 1048576:.1f} MB, maybe over e-mail attachment limits (~20 MB)."))
    return warnings


def read_records(pkg) -> list[dict]:
    """The records of a verified bundle package (shape checked by the importer)."""
    try:
        data = json.loads(pkg.read(RECORDS).decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise package.PackageError("bad_records", "Gói dữ liệu hỏng: danh sách số liệu không đọc được.",
                                   f"records.json is not valid JSON ({exc}).") from exc
    return data
