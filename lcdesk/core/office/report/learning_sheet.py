"""The learning-society sheet: its indicators' 2025 and 2030 targets and the city's progress."""

from __future__ import annotations

from lcdesk.core.numbers import format_number
from lcdesk.core.office.report.data import EVALUATION_VI, ReportData
from lcdesk.core.office.report.table import Table

SHEET = "Xã hội học tập"
MILESTONES = ("2025", "2030")


def write_learning(wb, data: ReportData) -> None:
    years = data.learning_years
    headers = ("Mã", "Chỉ số", "Chỉ tiêu 2025", "Chỉ tiêu 2030", *(f"Năm {y}" for y in years),
               "Tiến độ so với chỉ tiêu 2030", f"Đánh giá năm {data.period}")
    widths = (9, 50, 12, 12, *(10 for _ in years), 14, 16)
    table = Table(wb, SHEET, headers, widths,
                  heading=["XÂY DỰNG XÃ HỘI HỌC TẬP: CHỈ TIÊU NĂM 2025, 2030 VÀ KẾT QUẢ",
                           data.learning[0]["source"] if data.learning else ""])
    if not data.learning:
        table.note("Văn phòng chưa thu thập danh mục mô hình học tập (learning-models) và danh mục hiện tại "
                   "không có chỉ số nào có chỉ tiêu theo năm.")
        return
    for item in data.learning:
        ind = item["indicator"]
        goals = [_goal(ind, y) for y in MILESTONES]
        latest = next((item["by_year"][y] for y in reversed(years) if item["by_year"].get(y) is not None), None)
        target_2030 = goals[1][1]
        progress = (round(100.0 * latest / target_2030, 1) if latest is not None and target_2030 else None)
        table.put([(ind.code, "center"), (ind.text, "text"), (goals[0][0], "center"), (goals[1][0], "center"),
                   *((item["by_year"].get(y), "percent_cell") for y in years),
                   (f"{format_number(progress, 1)} %" if progress is not None else "", "figure"),
                   (EVALUATION_VI[item["evaluation"]], item["evaluation"])])


def _goal(ind, year: str) -> tuple[str, float | None]:
    goal = ind.target.by_year.get(year) if ind.target else None
    if goal is None:
        return "", None
    return goal.describe_vi("%" if ind.kind == "percent" else ind.headline_measure.unit), goal.value
