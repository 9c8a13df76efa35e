"""``office values`` in text mode: one line per cell a clerk can read.

    Phường Ba Đình (00004) · 2025 · 1.1.1.a: 95 % (950/1000) · hoàn thành · Nguyễn Văn An

Unit names, not codes (the code in brackets); figures formatted as Vietnamese
readers expect (``lcdesk.core.numbers``); the standing value's status in words; a
conflict lists its candidates; a value from a revoked key says so.
"""

from __future__ import annotations

from lcdesk.core import numbers
from lcdesk.core.office import values_json, values_view
from lcdesk.core.errors import CatalogError

STATUS_WORDS = {"draft": "nháp", "complete": "hoàn thành", None: "chưa có"}


class Catalogs:
    """The catalogs records name, loaded once each (a record names the id only)."""

    def __init__(self, store):
        self.store, self.loaded = store, {}

    def indicator(self, catalog: str, code: str):
        if catalog not in self.loaded:
            try:
                self.loaded[catalog] = self.store.get_catalog(catalog)
            except CatalogError:
                self.loaded[catalog] = None
        cat = self.loaded[catalog]
        if cat is None:
            return None
        try:
            return cat.indicator(code)
        except (KeyError, CatalogError):
            return None


def figure(indicator, measure_code: str, payload: dict | None) -> str:
    """A payload in words; the raw text when the catalog does not know the indicator."""
    if indicator is None:
        return "" if payload is None else str(payload)
    measure = next((m for m in indicator.measures if m.code == measure_code), None)
    return numbers.format_figure(indicator.kind, payload, measure)


def measure_label(indicator, measure_code: str) -> str:
    if indicator is None:
        return "" if measure_code == "value" else f" ({measure_code})"
    if len(indicator.measures) <= 1:
        return ""
    measure = next((m for m in indicator.measures if m.code == measure_code), None)
    return f" ({measure.label if measure else measure_code})"


def lines(store, *, catalog: str | None = None, period: int | None = None, provenance: bool = False):
    """One line per cell, streamed."""
    names = values_json.unit_names(store)
    catalogs = Catalogs(store)
    ctx = values_view.Context(store)
    for view in values_view.iter_cells(store, catalog=catalog, period=period, context=ctx):
        indicator = catalogs.indicator(view.catalog, view.indicator)
        unit = f"{names[view.unit]} ({view.unit})" if view.unit in names else f"{view.unit} (không thuộc thành phố)"
        head = f"{unit} · {view.period} · {view.catalog} {view.indicator}{measure_label(indicator, view.measure)}"
        yield f"{head}: {_body(view, indicator, ctx, provenance)}"


def _body(view, indicator, ctx, provenance: bool) -> str:
    if view.conflict:
        shown = "; ".join(f"{s.author or s.key_id[:8]}: {figure(indicator, view.measure, s.payload)}" for s in view.sources)
        mark = "XUNG ĐỘT (đã mở lại sau quyết định)" if view.reopened else "XUNG ĐỘT"
        return f"{mark}, {len(view.sources)} nguồn — {shown}"
    text = f"{figure(indicator, view.measure, view.value)} · {STATUS_WORDS.get(view.status, view.status)}"
    if view.resolved_by:
        text += " · văn phòng đã quyết định"
    authors = ", ".join(s.author or s.key_id[:8] for s in view.sources)
    if authors:
        text += f" · {authors}"
    if view.revoked:
        text += " · (khóa đã bị thu hồi)"
    if provenance:
        received = [ctx.origins.lookup(s.key_id, s.seq)[1] for s in view.sources]
        text += " · nhận lúc " + ", ".join(r or "—" for r in received)
    return text
