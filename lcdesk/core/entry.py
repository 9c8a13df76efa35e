"""Entering a figure: the one path the forms and ``lcdesk enter`` share.

It checks that the unit, period, indicator and measure are ones this
installation may report, validates the figure (``values.validate``) and appends
a record signed off by this installation's key. A form with errors may be kept
as a draft (its raw input is kept under ``draft_input``, never exported); it
cannot be marked complete.
"""

from __future__ import annotations

from lcdesk.core import identity, values
from lcdesk.core.errors import EntryError
from lcdesk.core.store import Cell, ValueRecord

MIN_PERIOD, MAX_PERIOD = 2000, 2100
DRAFT_INPUT = "draft_input"


def is_exportable(payload: dict | None) -> bool:
    return payload is None or DRAFT_INPUT not in payload


def allowed_units(store) -> list[str] | None:
    """The unit codes this installation reports for; None for the office (any unit)."""
    if identity.role(store) == identity.OFFICER:
        return [u["code"] for u in identity.provisioning(store)["units"]]
    return None


def check_cell(store, catalog, unit: str, period: int, indicator: str, measure: str):
    """The indicator of a cell this installation may write; raises EntryError otherwise."""
    if not MIN_PERIOD <= int(period) <= MAX_PERIOD:
        raise EntryError(f"Năm báo cáo {period} không hợp lệ.", f"Period {period} is not a valid year.")
    units = allowed_units(store)
    if units is not None and unit not in units:
        raise EntryError(f"Bạn không được phân công báo cáo cho đơn vị {unit}.",
                         f"You are not assigned to report for unit {unit}.")
    if identity.role(store) == identity.OFFICER:
        periods = identity.provisioning(store).get("periods") or []
        if periods and int(period) not in periods:
            raise EntryError(f"Năm {period} không nằm trong kỳ báo cáo được giao ({', '.join(map(str, periods))}).",
                             f"Period {period} is not one of the assigned periods {periods}.")
    ind = catalog.indicator(indicator)
    ind.measure(measure)
    return ind


def save_value(store, catalog, *, unit: str, period: int, indicator: str, measure: str, raw: dict,
               status: str = "draft", note: str = "", evidence=(), allow_invalid: bool = False) -> tuple[ValueRecord, values.Checked]:
    """Validate ``raw`` and append it; returns the record and the validation result."""
    ind = check_cell(store, catalog, unit, period, indicator, measure)
    checked = values.validate(ind, raw)
    payload = checked.payload
    if not checked.ok:
        if status == "complete" or not allow_invalid:
            raise EntryError(
                "Số liệu chưa hợp lệ: " + " ".join(e.message_vi for e in checked.errors),
                "Invalid figure: " + " ".join(e.message_en for e in checked.errors),
            )
        payload = {DRAFT_INPUT: {k: "" if v is None else str(v) for k, v in raw.items()}}
    kp = identity.my_key(store)
    record = store.append_record(
        Cell(catalog.id, unit, int(period), indicator, measure), payload,
        author_key=kp.key_id, author_name=identity.my_name(store), status=status, note=note,
        evidence=tuple(evidence),
    )
    return record, checked


def clear_value(store, catalog, *, unit: str, period: int, indicator: str, measure: str) -> ValueRecord:
    check_cell(store, catalog, unit, period, indicator, measure)
    kp = identity.my_key(store)
    return store.append_record(Cell(catalog.id, unit, int(period), indicator, measure), None,
                               author_key=kp.key_id, author_name=identity.my_name(store))
