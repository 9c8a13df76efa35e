"""The city figures as numbers, one row per indicator and measure (for the clerk's own sums).

The appendix prints each figure in words; this sheet keeps the same figures as numbers
(``city_figures``' fields, unrounded), so that Excel can sort, filter and recompute them.
"""

from __future__ import annotations

from lcdesk.core.numbers import direction_words
from lcdesk.core.office.report.data import EVALUATION_VI, ReportData
from lcdesk.core.office.report.table import Table

SHEET = "Số liệu thành phố"
HEADERS = ("Mã chỉ số", "Thành phần", "Loại", "Số liệu", "Tử số", "Mẫu số", "Nam", "Nữ", "Tỷ lệ (%)",
           "Đơn vị tính vào", "Đơn vị chỉ báo tỷ lệ", "Đơn vị đã báo cáo", "Đơn vị phải báo cáo", "Đơn vị đã duyệt",
           "Chỉ tiêu", "Đánh giá")
WIDTHS = (10, 22, 12, 12, 12, 12, 10, 10, 10, 10, 10, 10, 10, 10, 14, 14)
KIND_VI = {"percent": "Tỷ lệ", "count_by_sex": "Số lượng", "rating5": "Đánh giá", "trend": "Xu hướng"}


def write_figures(wb, data: ReportData) -> None:
    table = Table(wb, SHEET, HEADERS, WIDTHS, heading=[f"SỐ LIỆU THÀNH PHỐ NĂM {data.period} (DẠNG SỐ)",
                                                       "Tỷ lệ = Σ tử số / Σ mẫu số của các đơn vị, không lấy trung bình tỷ lệ."])
    for row in data.rows:
        labels = {m.code: m.label for m in row.indicator.measures}
        for fig in row.figures:
            value = fig.get("value")
            if fig["kind"] == "trend":
                value = direction_words(value) or None
            rate = fig.get("rate") if fig["kind"] == "count_by_sex" else (value if fig["kind"] == "percent" else None)
            target = (fig.get("target") or {}).get("text", "") if isinstance(fig.get("target"), dict) else ""
            table.put([(row.indicator.code, "center"), (labels.get(fig["measure"], fig["measure"]), "text"),
                       (KIND_VI.get(fig["kind"], fig["kind"]), "text"), (value, "figure"),
                       (fig.get("numerator"), "number_cell"), (fig.get("denominator"), "number_cell"),
                       (fig.get("male"), "number_cell"), (fig.get("female"), "number_cell"), (rate, "figure"),
                       (fig.get("units_counted"), "number_cell"), (fig.get("units_rate_only"), "number_cell"),
                       (fig.get("units_reported"), "number_cell"), (fig.get("units_expected"), "number_cell"),
                       (fig.get("units_approved"), "number_cell"), (target, "center"),
                       (EVALUATION_VI.get(fig.get("evaluation"), ""), fig.get("evaluation") or "no_target")])
