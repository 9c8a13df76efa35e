"""``lcdesk office export-db``: the period's figures as a clean analysis database.

The rows come from the same gathering as the report (``gather``), for every catalog the
office collects; ``lcdesk.core.store.analysis_db`` writes them (the store is the only
package that writes SQL). The schema: docs/analysis-db.md.
"""

from __future__ import annotations

import json

from lcdesk.core.exchange import identity
from lcdesk.core.office import completeness, review


def _number(value):
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def _text(value):
    if value is None:
        return None
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def _indicator_row(catalog, ind) -> dict:
    t = ind.target
    by_year = t.by_year if t else {}
    return {"catalog": catalog.id, "code": ind.code, "area": ind.area, "area_title": catalog.node_title(ind.area),
            "standard": ind.standard, "standard_title": catalog.node_title(ind.standard), "criterion": ind.criterion,
            "criterion_title": catalog.node_title(ind.criterion), "text": ind.text, "kind": ind.kind,
            "responsible": "; ".join(ind.responsible), "assign": "; ".join(ind.assign),
            "target_text": t.text if t else None,
            "target_comparator": t.goal.comparator if t and t.goal else None,
            "target_value": t.goal.value if t and t.goal else None,
            "target_2025": by_year["2025"].value if "2025" in by_year else None,
            "target_2030": by_year["2030"].value if "2030" in by_year else None, "note": ind.note}


def _city_row(fig: dict, target_value) -> dict:
    return {**{k: fig.get(k) for k in ("catalog", "period", "indicator", "measure", "kind", "numerator",
                                       "denominator", "units_counted", "units_expected", "units_rate_only",
                                       "evaluation")},
            "catalog": fig["catalog"].split("@")[0], "value": _text(fig.get("value")),
            "value_number": _number(fig.get("value")), "target_value": target_value}


def _unit_rows(catalog, period: int, fig: dict, states: dict) -> list[dict]:
    out = []
    for u in fig.get("units") or []:
        counted = u.get("numerator") is not None and u.get("denominator") is not None
        out.append({"catalog": catalog.id, "period": period, "unit": u["code"], "indicator": fig["indicator"],
                    "measure": fig["measure"], "value": _text(u.get("value")), "value_number": _number(u.get("value")),
                    "numerator": u.get("numerator"), "denominator": u.get("denominator"), "counted": int(counted),
                    "bundle": u.get("bundle"), "officer": u.get("officer"),
                    "review_state": states.get((u["code"], fig["indicator"]))})
    return out


def collect_rows(store, period: int, only: str = "received") -> dict[str, list[dict]]:
    """{table: rows} of the analysis database for ``period``."""
    from lcdesk.core.office.report.gather import gather, unit_infos
    from lcdesk.core.office.registry import office_units

    period = int(period)
    rows: dict[str, list[dict]] = {name: [] for name in ("units", "indicators", "city_figures", "figures", "sources", "checks")}
    comp = {r["code"]: r for r in completeness.summary(store, period)["units"]}
    groups = {u.code: u.group for u in unit_infos(store)}
    for u in office_units(store):
        c = comp.get(u.code, {})
        rows["units"].append({"code": u.code, "name": u.name, "kind": u.kind, "parent": u.parent,
                              "group_name": groups.get(u.code, ""),
                              **{k: c.get(k, 0) for k in ("expected", "received", "complete", "approved", "returned")},
                              "rate": c.get("rate")})
    for catalog in identity.office_catalogs(store):
        data = gather(store, period, catalog.key, only)
        states = review.form_states(store, catalog.id, period)
        for r in data.rows:
            rows["indicators"].append(_indicator_row(data.catalog, r.indicator))
            goal = r.indicator.target.goal_for(period) if r.indicator.target else None
            for fig in r.figures:
                rows["city_figures"].append(_city_row(fig, goal.value if goal else None))
                rows["figures"].extend(_unit_rows(catalog, period, fig, states))
        rows["sources"].extend(data.sources)
        rows["checks"].extend(data.checks)
    rows["checks"] = [{**c, "id": i} for i, c in enumerate(_unique(rows["checks"]), 1)]
    return rows


def _unique(checks: list[dict]) -> list[dict]:
    seen, out = set(), []
    for c in checks:
        key = json.dumps(c, sort_keys=True, ensure_ascii=False, default=str)
        if key not in seen:
            seen.add(key)
            out.append(c)
    return out


def export_analysis_db(store, period: int, out, only: str = "received") -> dict:
    """Write the analysis database of ``period`` to ``out``; returns the row counts per table."""
    from lcdesk.core.store.analysis_db import write_analysis_db

    identity.require_role(store, identity.OFFICE)
    counts = write_analysis_db(out, collect_rows(store, period, only))
    return {"out": str(out), "period": int(period), "only": only, "tables": counts}
