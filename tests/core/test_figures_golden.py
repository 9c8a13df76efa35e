"""City figures of the golden city (``tests/core/golden_city.py``), compared to the unit."""

from __future__ import annotations

import pytest

from lcdesk.core.office import figures
from lcdesk.core.store import Cell
from tests.core import golden_city as golden


@pytest.fixture
def city(tmp_path):
    store = golden.build(tmp_path / "office")
    yield store
    store.close()


def by_key(figs):
    return {(f["period"], f["indicator"], f["measure"]): f for f in figs}


def test_every_golden_figure_matches_the_hand_computation(city):
    figs = by_key(figures.city_figures(city, [2025, 2027], golden.CATALOG))
    for key, expected in golden.EXPECTED.items():
        got = {field: figs[key][field] for field in expected}
        assert got == expected, key


def test_approved_only_counts_approved_forms_and_coverage_says_how_many(city):
    figs = by_key(figures.city_figures(city, 2025, golden.CATALOG, only="approved"))
    for key, expected in golden.EXPECTED_APPROVED.items():
        assert {f: figs[key][f] for f in expected} == expected
    received = by_key(figures.city_figures(city, 2025, golden.CATALOG))[(2025, "1.1.1.a", "value")]
    assert received["coverage"] == ("4/5 đơn vị, 2 đã duyệt; 1 đơn vị chỉ báo tỷ lệ, "
                                    "không tính vào số liệu chung")


def test_contract_fields_are_all_there(city):
    fields = {"catalog", "indicator", "measure", "period", "kind", "value", "numerator", "denominator",
              "units_counted", "units_expected", "units_rate_only", "target", "evaluation"}
    for fig in figures.city_figures(city, 2025, golden.CATALOG, drill=True):
        assert fields <= set(fig)
        for unit in fig["units"]:
            assert {"code", "name", "value", "numerator", "denominator", "bundle", "officer"} <= set(unit)


def test_drill_lists_the_units_behind_a_figure_with_the_rate_only_unit_marked(city):
    fig = figures.city_figures(city, 2025, golden.CATALOG, indicator="1.1.1.a", drill=True)[0]
    rows = {u["code"]: u for u in fig["units"]}
    assert sorted(rows) == ["00004", "00008", "00025", "00070"]
    assert rows["00004"]["name"] == "Phường Ba Đình"
    assert rows["00004"]["officer"] == "Nguyễn Văn An"
    assert (rows["00004"]["numerator"], rows["00004"]["denominator"]) == (120, 400)
    assert rows["00025"]["rate_only"] and rows["00025"]["numerator"] is None
    assert [u["code"] for u in fig["units"] if u["approved"]] == ["00004", "00008"]


def test_a_new_value_changes_the_figure_at_once(city):
    city.append_record(Cell(golden.CATALOG, golden.WARDS["W5"], 2025, "1.1.1.a", "value"), golden.pct(0, 1000),
                       author_key="key-W5", author_name="Hoàng Văn Em", origin="bundle")
    fig = figures.city_figures(city, 2025, golden.CATALOG, indicator="1.1.1.a")[0]
    assert (fig["numerator"], fig["denominator"], fig["value"]) == (500, 2000, 25.0)
    assert fig["evaluation"] == "not_met"


def test_two_officers_disagreeing_leave_the_cell_out_until_resolved(city):
    other = Cell(golden.CATALOG, golden.WARDS["W1"], 2025, "1.1.1.a", "value")
    city.append_record(other, golden.pct(200, 400), author_key="key-X", author_name="Người khác", origin="bundle")
    fig = figures.city_figures(city, 2025, golden.CATALOG, indicator="1.1.1.a")[0]
    assert (fig["numerator"], fig["denominator"], fig["units_conflict"]) == (380, 600, 1)
    city.append_record(other, golden.pct(120, 400), author_key="key-X", author_name="Người khác", origin="bundle")
    fig = figures.city_figures(city, 2025, golden.CATALOG, indicator="1.1.1.a")[0]
    assert (fig["numerator"], fig["denominator"], fig["units_conflict"]) == (500, 1000, 0)


def test_a_new_city_rating_replaces_the_old_one_and_keeps_its_note(city):
    city.record_city_rating(golden.CATALOG, 2025, "3.1.1.a", 5, "Họp lại ngày 02/12", author="Văn phòng")
    fig = figures.city_figures(city, 2025, golden.CATALOG, indicator="3.1.1.a")[0]
    assert (fig["value"], fig["note"], fig["rated_by"]) == (5, "Họp lại ngày 02/12", "office")


def test_an_unknown_indicator_or_only_is_the_users_error(city):
    from lcdesk.core.errors import LcdeskError

    with pytest.raises(LcdeskError):
        figures.city_figures(city, 2025, golden.CATALOG, indicator="9.9.9.z")
    with pytest.raises(LcdeskError):
        figures.city_figures(city, 2025, golden.CATALOG, only="everything")
