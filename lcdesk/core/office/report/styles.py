"""Fonts, borders and page set-up of the report workbook (openpyxl, write-only mode).

The workbook is written in openpyxl's write-only mode, so that 3,321 units' sheets
stream to disk instead of living in memory. Cells are made by ``Styles.cell``, which
copies a prepared style (one per name) instead of building fonts and borders per cell.
Every font is Times New Roman, as Nghị định 30/2020/NĐ-CP asks of an official report.
"""

from __future__ import annotations

from copy import copy

from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.page import PageMargins

FONT = "Times New Roman"
MM_PER_INCH = 25.4
PAPER_A4 = 9  # ECMA-376 paperSize code
THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
RULE = Border(top=THIN)
BANNER_FILL = PatternFill("solid", fgColor="DDEBF7")
HEAD_FILL = PatternFill("solid", fgColor="F2F2F2")
STATUS_FILLS = {"met": "E2EFDA", "not_met": "FCE4D6", "no_figure": "FFF2CC"}

_CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
_TOP_CENTER = Alignment(horizontal="center", vertical="top", wrap_text=True)
_LEFT = Alignment(horizontal="left", vertical="center", wrap_text=True)
_TOP_LEFT = Alignment(horizontal="left", vertical="top", wrap_text=True)
_JUSTIFY = Alignment(horizontal="justify", vertical="top", wrap_text=True)
_RIGHT = Alignment(horizontal="right", vertical="center", wrap_text=True)


def _font(size: float, bold: bool = False, italic: bool = False, underline: str | None = None) -> Font:
    return Font(name=FONT, size=size, bold=bold, italic=italic, underline=underline)


# name: (font, alignment, border, fill, number format)
SPECS = {
    # the cover (Nghị định 30/2020/NĐ-CP, Phụ lục I)
    "parent_body": (_font(13), _CENTER, None, None),
    "body": (_font(13, bold=True), _CENTER, None, None),
    "nation": (_font(13, bold=True), _CENTER, None, None),
    "motto": (_font(14, bold=True), _CENTER, None, None),
    "rule": (_font(6), _CENTER, RULE, None),
    "number": (_font(13), _CENTER, None, None),
    "date": (_font(14, italic=True), _CENTER, None, None),
    "doc_kind": (_font(14, bold=True), _CENTER, None, None),
    "subject": (_font(14, bold=True), _CENTER, None, None),
    "recipient": (_font(14), _CENTER, None, None),
    "paragraph": (_font(14), _JUSTIFY, None, None),
    "recipients_head": (_font(12, bold=True, italic=True), _TOP_LEFT, None, None),
    "recipients": (_font(11), _TOP_LEFT, None, None),
    "signer_title": (_font(14, bold=True), _TOP_CENTER, None, None),
    "signer_name": (_font(14, bold=True), _TOP_CENTER, None, None),
    # tables
    "title": (_font(14, bold=True), _CENTER, None, None),
    "subtitle": (_font(13, italic=True), _CENTER, None, None),
    "note": (_font(11, italic=True), _TOP_LEFT, None, None),
    "head": (_font(12, bold=True), _CENTER, BOX, HEAD_FILL),
    "banner": (_font(12, bold=True), _LEFT, BOX, BANNER_FILL),
    "group": (_font(12, bold=True), _TOP_LEFT, BOX, None),
    "text": (_font(12), _TOP_LEFT, BOX, None),
    "center": (_font(12), _CENTER, BOX, None),
    "figure": (_font(12), _RIGHT, BOX, None),
    "met": (_font(12, bold=True), _CENTER, BOX, PatternFill("solid", fgColor=STATUS_FILLS["met"])),
    "not_met": (_font(12, bold=True), _CENTER, BOX, PatternFill("solid", fgColor=STATUS_FILLS["not_met"])),
    "no_figure": (_font(12), _CENTER, BOX, PatternFill("solid", fgColor=STATUS_FILLS["no_figure"])),
    "no_target": (_font(12), _CENTER, BOX, None),
    "number_cell": (_font(12), _RIGHT, BOX, None),
    "percent_cell": (_font(12), _RIGHT, BOX, None),
}
NUMBER_FORMATS = {"number_cell": "#,##0", "percent_cell": "0.0"}


class Styles:
    """Makes styled write-only cells; one prepared style per name, copied into each cell."""

    def __init__(self, ws):
        self.ws = ws
        self._protos: dict[str, WriteOnlyCell] = {}

    def _proto(self, name: str) -> WriteOnlyCell:
        proto = self._protos.get(name)
        if proto is None:
            font, alignment, border, fill = SPECS[name]
            proto = WriteOnlyCell(self.ws)
            proto.font, proto.alignment = font, alignment
            if border is not None:
                proto.border = border
            if fill is not None:
                proto.fill = fill
            if name in NUMBER_FORMATS:
                proto.number_format = NUMBER_FORMATS[name]
            self._protos[name] = proto
        return proto

    def cell(self, value, name: str) -> WriteOnlyCell:
        c = WriteOnlyCell(self.ws, value)
        c._style = copy(self._proto(name)._style)
        return c


def mm(value: float) -> float:
    """Millimetres in the inches openpyxl's margins use."""
    return value / MM_PER_INCH


def page_setup(ws, *, landscape: bool, margins_mm=(20, 20, 30, 15), fit_width: bool = True,
               page_numbers: str = "second") -> None:
    """A4, the decree's margins (top, bottom, left, right in mm), fit to one page wide.

    ``page_numbers``: "second" numbers pages from the second on (the cover),
    "all" prints "Trang N/M" on every page (appendices), "none" prints none."""
    ws.page_setup.paperSize = PAPER_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    top, bottom, left, right = margins_mm
    ws.page_margins = PageMargins(left=mm(left), right=mm(right), top=mm(top), bottom=mm(bottom),
                                  header=mm(10), footer=mm(10))
    ws.print_options.horizontalCentered = True
    if fit_width:
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
    if page_numbers == "second":
        ws.HeaderFooter.differentFirst = True
        ws.oddHeader.center.text = "&P"
        ws.oddHeader.center.font = f"{FONT},Regular"
        ws.oddHeader.center.size = 13
    elif page_numbers == "all":
        ws.oddFooter.center.text = "Trang &P/&N"
        ws.oddFooter.center.font = f"{FONT},Italic"
        ws.oddFooter.center.size = 10


def widths(ws, values: list[float]) -> None:
    from openpyxl.utils import get_column_letter

    for index, width in enumerate(values, 1):
        ws.column_dimensions[get_column_letter(index)].width = width


def merge(ws, first_row: int, first_col: int, last_row: int, last_col: int) -> None:
    """Merge a range (write-only sheets keep the list and write it at the end)."""
    if (first_row, first_col) == (last_row, last_col):
        return
    from openpyxl.utils import get_column_letter

    ws.merged_cells.add(f"{get_column_letter(first_col)}{first_row}:{get_column_letter(last_col)}{last_row}")


def lines_needed(text: str, chars_per_line: float) -> int:
    """How many lines ``text`` wraps to in a column ``chars_per_line`` wide (an estimate)."""
    if not text:
        return 1
    total = 0
    for part in str(text).split("\n"):
        total += max(1, -(-len(part) // max(1, int(chars_per_line))))
    return total
