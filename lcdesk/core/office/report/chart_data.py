"""The three charts' data, shared by the workbook (native Excel charts) and the desk (QPainter).

- ``progress_by_standard``: per standard, how many indicators are met, not met, without
  a figure, without a target;
- ``completeness_by_group``: per district (or per unit, or, for many units, per band of
  completeness), the share of expected forms complete (the review chain's rate);
- ``learning_by_year``: one learning-society indicator's city figure per year with its
  2025 and 2030 targets.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lcdesk.core.office.report.data import ReportData

SERIES_VI = {"met": "Đạt", "not_met": "Chưa đạt", "no_figure": "Chưa có số liệu", "no_target": "Không có chỉ tiêu"}
MAX_BARS = 40
STANDARD_GROUPS = {"Phường, xã, đặc khu", "Sở, ban, ngành, tổ chức", "", None}  # not districts (gather.py)
BANDS = ((0, 25, "Dưới 25 %"), (25, 50, "25 – dưới 50 %"), (50, 75, "50 – dưới 75 %"),
         (75, 100, "75 – dưới 100 %"), (100, 101, "Đủ 100 %"))


@dataclass
class Chart:
    title: str
    categories: list[str]
    series: dict[str, list[float | None]]  # name -> one value per category
    kind: str = "bar"  # "bar" (stacked horizontal), "column", "line"
    y_title: str = ""
    notes: list[str] = field(default_factory=list)


def progress_by_standard(data: ReportData) -> Chart:
    categories, series = [], {name: [] for name in SERIES_VI.values()}
    for standard in data.catalog.standards:
        rows = [r for r in data.rows if r.indicator.standard == standard.code]
        if not rows:
            continue
        categories.append(f"{standard.code}")
        for key, name in SERIES_VI.items():
            series[name].append(float(sum(1 for r in rows if r.evaluation == key)))
    return Chart(f"Tiến độ đạt chỉ tiêu theo tiêu chuẩn, năm {data.period}", categories, series,
                 kind="bar", y_title="Số chỉ số")


def completeness_by_group(data: ReportData) -> Chart:
    rows = [r for r in data.completeness if r.get("expected")]
    groups: dict[str, list[int]] = {}
    districts = {r.get("group") for r in rows} - STANDARD_GROUPS
    for r in rows:
        totals = groups.setdefault(r.get("group") or "", [0, 0])
        totals[0] += r["expected"]
        totals[1] += r.get("complete", 0)
    name = "Tỷ lệ biểu mẫu hoàn thành (%)"
    title = f"Mức độ đầy đủ số liệu năm {data.period}"
    if 1 < len(districts) and len(groups) <= MAX_BARS:
        cats = sorted(groups)
        return Chart(f"{title} theo quận, huyện", cats, {name: [100.0 * groups[c][1] / groups[c][0] for c in cats]},
                     kind="bar", y_title="%")
    if len(rows) <= MAX_BARS:
        ordered = sorted(rows, key=lambda r: r.get("complete", 0) / r["expected"])
        return Chart(f"{title} theo đơn vị", [r["name"] for r in ordered],
                     {name: [100.0 * r.get("complete", 0) / r["expected"] for r in ordered]}, kind="bar", y_title="%")
    counts = [0.0] * len(BANDS)
    for r in rows:
        rate = 100.0 * r.get("complete", 0) / r["expected"]
        counts[next(i for i, (lo, hi, _) in enumerate(BANDS) if lo <= rate < hi)] += 1
    return Chart(f"{title}: số đơn vị theo mức đầy đủ ({len(rows)} đơn vị)", [b[2] for b in BANDS],
                 {"Số đơn vị": counts}, kind="column", y_title="Số đơn vị")


def learning_by_year(data: ReportData) -> Chart | None:
    """The first learning-society indicator with a figure in some year, by year, with targets."""
    for item in data.learning:
        values = [item["by_year"].get(y) for y in data.learning_years]
        if any(v is not None for v in values):
            ind = item["indicator"]
            targets = [_target_value(ind, y) for y in data.learning_years]
            series = {"Số liệu thành phố": values}
            if any(t is not None for t in targets):
                series["Chỉ tiêu"] = targets
            return Chart(f"{ind.code}. {ind.text}", [str(y) for y in data.learning_years], series,
                         kind="line", y_title="%")
    return None


def _target_value(ind, year: int) -> float | None:
    goal = ind.target.goal_for(year) if ind.target else None
    return goal.value if goal is not None else None


def all_charts(data: ReportData) -> list[Chart]:
    charts = [progress_by_standard(data), completeness_by_group(data)]
    learning = learning_by_year(data)
    return charts + ([learning] if learning else [])
