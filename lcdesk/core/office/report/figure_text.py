"""A city figure as the report prints it, through the one formatting module (``core/numbers``)."""

from __future__ import annotations

from lcdesk.core.catalog.model import Indicator
from lcdesk.core.numbers import RATING_WORDS, format_count, format_figure
from lcdesk.core.office.report.data import IndicatorRow


def payload_of(kind: str, fig: dict) -> dict | None:
    """A city figure or a unit's row behind it (``city_figures``' fields) in the payload form
    ``format_figure`` takes."""
    value = fig.get("value")
    if value is None:
        return None
    if isinstance(value, dict):
        return value
    if kind == "percent":
        return {"rate": value, "numerator": fig.get("numerator"), "denominator": fig.get("denominator")}
    if kind == "count_by_sex":
        return {"male": fig.get("male"), "female": fig.get("female"), "total": value, "rate": fig.get("rate")}
    if kind == "rating5":
        return {"rating": value}
    if kind == "trend":
        return {"direction": value, "figure": fig.get("figure")}
    return {"rate": value}


def one_figure(ind: Indicator, fig: dict) -> str:
    payload = payload_of(ind.kind, fig)
    if payload is None:
        return ""
    measure = next((m for m in ind.measures if m.code == fig.get("measure")), None)
    if ind.kind == "count_by_sex" and payload.get("male") is None:  # a unit's row: its total only
        unit = measure.unit if measure and measure.unit != "%" else ""
        return f"{format_count(payload['total'])} {unit}".strip()
    return format_figure(ind.kind, payload, measure)


def coverage_text(fig: dict) -> str:
    """'118/126 đơn vị, 110 đã duyệt' as ``city_figures`` words it (or from its counts)."""
    if fig.get("coverage"):
        return fig["coverage"]
    expected = fig.get("units_expected")
    counted = fig.get("units_reported", (fig.get("units_counted") or 0) + (fig.get("units_rate_only") or 0))
    if not expected and not counted:
        return ""
    return f"{format_count(counted)}/{format_count(expected or 0)} đơn vị"


def distribution_text(fig: dict) -> str:
    """'Đơn vị tự đánh giá: Khá 1 · Rất tốt 2 · Xuất sắc 1' (a rating's spread over the units)."""
    dist = fig.get("distribution") or {}
    parts = [f"{RATING_WORDS['vi'][int(r)]} {n}" for r, n in sorted(dist.items()) if n]
    return f"Đơn vị tự đánh giá: {' · '.join(parts)}" if parts else ""


def figure_text(row: IndicatorRow) -> str:
    """Every measure's city figure (labelled when there are several), then the coverage."""
    ind = row.indicator
    figures = [f for f in row.figures if f.get("value") is not None]
    lines = []
    if len(ind.measures) == 1 and figures:
        lines = [one_figure(ind, figures[0])]
    elif figures:
        labels = {m.code: m.label for m in ind.measures}
        lines = [f"{labels.get(f['measure'], f['measure'])}: {one_figure(ind, f)}" for f in figures]
    head = row.headline
    if head and ind.kind == "rating5":
        lines += [t for t in (head.get("note"), distribution_text(head)) if t]
    if not lines:
        return ""
    cover = coverage_text(head) if head and (head.get("units_expected") or head.get("units_reported")) else ""
    return "\n".join(lines + ([f"({cover})"] if cover else []))


def target_text(ind: Indicator, period: int) -> str:
    """The target for the report's year: the plan's wording, or the year's goal when it has one."""
    target = ind.target
    if target is None:
        return ""
    if target.by_year:
        goal = target.goal_for(period)
        unit = "%" if ind.kind == "percent" else ind.headline_measure.unit
        milestone = max((int(y) for y in target.by_year if target.by_year[y] == goal), default=None)
        text = goal.describe_vi(unit) if goal else target.text
        return f"{text} (năm {milestone})" if milestone else text
    return target.text
