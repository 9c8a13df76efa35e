"""The figures of each unit: one sheet per unit, or one per district (the office's choice).

Each row is one measure of one indicator as the unit reported it: the figure, its
numerator and denominator, whether it entered the city's weighted figure (a unit that
gave only a rate is left out of it), the officer and the bundle it came in.
"""

from __future__ import annotations

from lcdesk.core.office.report.data import ReportData, UnitInfo
from lcdesk.core.office.report.figure_text import payload_of
from lcdesk.core.office.report.table import Table, sheet_name
from lcdesk.core.numbers import format_figure

HEADERS = ("Mã chỉ số", "Chỉ số", "Thành phần", "Số liệu", "Tử số", "Mẫu số", "Tính vào số liệu thành phố",
           "Cán bộ báo cáo", "Bó dữ liệu")
WIDTHS = (10, 60, 18, 20, 11, 11, 13, 20, 24)
PER = ("unit", "district", "none")


def write_unit_sheets(wb, data: ReportData, per: str, taken: set[str], progress=None) -> int:
    """Write the sheets; returns how many. ``progress(done, total)`` is called per unit."""
    if per == "none":
        return 0
    values = data.unit_values()
    units = [u for u in data.units if u.code in values]
    groups: dict[str, list[UnitInfo]] = {}
    for unit in units:
        groups.setdefault(unit.group if per == "district" else unit.code, []).append(unit)
    files = {src["bundle_id"]: src["bundle"] for src in data.sources}
    done = 0
    for key, members in groups.items():
        title = members[0].name if per == "unit" else key
        heading = ([f"SỐ LIỆU CỦA {title.upper()} NĂM {data.period}", f"Mã đơn vị: {members[0].code}"]
                   if per == "unit" else [f"SỐ LIỆU CÁC ĐƠN VỊ THUỘC {title.upper()} NĂM {data.period}",
                                          f"{len(members)} đơn vị có số liệu"])
        table = Table(wb, sheet_name(title, taken), HEADERS, WIDTHS, heading=heading)
        for unit in members:
            if per == "district":
                table.section(f"{unit.name} ({unit.code})")
            _unit_rows(table, values[unit.code], files)
            done += 1
            if progress:
                progress(done, len(units))
    return len(groups)


def _unit_rows(table: Table, entries: list, files: dict[str, str]) -> None:
    for row, fig, unit in entries:
        ind = row.indicator
        measure = next((m for m in ind.measures if m.code == fig["measure"]), None)
        payload = payload_of(ind.kind, unit)
        counted = not unit.get("rate_only") and unit.get("numerator") is not None and unit.get("denominator") is not None
        table.put([
            (ind.code, "center"), (ind.text, "text"), (measure.label if measure else fig["measure"], "text"),
            (format_figure(ind.kind, payload, measure) if payload else "", "figure"),
            (unit.get("numerator"), "number_cell"), (unit.get("denominator"), "number_cell"),
            ("Có" if counted else ("Chỉ báo tỷ lệ" if ind.kind == "percent" else "—"), "center"),
            (unit.get("officer") or "", "text"), (files.get(unit.get("bundle"), unit.get("bundle") or ""), "text"),
        ])
