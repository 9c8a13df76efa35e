"""An office collects several catalogs at once; provisioning, bundles and the importer carry them all."""

from __future__ import annotations

import pytest

from lcdesk.core.exchange import bundle, identity, importer, provisioning
from lcdesk.core.officer import entry
from lcdesk.core.store import Store
from lcdesk.core.units import registry as units
from lcdesk.core.units.city import city_units

from tests.core.review_city import two_catalog_officer

WARD = "00004"


@pytest.fixture
def pair(tmp_path):
    office, officer, cats = two_catalog_officer(tmp_path, [WARD], [2025])
    yield office, officer, cats
    office.close()
    officer.close()


def test_the_office_keeps_every_catalog_and_the_old_single_catalog_calls_still_work(pair):
    office, _, cats = pair
    assert [c.key for c in identity.office_catalogs(office)] == [c.key for c in cats]
    settings = identity.office_settings(office)
    assert settings["catalog"] == cats[0].key and settings["catalogs"] == [c.key for c in cats]
    identity.set_office_catalogs(office, [cats[1]])
    assert [c.id for c in identity.office_catalogs(office)] == ["learning-models"]
    identity.set_office_catalog(office, cats[0])  # one catalog: replaced, as it always was
    assert [c.id for c in identity.office_catalogs(office)] == ["hanoi-2025"]


def test_an_office_set_up_with_one_catalog_object_reads_as_a_list(tmp_path):
    store = Store.open(tmp_path / "o")
    identity.init_office(store, units.find_city("01"), store.get_catalog("hanoi-2025"))
    assert [c.id for c in identity.office_catalogs(store)] == ["hanoi-2025"]
    store.set_setting("office", {k: v for k, v in identity.office_settings(store).items() if k != "catalogs"})
    assert [c.id for c in identity.office_catalogs(store)] == ["hanoi-2025"]  # settings written before this change
    store.close()


def test_provisioning_carries_every_catalog_and_records_the_key_s_scope(pair):
    office, officer, cats = pair
    assert [c.key for c in identity.officer_catalogs(officer)] == [c.key for c in cats]
    key_id = identity.my_key(officer).key_id
    assert office.key_scope(key_id) == (frozenset({"hanoi-2025", "learning-models"}), frozenset({2025}))


def test_a_bundle_carries_all_of_an_officer_s_catalogs_and_the_office_imports_them(pair, tmp_path):
    office, officer, cats = pair
    mine = identity.officer_catalogs(officer)
    entry.save_value(officer, mine[0], unit=WARD, period=2025, indicator="1.1.2.a", measure="value",
                     raw={"numerator": 9, "denominator": 10}, status="complete")
    entry.save_value(officer, mine[1], unit=WARD, period=2025, indicator="1.1.1.a", measure="value",
                     raw={"numerator": 3, "denominator": 4}, status="complete")
    out = bundle.export_bundle(officer, tmp_path / "both.lcb")
    [res] = importer.import_files(office, [out.path])
    assert res.status == "imported" and res.records == 2, res.to_dict()
    assert {h.cell.catalog for h in office.heads()} == {"hanoi-2025", "learning-models"}
    [row] = office.bundles()
    assert row["catalog"] == ",".join(f"{c.id}@{c.version}" for c in cats)


def test_a_key_provisioned_before_a_second_catalog_cannot_report_it(tmp_path):
    office = Store.open(tmp_path / "office")
    identity.init_office(office, units.find_city("01"), [office.get_catalog("hanoi-2025")])
    officer = Store.open(tmp_path / "officer")
    provisioning.write_enrolment_request(officer, tmp_path / "a.lcr", "An")
    provisioning.enroll(office, tmp_path / "a.lcr", [WARD], tmp_path / "a.lcp", [2025], "",
                        city_units(office, units.find_city("01")))
    key_id = identity.my_key(officer).key_id
    identity.set_office_catalogs(office, [office.get_catalog("hanoi-2025"), office.get_catalog("learning-models")])
    assert office.key_scope(key_id)[0] == frozenset({"hanoi-2025"})  # until re-provisioned
    provisioning.reprovision(office, key_id, tmp_path / "b.lcp", [2026], "", city_units(office, units.find_city("01")))
    assert office.key_scope(key_id) == (frozenset({"hanoi-2025", "learning-models"}), frozenset({2025, 2026}))
    office.close()
    officer.close()
