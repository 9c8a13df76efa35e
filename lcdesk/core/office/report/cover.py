"""The cover sheet: the report itself, laid out as Nghị định 30/2020/NĐ-CP, Phụ lục I asks.

A4 portrait; margins top and bottom 20 mm, left 30 mm, right 15 mm; Times New Roman.
A grid of 24 narrow columns (165 mm between the margins) carries, from the top:

- the left header block (columns 1-10): the parent body ("UBND THÀNH PHỐ HÀ NỘI") over
  the issuing body in bold ("SỞ GIÁO DỤC VÀ ĐÀO TẠO"), a short rule under it, and the
  number "Số: …/BC-SGDĐT";
- the right header block (columns 11-24): "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in bold
  over "Độc lập - Tự do - Hạnh phúc" with a rule, and the italic place-and-date line;
- "BÁO CÁO", its subject and a short rule; "Kính gửi: …";
- the summary paragraphs (indicators met / not met / without a figure, coverage, data
  quality);
- "Nơi nhận:" on the left and the signature block on the right
  ("KT. GIÁM ĐỐC" / "PHÓ GIÁM ĐỐC", room to sign, the signer's name).

Page numbers are printed from the second page on (``HeaderFooter.differentFirst``).
"""

from __future__ import annotations

from lcdesk.core.office.report import settings as cover_settings
from lcdesk.core.office.report import styles
from lcdesk.core.office.report.summary import Summary

SHEET = "Báo cáo"
COLUMNS = 24
COLUMN_WIDTH = 3.1
LEFT = (1, 10)
RIGHT = (11, 24)
LEFT_RULE = (4, 7)
RIGHT_RULE = (13, 22)
SUBJECT_RULE = (10, 15)
LINE_HEIGHT = 19.0  # points, for 13-14 pt text
CHARS_PER_LINE = 82  # a 14 pt Times line between the margins (measured on a LibreOffice rendering)


class _Grid:
    """Writes rows of (first column, last column, text, style) spans on the 24-column grid."""

    def __init__(self, ws, styles_: styles.Styles):
        self.ws, self.s, self.row = ws, styles_, 0

    def put(self, spans: list[tuple[int, int, str | None, str]], height: float = LINE_HEIGHT) -> int:
        self.row += 1
        cells: list = [None] * COLUMNS
        for first, last, text, style in spans:
            for col in range(first, last + 1):
                cells[col - 1] = self.s.cell(text if col == first else None, style)
            styles.merge(self.ws, self.row, first, self.row, last)
        self.ws.row_dimensions[self.row].height = height
        self.ws.append(cells)
        return self.row

    def blank(self, height: float = LINE_HEIGHT / 2) -> None:
        self.row += 1
        self.ws.row_dimensions[self.row].height = height
        self.ws.append([])

    def paragraph(self, text: str) -> None:
        lines = styles.lines_needed(text, CHARS_PER_LINE)
        self.put([(1, COLUMNS, text, "paragraph")], height=lines * LINE_HEIGHT + 4)


def write_cover(wb, summary: Summary, settings: dict[str, str]) -> None:
    ws = wb.create_sheet(SHEET)
    styles.widths(ws, [COLUMN_WIDTH] * COLUMNS)
    styles.page_setup(ws, landscape=False, margins_mm=(20, 20, 30, 15), fit_width=True, page_numbers="second")
    grid = _Grid(ws, styles.Styles(ws))
    _header(grid, settings, summary)
    _title(grid, summary, settings)
    for text in summary.paragraphs(settings):
        grid.paragraph(text)
    grid.blank()
    _closing(grid, settings)


def _header(grid: _Grid, settings: dict[str, str], summary: Summary) -> None:
    grid.put([(*LEFT, settings["office.parent_body"], "parent_body"),
              (*RIGHT, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "nation")])
    grid.put([(*LEFT, settings["office.body"], "body"), (*RIGHT, "Độc lập - Tự do - Hạnh phúc", "motto")])
    grid.put([(*LEFT_RULE, None, "rule"), (*RIGHT_RULE, None, "rule")], height=6)
    grid.put([(*LEFT, cover_settings.number_line(settings), "number"),
              (*RIGHT, cover_settings.date_line(settings["office.place"], summary.day), "date")])
    grid.blank(LINE_HEIGHT)


def _title(grid: _Grid, summary: Summary, settings: dict[str, str]) -> None:
    grid.put([(1, COLUMNS, "BÁO CÁO", "doc_kind")])
    subject = summary.subject()
    grid.put([(1, COLUMNS, subject, "subject")],
             height=styles.lines_needed(subject, CHARS_PER_LINE - 8) * LINE_HEIGHT)
    grid.put([(*SUBJECT_RULE, None, "rule")], height=8)
    grid.blank()
    grid.put([(1, COLUMNS, f"Kính gửi: {settings['report.recipient']}.", "recipient")])
    grid.blank()


def _closing(grid: _Grid, settings: dict[str, str]) -> None:
    titles = cover_settings.signer_lines(settings) or [""]
    recipients = ["- Như trên;", "- Lưu: VT."]
    left = [("Nơi nhận:", "recipients_head"), *((r, "recipients") for r in recipients)]
    rows = max(len(left), len(titles))
    for i in range(rows):
        spans = []
        if i < len(left):
            spans.append((*LEFT, left[i][0], left[i][1]))
        if i < len(titles):
            spans.append((*RIGHT, titles[i], "signer_title"))
        grid.put(spans)
    for _ in range(4):  # room for the signature and the seal
        grid.blank(LINE_HEIGHT)
    grid.put([(*RIGHT, settings["signer.name"] or None, "signer_name")])
