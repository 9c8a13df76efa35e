"""The demo ("Dùng thử"): a Hà Nội office and a ward officer with sample figures.

``setup_demo(store)`` makes ``store`` a ward officer of Phường Ba Đình, enrolled
and provisioned for real (keys, signed enrolment request and provisioning file)
by a demo city office whose data folder is ``<home>/demo-office``, and enters
sample figures for 2024 and 2025 so that every screen has something to show.
The officer can then export a bundle and ``lcdesk --home <home>/demo-office
office import`` it, which is the whole flow in a minute.
"""

from __future__ import annotations

from lcdesk.core import entry, identity, provisioning, units
from lcdesk.core.city import city_units
from lcdesk.core.store import Store

DEMO_CITY, DEMO_CATALOG, DEMO_WARD = "01", "hanoi-2025", "00004"
# The demo officer also reports for two departments, so that every kind of form
# (percent, counts by sex, 1-5 rating, increase/decrease) is theirs to fill.
DEMO_UNITS = [DEMO_WARD, "01-so-giao-duc-va-dao-tao", "01-so-khoa-hoc-va-cong-nghe"]
DEMO_PERIODS = [2024, 2025]
DEMO_DEADLINE = "2025-12-10"
OFFICER_NAME = "Nguyễn Thị Minh Anh"

# (period, indicator, measure, raw figures, complete?)
SAMPLE = [
    (2024, "1.1.2.a", "value", {"numerator": 6120, "denominator": 9350}, True),
    (2025, "1.1.2.a", "value", {"numerator": 6705, "denominator": 9410}, True),
    (2024, "1.3.2.a", "value", {"rate": 2.1}, True),
    (2025, "1.3.2.a", "value", {"rate": 1.6}, False),
    (2025, "2.2.2.c", "value", {"numerator": 41, "denominator": 77}, False),
]
SAMPLE_DEPT = [
    ("01-so-giao-duc-va-dao-tao", 2025, "1.1.1.a", "value", {"numerator": 5_521_300, "denominator": 5_690_000}, True),
    ("01-so-khoa-hoc-va-cong-nghe", 2024, "1.2.4.b", "trend", {"direction": "increase", "figure": 212}, True),
]


def office_home(store):
    return store.home / "demo-office"


def setup_demo(store) -> dict:
    """Make ``store`` the demo ward officer (see the module docstring); returns a summary."""
    office = Store.open(office_home(store))
    try:
        if identity.role(office) is None:
            identity.init_office(office, units.find_city(DEMO_CITY), office.get_catalog(DEMO_CATALOG),
                                 "Văn phòng Sở Giáo dục và Đào tạo Hà Nội (dùng thử)")
        work = store.home / "demo-files"
        work.mkdir(exist_ok=True)
        request = work / "yeu-cau-dang-ky.lcr"
        provisioning.write_enrolment_request(store, request, OFFICER_NAME, "Cán bộ văn hóa - xã hội", DEMO_WARD)
        city = units.find_city(DEMO_CITY)
        prov = work / "cau-hinh.lcp"
        provisioning.enroll(office, request, DEMO_UNITS, prov, DEMO_PERIODS, DEMO_DEADLINE, city_units(office, city))
    finally:
        office.close()
    info = provisioning.setup(store, prov)
    store.set_setting("demo", True)
    catalog = store.get_catalog(info["catalogs"][0])
    rows = [(DEMO_WARD, *row) for row in SAMPLE] + SAMPLE_DEPT
    for unit, period, indicator, measure, raw, complete in rows:
        entry.save_value(store, catalog, unit=unit, period=period, indicator=indicator, measure=measure,
                         raw=raw, status="complete" if complete else "draft",
                         note="Số liệu mẫu để dùng thử" if period == 2025 else "")
    return {"office_home": str(office_home(store)), "unit": DEMO_WARD, "catalog": catalog.key, **info}
