"""The review scenario's data, built through the library (shared by the GUI test and the screenshots).

Three wards: Ba Đình sends everything on time (a recorded extension), Ngọc Hà sends
three forms late (the deadline was three days ago), Giảng Võ nothing."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from lcdesk.core.office import expected

from tests.core.review_city import CATALOG, PERIOD, WARD_INDICATORS, WARDS, enrol, fill, make_office, send


def build(work: Path):
    office = make_office(work / "office")
    today = date.today()
    expected.open_period(office, CATALOG, PERIOD, (today - timedelta(days=3)).isoformat())
    officers = {code: enrol(office, work / f"o{code}", f"Cán bộ {name}", code, work) for code, name in WARDS.items()}
    a, b, _c = WARDS
    expected.set_deadline(office, CATALOG, PERIOD, (today + timedelta(days=7)).isoformat(), "Mất điện cả tuần", unit=a)
    fill(officers[a], a, WARD_INDICATORS)
    fill(officers[b], b, WARD_INDICATORS[:3])
    send(officers[a], office, work, "a1")
    send(officers[b], office, work, "b1")
    return office, officers


def close_all(office, officers) -> None:
    for o in officers.values():
        o.close()
    office.close()


def open_page(qtbot, page_class, office):
    """An office page on ``office``, on the scenario's reporting year."""
    page = page_class(office)
    qtbot.addWidget(page)
    page.period_spin.setValue(PERIOD)
    return page
