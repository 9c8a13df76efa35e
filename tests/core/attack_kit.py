"""An office with one enrolled officer key, and a way to sign any bundle with it (attack tests)."""

from __future__ import annotations

import copy
import itertools
import json
from pathlib import Path

from lcdesk.core.exchange import bundle, identity, importer, keys
from lcdesk.core.exchange import container as package
from lcdesk.core.store import Store
from lcdesk.core.units import registry as units

WARD = "00004"  # Phường Ba Đình: reports 1.1.2.a, 1.3.2.a, 2.2.2.c, 2.2.2.d of hanoi-2025
OFFICER = keys.KeyPair.from_seed(bytes([9]) * 32)
OUTSIDER = keys.KeyPair.from_seed(bytes([10]) * 32)
RECORD = {"catalog": "hanoi-2025", "unit": WARD, "period": 2025, "indicator": "1.1.2.a", "measure": "value",
          "payload": {"numerator": 950, "denominator": 1000, "rate": 95.0}, "status": "complete", "note": "",
          "evidence": [], "seq": 1, "created_at": "2025-11-30T08:00:00+00:00", "author_name": "Cán bộ"}


VERSIONS: dict[str, str] = {}  # catalog id -> the built-in version (set by open_office)


def header(records: int = 1, **fields) -> dict:
    h = {"bundle_format": 2, "catalogs": [{"id": "hanoi-2025", "version": VERSIONS["hanoi-2025"]}], "units": [WARD],
         "periods": [2025], "bundle_seq": 1, "created_at": "2025-11-30T08:05:00+00:00", "author_name": "Cán bộ",
         "evidence": {}, "counts": {"records": records, "evidence": 0}}
    h.update(fields)
    return h


def record(**fields) -> dict:
    r = copy.deepcopy(RECORD)
    r.update(fields)
    return r


def open_office(home: Path) -> Store:
    store = Store.open(home)
    VERSIONS.update({c["id"]: c["version"] for c in store.list_catalogs()})
    identity.init_office(store, units.find_city("01"), [store.get_catalog("hanoi-2025")])
    store.register_key(OFFICER.key_id, keys.public_key_b64(OFFICER), "Cán bộ", units=(WARD,))
    store.record_provisioned_scope(OFFICER.key_id, ["hanoi-2025"], [2025])
    return store


def sign(path: Path, head: dict, records_bytes: bytes, members: dict | None = None, key=OFFICER) -> Path:
    package.write_package(path, bundle.KIND, head, {bundle.RECORDS: records_bytes, **(members or {})}, key)
    return path


def signed(path: Path, records: list, key=OFFICER, members: dict | None = None, **head) -> Path:
    return sign(path, header(len(records), **head), bundle.canonical_json(records), members, key)


class Counter:
    """Fresh bundle and record sequence numbers for a run of imports into one office."""

    def __init__(self, start: int = 100):
        self._seq = itertools.count(start)

    def __call__(self) -> int:
        return next(self._seq)


def footprint(store: Store) -> tuple:
    """What an import may change, besides the quarantine: rows and evidence files."""
    rows = tuple(store.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                 for t in ("value_records", "bundles", "bundle_records", "evidence"))
    folder = store.home / "evidence"
    files = sorted(str(p) for p in folder.rglob("*") if p.is_file()) if folder.exists() else []
    return rows, tuple(files)


def good_bundle(path: Path, seq: int, indicator: str = "1.3.2.a") -> Path:
    return signed(path, [record(indicator=indicator, seq=seq)], bundle_seq=seq)


def assert_rejected_then_next_imported(store: Store, bad: Path, good: Path, codes) -> importer.ImportResult:
    before = footprint(store)
    quarantined = len(store.quarantined())
    res, nxt = importer.import_files(store, [bad, good])
    assert res.status == "rejected", res.to_dict()
    assert res.code in codes, res.to_dict()
    assert res.reason_vi and _vietnamese_only(res.reason_vi), res.reason_vi
    assert len(store.quarantined()) == quarantined + 1
    assert store.quarantined()[-1]["stored_path"], "the file is kept in quarantine"
    after = footprint(store)
    assert nxt.status == "imported", nxt.to_dict()
    rows_before, files_before = before
    assert after == ((rows_before[0] + 1, rows_before[1] + 1, rows_before[2] + 1, rows_before[3]), files_before)
    return res


def _vietnamese_only(text: str) -> bool:
    """No English technical detail in a Vietnamese reason."""
    lowered = text.lower()
    english = ("crc", "manifest", "record", "field", "json", "error", "traceback", "catalog/", "payload", " the ",
               "invalid", "not a", "unit ", "period", "bundle")
    return not any(w in lowered for w in english)


def records_json(obj) -> bytes:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
