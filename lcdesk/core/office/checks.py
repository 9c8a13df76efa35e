"""Data-quality checks: the catalog's rules, peer outliers and year-on-year jumps, in words.

The same rules (``lcdesk.core.catalog.rules``: the catalog's own, the built-in ones and those
the kinds imply) run at the office on every unit's current values (``office_checks``) and on
the officer's laptop on the officer's own figures (``officer_checks``, before export). Outliers
(``outliers.py``) run only at the office, where the peers are.

A check row (the CLI contract of ``office checks --json``)::

    {"unit", "indicator", "rule", "importance", "message_vi", "kind": "rule"|"outlier"|"jump",
     "catalog", "period", "measure", "unit_name", "value"}

When the peer check cannot run for some figures (fewer than 8 units, or MAD = 0), one row of
kind ``outlier`` with ``unit`` None and rule ``outlier:not-run`` says which and why.
"""

from __future__ import annotations

import json

from lcdesk.core.catalog import rules
from lcdesk.core.errors import LcdeskError
from lcdesk.core.office import outliers

JUMP_SETTING = "checks.jump_factor"
IMPORTANCE_ORDER = {"high": 0, "medium": 1, "low": 2}


class ChecksError(LcdeskError):
    """A bad setting or request for the checks."""


def jump_factor(store) -> float:
    return float(store.get_setting(JUMP_SETTING, outliers.DEFAULT_JUMP) or outliers.DEFAULT_JUMP)


def set_jump_factor(store, factor) -> float:
    """The office's factor for year-on-year jumps (default 3: ×3 or ÷3)."""
    try:
        value = float(str(factor).replace(",", "."))
    except ValueError:
        value = 0.0
    if not 1.0 < value <= 1000:
        raise ChecksError("Hệ số thay đổi giữa hai năm phải là một số lớn hơn 1 (ví dụ 3).",
                          "The year-on-year factor must be a number greater than 1 (e.g. 3).")
    store.set_setting(JUMP_SETTING, value)
    return value


def _row(cat, period, unit, names, indicator, measure, rule, importance, message, kind, value=None) -> dict:
    return {"unit": unit, "indicator": indicator, "rule": rule, "importance": importance, "message_vi": message,
            "kind": kind, "catalog": cat.id, "period": int(period), "measure": measure,
            "unit_name": names.get(unit, unit) if unit else "", "value": value}


def headline_value(kind: str, payload: dict | None):
    """The figure outliers and jumps compare: a rate (percent, and count by sex with a base)."""
    if not payload:
        return None
    if kind in ("percent", "count_by_sex"):
        return payload.get("rate")
    return None


def rule_rows(cat, period: int, unit: str, values: dict, names: dict, indicator: str | None = None) -> list[dict]:
    """The failed rules of one unit's figures (``values``: {(indicator, measure): payload})."""
    out = []
    for failure in rules.check_values(cat, values, indicator):
        r = failure.rule
        out.append(_row(cat, period, unit, names, r.indicator, "", r.id, r.importance, failure.message_vi, "rule",
                        failure.left))
    return out


# ------------------------------------------------------------------- office


def office_checks(store, period: int, catalog=None, indicator: str | None = None) -> list[dict]:
    """Every flag of ``period`` at the office: failed rules, peer outliers, jumps. Sorted by catalog,
    then indicator, the units in the office's one order within it (``unit_names.order_keys``, as on
    Số liệu: "Phường Cầu Giấy" before "Phường Chương Mỹ"), importance and rule; the rows about no
    one unit (the peer check that could not run) come after every unit's rows, by catalog."""
    from lcdesk.core.office.figures import _catalogs
    from lcdesk.core.office.registry import office_units
    from lcdesk.core.office.unit_names import order_keys, sort_key

    units = {u.code: u for u in office_units(store)}
    names = {c: u.name for c, u in units.items()}
    order = order_keys(units.values())
    out = []
    for cat in _catalogs(store, catalog):
        current = _unit_values(store, cat.id, int(period))  # every indicator: rules look across them
        previous = _unit_values(store, cat.id, int(period) - 1)
        for unit, values in sorted(current.items()):
            out.extend(rule_rows(cat, period, unit, values, names, indicator))
        out.extend(_outlier_rows(cat, int(period), current, units, names))
        out.extend(_jump_rows(cat, int(period), current, previous, names, jump_factor(store)))
    if indicator is not None:
        out = [r for r in out if r["indicator"] == indicator]
    out.sort(key=lambda r: (r["unit"] is None, r["catalog"], r["indicator"], sort_key(order, r["unit"] or ""),
                            IMPORTANCE_ORDER.get(r["importance"], 3), r["rule"]))
    return out


def _unit_values(store, catalog_id: str, period: int) -> dict:
    """{unit: {(indicator, measure): payload}} of the current values."""
    out: dict = {}
    for r in store.city_cell_units(catalog=catalog_id, periods=[period]):
        if r["payload"] is not None:
            out.setdefault(r["unit"], {})[(r["indicator"], r["measure"])] = json.loads(r["payload"])
    return out


def _outlier_rows(cat, period: int, current: dict, units: dict, names: dict) -> list[dict]:
    out, skipped = [], []
    for ind in cat.indicators:
        if ind.kind not in ("percent", "count_by_sex"):
            continue
        for m in ind.measures:
            values = {u: headline_value(ind.kind, v.get((ind.code, m.code))) for u, v in current.items()}
            values = {u: x for u, x in values.items() if x is not None}
            if not values:
                continue
            word = outliers.peers_word(units[u].kind for u in values if u in units)
            result = outliers.peer_outliers(values, word, " %")
            if not result.ran:
                code = ind.code if len(ind.measures) == 1 else f"{ind.code}/{m.code}"
                skipped.append((code, result.n, result.mad == 0))
            for unit, x, _score, message in result.flags:
                out.append(_row(cat, period, unit, names, ind.code, m.code, "outlier:modified-z", "medium", message,
                                "outlier", x))
    if skipped:
        out.append(_row(cat, period, None, names, "", "", "outlier:not-run", "low", _not_run_words(skipped), "outlier"))
    return out


def _not_run_words(skipped: list[tuple[str, int, bool]]) -> str:
    """'Không kiểm tra ngoại lai cho 3 số liệu: dưới 8 đơn vị có số liệu — 1.1.1.a (4), 1.2.1.a (1); …'."""
    few = [f"{code} ({n})" for code, n, mad_zero in skipped if not mad_zero]
    flat = [f"{code} ({n})" for code, n, mad_zero in skipped if mad_zero]
    parts = []
    if few:
        parts.append(f"dưới {outliers.MIN_UNITS} đơn vị có số liệu — {', '.join(few)}")
    if flat:
        parts.append(f"hơn nửa số đơn vị cùng một số liệu (MAD = 0) — {', '.join(flat)}")
    return f"Không kiểm tra ngoại lai cho {len(skipped)} số liệu: " + "; ".join(parts) + "."


def _jump_rows(cat, period: int, current: dict, previous: dict, names: dict, factor: float) -> list[dict]:
    out = []
    for unit, values in current.items():
        before = previous.get(unit, {})
        for (code, measure), payload in values.items():
            try:
                ind = cat.indicator(code)
            except LcdeskError:
                continue
            now, then = headline_value(ind.kind, payload), headline_value(ind.kind, before.get((code, measure)))
            message = outliers.jump(now, then, factor, period - 1, " %")
            if message:
                out.append(_row(cat, period, unit, names, code, measure, f"jump:x{factor:g}", "medium", message,
                                "jump", now))
    return out


def failed_forms(store, catalog_id: str, period: int) -> set[tuple[str, str]]:
    """(unit, indicator) of forms with a failed rule, outlier or jump (the review chain's seam)."""
    return {(r["unit"], r["indicator"]) for r in office_checks(store, period, catalog_id) if r["unit"]}


def form_checks(store, catalog_id: str, period: int, unit: str, indicator: str) -> list[dict]:
    """The flags of one form (the review screen shows them)."""
    return [r for r in office_checks(store, period, catalog_id, indicator) if r["unit"] == unit]


# ------------------------------------------------------------------ officer


def officer_checks(store, period: int | None = None, catalog=None, unit: str | None = None) -> list[dict]:
    """The rules on the officer's own current figures (what ``lcdesk check`` and the export dialog show):
    by catalog, then the officer's units in the office's one order (``unit_names.order_keys``: district
    group, kind, name ignoring case and diacritics), then year."""
    from types import SimpleNamespace

    from lcdesk.core.exchange import identity
    from lcdesk.core.office.unit_names import order_keys, sort_key
    from lcdesk.core.officer import entry

    prov = identity.provisioning(store)
    cats = identity.officer_catalogs(store)
    if catalog is not None:
        cats = [c for c in cats if c.id == str(catalog).split("@")[0]]
    names = {u["code"]: u["name"] for u in prov.get("units", [])}
    order = order_keys(SimpleNamespace(code=u["code"], name=u["name"], kind=u.get("kind", ""), parent=u.get("parent"))
                       for u in prov.get("units", []))
    periods = [int(period)] if period is not None else [int(p) for p in prov.get("periods") or []]
    out = []
    for cat in cats:
        for code in sorted(names, key=lambda c: sort_key(order, c)):
            if unit is not None and code != unit:
                continue
            for year in periods:
                heads = entry.my_heads(store, cat.id, code, year)
                values = {k: r.payload for k, r in heads.items() if r.payload is not None}
                if values:
                    out.extend(rule_rows(cat, year, code, values, names))
    return out


def form_warnings(catalog, period: int, unit: str, values: dict, indicator: str) -> list[dict]:
    """The failed rules of one form as it stands on the officer's screen (no store needed)."""
    return rule_rows(catalog, period, unit, values, {}, indicator)
