"""The demo lives in the present: its reporting year is the one whose deadline comes next."""

from datetime import date

import pytest

from lcdesk.core.officer import demo

from lcdesk.core.officer import entry

from lcdesk.core.exchange import identity

from lcdesk.core.units import registry as units
from lcdesk.core.store import Store


@pytest.mark.parametrize("today, year", [(date(2026, 11, 23), 2026), (date(2026, 12, 10), 2026),
                                         (date(2026, 12, 11), 2027), (date(2027, 1, 2), 2027)])
def test_the_demo_year_is_the_one_whose_deadline_comes_next(today, year):
    assert demo.demo_year(today) == year


def test_the_demo_officer_is_provisioned_for_the_last_two_years(tmp_path, monkeypatch):
    monkeypatch.setenv(demo.TODAY_ENV, "2026-11-23")
    store = Store.open(tmp_path)
    try:
        demo.setup_demo(store)
        prov = identity.provisioning(store)
        assert prov["periods"] == [2025, 2026] and prov["deadline"] == "2026-12-10"
        catalog = store.get_catalog("hanoi-2025")
        ward = units.indicators_for_unit(catalog, store.get_unit(demo.DEMO_WARD))
        assert entry.progress(store, catalog, demo.DEMO_WARD, 2026, ward)["1.1.2.a"] == "complete"
        assert entry.progress(store, catalog, demo.DEMO_WARD, 2025, ward)["1.1.2.a"] == "complete"
    finally:
        store.close()
