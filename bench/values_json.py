"""Benchmark: ``lcdesk office values --json`` at national scale, against a streaming floor.

    python bench/values_json.py [--office DIR] [--keep DIR] [--n 3321] [--runs 2]

The office is ``--office DIR`` (an office data folder, e.g. the ``DIR/office`` that
``bench/merge.py --keep DIR`` leaves), else it is built with ``bench/merge.py``'s
builder and importer into ``--keep DIR`` (or a temporary folder).

Times, each in its own process writing to a file, best of ``--runs`` (interleaved):

- floor: the same rows read from SQLite in cell order (each author's standing record
  of each cell) and written one compact JSON object at a time with the C encoder,
  with the payload parsed so that the value is JSON, not a string in JSON;
- values: ``python -m lcdesk --home OFFICE office values --json > file``.

Prints both times, their ratio (aim: <= 2.0), each process's peak memory (aim: values
under 200 MiB) and checks the output: a JSON array of one object per cell with
exactly the contract's fields.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIELDS = {"catalog", "unit", "unit_name", "period", "indicator", "measure", "value", "status", "conflict",
          "resolved_by", "sources"}
FLOOR_SQL = ("SELECT catalog, unit, period, indicator, measure, payload, status, author_key, author_name, seq "
             "FROM value_records ORDER BY catalog, unit, period, indicator, measure, author_key, seq")


def floor_main(home: str) -> int:
    """The floor itself (run in a child process): read the rows, write one compact object each."""
    conn = sqlite3.connect(f"file:{Path(home) / 'lcdesk.db'}?mode=ro", uri=True)
    cur = conn.execute(FLOOR_SQL)
    names = [d[0] for d in cur.description]
    encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
    out = sys.stdout
    out.write("[")
    first = True
    for row in cur:
        item = dict(zip(names, row))
        item["payload"] = json.loads(item["payload"]) if item["payload"] is not None else None
        out.write("\n" if first else ",\n")
        out.write(encode(item))
        first = False
    out.write("\n]\n")
    return 0


def timed(cmd: list[str], out_path: Path) -> tuple[float, float, float]:
    """(wall seconds, CPU seconds, peak RSS in MiB) of ``cmd`` writing its standard output to ``out_path``.

    CPU time (user + system, from the child's own rusage) is reported beside the wall
    time: on a shared, loaded machine it is the steadier of the two."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "utf-8"}
    with open(out_path, "wb") as out:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, env=env)
        _, status, usage = os.wait4(proc.pid, 0)
        elapsed = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} exited {proc.returncode}")
    return elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def check_output(path: Path) -> int:
    """The number of items; every line one object with exactly the contract's fields."""
    count = 0
    with open(path, encoding="utf-8") as fh:
        assert fh.readline().strip() == "[", "not a JSON array"
        for line in fh:
            line = line.rstrip("\n").rstrip(",")
            if line == "]":
                break
            item = json.loads(line)
            if set(item) != FIELDS:
                raise SystemExit(f"fields {sorted(item)} are not the contract's")
            count += 1
    return count


def national_office(args) -> Path:
    if args.office:
        return Path(args.office)
    sys.path.insert(0, str(ROOT / "bench"))
    import merge

    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="lcdesk-values-"))
    if not (work / "office" / "lcdesk.db").exists():
        home, files = merge.build(work, args.n, 60)
        merge.run_import(home, files)
    return work / "office"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--office", help="an office data folder to read (default: build one)")
    parser.add_argument("--keep", help="build the office in DIR/office and keep it")
    parser.add_argument("--n", type=int, default=3321, help="bundles to build (default: every commune, 3321)")
    parser.add_argument("--runs", type=int, default=2, help="runs of each, the best counts")
    parser.add_argument("--floor-only", metavar="HOME", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.floor_only:
        return floor_main(args.floor_only)
    home = national_office(args)
    out_dir = Path(tempfile.mkdtemp(prefix="lcdesk-values-out-"))
    floor_cmd = [sys.executable, __file__, "--floor-only", str(home)]
    values_cmd = [sys.executable, "-m", "lcdesk", "--home", str(home), "office", "values", "--json"]
    floors, values = [], []
    for _ in range(args.runs):
        floors.append(timed(floor_cmd, out_dir / "floor.json"))
        values.append(timed(values_cmd, out_dir / "values.json"))
    items = check_output(out_dir / "values.json")
    floor_s, floor_cpu, floor_mb = min(floors)
    values_s, values_cpu, values_mb = min(values)
    floor_cpu, values_cpu = min(f[1] for f in floors), min(v[1] for v in values)
    print(f"cells: {items}; output {(out_dir / 'values.json').stat().st_size / 1048576:.0f} MB "
          f"(floor's {(out_dir / 'floor.json').stat().st_size / 1048576:.0f} MB)")
    print(f"floor  (read the rows, one compact object each): {floor_s:6.2f} s (CPU {floor_cpu:6.2f} s)  "
          f"peak {floor_mb:5.0f} MiB")
    print(f"values (lcdesk office values --json):            {values_s:6.2f} s (CPU {values_cpu:6.2f} s)  "
          f"peak {values_mb:5.0f} MiB")
    print(f"ratio values/floor: {values_s / floor_s:.2f} wall, {values_cpu / floor_cpu:.2f} CPU  (aim: <= 2.0); "
          f"memory aim: < 200 MiB")
    for name in ("floor.json", "values.json"):
        (out_dir / name).unlink()
    out_dir.rmdir()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
