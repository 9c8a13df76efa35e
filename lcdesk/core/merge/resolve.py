"""The office settles a conflict: a recorded, attributable decision, never an overwrite.

The decision is a value record of origin ``resolution`` by the office's key,
listing the candidates (author key / sequence) it settles. It stands until a
candidate changes; see ``merge.py``. A decision always carries its reason (the
note): the desk's dialog and ``office resolve --note`` both end here, so neither
can record one without it.
"""

from __future__ import annotations

from lcdesk.core.exchange import identity

from lcdesk.core.merge import rule as merge

from lcdesk.core.catalog import values
from lcdesk.core.errors import EntryError
from lcdesk.core.store import Cell, ValueRecord, utc_now

NO_NOTE_VI = "Hãy ghi lý do của quyết định (ví dụ: đã gọi điện xác minh với phường)."
NO_NOTE_EN = "Give the reason for the decision (--note), e.g. confirmed by phone with the ward."


def resolve(store, *, unit: str, period: int, indicator: str, measure: str, choose: str | None = None,
            value_text: str | None = None, note: str = "", catalog: str | None = None) -> ValueRecord:
    note = (note or "").strip()
    if not note:
        raise EntryError(NO_NOTE_VI, NO_NOTE_EN)
    office = identity.office_settings(store)
    cat = store.get_catalog(catalog or office["catalog"])
    cell = Cell(cat.id, unit, int(period), indicator, measure)
    states = [s for s in merge.cell_states(store, period=int(period), catalog=cat.id, unit=unit) if s.cell == cell]
    if not states:
        raise EntryError("Ô số liệu này chưa có giá trị nào để quyết định.", "This cell has no value to resolve.")
    state = states[0]
    payload = _chosen_payload(state, cat.indicator(indicator), choose, value_text)
    kp = identity.my_key(store)
    with store.transaction():
        seq = store.next_counter(f"seq:{kp.key_id}")
        record = ValueRecord(cell, payload, "complete", note, (), kp.key_id, identity.my_name(store), seq,
                             utc_now(), origin=merge.RESOLUTION)
        store.add_resolution(record, [f"{s.key_id}/{s.seq}" for s in state.sources])
    return record


def _chosen_payload(state, indicator, choose, value_text):
    if (choose is None) == (value_text is None):
        raise EntryError("Hãy chọn giá trị của một nguồn (--choose) hoặc nhập giá trị mới (--value).",
                         "Give either --choose KEY_ID or --value V.")
    if choose is not None:
        for source in state.sources:
            if source.key_id == choose:
                return source.value
        raise EntryError(f"Không có nguồn {choose} cho ô số liệu này.", f"No source {choose} for this cell.")
    checked = values.validate(indicator, values.parse_value_text(indicator.kind, value_text))
    if not checked.ok:
        raise EntryError(" ".join(e.message_vi for e in checked.errors), " ".join(e.message_en for e in checked.errors))
    return checked.payload
