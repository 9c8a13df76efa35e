"""A durable save reads its settings and its key once per store, not once per save; the caches
follow every change."""

from __future__ import annotations

from unittest import mock

import pytest

from lcdesk.core.exchange import identity, keys
from lcdesk.core.officer import entry
from lcdesk.core.officer.demo_home import open_demo
from lcdesk.core.store import Store


@pytest.fixture
def officer(tmp_path):
    store = open_demo(tmp_path)
    yield store
    store.close()


def _save(store, value):
    catalog = identity.officer_catalogs(store)[0]
    return entry.save_value(store, catalog, unit="00004", period=2025, indicator="1.1.2.a", measure="value",
                            raw={"numerator": value, "denominator": 100})


def _count_queries(store):
    seen = []
    store.conn.set_trace_callback(seen.append)
    return seen


def test_a_save_after_the_first_runs_no_settings_query_and_parses_no_key(officer):
    _save(officer, 1)
    queries = _count_queries(officer)
    with mock.patch.object(keys, "_load", wraps=keys._load) as parsed:
        for value in (2, 3, 4):
            _save(officer, value)
    assert [q for q in queries if "settings" in q] == []
    assert parsed.call_count == 0
    assert officer.get_setting("role") == identity.OFFICER
    # each save still wrote its record, durably
    assert sum(q.startswith("INSERT OR IGNORE INTO value_records") for q in queries) == 3


def test_a_changed_setting_is_read_again_by_every_store_of_the_database(tmp_path):
    first, second = Store.open(tmp_path), Store.open(tmp_path)  # the window's store and a worker's
    try:
        first.set_setting("ui_language", "vi")
        assert second.get_setting("ui_language") == "vi"
        queries = _count_queries(second)
        assert second.get_setting("ui_language") == "vi" and queries == []
        first.set_setting("ui_language", "en")
        assert second.get_setting("ui_language") == "en" and len(queries) == 1
    finally:
        first.close()
        second.close()


def test_a_rolled_back_setting_is_not_kept(store):
    store.set_setting("deadline", "2025-12-10")
    with pytest.raises(RuntimeError), store.transaction():
        store.set_setting("deadline", "2099-01-01")
        assert store.get_setting("deadline") == "2099-01-01"
        raise RuntimeError("boom")
    assert store.get_setting("deadline") == "2025-12-10"


def test_a_cached_setting_cannot_be_changed_by_its_reader(store):
    store.set_setting("provisioning", {"units": ["00004"]})
    store.get_setting("provisioning")["units"].append("99999")
    assert store.get_setting("provisioning") == {"units": ["00004"]}


def test_a_restore_forgets_the_cached_settings(store, tmp_path):
    store.set_setting("ui_language", "vi")
    backup = store.backup(tmp_path / "b.db")
    store.set_setting("ui_language", "en")
    assert store.get_setting("ui_language") == "en"
    store.restore(backup)
    assert store.get_setting("ui_language") == "vi"


def test_the_key_is_parsed_again_when_its_file_or_passphrase_changes(tmp_path):
    kp = keys.load_or_create(tmp_path)
    with mock.patch.object(keys, "_load", wraps=keys._load) as parsed:
        assert keys.load_or_create(tmp_path).key_id == kp.key_id
        assert parsed.call_count == 0
        keys.change_passphrase(tmp_path, None, b"mat khau dai")
        with pytest.raises(keys.KeyFileError):
            keys.load_or_create(tmp_path)  # protected now: the cached key is not handed out
        with pytest.raises(keys.KeyFileError):
            keys.load_or_create(tmp_path, b"sai")
        assert keys.load_or_create(tmp_path, b"mat khau dai").key_id == kp.key_id
        assert parsed.call_count == 4  # change_passphrase reads it once, then each of the three tries
