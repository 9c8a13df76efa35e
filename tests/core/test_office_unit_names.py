"""Choosing a unit by name (issue 10 §7 "Meanings, exactly"), over the real cities."""

import pytest

from lcdesk.core.office import unit_names
from lcdesk.core.office.unit_names import UnitNameError
from lcdesk.core.units import registry as units

CITIES = {"01": 126, "31": 114, "79": 168}  # wards and communes of Hà Nội, Hải Phòng, TP.HCM


def city(code):
    return [u for u in units.city_tree(code) if u.kind in units.LOCAL_KINDS]


@pytest.mark.parametrize("code,count", CITIES.items())
def test_every_ward_is_found_by_its_exact_name_and_by_its_folded_name(code, count):
    wards = city(code)
    assert len(wards) == count
    for ward in wards:
        assert unit_names.resolve(ward.name, wards) == ward
        folded = unit_names.bare(unit_names.fold(ward.name))
        try:
            assert unit_names.resolve(folded.upper(), wards) == ward
        except UnitNameError as exc:  # two wards differing only by their marks or kind word
            assert exc.code == "ambiguous_unit" and ward.code in [c for c, _ in exc.candidates]


def test_case_diacritics_and_the_kind_word_are_ignored():
    wards = city("01")
    for text in ("ba dinh", "Phuong Ba Dinh", "PHƯỜNG BA ĐÌNH", "  ba   đình "):
        assert unit_names.resolve(text, wards).code == "00004"


def test_a_code_is_that_unit():
    assert unit_names.resolve("00004", city("01")).name == "Phường Ba Đình"


def test_an_exact_name_wins_over_a_folded_match():
    a = units.Unit("x1", "Xã Hòa Bình", "commune", "01", "01")
    b = units.Unit("x2", "Xã Hoà Binh", "commune", "01", "01")  # same letters without the same marks
    assert unit_names.resolve("Xã Hòa Bình", [a, b]) == a
    with pytest.raises(UnitNameError) as exc:
        unit_names.resolve("hoa binh", [a, b])
    assert exc.value.code == "ambiguous_unit" and {c for c, _ in exc.value.candidates} == {"x1", "x2"}
    assert "Xã Hòa Bình (x1)" in exc.value.message_vi


def test_an_unknown_name_is_refused_with_the_nearest_names():
    with pytest.raises(UnitNameError) as exc:
        unit_names.resolve("Ba Dinhh", city("01"))
    assert exc.value.code == "unknown_unit" and "00004" in [c for c, _ in exc.value.candidates]
    with pytest.raises(UnitNameError):
        unit_names.resolve("Không có phường này", city("01"))


def test_search_ignores_marks_and_matches_codes():
    wards = city("01")
    assert [u.code for u in unit_names.search("ba dinh", wards)] == ["00004"]
    assert [u.code for u in unit_names.search("00004", wards)] == ["00004"]
    assert len(unit_names.search("", wards)) == len(wards)
