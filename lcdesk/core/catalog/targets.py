"""Targets in structured form and their evaluation.

A target is a comparator and a value ("≥ 95 %", "≤ 10 %", "= 100 %"), or a
direction ("giảm so với năm trước" = decrease against the previous year),
with the original Vietnamese wording and optional per-year targets (2025,
2030) where the plans give them. ``evaluate`` says whether a figure meets it.

**Milestones.** The plans set goals "đến năm 2025" and "đến năm 2030": a year between
two milestones is on the way to the next one, so it is measured against the **next
later** milestone (a 2027 figure against the 2030 goal; the 2025 goal is then shown as
passed, ``passed_milestones``). A year after the last milestone keeps the default goal
(which repeats the last milestone in the built-in catalogs). The same rule is written in
``docs/catalogs.md`` and in the catalog workbook's help sheet.

**Cities.** A catalog shared by several cities (``learning-models``) gives each city its
own target (``by_city``, keyed by the city's 2-digit code). ``for_city`` picks that city's;
a city that set none gets *no target* (``NO_TARGET``), never another city's.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace

from lcdesk.core.text import nfc

COMPARATORS = (">=", "<=", "=", ">", "<", "increase", "decrease")
DIRECTIONS = ("increase", "decrease")

MET, NOT_MET, UNKNOWN, NO_TARGET = "met", "not_met", "unknown", "no_target"
STATUS_LABELS_VI = {MET: "Đạt", NOT_MET: "Chưa đạt", UNKNOWN: "Chưa có số liệu", NO_TARGET: "Không có chỉ tiêu"}
STATUS_LABELS_EN = {MET: "Met", NOT_MET: "Not met", UNKNOWN: "No data yet", NO_TARGET: "No target"}

_SYMBOLS = {">=": "≥", "<=": "≤", "=": "=", ">": ">", "<": "<"}


@dataclass(frozen=True)
class Goal:
    """One comparator and value, e.g. ('>=', 95.0)."""

    comparator: str
    value: float | None = None

    def __post_init__(self):
        if self.comparator not in COMPARATORS:
            raise ValueError(f"unknown comparator {self.comparator!r}")
        if self.comparator not in DIRECTIONS and self.value is None:
            raise ValueError(f"comparator {self.comparator!r} needs a value")
        if self.comparator in DIRECTIONS and self.value is not None:
            raise ValueError(f"direction {self.comparator!r} takes no value")
        if self.value is not None and not math.isfinite(self.value):
            raise ValueError("a goal's value must be finite")

    def describe_vi(self, unit: str = "%") -> str:
        if self.comparator == "increase":
            return "Tăng so với năm trước"
        if self.comparator == "decrease":
            return "Giảm so với năm trước"
        number = f"{self.value:g}".replace(".", ",")
        sep = "" if unit == "%" else " "
        return f"{_SYMBOLS[self.comparator]} {number}{sep}{unit}"

    def check(self, figure) -> str:
        """MET / NOT_MET / UNKNOWN for ``figure`` (a number, or a direction string)."""
        if figure is None:
            return UNKNOWN
        if self.comparator in DIRECTIONS:
            if figure not in DIRECTIONS:
                return UNKNOWN
            return MET if figure == self.comparator else NOT_MET
        if isinstance(figure, str):
            return UNKNOWN
        v, t = float(figure), float(self.value)
        ok = {
            ">=": v >= t - 1e-9,
            "<=": v <= t + 1e-9,
            "=": abs(v - t) <= 1e-9,
            ">": v > t,
            "<": v < t,
        }[self.comparator]
        return MET if ok else NOT_MET

    def to_dict(self) -> dict:
        return {"comparator": self.comparator, "value": self.value}


@dataclass(frozen=True)
class Target:
    """The target of an indicator: a default goal, per-year goals, the plan's wording."""

    text: str
    goal: Goal | None = None
    by_year: dict[str, Goal] = field(default_factory=dict, hash=False)
    reference: str = ""  # e.g. "GDP bình quân đầu người của cả nước" for a ratio target
    by_city: dict[str, Target] = field(default_factory=dict, hash=False)  # city code -> that city's target

    def goal_for(self, year: int | str | None = None) -> Goal | None:
        """The goal for ``year``: its own milestone, else the **next later** milestone (the
        goal the year is on the way to), else (after the last milestone, or without a
        year) the default goal."""
        if year is None or not self.by_year:
            return self.goal
        if str(int(year)) in self.by_year:
            return self.by_year[str(int(year))]
        later = [m for m in sorted(int(k) for k in self.by_year) if m > int(year)]
        return self.by_year[str(later[0])] if later else self.goal

    def passed_milestones(self, year: int | str) -> list[tuple[str, Goal]]:
        """The milestones before ``year`` ((year, goal), oldest first): shown as passed."""
        return [(y, g) for y, g in sorted(self.by_year.items()) if int(y) < int(year)]

    def for_city(self, city: str | None) -> Target | None:
        """This target as ``city`` (2-digit code) set it: itself when it is not per city;
        that city's target, or None (no target) when the city set none or no city is given."""
        if not self.by_city:
            return self
        return self.by_city.get(str(city)) if city else None

    def to_dict(self) -> dict:
        d = {
            "text": self.text,
            "comparator": self.goal.comparator if self.goal else None,
            "value": self.goal.value if self.goal else None,
            "by_year": {y: g.to_dict() for y, g in sorted(self.by_year.items())},
            "reference": self.reference,
        }
        if self.by_city:
            d["by_city"] = {c: t.to_dict() for c, t in sorted(self.by_city.items())}
        return d

    @classmethod
    def from_dict(cls, d: dict) -> Target:
        goal = Goal(d["comparator"], _num(d.get("value"))) if d.get("comparator") else None
        by_year = {str(y): Goal(g["comparator"], _num(g.get("value"))) for y, g in (d.get("by_year") or {}).items()}
        by_city = {str(c): cls.from_dict(t) for c, t in (d.get("by_city") or {}).items()}
        return cls(text=nfc(str(d.get("text", ""))), goal=goal, by_year=by_year,
                   reference=nfc(str(d.get("reference", ""))), by_city=by_city)


def for_city(target: Target | None, city: str | None) -> Target | None:
    """``target.for_city(city)``, accepting None (no target)."""
    return target.for_city(city) if target is not None else None


def catalog_for_city(catalog, city: str | None):
    """``catalog`` (a ``model.Catalog``) with every per-city target replaced by ``city``'s
    (None where that city set none); the catalog itself when it has no per-city target."""
    if not any(i.target is not None and i.target.by_city for i in catalog.indicators):
        return catalog
    indicators = tuple(replace(i, target=i.target.for_city(city)) if i.target is not None and i.target.by_city else i
                       for i in catalog.indicators)
    return replace(catalog, indicators=indicators)


def _num(v):
    return None if v is None or v == "" else float(v)


def evaluate(target: Target | None, figure, year: int | str | None = None, city: str | None = None) -> str:
    """Whether ``figure`` meets ``target`` in ``year``: MET, NOT_MET or UNKNOWN.

    ``figure`` is the indicator's headline figure: a rate in percent, a rating
    1-5, or a direction ("increase"/"decrease") for trend indicators. No target
    or no figure gives UNKNOWN. For a per-city target (``by_city``) the figure is
    judged against ``city``'s target only: NO_TARGET when that city set none.
    """
    if target is None:
        return UNKNOWN
    if target.by_city:
        target = target.for_city(city)
        if target is None:
            return NO_TARGET
    goal = target.goal_for(year)
    if goal is None:
        return UNKNOWN
    return goal.check(figure)


def parse_goal(text: str) -> Goal | None:
    """Parse a short goal as typed in the catalog workbook: '>=95', '≤ 10', '=100', 'tăng', 'giảm'."""
    s = nfc(text).strip().lower().replace(",", ".").replace("%", "").strip()
    if not s:
        return None
    words = {"tăng": "increase", "increase": "increase", "giảm": "decrease", "decrease": "decrease"}
    if s in words:
        return Goal(words[s])
    for sym, comp in (("≥", ">="), ("≤", "<="), (">=", ">="), ("<=", "<="), ("=", "="), (">", ">"), ("<", "<")):
        if s.startswith(sym):
            return Goal(comp, float(s[len(sym):].strip()))
    raise ValueError(text)


def format_goal(goal: Goal | None) -> str:
    """The inverse of ``parse_goal``: '>=95', 'tăng', '' for none."""
    if goal is None:
        return ""
    if goal.comparator == "increase":
        return "tăng"
    if goal.comparator == "decrease":
        return "giảm"
    value = goal.value
    number = str(int(value)) if value == int(value) else repr(value)
    return f"{goal.comparator}{number}"
