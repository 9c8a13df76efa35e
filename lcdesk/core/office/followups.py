"""Follow-up marks: the office notes "to check with the unit" on any value, with a comment.

A mark is an append-only row (``followups``): opening, re-commenting and closing each append
one; the newest row per (catalog, unit, period, indicator, measure) stands. The follow-up
list is the open marks (or all, with their state); the report's data-quality annex lists them.
"""

from __future__ import annotations

from lcdesk.core.errors import LcdeskError
from lcdesk.core.text import nfc

OPEN, CLOSED = "open", "closed"
STATE_VI = {OPEN: "Đang theo dõi", CLOSED: "Đã xong"}
MAX_COMMENT = 2000


class FollowUpError(LcdeskError):
    """A follow-up mark that cannot be recorded as asked."""


def _author(store) -> str:
    from lcdesk.core.exchange import identity

    try:
        return identity.my_name(store)
    except LcdeskError:
        return ""


def mark(store, *, catalog: str, unit: str, period: int, indicator: str, measure: str = "", comment: str,
         state: str = OPEN) -> dict:
    """Open (or re-comment, or with ``state`` closed: close) the mark on one value; returns it."""
    comment = nfc(comment or "").strip()
    if state not in (OPEN, CLOSED):
        raise FollowUpError(f"Trạng thái theo dõi '{state}' không hợp lệ.", f"Unknown follow-up state {state!r}.")
    if state == OPEN and not comment:
        raise FollowUpError("Hãy ghi nhận xét: cần kiểm tra lại điều gì với đơn vị?",
                            "Write a comment: what should be checked with the unit?")
    if len(comment) > MAX_COMMENT:
        raise FollowUpError(f"Nhận xét dài quá {MAX_COMMENT} ký tự.", f"The comment is longer than {MAX_COMMENT} characters.")
    catalog = str(catalog).split("@")[0]
    store.add_follow_up(catalog=catalog, unit=unit, period=int(period), indicator=indicator, measure=measure,
                        comment=comment, state=state, author=_author(store))
    return current(store, catalog=catalog, unit=unit, period=period, indicator=indicator, measure=measure)


def close(store, *, catalog: str, unit: str, period: int, indicator: str, measure: str = "", comment: str = "") -> dict:
    return mark(store, catalog=catalog, unit=unit, period=period, indicator=indicator, measure=measure,
                comment=comment or "Đã kiểm tra xong.", state=CLOSED)


def current(store, *, catalog: str, unit: str, period: int, indicator: str, measure: str = "") -> dict | None:
    for row in store.follow_ups(period=int(period), catalog=str(catalog).split("@")[0]):
        if (row["unit"], row["indicator"], row["measure"]) == (unit, indicator, measure):
            return row
    return None


def follow_up_list(store, period: int | None = None, open_only: bool = True) -> list[dict]:
    """The marks (the newest row of each), open ones only by default: by period, catalog and indicator,
    the units in the office's one order within it (``unit_names.order_keys``, as on Số liệu: district
    group, kind, name ignoring case and diacritics), then measure. ``name`` is the unit's name in the
    office's city (its code only for a unit the city does not know)."""
    from lcdesk.core.office.registry import office_units
    from lcdesk.core.office.unit_names import order_keys, sort_key

    rows = [r for r in store.follow_ups(period=period) if r["state"] == OPEN or not open_only]
    if not rows:
        return rows
    try:
        city = office_units(store)
    except LcdeskError:  # not an office (no city): every unit sorts by code
        city = []
    order, names = order_keys(city), {u.code: u.name for u in city}
    for r in rows:
        if r["name"] == r["unit"] and r["unit"] in names:  # a unit the store's own list does not name
            r["name"] = names[r["unit"]]
    return sorted(rows, key=lambda r: (r["period"], r["catalog"], r["indicator"], sort_key(order, r["unit"]),
                                       r["measure"]))
