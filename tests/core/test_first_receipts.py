"""When the office first received each unit's figures of a catalog, for a bundle that carries
several catalogs ("id@version" joined by commas in the bundles table) as for one of a single one."""

from __future__ import annotations

from lcdesk.core.store import Store


def _bundle(store, n, catalog, units, periods):
    store.record_bundle(bundle_id=f"b{n}", author_key=f"k{n}", bundle_seq=1, catalog=catalog, units=units,
                        periods=periods, records=[], new_records=0, file_name=f"b{n}.lcb", manifest={})


def test_every_catalog_a_bundle_carries_counts_as_received(tmp_path):
    with Store.open(tmp_path) as store:
        _bundle(store, 1, "hanoi-2025@2025.1,learning-models@2025.2", ["00004"], [2025])
        _bundle(store, 2, "learning-models@2025.2", ["00007"], [2025])
        _bundle(store, 3, "hanoi-2025", ["00010"], [2025])  # a version-1 bundle: the bare id
        _bundle(store, 4, "hanoi-2025_x@1", ["00013"], [2025])  # another id that LIKE's "_" would match
        _bundle(store, 5, "learning-models@2025.2", ["00016"], [2024])  # another year
        assert set(store.first_receipts("learning-models", 2025)) == {"00004", "00007"}
        assert set(store.first_receipts("hanoi-2025", 2025)) == {"00004", "00010"}
        assert set(store.first_receipts("hanoi", 2025)) == set()
        assert set(store.first_receipts("learning-models", 2024)) == {"00016"}
