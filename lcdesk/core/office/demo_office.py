"""The demo city office: a registry of a dozen officers and an inbox of their bundles.

``populate(office)`` turns a demo office store (made by ``officer.demo.setup_demo`` at
``<demo>/demo-office``, or a fresh one) into a working Sở office of Hà Nội collecting both
programs: twelve officers enrolled for real (their own keys, signed requests and
provisioning files), nine bundles already imported, and an inbox folder
(``<office>/hop-thu-dung-thu``) holding what a clerk meets on a December morning:

- two new bundles, one of them from a second officer of Phường Ba Đình whose figures
  differ from the first one's (a **conflict** once imported);
- a copy of a bundle already imported (a **duplicate**);
- a bundle whose figures were changed after signing (**tampered**: rejected, quarantined);
- an enrolment request (``.lcr``) from a thirteenth officer, to try the phone check.

``open_demo_office(base)`` opens (and on first use builds) it below a data folder;
``open_office_of_demo(officer_home)`` the one beside a demo officer's folder.
"""

from __future__ import annotations

import shutil
import tempfile
import zipfile
from datetime import date
from pathlib import Path

from lcdesk.core.exchange import bundle, identity, importer, provisioning
from lcdesk.core.office import registry
from lcdesk.core.officer import entry
from lcdesk.core.officer.demo import DEADLINE_DAY, demo_year
from lcdesk.core.store import Store
from lcdesk.core.text import slug
from lcdesk.core.units import registry as units

CITY, CATALOGS = "01", ("hanoi-2025", "learning-models")
SETTING = "demo_office"
INBOX_FOLDER = "hop-thu-dung-thu"
OFFICE_NAME = "Văn phòng Sở Giáo dục và Đào tạo Hà Nội (dùng thử)"
OFFICERS = [
    "Phan Thanh Tâm", "Trần Văn Bình", "Lê Thị Cúc", "Phạm Quốc Dũng", "Hoàng Thị Hà", "Vũ Đức Hải",
    "Đặng Thị Hồng", "Bùi Văn Khánh", "Đỗ Thị Lan", "Ngô Văn Minh", "Dương Thị Ngọc", "Lý Văn Phúc",
]
NEWCOMER = "Trịnh Thị Quỳnh"
PRE_IMPORTED = 9  # officers 0..8; 9 and 10 are in the inbox; 11 shares officer 0's ward
POSITION = "Công chức văn hóa - xã hội"


def demo_wards(office) -> list:
    """The first eleven wards of Hà Nội (officer 11 reports for the first one too)."""
    local = [u for u in registry.office_units(office) if u.kind in units.LOCAL_KINDS]
    return local[:11]


def _ensure_office(office) -> None:
    catalogs = [office.get_catalog(c) for c in CATALOGS]
    if identity.role(office) is None:
        identity.init_office(office, units.find_city(CITY), catalogs, OFFICE_NAME)
    elif hasattr(identity, "set_office_catalogs"):
        identity.set_office_catalogs(office, catalogs)
    office.set_setting("demo", True)


def _figures(officer, ward, year: int, salt: int, differ: bool = False) -> None:
    """Four UNESCO figures and two learning-society counts, as a ward officer enters them;
    ``differ``: the first figure is not the one the ward's other officer entered (a conflict)."""
    for catalog_id in CATALOGS:
        catalog = officer.get_catalog(_catalog_key(officer, catalog_id))
        chosen = [i for i in units.indicators_for_unit(catalog, ward) if i.kind == "percent"][:4 if catalog_id == CATALOGS[0] else 2]
        for k, ind in enumerate(chosen):
            den = 900 + 37 * salt + 11 * k
            num = den * (55 + (salt * 7 + k * 5) % 40) // 100 - (7 if differ and k == 0 and catalog_id == CATALOGS[0] else 0)
            entry.save_value(officer, catalog, unit=ward.code, period=year, indicator=ind.code, measure=ind.measures[0].code,
                             raw={"numerator": num, "denominator": den}, status="complete" if k % 3 else "draft",
                             note="Số liệu mẫu để dùng thử" if k == 0 else "")


def _catalog_key(store, catalog_id: str) -> str:
    keys = (store.get_setting("provisioning") or {}).get("catalogs") or []
    return next((k for k in keys if k.split("@")[0] == catalog_id), catalog_id)


def _officer(office, work: Path, i: int, name: str, ward, year: int, deadline: str) -> Path:
    """Enrol officer ``i`` for real, enter their figures, export their bundle; returns it."""
    home = work / f"officer-{i:02d}"
    officer = Store.open(home)
    try:
        request = work / f"{slug(name)}.lcr"
        provisioning.write_enrolment_request(officer, request, name, POSITION, ward.name)
        prov = work / f"{slug(name)}.lcp"
        registry.enrol(office, request, [ward.code], prov, [year], deadline)
        provisioning.setup(officer, prov)
        last = i == len(OFFICERS) - 1
        _figures(officer, ward, year, i % len(demo_wards(office)), differ=last)
        return bundle.export_bundle(officer, work / "bundles" / str(i), create_folder=True).path
    finally:
        officer.close()


def _tamper(source: Path, dest: Path) -> None:
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(dest, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == bundle.RECORDS:
                data = data.replace(b'"numerator":', b'"numerator":1', 1)
            dst.writestr(info, data)


def populate(office) -> dict:
    """Build the demo registry and inbox in ``office`` (once); returns {"inbox": folder}."""
    done = office.get_setting(SETTING)
    if done:
        return done
    _ensure_office(office)
    year = demo_year()
    deadline = date(year, *DEADLINE_DAY).isoformat()
    wards = demo_wards(office)
    inbox = office.home / INBOX_FOLDER
    inbox.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="lcdesk-demo-office-") as tmp:
        work = Path(tmp)
        files = [_officer(office, work, i, name, wards[i % len(wards)], year, deadline) for i, name in enumerate(OFFICERS)]
        importer.import_files(office, files[:PRE_IMPORTED])
        new, tampered, conflicting = files[PRE_IMPORTED], files[PRE_IMPORTED + 1], files[PRE_IMPORTED + 2]
        shutil.copyfile(new, inbox / f"01-{new.name}")
        shutil.copyfile(conflicting, inbox / f"02-{conflicting.name}")
        shutil.copyfile(files[0], inbox / f"03-ban-sao-{files[0].name}")
        _tamper(tampered, inbox / f"04-bi-sua-{tampered.name}")
        newcomer = Store.open(work / "newcomer")
        try:
            provisioning.write_enrolment_request(newcomer, inbox / f"yeu-cau-{slug(NEWCOMER)}.lcr", NEWCOMER, POSITION,
                                                 wards[-1].name)
        finally:
            newcomer.close()
    info = {"inbox": str(inbox)}
    office.set_setting(SETTING, info)
    return info


def open_office_of_demo(officer_home: str | Path) -> Store:
    """The demo office beside a demo officer's data folder (``<officer_home>/demo-office``),
    built on first use (the demo officer stays enrolled in it)."""
    store = Store.open(Path(officer_home) / "demo-office")
    try:
        populate(store)
    except BaseException:
        store.close()
        raise
    return store


def open_demo_office(base: str | Path) -> Store:
    """The demo office below the data folder ``base`` (``<base>/demo/demo-office``), built on first use."""
    from lcdesk.core.officer.demo_home import open_demo

    officer = open_demo(base)
    home = officer.home
    officer.close()
    return open_office_of_demo(home)
