"""A small city for the review chain: an office, three wards, a department, the expert panel.

Wards report the four ``district`` indicators of hanoi-2025 (a two-tier city: the wards
directly under the city), the Department of Health its two; the expert panel nothing.
Built through the library, with real enrolments, provisioning and signed bundles.
"""

from __future__ import annotations

from pathlib import Path

from lcdesk.core.exchange import bundle, identity, importer, provisioning
from lcdesk.core.officer import entry
from lcdesk.core.store import Store
from lcdesk.core.units import registry as units
from lcdesk.core.units.city import city_units

PERIOD = 2025
CATALOG = "hanoi-2025"
WARD_INDICATORS = ("1.1.2.a", "1.3.2.a", "2.2.2.c", "2.2.2.d")
HEALTH_INDICATORS = ("1.3.2.e", "1.3.2.f")
WARDS = {"00004": "Phường Ba Đình", "00008": "Phường Ngọc Hà", "00025": "Phường Giảng Võ"}
HEALTH = "01-so-y-te"


def city_unit_list() -> list:
    city = units.find_city("01")
    found = [city] + [units.Unit(code, name, "ward", "01", "01") for code, name in WARDS.items()]
    found.append(units.Unit(HEALTH, "Sở Y tế", "department", "01", "01"))
    found.append(units.Unit("01-chuyen-gia", units.EXPERT_NAME, "expert", "01", "01"))
    return found


def make_office(home: Path) -> Store:
    store = Store.open(home)
    identity.init_office(store, units.find_city("01"), store.get_catalog(CATALOG))
    store.replace_units("01", city_unit_list())
    return store


def enrol(office: Store, officer_home: Path, name: str, unit: str, work: Path) -> Store:
    officer = Store.open(officer_home)
    req = work / f"{officer_home.name}.lcr"
    provisioning.write_enrolment_request(officer, req, name, "Công chức văn hóa - xã hội")
    prov = work / f"{officer_home.name}.lcp"
    city = units.find_city("01")
    provisioning.enroll(office, req, [unit], prov, [PERIOD], "2025-12-10", city_units(office, city))
    provisioning.setup(officer, prov)
    return officer


def fill(officer: Store, unit: str, indicators, *, complete: bool = True, rate: tuple[int, int] = (45, 60)) -> None:
    catalog = officer.get_catalog(identity.provisioning(officer)["catalogs"][0])
    for code in indicators:
        ind = catalog.indicator(code)
        for m in ind.measures:
            entry.save_value(officer, catalog, unit=unit, period=PERIOD, indicator=code, measure=m.code,
                             raw={"numerator": rate[0], "denominator": rate[1]},
                             status="complete" if complete else "draft")


def send(officer: Store, office: Store, work: Path, name: str):
    """Export the officer's bundle and import it at the office; returns the import result."""
    path = bundle.export_bundle(officer, work / f"{name}.lcb").path
    return importer.import_files(office, [path])[0]


def reviewed_ward(work: Path, unit: str = "00004") -> tuple[Store, Store]:
    """(office, officer): the ward sent its four forms; the office approved 1.1.2.a and 2.2.2.c,
    returned 1.3.2.a (a comment on its rate) and the officer applied the feedback file."""
    from lcdesk.core.exchange import feedback
    from lcdesk.core.office import review_actions
    from lcdesk.core.officer import open_file

    office = make_office(work / "office")
    officer = enrol(office, work / "a", "Nguyễn Văn An", unit, work)
    fill(officer, unit, WARD_INDICATORS)
    send(officer, office, work, "a1")
    review_actions.approve(office, CATALOG, PERIOD, unit, ["1.1.2.a", "2.2.2.c"])
    review_actions.return_form(office, CATALOG, PERIOD, unit, "1.3.2.a", "Mẫu số không khớp với dân số năm 2025",
                               measure="value")
    key = next(k.key_id for k in office.trusted_keys() if unit in k.units)
    feedback.write_feedback(office, key, work / "a.lcf")
    assert open_file.open_file(officer, work / "a.lcf")["status"] == "applied"
    return office, officer


def two_catalog_officer(work: Path, wards=("00004",), periods=(PERIOD,)) -> tuple[Store, Store, list]:
    """(office, officer, catalogs): a Hà Nội office collecting both catalogs (the UNESCO criteria and
    the learning-society models) and an officer of ``wards`` provisioned for both."""
    office = Store.open(work / "office")
    cats = [office.get_catalog("hanoi-2025"), office.get_catalog("learning-models")]
    identity.init_office(office, units.find_city("01"), cats, "Sở GD&ĐT Hà Nội")
    officer = Store.open(work / "officer")
    provisioning.write_enrolment_request(officer, work / "a.lcr", "Nguyễn Văn An")
    provisioning.enroll(office, work / "a.lcr", list(wards), work / "a.lcp", list(periods), "2025-12-10",
                        city_units(office, units.find_city("01")))
    provisioning.setup(officer, work / "a.lcp")
    return office, officer, cats
