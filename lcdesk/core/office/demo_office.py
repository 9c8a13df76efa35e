"""The demo city office: a registry of a dozen officers and an inbox of their bundles.

``populate(office)`` turns a demo office store (made by ``officer.demo.setup_demo`` at
``<demo>/demo-office``, or a fresh one) into a working Sở office of Hà Nội collecting both
programs: twelve officers enrolled for real (their own keys, signed requests and
provisioning files), nine bundles already imported — eight wards' every form and the
departments' figures, sent by the Sở Giáo dục và Đào tạo, with a peer outlier and two failed
rules among them (``demo_figures``) — the expert panel's ratings recorded by the office, and
an inbox folder (``<office>/hop-thu-dung-thu``) holding what a clerk meets on a December
morning:

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
from lcdesk.core.office import demo_figures, expected, registry
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
DEPARTMENT_OFFICER = 8  # reports the departments' figures; the others report for a ward
POSITION = "Công chức văn hóa - xã hội"
DEPARTMENT_POSITION = "Chuyên viên Sở Giáo dục và Đào tạo (thường trực Ban Chỉ đạo xây dựng xã hội học tập)"
INBOX_FORMS = (4, 2)  # the inbox's ward bundles: the first forms of each catalog, as before


def demo_wards(office, city: list | None = None) -> list:
    """The first eleven wards of Hà Nội (officer 11 reports for the first one too); ``city``:
    the office's units when already read."""
    local = [u for u in (city or registry.office_units(office)) if u.kind in units.LOCAL_KINDS]
    return local[:11]


def _ensure_office(office) -> None:
    catalogs = [office.get_catalog(c) for c in CATALOGS]
    if identity.role(office) is None:
        identity.init_office(office, units.find_city(CITY), catalogs, OFFICE_NAME)
    elif hasattr(identity, "set_office_catalogs"):
        identity.set_office_catalogs(office, catalogs)
    office.set_setting("demo", True)


def _ward_figures(officer, ward, w: int, year: int, forms: tuple | None = None, differ: bool = False) -> None:
    """A ward officer's figures (``demo_figures.ward_raw``; ``w``: the ward's place in the demo):
    every form of the ward, or the first ``forms`` of each catalog; ``differ``: the first figure
    is not the one the ward's other officer entered (a conflict)."""
    for c, catalog_id in enumerate(CATALOGS):
        catalog = officer.get_catalog(_catalog_key(officer, catalog_id))
        chosen = [i for i in units.indicators_for_unit(catalog, ward) if i.kind == "percent"]
        for k, ind in enumerate(chosen[:forms[c]] if forms else chosen):
            raw = demo_figures.ward_raw(catalog_id, ind.code, w)
            if differ and k == 0 and c == 0:
                raw["numerator"] -= 7
            complete = k % 3 if forms else (k or w % 2)  # a few drafts
            entry.save_value(officer, catalog, unit=ward.code, period=year, indicator=ind.code,
                             measure=ind.measures[0].code, raw=raw, status="complete" if complete else "draft",
                             note="Số liệu mẫu để dùng thử" if k == 0 else "")


def _department_figures(officer, year: int) -> None:
    """The departments' figures, as the Sở Giáo dục và Đào tạo collects them."""
    for unit, rows in demo_figures.DEPARTMENT_FIGURES.items():
        for catalog_id, indicator, measure, raw in rows:
            catalog = officer.get_catalog(_catalog_key(officer, catalog_id))
            entry.save_value(officer, catalog, unit=unit, period=year, indicator=indicator, measure=measure,
                             raw=dict(raw), status="complete", note="")


def _catalog_key(store, catalog_id: str) -> str:
    keys = (store.get_setting("provisioning") or {}).get("catalogs") or []
    return next((k for k in keys if k.split("@")[0] == catalog_id), catalog_id)


def _officer(office, work: Path, i: int, name: str, city: list, year: int, deadline: str) -> Path:
    """Enrol officer ``i`` for real, enter their figures, export their bundle; returns it
    (``city``: the office's units)."""
    home = work / f"officer-{i:02d}"
    officer = Store.open(home)
    try:
        wards = demo_wards(office, city)
        w = i % len(wards)
        department = i == DEPARTMENT_OFFICER
        codes = demo_figures.DEPARTMENTS if department else [wards[w].code]
        asked = next(u.name for u in city if u.code == codes[0])  # the unit asked for: the first
        request = work / f"{slug(name)}.lcr"
        provisioning.write_enrolment_request(officer, request, name, DEPARTMENT_POSITION if department else POSITION, asked)
        prov = work / f"{slug(name)}.lcp"
        registry.enrol(office, request, codes, prov, [year], deadline)
        provisioning.setup(officer, prov)
        with officer.transaction():  # one commit for the officer's figures
            if department:
                _department_figures(officer, year)
            else:
                inbox = i >= PRE_IMPORTED
                _ward_figures(officer, wards[w], w, year, INBOX_FORMS if inbox else None, differ=i == len(OFFICERS) - 1)
        return bundle.export_bundle(officer, work / "bundles" / str(i), create_folder=True).path
    finally:
        officer.close()


def _expert_ratings(office, year: int) -> None:
    """The expert panel's ratings of area 3, recorded by the office as ``figures.record_city_rating`` does."""
    for indicator, rating in demo_figures.EXPERT_RATINGS.items():
        office.record_city_rating(CATALOGS[0], year, indicator, rating, demo_figures.EXPERT_NOTE,
                                  author=identity.my_name(office))


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
    city = registry.office_units(office)  # once: it reads the whole city
    wards = demo_wards(office, city)
    inbox = office.home / INBOX_FOLDER
    inbox.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="lcdesk-demo-office-") as tmp:
        work = Path(tmp)
        files = [_officer(office, work, i, name, city, year, deadline) for i, name in enumerate(OFFICERS)]
        for catalog_id in CATALOGS:  # the year's deadline, so that Tiến độ says who is on time
            expected.open_period(office, catalog_id, year, deadline)
        importer.import_files(office, files[:PRE_IMPORTED])
        _expert_ratings(office, year)
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
