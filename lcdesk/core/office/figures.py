"""City figures: one figure per catalog, period, indicator and measure, from the units' values.

How a city figure is computed (``docs/figures-and-checks.md``), per measure:

- **percent**: Σ numerator / Σ denominator × 100 over the units that gave both (never an
  average of the units' percentages). Units that gave only a rate are *left out* and
  counted in ``units_rate_only`` (``--drill`` lists them). Only when no unit gave counts and
  a single unit gave a rate (a department reporting for the whole city) is that rate the
  city's figure.
- **count_by_sex**: male, female and total summed over every unit that reported; the rate
  is Σ total / Σ base × 100 over the units that gave a base (``numerator``/``denominator``).
  ``value`` is the summed total.
- **rating5**: the city's rating recorded by the office (``record_city_rating``, with a
  note: the expert panel's ratings of area 3); without it, the one rating when every unit
  that rated agrees. The units' ratings are always given as ``distribution``.
- **trend**: "increase"/"decrease" from Σ figure against Σ previous over the units that gave
  both; else from this year's Σ figure against last year's; else the units' direction when
  they all agree.

Which values count: ``only="received"`` (default) every current value the office holds;
``only="approved"`` only forms in the review state ``approved``. Coverage is given with every
figure: ``units_expected`` (the review chain's expected set), the units that reported, and
how many of them are approved (``coverage`` says it in words: "118/126 đơn vị, 110 đã duyệt").

The target is the indicator's goal for the year (``Target.goal_for``: the milestone rule of
``docs/catalogs.md``); it applies to the headline measure. ``evaluation`` is ``met``,
``not_met``, ``no_figure`` or ``no_target``.
"""

from __future__ import annotations

from lcdesk.core.catalog import targets
from lcdesk.core.errors import LcdeskError
from lcdesk.core.numbers import format_count

ONLY = ("received", "approved")
MET, NOT_MET, NO_FIGURE, NO_TARGET = "met", "not_met", "no_figure", "no_target"


class FiguresError(LcdeskError):
    """A bad request for city figures."""


def city_figures(store, period, catalog=None, indicator=None, only: str = "received", drill: bool = False) -> list[dict]:
    """Every city figure of ``period`` (an int, or several years) for ``catalog`` (id or
    id@version; default every catalog the office collects), optionally one ``indicator``."""
    if only not in ONLY:
        raise FiguresError(f"Lựa chọn --only phải là một trong: {', '.join(ONLY)}.", f"--only must be one of: {', '.join(ONLY)}.")
    periods = [int(period)] if isinstance(period, (int, str)) else sorted({int(p) for p in period})
    out = []
    for cat in _catalogs(store, catalog):
        if indicator is not None:
            cat.indicator(indicator)  # an unknown code is the user's error
        out.extend(_catalog_figures(store, cat, periods, indicator, only, drill))
    return out


def _catalogs(store, catalog) -> list:
    from lcdesk.core.exchange import identity
    from lcdesk.core.office.expected import office_catalog

    if catalog is not None:
        return [office_catalog(store, catalog)]
    return identity.office_catalogs(store)


def approved_pairs(store, catalog_id: str, period: int) -> set[tuple[int, str, str]]:
    """(period, unit, indicator) whose form is approved (the review chain's ``form_states``)."""
    from lcdesk.core.office import review

    if not _has_reviews(store, catalog_id, period):
        return set()
    return {(int(period), *key) for key, state in review.form_states(store, catalog_id, period).items()
            if state == review.APPROVED}


def _has_reviews(store, catalog_id: str, period: int) -> bool:
    reader = getattr(store, "review_records", None)
    return bool(reader(catalog_id, period)) if reader else False


def expected_counts(store, catalog_id: str, period: int) -> dict[str, int]:
    from lcdesk.core.office.expected import expected_cells

    return {ind: len(units) for ind, units in expected_cells(store, catalog_id, period).items()}


def _catalog_figures(store, cat, periods: list[int], indicator, only: str, drill: bool) -> list[dict]:
    approved = set().union(*(approved_pairs(store, cat.id, y) for y in periods))
    selected = dict(catalog=cat.id, periods=periods, indicator=indicator, approved=approved, approved_only=only == "approved")
    sums = {(r["period"], r["indicator"], r["measure"]): r for r in store.city_cell_sums(**selected)}
    units = _drill_units(store, **selected) if drill else {}
    previous = _previous_figures(store, cat, periods, indicator, approved, only)
    city = _office_city(store)
    out = []
    for year in periods:
        expected = expected_counts(store, cat.id, year)
        ratings = store.city_ratings(cat.id, year)
        for ind in cat.indicators:
            if indicator is not None and ind.code != indicator:
                continue
            for m in ind.measures:
                key = (year, ind.code, m.code)
                fig = figure_of(ind, m, year, sums.get(key) or {}, expected.get(ind.code, 0), ratings.get(ind.code),
                                previous.get(key), city)
                fig["catalog"] = cat.id
                if drill:
                    fig["units"] = units.get(key, [])
                out.append(fig)
    return out


def _office_city(store) -> str | None:
    from lcdesk.core.exchange import identity

    return str(identity.office_settings(store).get("city") or "") or None


def _previous_figures(store, cat, periods, indicator, approved, only) -> dict:
    """{(year, indicator, measure): last year's Σ figure} of trend indicators (a trend compares
    two years' city figures)."""
    trend = [i.code for i in cat.indicators if i.kind == "trend" and indicator in (None, i.code)]
    if not trend:
        return {}
    rows = store.city_cell_sums(catalog=cat.id, periods=[y - 1 for y in periods], indicator=trend)
    return {(r["period"] + 1, r["indicator"], r["measure"]): r["figure_all"] for r in rows}


def figure_of(ind, measure, year: int, row: dict, expected: int, rating: dict | None, previous_figure,
              city: str | None = None) -> dict:
    """One city figure from its sums (``Store.city_cell_sums``' row, possibly empty)."""
    n = lambda key: row.get(key) or 0  # noqa: E731
    fig = {
        "catalog": "", "indicator": ind.code, "measure": measure.code, "period": int(year), "kind": ind.kind,
        "value": None, "numerator": None, "denominator": None,
        "units_counted": 0, "units_expected": int(expected), "units_rate_only": 0,
        "units_reported": n("units_reported"), "units_approved": n("units_approved"),
        "units_conflict": n("conflicts"),
        "target": None, "evaluation": NO_TARGET,
    }
    _KIND_FIGURES[ind.kind](fig, row, rating, previous_figure)
    fig["coverage"] = coverage_text(fig)
    _evaluate(fig, ind, measure, year, city)
    return fig


def _percent(fig: dict, row: dict, rating, previous) -> None:
    num, den = row.get("numerator"), row.get("denominator")
    fig["units_counted"] = row.get("units_counted") or 0
    fig["units_rate_only"] = row.get("units_rate_only") or 0
    if fig["units_counted"] and den:
        fig["numerator"], fig["denominator"] = _whole(num), _whole(den)
        fig["value"] = round(num / den * 100, 4)
    elif fig["units_rate_only"] == 1 and fig["units_reported"] == 1:
        fig["value"] = row.get("any_rate")  # one unit reports for the whole city: nothing to weigh


def _count_by_sex(fig: dict, row: dict, rating, previous) -> None:
    fig["male"], fig["female"] = _whole(row.get("male")), _whole(row.get("female"))
    fig["value"] = fig["total"] = _whole(row.get("total"))
    fig["units_counted"] = row.get("units_based") or 0
    fig["rate"] = None
    if fig["units_counted"] and row.get("base"):
        fig["numerator"], fig["denominator"] = _whole(row["based_total"]), _whole(row["base"])
        fig["rate"] = round(row["based_total"] / row["base"] * 100, 4)


def _rating5(fig: dict, row: dict, rating, previous) -> None:
    dist = {str(r): row.get(f"r{r}") or 0 for r in range(1, 6)}
    fig["distribution"] = dist
    fig["units_counted"] = sum(dist.values())
    fig["note"], fig["rated_by"] = "", ""
    if rating is not None:
        fig["value"], fig["note"], fig["rated_by"] = rating["rating"], rating["note"], "office"
    else:
        given = [int(r) for r, count in dist.items() if count]
        if len(given) == 1:
            fig["value"], fig["rated_by"] = given[0], "units"


def _trend(fig: dict, row: dict, rating, previous) -> None:
    fig["units_counted"] = (row.get("increase") or 0) + (row.get("decrease") or 0)
    fig["figure"], fig["previous"] = None, None
    if row.get("units_paired"):
        fig["figure"], fig["previous"] = row["figure"], row["previous"]
    elif row.get("units_figure") and previous is not None:
        fig["figure"], fig["previous"] = row["figure_all"], previous
    direction = _direction(fig["figure"], fig["previous"])
    if direction is None and fig["units_counted"]:
        if not row.get("decrease"):
            direction = "increase"
        elif not row.get("increase"):
            direction = "decrease"
    fig["value"] = direction


def _direction(figure, previous):
    if figure is None or previous is None or figure == previous:
        return None
    return "increase" if figure > previous else "decrease"


_KIND_FIGURES = {"percent": _percent, "count_by_sex": _count_by_sex, "rating5": _rating5, "trend": _trend}


def _whole(value):
    if value is None:
        return None
    return int(value) if float(value) == int(value) else value


def _evaluate(fig: dict, ind, measure, year: int, city: str | None) -> None:
    """The city's own target for ``year`` (``targets``: per-city targets, the milestone rule)."""
    target = targets.for_city(ind.target, city) if measure.code == ind.headline_measure.code else None
    goal = target.goal_for(year) if target is not None else None
    if goal is None:
        fig["target"], fig["evaluation"] = None, NO_TARGET
        return
    unit = "%" if ind.kind in ("percent", "count_by_sex") else measure.unit  # a count's target is on its rate
    fig["target"] = {"comparator": goal.comparator, "value": goal.value, "text": goal.describe_vi(unit)}
    headline = fig["rate"] if ind.kind == "count_by_sex" else fig["value"]
    status = goal.check(headline)
    fig["evaluation"] = {targets.MET: MET, targets.NOT_MET: NOT_MET}.get(status, NO_FIGURE)


def coverage_text(fig: dict) -> str:
    """'118/126 đơn vị, 110 đã duyệt' (and the rate-only units left out, when there are some)."""
    text = f"{format_count(fig['units_reported'])}/{format_count(fig['units_expected'])} đơn vị, " \
           f"{format_count(fig['units_approved'])} đã duyệt"
    if fig.get("units_rate_only"):
        text += f"; {format_count(fig['units_rate_only'])} đơn vị chỉ báo tỷ lệ, không tính vào số liệu chung"
    return text


def _drill_units(store, **selected) -> dict:
    """{(period, indicator, measure): [unit rows]} behind each figure, with bundle and officer."""
    from lcdesk.core.office.registry import unit_names_of

    names = unit_names_of(store)
    out: dict = {}
    bundles: dict = {}
    for r in store.city_cell_units(**selected):
        key = (r["author_key"], r["seq"])
        if key not in bundles:
            bundles[key] = store.bundle_of_record(*key)
        r["name"] = names.get(r["unit"], r["name"])
        out.setdefault((r["period"], r["indicator"], r["measure"]), []).append(unit_row(r, bundles[key]))
    return out


def unit_row(r: dict, bundle) -> dict:
    """One unit behind a city figure."""
    value = r["rating"] if r["rating"] is not None else r["direction"] if r["direction"] is not None else \
        r["total"] if r["total"] is not None else r["rate"]
    counted = r["num"] is not None and (r["den"] or 0) > 0
    return {
        "code": r["unit"], "name": r["name"], "value": value,
        "numerator": _whole(r["num"]) if counted else _whole(r["total"]) if r["base"] else None,
        "denominator": _whole(r["den"]) if counted else _whole(r["base"]),
        "rate": r["rate"], "rate_only": r["num"] is None and r["rate"] is not None and r["total"] is None,
        "conflict": bool(r["conflict"]), "approved": bool(r["approved"]),
        "bundle": bundle, "officer": r["author_name"], "key_id": r["author_key"],
    }


def figure_text(fig: dict, language: str = "vi") -> str:
    """A city figure in words through ``core/numbers``: '50 % (500/1.000)', 'Nam 100 · Nữ 98 · Tổng 198 · 98,13 %'."""
    from lcdesk.core.numbers import format_figure

    if fig["value"] is None:
        return ""
    kind = fig["kind"]
    if kind == "percent":
        payload = {"rate": fig["value"], "numerator": fig["numerator"], "denominator": fig["denominator"]}
    elif kind == "count_by_sex":
        payload = {"male": fig["male"], "female": fig["female"], "total": fig["total"], "rate": fig["rate"]}
    elif kind == "rating5":
        payload = {"rating": fig["value"]}
    else:
        payload = {"direction": fig["value"], "figure": fig.get("figure")}
    return format_figure(kind, payload, language=language)


def record_city_rating(store, period: int, indicator: str, rating: int, note: str = "", catalog=None) -> dict:
    """The office records the city's rating of a rating indicator (area 3: the expert panel's), with a note."""
    from lcdesk.core.exchange import identity
    from lcdesk.core.office.expected import office_catalog
    from lcdesk.core.text import nfc

    cat = office_catalog(store, catalog)
    ind = cat.indicator(indicator)
    if ind.kind != "rating5":
        raise FiguresError(f"Chỉ số {indicator} không phải chỉ số đánh giá 5 mức.", f"Indicator {indicator} is not a rating.")
    if int(rating) not in range(1, 6):
        raise FiguresError("Mức đánh giá phải từ 1 đến 5.", "The rating must be from 1 to 5.")
    store.record_city_rating(cat.id, int(period), indicator, int(rating), nfc(note or "").strip(),
                             author=identity.my_name(store))
    return city_figures(store, int(period), cat.id, indicator)[0]
