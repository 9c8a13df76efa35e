"""The appendix: every indicator in the plans' own layout, with its city figure and verdict.

Columns: Tiêu chuẩn | Tiêu chí | Chỉ số | Phân công phụ trách | Số liệu | Chỉ tiêu | Đánh giá.
Each area is a banner row across the table; a standard and a criterion are each one cell
merged down over their indicators' rows. The header row repeats on every printed page;
the sheet prints on A4 landscape, fitted to the page's width.
"""

from __future__ import annotations

from lcdesk.core.office.report import styles
from lcdesk.core.office.report.data import EVALUATION_VI, IndicatorRow, ReportData
from lcdesk.core.office.report.figure_text import figure_text, target_text

SHEET = "Phụ lục"
HEADERS = ("Tiêu chuẩn", "Tiêu chí", "Chỉ số", "Phân công phụ trách", "Số liệu", "Chỉ tiêu", "Đánh giá")
WIDTHS = (24, 26, 46, 20, 24, 16, 13)
LINE = 16.0  # points per line of 12 pt text
HEADER_ROW = 4


def write_appendix(wb, data: ReportData, number_line: str) -> None:
    ws = wb.create_sheet(SHEET)
    styles.widths(ws, list(WIDTHS))
    styles.page_setup(ws, landscape=True, margins_mm=(20, 20, 20, 15), page_numbers="all")
    ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    ws.freeze_panes = f"A{HEADER_ROW + 1}"
    s = styles.Styles(ws)
    width = len(HEADERS)
    _title_rows(ws, s, data, number_line, width)
    ws.row_dimensions[HEADER_ROW].height = 2 * LINE
    ws.append([s.cell(h, "head") for h in HEADERS])
    row = HEADER_ROW
    by_code = {r.indicator.code: r for r in data.rows}
    for area in data.catalog.areas:
        row += 1
        ws.row_dimensions[row].height = styles.lines_needed(area.title, sum(WIDTHS) * 0.9) * LINE + 2
        ws.append([s.cell(f"Lĩnh vực {area.code}. {area.title}", "banner")] + [s.cell(None, "banner")] * (width - 1))
        styles.merge(ws, row, 1, row, width)
        for standard in data.catalog.standards_of(area.code):
            row = _standard(ws, s, data, standard, by_code, row)


def _title_rows(ws, s: styles.Styles, data: ReportData, number_line: str, width: int) -> None:
    lines = (
        ("PHỤ LỤC", "title"),
        (f"KẾT QUẢ THỰC HIỆN CÁC CHỈ SỐ NĂM {data.period} – {data.catalog.title.upper()}", "title"),
        (f"(Kèm theo Báo cáo số {number_line.removeprefix('Số: ')} ngày {data.day:%d/%m/%Y})", "subtitle"),
    )
    for index, (text, style) in enumerate(lines, 1):
        ws.row_dimensions[index].height = 2 * LINE if index == 2 else LINE + 4
        ws.append([s.cell(text, style)] + [s.cell(None, style)] * (width - 1))
        styles.merge(ws, index, 1, index, width)


def _standard(ws, s: styles.Styles, data: ReportData, standard, by_code: dict, row: int) -> int:
    """Write one standard's rows (buffered: a write-only row is final once appended)."""
    rows: list[list] = []
    blocks: list[tuple[int, int, str, int]] = []  # (first index, last index, text, column)
    for criterion in data.catalog.criteria_of(standard.code):
        indicators = [by_code[i.code] for i in data.catalog.indicators_of(criterion.code) if i.code in by_code]
        if not indicators:
            continue
        c_first = len(rows)
        c_text = f"Tiêu chí {criterion.code}. {criterion.title}"
        for i_index, ind_row in enumerate(indicators):
            rows.append([s.cell(None, "group"), s.cell(c_text if i_index == 0 else None, "text"),
                         *_indicator_cells(s, ind_row, data.period)])
        blocks.append((c_first, len(rows) - 1, c_text, 1))
    if not rows:
        return row
    s_text = f"Tiêu chuẩn {standard.code}. {standard.title}"
    rows[0][0] = s.cell(s_text, "group")
    blocks.append((0, len(rows) - 1, s_text, 0))
    heights = [_height(cells[2:]) for cells in rows]
    for first, last, text, column in blocks:
        _stretch(heights, first, last, text, WIDTHS[column])
    for index, cells in enumerate(rows):
        ws.row_dimensions[row + 1 + index].height = heights[index]
        ws.append(cells)
    for first, last, _text, column in blocks:
        styles.merge(ws, row + 1 + first, column + 1, row + 1 + last, column + 1)
    return row + len(rows)


def _indicator_cells(s: styles.Styles, ind_row: IndicatorRow, period: int) -> list:
    ind = ind_row.indicator
    verdict = ind_row.evaluation
    return [
        s.cell(f"{ind.code}. {ind.text}", "text"),
        s.cell("; ".join(ind.responsible), "text"),
        s.cell(figure_text(ind_row), "center"),
        s.cell(target_text(ind, period), "center"),
        s.cell(EVALUATION_VI[verdict], verdict),
    ]


def _height(cells: list) -> float:
    """The height of a row of the indicator columns (3-7), from their wrapped text."""
    lines = 1
    for cell, width in zip(cells, WIDTHS[2:]):
        if cell.value:
            lines = max(lines, styles.lines_needed(str(cell.value), width * 1.3))
    return lines * LINE + 4


def _stretch(heights: list[float], first: int, last: int, text: str, width: float) -> None:
    """Make a merged block tall enough for its text, by growing its last row."""
    need = styles.lines_needed(text, width * 1.3) * LINE + 4
    total = sum(heights[first:last + 1])
    if need > total:
        heights[last] += need - total
