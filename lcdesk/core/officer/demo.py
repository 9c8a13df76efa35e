"""The demo ("Dùng thử"): a Hà Nội office and a ward officer with sample figures.

``setup_demo(store)`` makes ``store`` a ward officer of Phường Ba Đình, enrolled
and provisioned for real (keys, signed enrolment request and provisioning file)
by a demo city office whose data folder is ``<home>/demo-office``, and enters
sample figures for the last two reporting years so that every screen has something to show.

The demo lives in the present: its reporting year is the one whose deadline
(10 December, as in Ho Chi Minh City's plan) is the next to come, so the banner
reads "còn 17 ngày" rather than "quá hạn 348 ngày". ``LCDESK_DEMO_TODAY``
(YYYY-MM-DD) pins the date, which the tests do.
The officer can then export a bundle and ``lcdesk --home <home>/demo-office
office import`` it, which is the whole flow in a minute.
"""

from __future__ import annotations

import os
from datetime import date

from lcdesk.core.officer import entry

from lcdesk.core.exchange import identity

from lcdesk.core.exchange import provisioning

from lcdesk.core.units import registry as units
from lcdesk.core.units.city import city_units
from lcdesk.core.store import Store

DEMO_CITY, DEMO_CATALOG, DEMO_WARD = "01", "hanoi-2025", "00004"
# The demo officer also reports for two departments, so that every kind of form
# (percent, counts by sex, 1-5 rating, increase/decrease) is theirs to fill.
DEMO_UNITS = [DEMO_WARD, "01-so-giao-duc-va-dao-tao", "01-so-khoa-hoc-va-cong-nghe"]
DEADLINE_DAY = (12, 10)
TODAY_ENV = "LCDESK_DEMO_TODAY"


def demo_year(today: date | None = None) -> int:
    """The reporting year whose deadline (10 December) is the next to come."""
    if today is None:
        pinned = os.environ.get(TODAY_ENV)
        today = date.fromisoformat(pinned) if pinned else date.today()
    return today.year if (today.month, today.day) <= DEADLINE_DAY else today.year + 1
OFFICER_NAME = "Nguyễn Thị Minh Anh"

# (year offset: 0 = the reporting year, -1 = the year before; indicator, measure, raw figures, complete?)
SAMPLE = [
    (-1, "1.1.2.a", "value", {"numerator": 6120, "denominator": 9350}, True),
    (0, "1.1.2.a", "value", {"numerator": 6705, "denominator": 9410}, True),
    (-1, "1.3.2.a", "value", {"rate": 2.1}, True),
    (0, "1.3.2.a", "value", {"rate": 1.6}, False),
    (0, "2.2.2.c", "value", {"numerator": 41, "denominator": 77}, False),
]
SAMPLE_DEPT = [
    ("01-so-giao-duc-va-dao-tao", 0, "1.1.1.a", "value", {"numerator": 5_521_300, "denominator": 5_690_000}, True),
    ("01-so-khoa-hoc-va-cong-nghe", -1, "1.2.4.b", "trend", {"direction": "increase", "figure": 212}, True),
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
        year = demo_year()
        deadline = date(year, *DEADLINE_DAY).isoformat()
        provisioning.enroll(office, request, DEMO_UNITS, prov, [year - 1, year], deadline, city_units(office, city))
    finally:
        office.close()
    info = provisioning.setup(store, prov)
    store.set_setting("demo", True)
    catalog = store.get_catalog(info["catalogs"][0])
    rows = [(DEMO_WARD, *row) for row in SAMPLE] + SAMPLE_DEPT
    for unit, offset, indicator, measure, raw, complete in rows:
        period = year + offset
        entry.save_value(store, catalog, unit=unit, period=period, indicator=indicator, measure=measure,
                         raw=raw, status="complete" if complete else "draft",
                         note="Số liệu mẫu để dùng thử" if offset == 0 else "")
    return {"office_home": str(office_home(store)), "unit": DEMO_WARD, "catalog": catalog.key, **info}
