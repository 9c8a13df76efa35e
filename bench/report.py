"""Benchmark: the report workbook against openpyxl writing the same cells, in the same run.

    python bench/report.py [--units 126 3321] [--keep DIR] [--figures]

For each city size (default: Hà Nội's 126 wards, then 3,321 units) it makes the report's
data for 60 indicators (the Hà Nội catalog's 57 and three more, every unit reporting a
numerator and a denominator) and times:

- **report**: ``lcdesk.core.office.report.workbook.write_data``: arranging the figures,
  formatting every figure through ``core/numbers``, estimating row heights, merging,
  charts, and the sheets per unit (126 units) or per district (3,321 units), saved;
- **floor**: openpyxl's write-only mode writing the same cells (values read back from the
  report's workbook before the clock starts) with the same styles, one shared style
  object per distinct style, saved.

Both are timed with their input frozen out of the garbage collector's reach (``gc.freeze``):
otherwise the floor, which holds every cell read back, pays for scanning them.

It prints both times and their ratio (aim: report within 1.5x the floor): the best of three
report runs and two floor runs, interleaved. With ``--figures`` it also runs ``bench/figures.py``'s ``run`` (city figures for 3,321 units x
60 indicators x 5 years against one SQL GROUP BY over the same rows; aim: within 2x).
"""

from __future__ import annotations

import argparse
import dataclasses
import gc
import random
import sys
import tempfile
import time
import resource
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from lcdesk.core.catalog.builtin import load_builtin  # noqa: E402
from lcdesk.core.office.report.data import ReportData, UnitInfo, arrange  # noqa: E402
from lcdesk.core.office.report.settings import defaults  # noqa: E402
from lcdesk.core.office.report.workbook import write_data  # noqa: E402

PERIOD = 2025


def catalog_60():
    cat = load_builtin("hanoi-2025")
    base = next(i for i in cat.indicators if i.code == "1.1.2.a")
    extra = tuple(dataclasses.replace(base, code=f"1.1.2.{x}", text=f"{base.text} ({x})") for x in "xyz")
    return dataclasses.replace(cat, indicators=cat.indicators + extra)


def make_data(n_units: int, seed: int = 1) -> ReportData:
    rng = random.Random(seed)
    cat = catalog_60()
    per_district = max(1, n_units // 30)
    units = [UnitInfo(f"{i:05d}", f"Phường Số {i}", f"Quận {i // per_district + 1}") for i in range(n_units)]
    figures = []
    for ind in cat.indicators:
        for m in ind.measures:
            drill, num_sum, den_sum = [], 0, 0
            for u in units:
                den = rng.randint(200, 5000)
                num = rng.randint(0, den)
                value = {"percent": 100.0 * num / den, "rating5": rng.randint(1, 5),
                         "trend": rng.choice(["increase", "decrease"])}.get(ind.kind, num)
                drill.append({"code": u.code, "name": u.name, "value": value, "numerator": num if ind.kind == "percent" else None,
                              "denominator": den if ind.kind == "percent" else None,
                              "bundle": f"{u.code}-{PERIOD}.lcb", "officer": "Nguyễn Văn An"})
                num_sum, den_sum = num_sum + num, den_sum + den
            figures.append({"catalog": cat.key, "indicator": ind.code, "measure": m.code, "period": PERIOD,
                            "kind": ind.kind, "value": 100.0 * num_sum / den_sum if ind.kind == "percent" else None,
                            "numerator": num_sum, "denominator": den_sum, "units_counted": n_units,
                            "units_expected": n_units, "units_rate_only": 0, "target": None,
                            "evaluation": rng.choice(["met", "not_met"]), "units": drill})
    completeness = [{"code": u.code, "name": u.name, "group": u.group, "expected": 60, "received": 60 - i % 7,
                     "complete": 55, "approved": 50, "returned": i % 3, "rate": 91.7} for i, u in enumerate(units)]
    sources = [{"unit": u.code, "unit_name": u.name, "officer": "Nguyễn Văn An", "fingerprint": "1234 5678 9012 3456 7890",
                "bundle": f"{u.code}-{PERIOD}.lcb", "bundle_id": u.code, "key_id": "k", "received": "2025-12-01 08:00",
                "review": "Đã duyệt 50/60 biểu"} for u in units]
    checks = [{"unit": u.code, "indicator": "1.1.2.a", "rule": "numerator <= denominator", "importance": "high",
               "message_vi": "Tử số lớn hơn mẫu số.", "kind": "rule"} for u in units[::20]]
    return ReportData(catalog=cat, period=PERIOD, only="received", day=date(2026, 1, 5), rows=arrange(cat, figures),
                      units=units, completeness=completeness, checks=checks, follow_ups=[], sources=sources)


def read_back(path: Path) -> tuple[list, list]:
    """Every sheet's rows as (value, style index) pairs, and the distinct styles."""
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True)
    styles, index, sheets = [], {}, []
    for ws in wb.worksheets:
        rows = []
        for row in ws.iter_rows():
            cells = []
            for c in row:
                if c.value is None and not getattr(c, "has_style", False):
                    cells.append(None)
                    continue
                key = (c.font, c.fill, c.border, c.alignment, c.number_format)
                if key not in index:
                    index[key] = len(styles)
                    styles.append(key)
                cells.append((c.value, index[key]))
            rows.append(cells)
        sheets.append((ws.title, rows))
    wb.close()
    return sheets, styles


def floor(sheets: list, styles: list, out: Path, naive: bool = False) -> None:
    """openpyxl write-only, the same cells and styles. Each style is set once on a prototype
    cell and its style array copied into every cell (openpyxl's cheapest styled cell); with
    ``naive``, fonts, fills, borders and alignments are assigned cell by cell instead."""
    from copy import copy

    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    wb = Workbook(write_only=True)
    for title, rows in sheets:
        ws = wb.create_sheet(title)
        protos = []
        for font, fill, border, alignment, number_format in styles:
            p = WriteOnlyCell(ws)
            p.font, p.fill, p.border, p.alignment, p.number_format = font, fill, border, alignment, number_format
            protos.append(p)
        for row in rows:
            cells = []
            for item in row:
                if item is None:
                    cells.append(None)
                    continue
                value, s = item
                c = WriteOnlyCell(ws, value)
                if naive:
                    font, fill, border, alignment, number_format = styles[s]
                    c.font, c.fill, c.border, c.alignment, c.number_format = font, fill, border, alignment, number_format
                else:
                    c._style = copy(protos[s]._style)
                cells.append(c)
            ws.append(cells)
    wb.save(out)


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def run(n_units: int, work: Path, with_naive: bool = False) -> dict:
    """Report and floor interleaved (report, floor, report, floor), the best of each: a load
    that comes and goes on a shared machine then weighs on both alike."""
    data = make_data(n_units)
    settings = defaults("Thành phố Hà Nội")
    out = work / f"report-{n_units}.xlsx"
    gc.collect()
    gc.freeze()  # the input data is not the writer's garbage: keep the collector off it, as for the floor's
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    first = timed(lambda: write_data(data, settings, out))
    peak = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) * 1024  # KiB on Linux
    sheets, styles = read_back(out)
    cells = sum(1 for _, rows in sheets for row in rows for c in row if c is not None)
    gc.collect()
    gc.freeze()
    reports, floors = [first], []
    for _ in range(2):
        floors.append(timed(lambda: floor(sheets, styles, work / f"floor-{n_units}.xlsx")))
        reports.append(timed(lambda: write_data(data, settings, out)))
    naive = timed(lambda: floor(sheets, styles, work / f"naive-{n_units}.xlsx", naive=True)) if with_naive else None
    gc.unfreeze()
    report, base = min(reports), min(floors)
    return {"units": n_units, "sheets": len(sheets), "cells": cells, "report_s": report, "floor_s": base,
            "naive_s": naive, "ratio": report / base, "peak_mib": peak / 2**20, "size_mib": out.stat().st_size / 2**20}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--units", type=int, nargs="*", default=[126, 3321], help="city sizes (none: only --figures)")
    parser.add_argument("--keep", help="leave the workbooks in this folder")
    parser.add_argument("--figures", action="store_true", help="also run bench/figures.py if it exists")
    parser.add_argument("--naive", action="store_true",
                        help="also time openpyxl with styles assigned cell by cell (slow: the usual way, for comparison)")
    args = parser.parse_args()
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="lcdesk-bench-report-"))
    work.mkdir(parents=True, exist_ok=True)
    print("units  sheets  cells      report   floor    ratio  naive floor  +RSS MiB  file MiB")
    for n in args.units:
        r = run(n, work, args.naive)
        print(f"{r['units']:>5}  {r['sheets']:>6}  {r['cells']:>9,}  {r['report_s']:6.2f}s  {r['floor_s']:6.2f}s  "
              f"{r['ratio']:5.2f}  {(r['naive_s'] or 0):9.2f}s  {r['peak_mib']:8.1f}  {r['size_mib']:8.1f}")
    if args.figures:
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        import figures as figures_bench  # bench/figures.py (city figures against one GROUP BY)

        f = figures_bench.run(3321, 5)
        print(f"\ncity figures, {f['units']:,} units x 60 x {f['years']} years ({f['records']:,} records): "
              f"GROUP BY floor {f['floor_s']:.2f}s, city_figures warm {f['warm_s']:.2f}s "
              f"(ratio {f['warm_ratio']:.2f}), cold {f['cold_s']:.2f}s ({f['cold_ratio']:.2f}), "
              f"after one officer's 60 new values {f['incremental_s']:.2f}s ({f['incremental_ratio']:.2f})")


if __name__ == "__main__":
    main()
