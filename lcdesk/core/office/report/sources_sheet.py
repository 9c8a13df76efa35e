"""The sources sheet: who sent what, signed with which key, so the signer can defend every figure."""

from __future__ import annotations

from lcdesk.core.office.report.data import ReportData
from lcdesk.core.office.report.table import Table

SHEET = "Nguồn số liệu"
HEADERS = ("Mã đơn vị", "Đơn vị", "Cán bộ báo cáo", "Dấu vân tay khóa", "Bó dữ liệu", "Ngày nhận", "Trạng thái duyệt")
WIDTHS = (12, 28, 24, 26, 34, 18, 30)


def write_sources(wb, data: ReportData) -> None:
    table = Table(wb, SHEET, HEADERS, WIDTHS,
                  heading=[f"NGUỒN SỐ LIỆU NĂM {data.period}",
                           "Mỗi bó dữ liệu được ký bằng khóa của cán bộ đã đăng ký; dấu vân tay đọc được để đối chiếu."])
    for s in data.sources:
        table.put([(s["unit"], "center"), (s["unit_name"], "text"), (s["officer"], "text"),
                   (s["fingerprint"], "center"), (s["bundle"], "text"), (s["received"], "center"),
                   (s["review"], "text")])
    if not data.sources:
        table.note("Chưa nhận bó dữ liệu nào cho năm này.")
