"""Benchmark: the office desk's import (the inbox's worker, on Qt's thread pool, with a
progress signal per file) against the CLI import and ``bench/merge.py``'s floor, same run.

    python bench/office_gui.py [--n 3321] [--values 60] [--keep DIR]

Builds N bundles with ``bench/merge.py``'s builder, copies the empty office twice, then
times on the same files:

- floor: ``merge.floor`` (read, hash, verify, one bulk insert), best of two runs;
- cli: ``importer.import_files`` (what ``lcdesk office import`` runs), best of a run before
  and a run after the desk's, each into its own copy of the empty office;
- desk: ``ImportRunner`` of ``lcdesk/ui/office/import_runner.py``: ``inbox.run_import`` on a
  worker thread with its own store, every file's result described (officer, unit names,
  periods, evidence) and sent to the GUI thread as a signal, the event loop running.

Prints the three times, desk/cli (aim: <= 1.1) and desk/floor. Other desk timings (the
values table) are added to this file by their owners.
"""

from __future__ import annotations

import os
import shutil
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import merge  # noqa: E402  (bench/merge.py)


def desk_import(home: Path, files: list[Path]) -> tuple[float, object, int]:
    """The inbox's worker through the real task runner and event loop; returns (s, run, signals)."""
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    from lcdesk.ui.office.import_runner import ImportRunner

    app = QApplication.instance() or QApplication([])
    runner = ImportRunner(str(home))
    loop, seen, outcome = QEventLoop(), [], {}
    runner.progressed.connect(lambda n, total, row: seen.append(n))
    runner.finished.connect(lambda run: (outcome.setdefault("run", run), loop.quit()))
    runner.failed.connect(lambda exc: (outcome.setdefault("error", exc), loop.quit()))
    start = time.perf_counter()
    runner.start([str(f) for f in files])
    loop.exec()
    elapsed = time.perf_counter() - start
    app.processEvents()
    if "error" in outcome:
        raise outcome["error"]
    return elapsed, outcome["run"], len(seen)


def main(argv=None) -> int:
    args, work, office_home, files = merge.prepare(argv, __doc__.splitlines()[0], "lcdesk-bench-desk-")
    for name in ("office-cli", "office-desk", "office-cli-2"):
        shutil.copytree(office_home, work / name, dirs_exist_ok=True)
    floor_s, rows = merge.floor(files, work / "floor.db")
    cli_s, results = merge.run_import(work / "office-cli", files)
    desk_s, run, signals = desk_import(work / "office-desk", files)
    cli_s = min(cli_s, merge.run_import(work / "office-cli-2", files)[0])  # before and after: order does not flatter
    (work / "floor.db").unlink()
    floor_s = min(floor_s, merge.floor(files, work / "floor.db")[0])
    bad = [r for r in results if r.status != "imported"] + [r for r in run.rows if r.status != "imported"]
    if bad or signals != len(files) or len(run.rows) != len(files):
        print(f"UNEXPECTED: {len(bad)} not imported, {signals} progress signals for {len(files)} files")
        return 1
    print(f"floor (read, hash, verify, one bulk insert of {rows} rows): {floor_s:8.2f} s")
    print(f"cli   (importer.import_files):                              {cli_s:8.2f} s")
    print(f"desk  (inbox worker on the thread pool, {signals} progress signals): {desk_s:8.2f} s")
    print(f"ratio desk/cli:   {desk_s / cli_s:.2f}  (aim: <= 1.1)")
    print(f"ratio desk/floor: {desk_s / floor_s:.2f}")
    values_table_section(work / "office-desk")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    return 0


# ------------------------------------------------- the values table (issue 10 §8; bench/values_table.py)
def values_table_section(office_home: Path) -> None:
    """Time to fill the values table for the imported office, against a plain-strings model."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import values_table

    values_table.report(values_table.measure(office_home))


if __name__ == "__main__":
    raise SystemExit(main())
