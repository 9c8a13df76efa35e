"""The store: durability pragmas, append-only history, heads, backups."""

import sqlite3

import pytest

from lcdesk.core.errors import StoreError
from lcdesk.core.store import Cell, Store
from lcdesk.core.store import migrations

CELL = Cell("hanoi-2025", "00004", 2025, "1.1.1.a", "value")


def test_store_uses_wal_full_sync_and_foreign_keys(store):
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert store.schema_version == migrations.LATEST


def test_every_change_appends_and_the_head_is_the_highest_sequence(store):
    store.append_record(CELL, {"rate": 90.0}, author_key="k1")
    store.append_record(CELL, {"rate": 96.0}, author_key="k1", status="complete")
    heads = store.heads(unit="00004")
    assert [h.payload for h in heads] == [{"rate": 96.0}]
    assert heads[0].seq == 2 and heads[0].status == "complete"
    assert [r.payload["rate"] for r in store.history(CELL)] == [90.0, 96.0]


def test_value_records_cannot_be_updated_or_deleted(store):
    store.append_record(CELL, {"rate": 90.0}, author_key="k1")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        store.conn.execute("UPDATE value_records SET payload = NULL")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        store.conn.execute("DELETE FROM value_records")
    assert store.count_records() == 1


def test_a_cleared_value_is_a_record_with_no_payload(store):
    store.append_record(CELL, {"rate": 90.0}, author_key="k1")
    store.append_record(CELL, None, author_key="k1")
    assert store.heads()[0].payload is None
    assert len(store.history(CELL)) == 2


def test_sequences_are_per_author_and_survive_reopening(home):
    with Store.open(home) as s:
        s.append_record(CELL, {"rate": 1.0}, author_key="a")
        s.append_record(CELL, {"rate": 2.0}, author_key="b")
    with Store.open(home) as s:
        r = s.append_record(CELL, {"rate": 3.0}, author_key="a")
        assert r.seq == 2 and s.last_seq("b") == 1
        assert {h.author_key: h.payload["rate"] for h in s.heads()} == {"a": 3.0, "b": 2.0}


def test_inserting_the_same_record_twice_changes_nothing(store):
    r = store.append_record(CELL, {"rate": 1.0}, author_key="a")
    assert store.insert_records([r]) == 0
    assert store.count_records() == 1


def test_a_failed_transaction_leaves_nothing_behind(store):
    with pytest.raises(RuntimeError):
        with store.transaction():
            store.append_record(CELL, {"rate": 1.0}, author_key="a")
            store.set_setting("x", 1)
            raise RuntimeError("power cut")
    assert store.count_records() == 0 and store.get_setting("x") is None


def test_settings_round_trip_json(store):
    store.set_setting("ui_language", "en")
    store.set_setting("ui_language", "vi")
    store.set_setting("periods", [2025, 2026])
    assert store.get_setting("ui_language") == "vi"
    assert store.get_setting("periods") == [2025, 2026]
    assert store.get_setting("missing", "d") == "d"


def test_backup_and_restore_bring_back_the_old_state(store):
    store.append_record(CELL, {"rate": 1.0}, author_key="a")
    backup = store.backup()
    store.append_record(CELL, {"rate": 2.0}, author_key="a")
    safety = store.restore(backup)
    assert [h.payload for h in store.heads()] == [{"rate": 1.0}]
    assert safety.exists() and len(store.list_backups()) == 2
    assert store.integrity_check() == "ok"


def test_restore_refuses_a_file_that_is_not_a_backup(store, tmp_path):
    bogus = tmp_path / "không phải.db"
    bogus.write_bytes(b"this is not sqlite" * 100)
    store.append_record(CELL, {"rate": 1.0}, author_key="a")
    with pytest.raises(StoreError) as err:
        store.restore(bogus)
    assert "không phải là bản sao lưu hợp lệ" in err.value.message_vi
    assert store.count_records() == 1


def test_a_database_from_a_newer_lcdesk_is_refused(home):
    Store.open(home).close()
    conn = sqlite3.connect(home / "lcdesk.db")
    conn.execute(f"PRAGMA user_version = {migrations.LATEST + 1}")
    conn.close()
    with pytest.raises(StoreError) as err:
        Store.open(home)
    assert "phiên bản lcdesk mới hơn" in err.value.message_vi


def test_automatic_backups_keep_only_the_newest(store):
    store.append_record(CELL, {"rate": 1.0}, author_key="a")
    made = [store.backup(reason="before-import", keep=3) for _ in range(5)]
    left = store.list_backups()
    assert left == made[-3:]
