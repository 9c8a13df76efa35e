"""Any set of bundles imported in any order, with any duplicates, gives the same final state."""

import itertools
import json

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from lcdesk.core.exchange import importer

from lcdesk.core.merge import rule as merge

from .city_fixture import build_pool, fresh_office

COUNTER = itertools.count()


@pytest.fixture(scope="module")
def pool(tmp_path_factory):
    return build_pool(tmp_path_factory.mktemp("pool"))


def final_state(template, dest, files):
    store = fresh_office(template, dest)
    try:
        statuses = [r.status for r in importer.import_files(store, files)]
        state = json.dumps([s.to_dict() for s in merge.cell_states(store)], sort_keys=True)
        return state, statuses, store.count_records()
    finally:
        store.close()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_import_order_and_duplicates_do_not_change_the_final_state(pool, tmp_path_factory, data):
    template, bundles = pool
    chosen = data.draw(st.lists(st.sampled_from(bundles), min_size=1, max_size=2 * len(bundles)))
    shuffled = data.draw(st.permutations(chosen))
    work = tmp_path_factory.mktemp(f"run{next(COUNTER)}")
    state, statuses, count = final_state(template, work / "shuffled", shuffled)
    expected, _, expected_count = final_state(template, work / "canonical", sorted(set(chosen)))
    assert state == expected and count == expected_count
    assert statuses.count("imported") == len(set(chosen))
    assert statuses.count("duplicate") == len(chosen) - len(set(chosen))


def test_the_pool_really_has_conflicts_and_superseded_values(pool, tmp_path):
    template, bundles = pool
    store = fresh_office(template, tmp_path / "all")
    importer.import_files(store, bundles)
    states = merge.cell_states(store)
    assert any(s.conflict for s in states), "two officers of one ward should disagree somewhere"
    assert store.count_records() > len(store.heads()), "later rounds should supersede earlier values"
    store.close()
