"""Reading the store into a ``ReportData``: figures, completeness, checks, follow-ups, sources.

Each piece comes from the module that owns its meaning: city figures and checks from
``office.figures`` and ``office.checks``, completeness and review states from
``office.completeness``; this module only reads and arranges.
"""

from __future__ import annotations

import base64
from datetime import date
import json

from lcdesk.core.errors import CatalogError
from lcdesk.core.exchange import identity, keys
from lcdesk.core.office import completeness, expected
from lcdesk.core.office.report.data import ONLY, ReportData, UnitInfo, arrange
from lcdesk.core.office.report.settings import ReportError

LEARNING_CATALOG = "learning-models"
LEARNING_YEARS = 5
GROUP_DEPARTMENTS = "Sở, ban, ngành, tổ chức"
GROUP_LOCAL = "Phường, xã, đặc khu"


def gather(store, period: int, catalog_id: str | None = None, only: str = "received",
           day: date | None = None) -> ReportData:
    """Everything the report shows for ``period`` and one catalog (default: the office's first)."""
    from lcdesk.core.office import figures

    if only not in ONLY:
        raise ReportError(f"Lựa chọn --only phải là một trong: {', '.join(ONLY)}.",
                          f"--only must be one of: {', '.join(ONLY)}.")
    identity.require_role(store, identity.OFFICE)
    catalog = for_city(store, expected.office_catalog(store, catalog_id))
    period = int(period)
    figs = figures.city_figures(store, period, catalog.key, only=only, drill=True)
    comp = completeness.summary(store, period, catalog.id, today=day)
    units = unit_infos(store)
    groups = {u.code: u.group for u in units}
    rows = [{**r, "group": groups.get(r["code"], "")} for r in comp["units"]]
    data = ReportData(catalog=catalog, period=period, only=only, day=day or date.today(),
                      rows=arrange(catalog, figs), units=units, completeness=rows,
                      checks=_checks(store, period, catalog.key), follow_ups=_follow_ups(store, period, catalog.id),
                      sources=sources(store, catalog, period, {r["code"]: r for r in rows}, units))
    _learning(store, data, only)
    return data


def for_city(store, catalog):
    """The catalog with the office's own city's targets (a catalog may set targets per city)."""
    from lcdesk.core.catalog.targets import catalog_for_city

    return catalog_for_city(catalog, identity.office_settings(store).get("city"))


def unit_infos(store) -> list[UnitInfo]:
    """The office's units with the group a sheet per district puts them in."""
    from lcdesk.core.office.registry import office_units

    units = office_units(store)
    names = {u.code: u for u in units}
    out = []
    for u in units:
        if u.kind in ("city", "district", "expert"):
            continue
        parent = names.get(u.parent)
        if parent is not None and parent.kind == "district":
            group = parent.name
        else:
            group = GROUP_DEPARTMENTS if u.kind in ("department", "organisation") else GROUP_LOCAL
        out.append(UnitInfo(u.code, u.name, group))
    return out


def _checks(store, period: int, catalog_key: str) -> list[dict]:
    from lcdesk.core.office import checks

    return list(checks.office_checks(store, period, catalog_key))


def _follow_ups(store, period: int, catalog_id: str) -> list[dict]:
    reader = getattr(store, "follow_ups", None)
    return list(reader(period=period)) if reader else []


def _fingerprints(store) -> dict[str, tuple[str, str]]:
    out = {}
    for key in store.trusted_keys():
        try:
            out[key.key_id] = (key.name, keys.fingerprint(base64.b64decode(key.public_key)))
        except ValueError:
            out[key.key_id] = (key.name, "")
    return out


def review_text(row: dict | None) -> str:
    if not row or not row.get("expected"):
        return ""
    text = f"Đã duyệt {row.get('approved', 0)}/{row['expected']} biểu"
    if row.get("returned"):
        text += f"; {row['returned']} biểu bị trả lại"
    return text


def sources(store, catalog, period: int, comp: dict[str, dict], units: list[UnitInfo]) -> list[dict]:
    """One row per (bundle, unit) of the period: officer, key fingerprint, bundle, received, review."""
    names = {u.code: u.name for u in units}
    people = _fingerprints(store)
    out = []
    for b in store.bundles():
        if str(b["catalog"]).split("@")[0] != catalog.id or period not in json.loads(b["periods"]):
            continue
        officer, fingerprint = people.get(b["author_key"], ("", ""))
        for unit in json.loads(b["units"]):
            out.append({"unit": unit, "unit_name": names.get(unit, unit), "officer": officer,
                        "fingerprint": fingerprint, "bundle": b["file_name"], "bundle_id": b["bundle_id"],
                        "key_id": b["author_key"], "received": b["imported_at"][:16].replace("T", " "),
                        "review": review_text(comp.get(unit))})
    out.sort(key=lambda s: (s["unit_name"], s["received"]))
    return out


def _learning(store, data: ReportData, only: str) -> None:
    """The learning-society rows: the learning-models catalog if the office collects it, else
    the report catalog's indicators with per-year targets; figures for the last five years."""
    from lcdesk.core.office import figures

    keys_ = identity.office_catalog_keys(store)
    key = next((k for k in keys_ if k.split("@")[0] == LEARNING_CATALOG), None)
    catalog = for_city(store, store.get_catalog(key)) if key else data.catalog
    indicators = [i for i in catalog.indicators if i.target and i.target.by_year]
    if not indicators:
        return
    years = list(range(data.period - LEARNING_YEARS + 1, data.period + 1))
    by_year: dict[int, dict] = {y: {} for y in years}
    for f in figures.city_figures(store, years, catalog.key, only=only):
        if f["measure"] == _headline(catalog, f["indicator"]):
            by_year[f["period"]][f["indicator"]] = f
    data.learning_years = years
    for ind in indicators:
        now = by_year[data.period].get(ind.code)
        data.learning.append({
            "indicator": ind, "source": catalog.source,
            "by_year": {y: (by_year[y].get(ind.code) or {}).get("value") for y in years},
            "evaluation": (now or {}).get("evaluation") or "no_figure",
        })


def _headline(catalog, code: str) -> str:
    try:
        return catalog.indicator(code).headline_measure.code
    except CatalogError:  # a figure of an indicator the catalog no longer has
        return ""
