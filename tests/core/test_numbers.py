"""The one formatting module: Vietnamese separators, round half up, every kind of figure."""

import pytest

from lcdesk.core import numbers
from lcdesk.core.catalog.model import Measure


@pytest.mark.parametrize(("value", "decimals", "text"), [
    (3.125, None, "3,13"), (1.005, None, "1,01"), (2.675, None, "2,68"), (95.0, None, "95"),
    (95.5, None, "95,5"), (5521300, None, "5.521.300"), (1200, 0, "1.200"), (50, 1, "50,0"),
    (0.5, 0, "1"), (-2.5, 0, "-3"), (-0.001, 2, "0,00"), (999.995, None, "1.000"),
    (1234567.891, 2, "1.234.567,89"), (None, None, ""), (float("nan"), None, ""),
])
def test_format_number_is_vietnamese_and_rounds_half_up(value, decimals, text):
    assert numbers.format_number(value, decimals) == text


def test_python_round_would_have_given_the_wrong_digit():
    assert round(3.125, 2) == 3.12  # banker's / binary rounding: the bug of issue 9
    assert numbers.round_half_up(3.125, 2) == 3.13
    assert numbers.round_half_up(-2.5) == -3.0


def test_english_style_swaps_the_separators():
    assert numbers.format_number(5521300.25, language="en") == "5,521,300.25"
    assert numbers.format_percent(3.125, language="en") == "3.13 %"


@pytest.mark.parametrize(("value", "text"), [(71.25, "71,25 %"), (3.125, "3,13 %"), (95, "95 %"),
                                             (106.2666, "106,27 %"), (None, "")])
def test_format_percent(value, text):
    assert numbers.format_percent(value) == text


@pytest.mark.parametrize(("size", "text"), [(500, "500 byte"), (12595, "12,3 KB"), (50 * 1024 * 1024, "50,0 MB"),
                                            (3 * 1024 ** 3, "3,0 GB")])
def test_format_size_uses_the_decimal_comma(size, text):
    assert numbers.format_size(size) == text


def test_format_figure_for_every_kind():
    assert numbers.format_figure("percent", {"numerator": 285, "denominator": 400, "rate": 71.25}) == "71,25 % (285/400)"
    assert numbers.format_figure("percent", {"numerator": None, "denominator": None, "rate": 3.125}) == "3,13 %"
    sexed = {"male": 120, "female": 115, "total": 235, "base": None, "rate": None}
    assert numbers.format_figure("count_by_sex", sexed) == "Nam 120 · Nữ 115 · Tổng 235"
    assert numbers.format_figure("count_by_sex", sexed, Measure("tong", "Tổng", "người")) == "Nam 120 · Nữ 115 · Tổng 235 người"
    with_rate = dict(sexed, base=250, rate=94.0)
    assert numbers.format_figure("count_by_sex", with_rate) == "Nam 120 · Nữ 115 · Tổng 235 · 94 %"
    assert numbers.format_figure("rating5", {"rating": 4}) == "Rất tốt (4)"
    assert numbers.format_figure("trend", {"direction": "increase", "figure": None, "previous": None}) == "Tăng"
    assert numbers.format_figure("trend", {"direction": "decrease", "figure": 12.5, "previous": 14}) == "Giảm (12,5)"
    assert numbers.format_figure("percent", None) == "(đã xóa)"
    assert numbers.format_figure("percent", {"draft_input": {"numerator": "abc"}}) == "Nháp còn lỗi"
    with pytest.raises(ValueError):
        numbers.format_figure("stars", {})


@pytest.mark.parametrize(("text", "whole", "number"), [("12.000", True, 12000), ("12,000", True, 12000),
                                                       ("95,5", False, 95.5), ("5.521.300", True, 5521300),
                                                       ("", False, None), ("abc", False, None), ("1,5", True, None)])
def test_parse_number_reads_what_officers_type(text, whole, number):
    assert numbers.parse_number(text, whole) == number


def test_the_formatting_module_is_qt_free():
    import ast
    import inspect

    tree = ast.parse(inspect.getsource(numbers))
    imported = {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)} | \
        {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
    assert not any(name and name.startswith("PySide6") for name in imported)
