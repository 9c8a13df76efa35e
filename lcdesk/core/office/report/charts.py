"""The charts sheet: each chart's data as a small table, and a native Excel chart over it.

The charts are openpyxl charts (bar, column, line) referring to the cells beside them, so
the clerk can restyle or retitle them in Excel; the desk draws the same data with QPainter.
"""

from __future__ import annotations

from openpyxl.chart import BarChart, LineChart, Reference
from openpyxl.worksheet.pagebreak import Break

from lcdesk.core.office.report import styles
from lcdesk.core.office.report.chart_data import Chart

SHEET = "Biểu đồ"
CHART_COLUMN = "H"
WIDTHS = (30, 12, 12, 12, 12, 4, 4)
COLORS = ("70AD47", "ED7D31", "FFC000", "A5A5A5", "4472C4")  # met, not met, no figure, no target; one series
LINE_COLORS = ("4472C4", "ED7D31")  # the city's figure, the target
ROWS_PER_CHART_CM = 0.53  # a default row (15 points) is about 0.53 cm
MAX_HEIGHT_CM = 15.0  # what a landscape A4 page holds under the chart's title


def write_charts(wb, charts: list[Chart]) -> None:
    ws = wb.create_sheet(SHEET)
    styles.widths(ws, list(WIDTHS))
    styles.page_setup(ws, landscape=True, margins_mm=(20, 20, 20, 15), page_numbers="all")
    s = styles.Styles(ws)
    row = 0
    for chart in charts:
        height_cm = min(MAX_HEIGHT_CM, max(8.0, 0.45 * len(chart.categories) + 3)) if chart.kind == "bar" else 9.0
        first = row + 1
        ws.row_dimensions[first].height = 32
        ws.append([s.cell(chart.title, "note")])
        styles.merge(ws, first, 1, first, len(WIDTHS) - 2)
        names = list(chart.series)
        ws.append([s.cell("", "head")] + [s.cell(n, "head") for n in names])
        for index, category in enumerate(chart.categories):
            ws.append([s.cell(category, "text")] +
                      [s.cell(_round(chart.series[n][index]), "percent_cell") for n in names])
        last = first + 1 + len(chart.categories)
        ws.add_chart(_chart(ws, chart, first + 1, last, len(names), height_cm), f"{CHART_COLUMN}{first}")
        rows_for_chart = int(height_cm / ROWS_PER_CHART_CM) + 2
        row = max(last, first + rows_for_chart)
        for _ in range(row - last + 1):
            ws.append([])
        row += 1
        ws.row_breaks.append(Break(id=row))  # each chart on its own printed page


def _round(value):
    return None if value is None else round(value, 1)


def _chart(ws, chart: Chart, header_row: int, last_row: int, n_series: int, height_cm: float):
    if chart.kind == "line":
        c = LineChart()
    else:
        c = BarChart()
        c.type = "bar" if chart.kind == "bar" else "col"
        if chart.kind == "bar" and n_series > 1:
            c.grouping, c.overlap = "stacked", 100
    c.title = chart.title if len(chart.title) <= 80 else chart.title[:77] + "…"
    c.y_axis.title = chart.y_title
    c.height, c.width = height_cm, 18.0
    data = Reference(ws, min_col=2, max_col=1 + n_series, min_row=header_row, max_row=last_row)
    cats = Reference(ws, min_col=1, min_row=header_row + 1, max_row=last_row)
    c.add_data(data, titles_from_data=True)
    c.set_categories(cats)
    for index, series in enumerate(c.series):
        palette = LINE_COLORS if chart.kind == "line" else COLORS
        color = palette[index % len(palette)] if n_series > 1 else COLORS[4]
        if chart.kind == "line":
            series.graphicalProperties.line.solidFill = color
            series.marker.symbol = "circle"
        else:
            series.graphicalProperties.solidFill = color
    c.x_axis.delete = False
    c.y_axis.delete = False
    return c
