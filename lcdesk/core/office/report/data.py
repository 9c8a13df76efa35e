"""Everything a report shows, gathered once as plain data before any sheet is written.

The figures come from ``lcdesk.core.office.figures.city_figures`` (with the units behind
each), the checks from ``lcdesk.core.office.checks``, forms' review states from
``lcdesk.core.office.review``; this module only arranges them per indicator and per unit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from lcdesk.core.catalog.model import Catalog, Indicator

EVALUATIONS = ("met", "not_met", "no_figure", "no_target")
EVALUATION_VI = {"met": "Đạt", "not_met": "Chưa đạt", "no_figure": "Chưa có số liệu", "no_target": "Không có chỉ tiêu"}
ONLY = ("received", "approved")


@dataclass
class IndicatorRow:
    """One indicator of the catalog with its city figures (one per measure)."""

    indicator: Indicator
    figures: list[dict]

    @property
    def headline(self) -> dict | None:
        code = self.indicator.headline_measure.code
        return next((f for f in self.figures if f["measure"] == code), self.figures[0] if self.figures else None)

    @property
    def evaluation(self) -> str:
        head = self.headline
        if head is not None and head.get("evaluation") in EVALUATIONS:
            return head["evaluation"]
        return "no_figure" if self.indicator.target and self.indicator.target.goal_for() else "no_target"


@dataclass
class UnitInfo:
    code: str
    name: str
    group: str  # the district's (or the unit's kind's) name, for sheets per district


@dataclass
class ReportData:
    catalog: Catalog
    period: int
    only: str
    day: date
    rows: list[IndicatorRow]
    units: list[UnitInfo]  # the units expected to report, in the registry's order
    completeness: list[dict]  # per unit: code, name, group, expected, received, approved, returned, rate
    checks: list[dict]
    follow_ups: list[dict]
    sources: list[dict]
    learning: list[dict] = field(default_factory=list)  # rows of the learning-society sheet
    learning_years: list[int] = field(default_factory=list)

    def unit_values(self) -> dict[str, list[tuple[IndicatorRow, dict, dict]]]:
        """{unit code: [(indicator row, city figure, the unit's entry)]}: the drill-down inverted."""
        out: dict[str, list] = {}
        for row in self.rows:
            for fig in row.figures:
                for unit in fig.get("units") or []:
                    out.setdefault(unit["code"], []).append((row, fig, unit))
        return out

    def count(self, evaluation: str) -> int:
        return sum(1 for r in self.rows if r.evaluation == evaluation)


def arrange(catalog: Catalog, figures: list[dict]) -> list[IndicatorRow]:
    """The catalog's indicators in order, each with its figures in the measures' order."""
    by_indicator: dict[str, list[dict]] = {}
    for fig in figures:
        by_indicator.setdefault(fig["indicator"], []).append(fig)
    rows = []
    for ind in catalog.indicators:
        order = {m.code: i for i, m in enumerate(ind.measures)}
        figs = sorted(by_indicator.get(ind.code, []), key=lambda f: order.get(f["measure"], len(order)))
        rows.append(IndicatorRow(ind, figs))
    return rows
