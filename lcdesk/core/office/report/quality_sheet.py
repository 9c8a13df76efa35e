"""The data-quality annex: failed checks, outliers and jumps, then the follow-up marks."""

from __future__ import annotations

from lcdesk.core.office.report.data import ReportData
from lcdesk.core.office.report.table import Table

SHEET = "Chất lượng số liệu"
HEADERS = ("Loại", "Mức độ / tình trạng", "Đơn vị", "Chỉ số", "Quy tắc / thành phần", "Nội dung")
WIDTHS = (16, 12, 26, 12, 22, 70)
KIND_VI = {"rule": "Quy tắc kiểm tra", "outlier": "Giá trị bất thường", "jump": "Biến động so với năm trước"}
IMPORTANCE_VI = {"high": "Cao", "medium": "Trung bình", "low": "Thấp"}
ORDER = {"high": 0, "medium": 1, "low": 2}
FOLLOW_UP_STATE_VI = {"open": "Đang theo dõi", "closed": "Đã xong", "done": "Đã xong"}


def write_quality(wb, data: ReportData) -> None:
    names = {u.code: u.name for u in data.units}
    table = Table(wb, SHEET, HEADERS, WIDTHS,
                  heading=[f"PHỤ LỤC CHẤT LƯỢNG SỐ LIỆU NĂM {data.period}",
                           f"{sum(1 for c in data.checks if c.get('unit'))} cảnh báo kiểm tra; "
                           f"{len(data.follow_ups)} số liệu cần theo dõi"])
    found = [c for c in data.checks if c.get("unit")]
    not_run = [c for c in data.checks if not c.get("unit")]  # "the peer check could not run, because…"
    for kind in ("rule", "outlier", "jump"):
        rows = [c for c in found if c.get("kind") == kind]
        if not rows:
            continue
        table.section(f"{KIND_VI[kind]} ({len(rows)})")
        for c in sorted(rows, key=lambda c: (ORDER.get(c.get("importance"), 3), c.get("indicator", ""), c.get("unit", ""))):
            unit = c.get("unit") or ""
            table.put([(KIND_VI[kind], "text"), (IMPORTANCE_VI.get(c.get("importance"), c.get("importance") or ""), "center"),
                       (names.get(unit, unit), "text"), (c.get("indicator", ""), "center"),
                       (c.get("rule") or "", "text"), (c.get("message_vi", ""), "text")])
    if not found:
        table.note("Không có cảnh báo kiểm tra nào.")
    if not_run:
        table.section(f"Không kiểm tra được giá trị bất thường ({len(not_run)})")
        for c in not_run:
            table.put([(KIND_VI.get(c.get("kind"), ""), "text"), ("", "center"), ("", "text"),
                       (c.get("indicator", ""), "center"), (c.get("rule") or "", "text"), (c.get("message_vi", ""), "text")])
    table.section(f"Số liệu cần theo dõi ({len(data.follow_ups)})")
    for f in data.follow_ups:
        unit, state = f.get("unit") or "", f.get("state") or ""
        table.put([("Cần theo dõi", "text"), (FOLLOW_UP_STATE_VI.get(state, state), "center"),
                   (names.get(unit, unit), "text"), (f.get("indicator", ""), "center"),
                   (_measure_label(data, f.get("indicator", ""), f.get("measure") or ""), "text"),
                   (f.get("comment") or "", "text")])


def _measure_label(data: ReportData, indicator: str, measure: str) -> str:
    for row in data.rows:
        if row.indicator.code == indicator:
            return next((m.label for m in row.indicator.measures if m.code == measure), measure)
    return measure
