"""A cell's history at the office, newest first, when two records carry the same second: the one
written later into the office's store comes first (times are kept to the second; an office's
decision written right after the import it settles must not sort below it)."""

from __future__ import annotations

from lcdesk.core.office import cell_detail
from lcdesk.core.store import Store
from lcdesk.core.store.records import Cell

SECOND = "2026-12-01T14:07:05Z"


def test_within_one_second_the_later_written_record_comes_first(tmp_path):
    cell = Cell("hanoi-2025", "00004", 2025, "1.3.2.a", "value")
    with Store.open(tmp_path) as store:
        store.append_record(cell, {"value": 4.0}, author_key="officer", author_name="Nguyễn Văn An", seq=3,
                            created_at=SECOND)
        store.append_record(cell, {"value": 4.2}, author_key="colleague", author_name="Trần Thị Bình", seq=7,
                            created_at=SECOND)
        store.append_record(cell, {"value": 3.8}, author_key="office", author_name="Văn phòng", seq=1,
                            created_at=SECOND, note="Đã xác minh")
        names = [e.author for e in cell_detail.history(store, cell)]
    assert names == ["Văn phòng", "Trần Thị Bình", "Nguyễn Văn An"]


def test_otherwise_the_newest_time_comes_first(tmp_path):
    cell = Cell("hanoi-2025", "00004", 2025, "1.3.2.a", "value")
    with Store.open(tmp_path) as store:
        store.append_record(cell, {"value": 4.0}, author_key="officer", seq=3, created_at="2026-12-01T14:07:06Z")
        store.append_record(cell, {"value": 3.8}, author_key="office", seq=1, created_at=SECOND)
        assert [e.key_id for e in cell_detail.history(store, cell)] == ["officer", "office"]
