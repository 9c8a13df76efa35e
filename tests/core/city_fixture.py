"""A small city built through the library: an office, officers, and real signed bundles.

Shared by the merge property test, the importer kill test and ``bench/merge.py``.
"""

from __future__ import annotations

import random
import shutil
from pathlib import Path

from lcdesk.core.exchange import bundle

from lcdesk.core.officer import entry

from lcdesk.core.exchange import identity

from lcdesk.core.exchange import provisioning

from lcdesk.core.units import registry as units
from lcdesk.core.units.city import city_units
from lcdesk.core.store import Store

PERIOD = 2025


def make_office(home: Path, catalog_id: str = "hanoi-2025") -> Store:
    store = Store.open(home)
    identity.init_office(store, units.find_city("01"), store.get_catalog(catalog_id))
    return store


def enrol(office: Store, officer_home: Path, name: str, unit_codes: list[str], work: Path) -> Store:
    officer = Store.open(officer_home)
    req = work / f"{officer_home.name}.lcr"
    provisioning.write_enrolment_request(officer, req, name)
    prov = work / f"{officer_home.name}.lcp"
    city = units.find_city(identity.office_settings(office)["city"])
    provisioning.enroll(office, req, unit_codes, prov, [PERIOD], "2025-12-10", city_units(office, city))
    provisioning.setup(officer, prov)
    return officer


def percent_indicators(catalog):
    return [(i.code, m.code) for i in catalog.indicators if i.kind == "percent" and i.bounds == (0.0, 100.0)
            for m in i.measures]


def random_round(officer: Store, rng: random.Random, unit: str, cells: list, count: int) -> None:
    catalog = officer.get_catalog(identity.provisioning(officer)["catalogs"][0])
    for indicator, measure in rng.sample(cells, count):
        den = rng.randint(1, 1000)
        raw = {"numerator": rng.randint(0, den), "denominator": den}
        entry.save_value(officer, catalog, unit=unit, period=PERIOD, indicator=indicator, measure=measure,
                         raw=raw, status=rng.choice(["draft", "complete"]))


def build_pool(work: Path, seed: int = 7, rounds: int = 4) -> tuple[Path, list[Path]]:
    """An office home (template) and bundles from three officers, two sharing a ward.

    Each officer enters random figures in rounds, exporting after each, so the pool
    holds newer and older bundles of the same key and disagreeing officers."""
    rng = random.Random(seed)
    office_home = work / "office"
    office = make_office(office_home)
    catalog = office.get_catalog("hanoi-2025")
    ward = units.Unit("00004", "", "ward", "01", "01")
    assigned = {i.code for i in units.indicators_for_unit(catalog, ward)}  # the office refuses the others
    cells = [c for c in percent_indicators(catalog) if c[0] in assigned][:12]
    plan = [("a", "Nguyễn Văn An", "00004"), ("b", "Trần Thị Bình", "00004"), ("c", "Lê Văn Cường", "00008")]
    officers = [(enrol(office, work / k, n, [u], work), u) for k, n, u in plan]
    office.close()
    pool = []
    for r in range(rounds):
        for officer, unit in officers:
            random_round(officer, rng, unit, cells, rng.randint(2, min(6, len(cells))))
            pool.append(bundle.export_bundle(officer, work / f"{officer.home.name}-{r}.lcb").path)
    for officer, _ in officers:
        officer.close()
    return office_home, pool


def fresh_office(template: Path, dest: Path) -> Store:
    shutil.copytree(template, dest)
    return Store.open(dest)
