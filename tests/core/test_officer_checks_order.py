"""The officer's own data-quality list (``lcdesk check``, the export dialog) and the office's follow-up
list (``followups.follow_up_list``, its box under "Kiểm tra số liệu") list units in the office's one
order (``unit_names.order_keys``: district group, kind, name ignoring case and diacritics), never by
code; the rows themselves (their fields) are unchanged."""

import pytest

from lcdesk.core.exchange import identity
from lcdesk.core.office import checks, followups
from lcdesk.core.officer import entry

from tests.core import city_fixture

PERIOD = 2025
# By code 00004, 00008, 00025; by name Ba Đình, Giảng Võ, Ngọc Hà.
WARDS = {"00004": "Phường Ba Đình", "00008": "Phường Ngọc Hà", "00025": "Phường Giảng Võ"}
BY_NAME = ["00004", "00025", "00008"]
ROW_FIELDS = {"unit", "indicator", "rule", "importance", "message_vi", "kind", "catalog", "period", "measure",
              "unit_name", "value"}


@pytest.fixture
def office(tmp_path):
    store = city_fixture.make_office(tmp_path / "office", "learning-models")
    yield store
    store.close()


def test_the_names_are_the_city_s(office):
    from lcdesk.core.office.registry import office_units

    names = {u.code: u.name for u in office_units(office)}
    assert {c: names[c] for c in WARDS} == WARDS


def test_the_officer_s_checks_list_units_by_name(office, tmp_path):
    officer = city_fixture.enrol(office, tmp_path / "officer", "Nguyễn Văn An", sorted(WARDS), tmp_path)
    try:
        catalog = identity.officer_catalogs(officer)[0]
        for unit in sorted(WARDS):  # the same failed rule in each unit (1.1.2.b's denominator)
            for indicator, raw in (("1.1.1.a", {"numerator": 300, "denominator": 1000}),
                                   ("1.1.2.b", {"numerator": 50, "denominator": 280})):
                entry.save_value(officer, catalog, unit=unit, period=PERIOD, indicator=indicator, measure="value",
                                 raw=raw)
        rows = checks.officer_checks(officer, PERIOD)
        assert [r["unit"] for r in rows] == BY_NAME
        assert [r["unit_name"] for r in rows] == ["Phường Ba Đình", "Phường Giảng Võ", "Phường Ngọc Hà"]
        assert all(set(r) == ROW_FIELDS for r in rows)  # the JSON fields are as they were
        assert [r["unit"] for r in checks.officer_checks(officer, PERIOD, unit="00008")] == ["00008"]
    finally:
        officer.close()


def test_the_follow_up_list_lists_units_by_name(office):
    for unit in ("00025", "00008", "00004"):
        for indicator in ("1.1.2.b", "1.1.1.a"):
            followups.mark(office, catalog="learning-models", unit=unit, period=PERIOD, indicator=indicator,
                           comment=f"Kiểm tra mẫu số ({unit})")
    rows = followups.follow_up_list(office, PERIOD)
    assert [(r["indicator"], r["unit"]) for r in rows] == [("1.1.1.a", u) for u in BY_NAME] + [
        ("1.1.2.b", u) for u in BY_NAME]
    assert [r["name"] for r in rows[:3]] == ["Phường Ba Đình", "Phường Giảng Võ", "Phường Ngọc Hà"]
    fields = set(rows[0])
    followups.close(office, catalog="learning-models", unit="00008", period=PERIOD, indicator="1.1.1.a")
    assert [r["unit"] for r in followups.follow_up_list(office, PERIOD) if r["indicator"] == "1.1.1.a"] == [
        "00004", "00025"]
    everything = followups.follow_up_list(office, PERIOD, open_only=False)
    assert [r["unit"] for r in everything if r["indicator"] == "1.1.1.a"] == BY_NAME  # closed ones stay in order
    assert all(set(r) == fields for r in everything)
