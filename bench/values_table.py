"""Benchmark: filling the office's values table at national scale, against a plain-strings model.

    python bench/values_table.py [--office DIR] [--keep DIR] [--n 3321] [--period 2025]

The office is ``--office DIR`` (e.g. the ``DIR/office`` of ``bench/merge.py --keep DIR``)
or is built as ``bench/values_json.py`` builds it. Times, in the same run, on a
1366x768 ``QTableView`` (offscreen):

- first screen: from nothing to the first screen painted: ``ValuesGrid`` (units, columns)
  + ``ValuesModel`` + the view shown and painted; against the same view over a
  ``QAbstractTableModel`` of plain strings (the same texts, computed beforehand);
- scroll through: every page of rows painted, top to bottom (what a clerk scrolling
  the whole table costs), against the same for the plain-strings model.

Times are CPU seconds of this process (steadier than wall time on a shared machine), the
best of ``--runs`` interleaved runs. Prints both, their ratios, and the table's size.
Goal: the first screen under a second.
``bench/office_gui.py`` may call ``measure(office_home)`` and print its result.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QTableView  # noqa: E402


class PlainModel(QAbstractTableModel):
    """The floor: a table of ready-made strings."""

    def __init__(self, rows: list[list[str]], headers: list[str], columns: list[str]):
        super().__init__()
        self.rows, self.headers, self.columns = rows, headers, columns

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        return self.rows[index.row()][index.column()] if role == Qt.ItemDataRole.DisplayRole else None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.columns[section] if orientation == Qt.Orientation.Horizontal else self.headers[section]


def show(model) -> QTableView:
    view = QTableView()
    view.resize(1366, 768)
    view.setModel(model)
    view.show()
    view.viewport().grab()  # paint the first screen
    return view


def scroll_through(view: QTableView) -> int:
    bar, pages = view.verticalScrollBar(), 0
    value = 0
    while True:
        bar.setValue(value)
        view.viewport().grab()
        pages += 1
        if value >= bar.maximum():
            return pages
        value = min(bar.maximum(), value + bar.pageStep())


def plain_texts(grid) -> list[list[str]]:
    """The texts our table shows, computed once (outside the timing) for the floor's model."""
    from lcdesk.ui.office.values_model import _display

    return [[_display(grid.cell(r, c)) for c in range(len(grid.columns))] for r in range(len(grid.rows))]


def measure(office_home, period: int = 2025, runs: int = 2) -> dict:
    from lcdesk.core.exchange import identity
    from lcdesk.core.office.values_grid import ValuesGrid
    from lcdesk.core.store import Store
    from lcdesk.ui.office.values_model import ValuesModel

    QApplication.instance() or QApplication([])
    store = Store.open(office_home)
    catalog = identity.office_catalogs(store)[0]
    texts = None
    times: dict[str, list[float]] = {k: [] for k in ("ours_first", "plain_first", "ours_scroll", "plain_scroll")}
    for _ in range(runs):  # interleaved, the best of each counts (a loaded machine is noisy)
        start = time.process_time()
        grid = ValuesGrid(store, catalog, period)
        ours_view = show(ValuesModel(grid))
        times["ours_first"].append(time.process_time() - start)
        start = time.process_time()
        pages = scroll_through(ours_view)
        times["ours_scroll"].append(time.process_time() - start)
        if texts is None:
            texts = plain_texts(grid)
            headers, columns = [r.name for r in grid.rows], [c.indicator for c in grid.columns]
        start = time.process_time()
        plain_view = show(PlainModel(texts, headers, columns))
        times["plain_first"].append(time.process_time() - start)
        start = time.process_time()
        scroll_through(plain_view)
        times["plain_scroll"].append(time.process_time() - start)
        ours_view.close(), plain_view.close()
    filled = sum(1 for row in texts for t in row if t)
    store.close()
    return {"rows": len(grid.rows), "columns": len(grid.columns), "filled": filled, "pages": pages,
            **{k: min(v) for k, v in times.items()}}


def report(m: dict) -> None:
    print(f"table: {m['rows']} units x {m['columns']} columns ({m['filled']} cells with a value), {m['pages']} pages")
    print(f"first screen (CPU): values model {m['ours_first']:6.3f} s, plain strings {m['plain_first']:6.3f} s, "
          f"ratio {m['ours_first'] / m['plain_first']:.2f}  (goal: under 1 s)")
    print(f"scroll through (CPU): values model {m['ours_scroll']:6.2f} s, plain strings {m['plain_scroll']:6.2f} s, "
          f"ratio {m['ours_scroll'] / m['plain_scroll']:.2f}")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--office", help="an office data folder (default: build one)")
    parser.add_argument("--keep", help="build the office in DIR/office and keep it")
    parser.add_argument("--n", type=int, default=3321, help="bundles to build (default: every commune, 3321)")
    parser.add_argument("--period", type=int, default=2025, help="the year shown")
    parser.add_argument("--runs", type=int, default=2, help="runs of each, the best counts")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT / "bench"))
    from values_json import national_office

    report(measure(national_office(args), args.period, args.runs))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
