"""Validation of entered figures and derived figures, per kind."""

import pytest
from hypothesis import given, strategies as st

from lcdesk.core.catalog.model import Indicator, Measure
from lcdesk.core.errors import EntryError
from lcdesk.core.catalog.values import derive_direction, headline, parse_value_text, validate


def ind(kind, bounds=(0.0, 100.0)):
    return Indicator("1.1.1.a", "1.1.1", "Tỷ lệ …", ("Sở Giáo dục và Đào tạo",), ("dept:so-giao-duc-va-dao-tao",),
                     kind, (Measure("value", "Tỷ lệ"),), None, bounds)


def fields(checked):
    return {e.field for e in checked.errors}


def test_percent_from_numerator_and_denominator_derives_the_rate():
    c = validate(ind("percent"), {"numerator": "950", "denominator": "1000"})
    assert c.ok and c.payload == {"numerator": 950, "denominator": 1000, "rate": 95.0}


def test_percent_rate_alone_is_accepted_with_a_vietnamese_decimal_comma():
    c = validate(ind("percent"), {"rate": "87,5"})
    assert c.ok and c.payload["rate"] == 87.5 and c.payload["numerator"] is None


@pytest.mark.parametrize("raw, field, words", [
    ({"numerator": "1001", "denominator": "1000"}, "numerator", "không được lớn hơn mẫu số"),
    ({"numerator": "5", "denominator": "0"}, "denominator", "lớn hơn 0"),
    ({"numerator": "2.5", "denominator": "10"}, "numerator", "số nguyên"),
    ({"numerator": "-1", "denominator": "10"}, "numerator", "không được âm"),
    ({"numerator": "abc", "denominator": "10"}, "numerator", "không phải là số"),
    ({"numerator": "5"}, "denominator", "cả tử số và mẫu số"),
    ({"rate": "101"}, "rate", "không được lớn hơn 100%"),
    ({"rate": "50", "numerator": "1", "denominator": "4"}, "rate", "không khớp"),
    ({}, "rate", "Chưa nhập"),
])
def test_bad_percent_input_gets_a_vietnamese_message_on_its_field(raw, field, words):
    c = validate(ind("percent"), raw)
    assert not c.ok and field in fields(c)
    assert any(words in e.message_vi for e in c.errors)


def test_an_unbounded_percent_may_exceed_100_and_its_numerator_the_denominator():
    c = validate(ind("percent", bounds=(0.0, None)), {"numerator": "150", "denominator": "100"})
    assert c.ok and c.payload["rate"] == 150.0


def test_count_by_sex_derives_total_and_rate():
    c = validate(ind("count_by_sex"), {"male": "48", "female": "50", "base": "100"})
    assert c.ok and c.payload == {"male": 48, "female": 50, "total": 98, "base": 100, "rate": 98.0}


def test_count_by_sex_checks_that_male_plus_female_is_the_total():
    c = validate(ind("count_by_sex"), {"male": "48", "female": "50", "total": "99"})
    assert "total" in fields(c) and "Nam + Nữ = 98" in c.errors[0].message_vi


def test_count_by_sex_total_cannot_exceed_the_base():
    c = validate(ind("count_by_sex"), {"male": "60", "female": "50", "base": "100"})
    assert "base" in fields(c)


@pytest.mark.parametrize("typed, rating", [("5", 5), ("1", 1), ("Rất tốt", 4), ("xuất sắc", 5), (3, 3)])
def test_rating5_accepts_numbers_and_vietnamese_labels(typed, rating):
    assert validate(ind("rating5"), {"rating": typed}).payload == {"rating": rating}


@pytest.mark.parametrize("typed", ["0", "6", "2.5", "tuyệt", None])
def test_rating5_rejects_anything_else(typed):
    c = validate(ind("rating5"), {"rating": typed})
    assert not c.ok and "rating" in fields(c)


def test_trend_is_derived_from_two_years_figures():
    assert validate(ind("trend"), {"figure": "120", "previous": "100"}).payload["direction"] == "increase"
    assert validate(ind("trend"), {"direction": "Giảm"}).payload["direction"] == "decrease"
    c = validate(ind("trend"), {"direction": "tăng", "figure": "80", "previous": "100"})
    assert "direction" in fields(c)


@given(st.integers(0, 10**7), st.integers(1, 10**7))
def test_a_derived_rate_is_always_within_bounds_when_numerator_fits(num, den):
    c = validate(ind("percent"), {"numerator": num, "denominator": den})
    if num <= den:
        assert c.ok and 0 <= c.payload["rate"] <= 100
    else:
        assert not c.ok


def test_headline_figures_by_kind():
    assert headline("percent", {"rate": 95.0}) == 95.0
    assert headline("rating5", {"rating": 4}) == 4
    assert headline("trend", {"direction": "increase"}) == "increase"
    assert headline("percent", None) is None
    assert derive_direction(5, 5) is None


@pytest.mark.parametrize("kind, text, raw", [
    ("percent", "87.5", {"rate": "87.5"}),
    ("percent", "120/150", {"numerator": "120", "denominator": "150"}),
    ("count_by_sex", "nam=10, nu=12; mau=30", {"male": "10", "female": "12", "base": "30"}),
    ("count_by_sex", '{"male": 1, "female": 2}', {"male": 1, "female": 2}),
    ("rating5", "Tốt", {"rating": "Tốt"}),
    ("trend", "giảm", {"direction": "giảm"}),
])
def test_values_typed_on_the_command_line(kind, text, raw):
    assert parse_value_text(kind, text) == raw


def test_a_bare_number_for_counts_by_sex_is_refused_with_help():
    with pytest.raises(EntryError) as err:
        parse_value_text("count_by_sex", "12")
    assert "nam=" in err.value.message_vi


@pytest.mark.parametrize("typed, whole, number", [
    ("5.521.300", True, 5521300), ("5,521,300", True, 5521300), ("1.200", True, 1200), ("1,200", True, 1200),
    ("95,5", False, 95.5), ("95.5", False, 95.5), ("1.234,5", False, 1234.5), ("1,234.5", False, 1234.5),
    (" 87,5 % ", False, 87.5), ("1 200", True, 1200),
])
def test_numbers_as_typed_in_vietnam_and_elsewhere(typed, whole, number):
    from lcdesk.core.catalog.values import normalise_number_text

    assert float(normalise_number_text(typed, whole)) == number


def test_a_numerator_over_the_denominator_gives_one_message_not_two():
    c = validate(ind("percent"), {"numerator": "1200", "denominator": "1000"})
    assert [e.field for e in c.errors] == ["numerator"]


def test_messages_group_thousands_the_vietnamese_way():
    c = validate(ind("count_by_sex"), {"male": "60000", "female": "61940", "total": "121000"})
    assert c.errors[0].message_vi == "Nam + Nữ = 121.940, khác Tổng = 121.000."


def test_a_rate_is_always_a_float_so_equal_figures_encode_equally():
    from lcdesk.core.store.records import canonical_payload

    a = validate(ind("percent"), {"rate": 95}).payload
    b = validate(ind("percent"), {"rate": "95"}).payload
    assert canonical_payload(a) == canonical_payload(b) == '{"denominator":null,"numerator":null,"rate":95.0}'
