"""Forward migrations, tested from every earlier schema version."""

import sqlite3

import pytest

from lcdesk.core.store import Cell, Store, migrations
from lcdesk.core.store.base import connect

CELL = Cell("hanoi-2025", "00004", 2025, "1.1.1.a", "value")


def build_at(home, version):
    """A database at schema ``version`` with one value and one setting in it."""
    conn = connect(home / "lcdesk.db")
    migrations.migrate(conn, target=version)
    conn.execute("INSERT INTO settings (key, value) VALUES ('ui_language', '\"en\"')")
    conn.execute(
        "INSERT INTO value_records (catalog, unit, period, indicator, measure, payload, status, "
        "author_key, seq, created_at) VALUES ('hanoi-2025', '00004', 2025, '1.1.1.a', 'value', "
        "'{\"rate\":96.0}', 'complete', 'k1', 1, '2025-01-01T00:00:00+00:00')"
    )
    conn.close()


@pytest.mark.parametrize("version", range(1, migrations.LATEST))
def test_a_database_at_every_earlier_version_migrates_with_its_data(tmp_path, version):
    build_at(tmp_path, version)
    with Store.open(tmp_path) as store:
        assert store.schema_version == migrations.LATEST
        assert store.get_setting("ui_language") == "en"
        assert store.heads()[0].payload == {"rate": 96.0}
        assert store.integrity_check() == "ok"
        backups = store.list_backups()
    assert len(backups) == 1 and f"before-migration-v{version}" in backups[0].name
    old = sqlite3.connect(backups[0])
    assert old.execute("PRAGMA user_version").fetchone()[0] == version


def test_a_fresh_database_is_created_at_the_latest_version_without_a_backup(tmp_path):
    with Store.open(tmp_path) as store:
        assert store.schema_version == migrations.LATEST
        assert store.list_backups() == []


def test_a_failing_migration_rolls_back_and_keeps_the_old_version(tmp_path, monkeypatch):
    build_at(tmp_path, 1)

    def broken(conn):
        conn.execute("CREATE TABLE half_done (x)")
        raise RuntimeError("crash in the middle of a migration")

    monkeypatch.setattr(migrations, "MIGRATIONS", [migrations.MIGRATIONS[0], broken])
    monkeypatch.setattr(migrations, "LATEST", 2)
    with pytest.raises(RuntimeError):
        Store.open(tmp_path)
    conn = sqlite3.connect(tmp_path / "lcdesk.db")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'").fetchone()[0] == 0


def test_v3_per_record_bundle_rows_become_sequence_ranges(tmp_path):
    conn = connect(tmp_path / "lcdesk.db")
    migrations.migrate(conn, target=3)
    conn.execute("INSERT INTO bundles VALUES ('b1', 'k1', 1, 'hanoi-2025@2025.1', '[]', '[]', 4, 4, 'a.lcb', "
                 "'2025-01-01T00:00:00+00:00', '{}')")
    conn.executemany("INSERT INTO record_bundles (author_key, seq, bundle_id) VALUES ('k1', ?, 'b1')",
                     [(1,), (2,), (3,), (7,)])
    conn.close()
    with Store.open(tmp_path) as store:
        assert store.conn.execute("SELECT seq_ranges FROM bundle_records").fetchone()[0] == "[[1, 3], [7, 7]]"
        assert store.record_origins()[("k1", 7)][0] == "b1" and ("k1", 4) not in store.record_origins()
        assert store.conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'record_bundles'").fetchone()[0] == 0
