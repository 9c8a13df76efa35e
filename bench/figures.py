"""Benchmark: city figures against one SQL GROUP BY over the same rows, in the same run.

    python bench/figures.py [--units 3321] [--years 5] [--keep DIR]

Builds an office store holding, for N units (default 3,321: every commune and ward of the
country) × the first 60 (indicator, measure) cells of ``hanoi-2025`` × 5 years, one current
value per cell (about a million value records), then times:

- floor: one ``GROUP BY catalog, period, indicator, measure`` over ``value_records`` summing
  the JSON numerator and denominator (the least any weighted city figure must read);
- cold: the first ``city_figures`` call, which derives ``city_cells`` from the records;
- warm: ``city_figures`` for all five years (every kind, coverage, targets) once
  ``city_cells`` is up to date: the daily cost, goal ≤ 2× the floor;
- incremental: one officer's new values (60 records) arrive, then ``city_figures`` again.

``run(units, years, keep)`` returns the numbers (``bench/report.py`` calls it).
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from lcdesk.core.exchange import identity  # noqa: E402
from lcdesk.core.office import figures  # noqa: E402
from lcdesk.core.store import Cell, Store  # noqa: E402
from lcdesk.core.units import registry as units  # noqa: E402

CATALOG = "hanoi-2025"
FIRST_YEAR = 2021
FLOOR = ("SELECT catalog, period, indicator, measure, count(*), sum(json_extract(payload, '$.numerator')), "
         "sum(json_extract(payload, '$.denominator')) FROM value_records GROUP BY catalog, period, indicator, measure")

# Payloads by kind, canonical JSON built in SQL from a pseudo-random number r per row.
_PAYLOAD = {
    "percent": "printf('{\"denominator\":%d,\"numerator\":%d,\"rate\":%s}', 1000, r % 1001, (r % 1001) / 10.0)",
    "count_by_sex": "printf('{\"base\":%d,\"female\":%d,\"male\":%d,\"rate\":%s,\"total\":%d}', 1100, r % 500, "
                    "r % 499, round(((r % 500) + (r % 499)) * 100.0 / 1100, 4), (r % 500) + (r % 499))",
    "rating5": "printf('{\"rating\":%d}', 1 + r % 5)",
    "trend": "printf('{\"direction\":\"%s\",\"figure\":null,\"previous\":null}', "
             "CASE r % 2 WHEN 0 THEN 'increase' ELSE 'decrease' END)",
}


def build(home: Path, n_units: int, years: int) -> Store:
    """The office store of the benchmark (records written in SQL: a million rows in seconds)."""
    store = Store.open(home)
    catalog = store.get_catalog(CATALOG)
    identity.init_office(store, units.find_city("01"), [catalog])
    cells = [(i, m) for i in catalog.indicators for m in i.measures][:60]
    conn = store.conn
    conn.execute("CREATE TEMP TABLE b_cells (n INTEGER, indicator TEXT, measure TEXT, kind TEXT)")
    conn.executemany("INSERT INTO temp.b_cells VALUES (?, ?, ?, ?)",
                     [(n, i.code, m.code, i.kind) for n, (i, m) in enumerate(cells)])
    with store.transaction():
        for year in range(FIRST_YEAR, FIRST_YEAR + years):
            for kind, payload in _PAYLOAD.items():
                conn.execute(
                    "WITH RECURSIVE u(k) AS (SELECT 0 UNION ALL SELECT k + 1 FROM u WHERE k + 1 < ?) "
                    "INSERT INTO value_records (catalog, unit, period, indicator, measure, payload, status, "
                    "author_key, author_name, seq, created_at, origin) "
                    f"SELECT ?, printf('%05d', k + 1), ?, c.indicator, c.measure, {payload}, 'complete', "
                    "printf('k%05d', k), printf('Cán bộ %d', k), (? - ?) * 100 + c.n + 1, '2025-12-01', 'bundle' "
                    "FROM (SELECT k, c.n AS cn, abs(random()) AS r FROM u, temp.b_cells c) x "
                    "JOIN temp.b_cells c ON c.n = x.cn WHERE c.kind = ?",
                    (n_units, CATALOG, year, year, FIRST_YEAR, kind))
    return store


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def run(n_units: int = 3321, years: int = 5, keep: Path | None = None) -> dict:
    work = Path(tempfile.mkdtemp(prefix="lcdesk-bench-figures-"))
    home = keep or work / "office"
    try:
        started = time.perf_counter()
        store = build(home, n_units, years) if not (home / "lcdesk.db").exists() else Store.open(home)
        built = time.perf_counter() - started
        period = range(FIRST_YEAR, FIRST_YEAR + years)
        floor1 = timed(lambda: store.conn.execute(FLOOR).fetchall())
        cold = timed(lambda: figures.city_figures(store, period))
        warm = timed(lambda: figures.city_figures(store, period))
        floor2 = timed(lambda: store.conn.execute(FLOOR).fetchall())
        first = store.get_catalog(CATALOG).indicators[0]
        store.raise_counter("seq:k00000", 100 * years)
        for m in range(3):
            store.append_record(Cell(CATALOG, "00001", FIRST_YEAR + years - 1, first.code, first.measures[0].code),
                                {"denominator": 100, "numerator": 50 + m, "rate": 50.0 + m}, author_key="k00000")
        incremental = timed(lambda: figures.city_figures(store, period))
        rows = store.count_records()
        store.close()
        floor = min(floor1, floor2)
        return {"units": n_units, "years": years, "records": rows, "build_s": built, "floor_s": floor,
                "cold_s": cold, "warm_s": warm, "incremental_s": incremental,
                "warm_ratio": warm / floor, "cold_ratio": cold / floor, "incremental_ratio": incremental / floor}
    finally:
        if keep is None:
            shutil.rmtree(work, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--units", type=int, default=3321)
    parser.add_argument("--years", type=int, default=5)
    parser.add_argument("--keep", type=Path, help="build (or reuse) the store in this folder")
    args = parser.parse_args()
    result = run(args.units, args.years, args.keep)
    print(f"{result['records']:,} records ({result['units']} units × 60 cells × {result['years']} years), "
          f"built in {result['build_s']:.1f} s")
    print(f"floor (one GROUP BY)       {result['floor_s']:.3f} s")
    print(f"city figures, cold         {result['cold_s']:.3f} s  ({result['cold_ratio']:.2f}× floor)")
    print(f"city figures, warm         {result['warm_s']:.3f} s  ({result['warm_ratio']:.2f}× floor; goal ≤ 2×)")
    print(f"after 3 new records        {result['incremental_s']:.3f} s  ({result['incremental_ratio']:.2f}× floor)")


if __name__ == "__main__":
    main()
