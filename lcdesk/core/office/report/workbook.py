"""Writing the whole workbook: gather once, then one module per sheet, saved atomically."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from lcdesk.core.office.report import settings as cover_settings
from lcdesk.core.office.report.summary import Summary, coverage

AUTO_DISTRICT_ABOVE = 300  # with more units than this, "auto" writes one sheet per district


def write_report(store, period: int, out, *, catalog: str | None = None, only: str = "received",
                 per: str = "auto", day: date | None = None, progress=None) -> dict:
    """Write the report workbook for ``period`` to ``out``; returns what it contains.

    ``per``: "unit", "district", "none" or "auto" (per unit up to 300 units, else per
    district). ``progress(done, total)`` is called as the sheets per unit are written."""
    from lcdesk.core.office.report.gather import gather

    data = gather(store, period, catalog, only, day)
    return write_data(data, cover_settings.cover_settings(store), out, per=per, progress=progress)


def write_data(data, settings: dict[str, str], out, *, per: str = "auto", progress=None) -> dict:
    """Write a gathered ``ReportData`` (the benchmark calls this directly)."""
    from openpyxl import Workbook

    from lcdesk.core.office.report import (
        appendix, chart_data, charts, completeness_sheet, cover, figures_sheet, learning_sheet, quality_sheet,
        sources_sheet,
        unit_sheets,
    )
    from lcdesk.core.office.report.unit_sheets import PER

    if per == "auto":
        per = "unit" if len(data.units) <= AUTO_DISTRICT_ABOVE else "district"
    if per not in PER:
        raise cover_settings.ReportError(f"Cách chia trang phải là một trong: {', '.join(PER)}.",
                                         f"--per must be one of: {', '.join(PER)}.")
    summary = Summary(data)
    wb = Workbook(write_only=True)
    cover.write_cover(wb, summary, settings)
    appendix.write_appendix(wb, data, cover_settings.number_line(settings))
    figures_sheet.write_figures(wb, data)
    charts.write_charts(wb, chart_data.all_charts(data))
    completeness_sheet.write_completeness(wb, data)
    learning_sheet.write_learning(wb, data)
    quality_sheet.write_quality(wb, data)
    sources_sheet.write_sources(wb, data)
    taken = {ws.title.lower() for ws in wb.worksheets}
    unit_count = unit_sheets.write_unit_sheets(wb, data, per, taken, progress)
    _save(wb, Path(out))
    cov = coverage(data)
    return {"out": str(out), "period": data.period, "catalog": data.catalog.key, "only": data.only,
            "per": per, "sheets": [ws.title for ws in wb.worksheets], "unit_sheets": unit_count,
            "indicators": len(data.rows), **summary.counts(),
            "units_expected": cov.expected, "units_received": cov.received, "units_approved": cov.approved,
            "checks": len(data.checks), "follow_ups": len(data.follow_ups)}


def _save(wb, out: Path) -> None:
    """Save beside ``out`` and rename over it: a reader never sees half a workbook."""
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".part")
    try:
        wb.save(tmp)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, out)
    except PermissionError as exc:
        tmp.unlink(missing_ok=True)
        raise cover_settings.ReportError(
            f"Không ghi được {out.name}: tệp đang mở trong Excel hoặc thư mục không cho ghi.",
            f"Cannot write {out}: the file is open in Excel or the folder is read-only.") from exc
