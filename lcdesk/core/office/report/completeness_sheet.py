"""The completeness sheet: per unit, the forms expected, received, complete, approved and returned.

The counts and the rate (complete / expected) are the review chain's
(``office.completeness.summary``), so this sheet and the desk's "Tiến độ" page agree."""

from __future__ import annotations

from lcdesk.core.office.report.data import ReportData
from lcdesk.core.office.report.table import Table

SHEET = "Tiến độ"
HEADERS = ("Mã đơn vị", "Đơn vị", "Thuộc", "Biểu phải nộp", "Đã nhận", "Hoàn thành", "Đã duyệt", "Bị trả lại",
           "Tỷ lệ hoàn thành (%)", "Tình trạng")
WIDTHS = (12, 30, 22, 10, 10, 10, 10, 10, 12, 20)


def status_text(row: dict) -> str:
    expected, received, approved = row.get("expected", 0), row.get("received", 0), row.get("approved", 0)
    if not expected:
        return "Không phải nộp"
    if received == 0:
        return "Chưa gửi"
    if approved >= expected:
        return "Đã duyệt đủ"
    if row.get("returned"):
        return "Có biểu bị trả lại"
    return "Đã gửi đủ" if received >= expected else "Gửi chưa đủ"


def write_completeness(wb, data: ReportData) -> None:
    table = Table(wb, SHEET, HEADERS, WIDTHS,
                  heading=[f"MỨC ĐỘ ĐẦY ĐỦ SỐ LIỆU NĂM {data.period}", data.catalog.title])
    totals = {"expected": 0, "received": 0, "complete": 0, "approved": 0, "returned": 0}
    for row in data.completeness:
        for key in totals:
            totals[key] += row.get(key, 0)
        table.put(_cells(row, row["code"], row["name"], row.get("group", "")), height=None)
    table.put(_cells({**totals}, "", "Tổng cộng", ""), height=None)


def _cells(row: dict, code: str, name: str, group: str) -> list:
    expected = row.get("expected", 0)
    rate = round(100.0 * row.get("complete", 0) / expected, 1) if expected else None
    return [(code, "center"), (name, "text"), (group, "text"), (expected, "number_cell"),
            (row.get("received", 0), "number_cell"), (row.get("complete", 0), "number_cell"),
            (row.get("approved", 0), "number_cell"),
            (row.get("returned", 0), "number_cell"), (rate, "percent_cell"), (status_text(row), "text")]
