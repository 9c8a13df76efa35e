"""Benchmark: the office importing N signed bundles, against a floor measured in the same run.

    python bench/merge.py [--n 3321] [--values 60] [--keep DIR]

Builds N bundles (default: one per commune/ward of the whole country, 3,321, each
from its own officer key with about 60 values), then times:

- import: ``importer.import_files`` into an office store (every check, one
  transaction per bundle, synchronous=FULL);
- floor: the unavoidable work on the same files: open each zip, read and hash
  every member, verify the Ed25519 signature, then one bulk insert of the same
  rows into an empty table of the same shape, in one transaction.

It prints both times and their ratio (aim: import within 2x the floor). The floor is
the best of two runs, one before and one after the import, so a noisy machine does
not flatter the ratio. Then it imports **one more** bundle into the full office (the
clerk's daily case) against that bundle's floor (read, hash, verify, insert its rows
into a copy of the office database, one durable commit); aim: within 3x.

``--keep DIR`` leaves the imported office in ``DIR/office`` and the bundles in
``DIR/bundles`` (other benchmarks build on them); the extra bundle is in ``DIR/single``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import sqlite3
import sys
import tempfile
import time
import zipfile
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from lcdesk.core.exchange import bundle  # noqa: E402

from lcdesk.core.exchange import identity

from lcdesk.core.exchange import importer

from lcdesk.core.exchange import keys

from lcdesk.core.exchange import container as package

from lcdesk.core.units import registry as units
from lcdesk.core.store import Store  # noqa: E402
from lcdesk.core.store.records import canonical_payload  # noqa: E402

PERIOD = 2025


def national_wards() -> list[units.Unit]:
    """Every ward and commune of the country, as units directly under their province."""
    from vietnam_provinces import Ward

    wards = [units.Unit(f"{w.code:05d}", w.name, "ward", f"{w.province_code:02d}", f"{w.province_code:02d}")
             for w in Ward.iter_all()]
    return sorted(wards, key=lambda u: u.code)


def ward_cells(catalog) -> list[tuple[str, str]]:
    """The (indicator, measure) pairs a ward reports (its assignment), percents within 0-100."""
    ward = units.Unit("00004", "x", "ward", "01", "01")
    return [(i.code, m.code) for i in units.indicators_for_unit(catalog, ward)
            if i.kind == "percent" and i.bounds == (0.0, 100.0) for m in i.measures]


def make_records(catalog, unit: str, count: int, salt: int) -> list[dict]:
    cells = ward_cells(catalog)
    out = []
    for k in range(count):
        indicator, measure = cells[k % len(cells)]
        den = 1000 + (salt * 7 + k) % 500
        num = (salt * 13 + k * 31) % den
        out.append({"catalog": catalog.id, "unit": unit, "period": PERIOD + k // len(cells), "indicator": indicator,
                    "measure": measure, "payload": {"numerator": num, "denominator": den, "rate": round(num / den * 100, 4)},
                    "status": "complete", "note": "", "evidence": [], "seq": k + 1,
                    "created_at": "2025-11-30T08:00:00+00:00", "author_name": f"Cán bộ {salt}"})
    return out


def build(work: Path, n: int, per_bundle: int) -> tuple[Path, list[Path]]:
    office = Store.open(work / "office")
    catalog = office.get_catalog("hanoi-2025")
    identity.init_office(office, units.find_city("01"), [catalog])
    wards = national_wards()
    for city in sorted({w.city for w in wards}):
        office.replace_units(city, [w for w in wards if w.city == city])
    chosen = (wards * (n // len(wards) + 1))[:n + 1]  # the last one is the "one more bundle"
    files = [make_bundle(office, catalog, work / "bundles", i, ward.code, per_bundle) for i, ward in enumerate(chosen[:n])]
    make_bundle(office, catalog, work / "single", n, chosen[n].code, per_bundle)
    office.close()
    return work / "office", files


def make_bundle(office, catalog, folder: Path, i: int, unit: str, per_bundle: int) -> Path:
    kp = keys.KeyPair.from_seed(hashlib.sha256(f"officer-{i}".encode()).digest())
    office.register_key(kp.key_id, keys.public_key_b64(kp), f"Cán bộ {i}", units=(unit,))
    records = make_records(catalog, unit, per_bundle, i)
    header = {"bundle_format": 2, "catalogs": [{"id": catalog.id, "version": catalog.version}], "units": [unit],
              "periods": sorted({r["period"] for r in records}), "bundle_seq": 1,
              "created_at": "2025-11-30T08:00:00+00:00", "author_name": f"Cán bộ {i}", "evidence": {},
              "counts": {"records": len(records), "evidence": 0}}
    path = folder / f"{unit}-{i}.lcb"
    path.parent.mkdir(exist_ok=True)
    package.write_package(path, bundle.KIND, header, {bundle.RECORDS: bundle.canonical_json(records)}, kp)
    return path


INSERT = ("INSERT INTO value_records (catalog, unit, period, indicator, measure, payload, status, note, "
          "evidence, author_key, author_name, seq, created_at, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")


def floor(files: list[Path], db_path: Path) -> tuple[float, int]:
    """Read, hash, verify, then one bulk insert: the least any importer must do."""
    start = time.perf_counter()
    rows = read_rows(files)
    conn = sqlite3.connect(db_path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("CREATE TABLE value_records (catalog, unit, period, indicator, measure, payload, status, note, "
                 "evidence, author_key, author_name, seq, created_at, origin, UNIQUE (author_key, seq))")
    conn.execute("BEGIN")
    conn.executemany(INSERT, rows)
    conn.execute("COMMIT")
    conn.close()
    return time.perf_counter() - start, len(rows)


def read_rows(files: list[Path]) -> list[tuple]:
    """Open each zip, hash every member, verify the signature, and make the rows to insert."""
    rows = []
    for path in files:
        with zipfile.ZipFile(path) as zf:
            members = {info.filename: zf.read(info) for info in zf.infolist()}
        for data in members.values():
            hashlib.sha256(data).hexdigest()
        manifest = json.loads(members[package.MANIFEST])
        import base64

        public = base64.b64decode(manifest["author"]["public_key"])
        if not keys.verify(public, base64.b64decode(members[package.SIGNATURE]), members[package.MANIFEST]):
            raise SystemExit(f"bad signature in {path}")
        key = keys.key_id(public)
        for r in json.loads(members[bundle.RECORDS]):
            rows.append((r["catalog"], r["unit"], r["period"], r["indicator"], r["measure"],
                         canonical_payload(r["payload"]), r["status"], r["note"], json.dumps(r["evidence"]),
                         key, r["author_name"], r["seq"], r["created_at"], "bundle"))
    return rows


def run_import(office_home: Path, files: list[Path]) -> tuple[float, list]:
    store = Store.open(office_home)
    start = time.perf_counter()
    results = importer.import_files(store, files)
    elapsed = time.perf_counter() - start
    store.close()
    return elapsed, results


def prepare(argv, description: str, prefix: str):
    """The options every import benchmark shares (--n, --values, --keep); the office and its bundles built."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--n", type=int, default=3321, help="number of bundles (default: every commune, 3321)")
    parser.add_argument("--values", type=int, default=60, help="values per bundle")
    parser.add_argument("--keep", help="work in this folder and keep it")
    args = parser.parse_args(argv)
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix=prefix))
    work.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    office_home, files = build(work, args.n, args.values)
    print(f"built {len(files)} bundles x {args.values} values in {time.perf_counter() - t0:.1f} s "
          f"({sum(f.stat().st_size for f in files) / 1048576:.1f} MB)")
    return args, work, office_home, files


def main(argv=None) -> int:
    args, work, office_home, files = prepare(argv, __doc__.splitlines()[0], "lcdesk-bench-")
    floor_s, rows = floor(files, work / "floor.db")
    import_s, results = run_import(office_home, files)
    (work / "floor.db").unlink()
    floor_s = min(floor_s, floor(files, work / "floor.db")[0])  # the floor's best of two runs
    bad = [r for r in results if r.status != "imported"]
    if bad:
        print(f"UNEXPECTED: {len(bad)} not imported, first: {bad[0].to_dict()}")
        return 1
    print(f"floor  (read, hash, verify, one bulk insert of {rows} rows): {floor_s:8.2f} s")
    print(f"import (every check, one transaction per bundle):         {import_s:8.2f} s")
    print(f"ratio import/floor: {import_s / floor_s:.2f}  (aim: <= 2.0)")
    one_floor, one_import = single(office_home, work)
    print(f"one more bundle into the office of {len(files)}: floor {one_floor * 1000:.1f} ms, "
          f"import {one_import * 1000:.1f} ms, ratio {one_import / one_floor:.2f}  (aim: <= 3.0)")
    return 0


def single(office_home: Path, work: Path) -> tuple[float, float]:
    """One new bundle into the full office: its floor (read, hash, verify, insert its rows into
    a copy of the office's value table, one durable commit) against ``import_files``."""
    [path] = sorted((work / "single").glob("*.lcb"))
    floors = []
    for attempt in range(3):
        db = work / f"single-floor-{attempt}.db"
        shutil.copyfile(office_home / "lcdesk.db", db)
        conn = sqlite3.connect(db, isolation_level=None)  # opened, like the office's store, before timing
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("SELECT count(*) FROM value_records WHERE author_key = ''").fetchone()
        start = time.perf_counter()
        rows = read_rows([path])
        conn.execute("BEGIN")
        conn.executemany(INSERT, rows)
        conn.execute("COMMIT")
        floors.append(time.perf_counter() - start)
        conn.close()
        db.unlink()
        Path(f"{db}-wal").unlink(missing_ok=True)
        Path(f"{db}-shm").unlink(missing_ok=True)
    store = Store.open(office_home)
    store.set_setting("last_import_backup", datetime.now().strftime("%Y-%m-%d"))  # the day's backup is done
    start = time.perf_counter()
    [result] = importer.import_files(store, [path])
    elapsed = time.perf_counter() - start
    store.close()
    if result.status != "imported":
        raise SystemExit(f"UNEXPECTED: {result.to_dict()}")
    return min(floors), elapsed


if __name__ == "__main__":
    raise SystemExit(main())
