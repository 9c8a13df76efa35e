"""A plain table sheet: a title, a header row repeated on every printed page, then rows.

Shared by the sheets per unit, completeness, data quality and sources. Rows stream
straight to disk (write-only mode); a row is a list of (value, style name) pairs.
"""

from __future__ import annotations

import re

from lcdesk.core.office.report import styles

LINE = 16.0
_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")
MAX_SHEET_NAME = 31


def sheet_name(text: str, taken: set[str]) -> str:
    """A valid, unique Excel sheet name (31 characters, none of []:*?/\\)."""
    base = _BAD_SHEET_CHARS.sub("-", text).strip("'") or "Trang"
    name = base[:MAX_SHEET_NAME]
    n = 2
    while name.lower() in taken:
        suffix = f" ({n})"
        name = base[:MAX_SHEET_NAME - len(suffix)] + suffix
        n += 1
    taken.add(name.lower())
    return name


class Table:
    """One table sheet being written."""

    def __init__(self, wb, title: str, headers: tuple[str, ...], widths: tuple[float, ...], *,
                 heading: list[str], landscape: bool = True, estimate_heights: bool = True):
        self.ws = wb.create_sheet(title)
        self.widths = widths
        self.s = styles.Styles(self.ws)
        self.row = 0
        self.estimate = estimate_heights
        styles.widths(self.ws, list(widths))
        styles.page_setup(self.ws, landscape=landscape, margins_mm=(20, 20, 20, 15), page_numbers="all")
        for index, text in enumerate(heading):
            self._banner(text, "title" if index == 0 else "subtitle")
        self.header_row = self.row + 1
        self.ws.print_title_rows = f"{self.header_row}:{self.header_row}"
        self.ws.freeze_panes = f"A{self.header_row + 1}"
        self.put([(h, "head") for h in headers], height=2 * LINE)

    def _banner(self, text: str, style: str) -> None:
        width = len(self.widths)
        self.row += 1
        self.ws.row_dimensions[self.row].height = styles.lines_needed(text, sum(self.widths) * 0.8) * (LINE + 4)
        self.ws.append([self.s.cell(text, style)] + [self.s.cell(None, style)] * (width - 1))
        styles.merge(self.ws, self.row, 1, self.row, width)

    def put(self, cells: list[tuple[object, str]], height: float | None = None) -> None:
        self.row += 1
        if height is None and self.estimate:
            lines = max((styles.lines_needed(str(v), w * 1.3) for (v, _), w in zip(cells, self.widths)
                         if isinstance(v, str) and v), default=1)
            height = lines * LINE + 4 if lines > 1 else None
        if height is not None:
            self.ws.row_dimensions[self.row].height = height
        self.ws.append([self.s.cell(v, st) for v, st in cells])

    def section(self, text: str) -> None:
        """A banner row across the table (a district, a kind of check)."""
        width = len(self.widths)
        self.row += 1
        self.ws.append([self.s.cell(text, "banner")] + [self.s.cell(None, "banner")] * (width - 1))
        styles.merge(self.ws, self.row, 1, self.row, width)

    def note(self, text: str) -> None:
        width = len(self.widths)
        self.row += 1
        self.ws.row_dimensions[self.row].height = styles.lines_needed(text, sum(self.widths)) * LINE + 4
        self.ws.append([self.s.cell(text, "note")] + [None] * (width - 1))
        styles.merge(self.ws, self.row, 1, self.row, width)
