"""The rule parser and evaluator: whitelisted arithmetic, never eval, only our error on bad text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lcdesk.core.catalog import model, rules
from lcdesk.core.catalog.builtin import builtin_catalogs, load_builtin
from lcdesk.core.catalog.rules import RuleError
from tests.core import golden_city as golden


@pytest.fixture(scope="module")
def cat():
    return model.from_dict(golden.catalog_data())


def test_precedence_and_decimal_comma():
    assert rules.evaluate(rules.parse("1 + 2 * 3 - (4 - 2) / 4"), lambda r: None) == 6.5
    assert rules.evaluate(rules.parse("0,5 * -4"), lambda r: None) == -2.0


def test_references_name_fields_measures_and_other_indicators():
    tree = rules.parse("nam.numerator + {1.1.1.a}.denominator - {1.1.1.b/tong}.rate + total")
    assert rules.refs(tree) == [rules.Ref(None, "nam", "numerator"), rules.Ref("1.1.1.a", None, "denominator"),
                                rules.Ref("1.1.1.b", "tong", "rate"), rules.Ref(None, None, "total")]


@pytest.mark.parametrize("text", ["", "1 +", "((1)", "__import__('os')", "rate ** 2", "x.y.z",
                                  "1; 2", "lambda: 0", "(" * 60 + "1" + ")" * 60, "- " * 300 + "1", "a" * 500])
def test_hostile_text_is_refused_with_our_error(text):
    with pytest.raises(RuleError) as err:
        rules.parse(text)
    assert err.value.message_vi


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(list("(){}.,+-*/ 0123456789abcdefnrt_=<>") + ["rate", "numerator", "{1.1.1.a}", "nam."]),
                max_size=80).map("".join))
def test_parser_raises_nothing_but_rule_error_on_near_miss_text(text):
    try:
        tree = rules.parse(text)
    except RuleError:
        return
    value = rules.evaluate(tree, lambda ref: 2.0)
    assert value is None or isinstance(value, float)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_parser_raises_nothing_but_rule_error_on_any_text(text):
    try:
        rules.parse(text)
    except RuleError:
        pass


def test_a_rule_fails_with_its_vietnamese_message_filled_in(cat):
    rule = rules.rule_from_dict({"id": "r1", "indicator": "1.1.1.b", "left": "nam.numerator + nu.numerator",
                                 "op": "=", "right": "tong.numerator", "message_vi": "Nam + Nữ ({left}) ≠ Tổng ({right})"})
    values = {("1.1.1.b", "nam"): golden.pct(10, 200), ("1.1.1.b", "nu"): golden.pct(4, 200),
              ("1.1.1.b", "tong"): golden.pct(15, 400)}
    failure = rules.run_rule(rule, cat, values)
    assert failure.message_vi == "Nam + Nữ (14) ≠ Tổng (15)"
    values[("1.1.1.b", "tong")] = golden.pct(14, 400)
    assert rules.run_rule(rule, cat, values) is None


def test_missing_value_strategies(cat):
    base = {"id": "r", "indicator": "1.1.1.b", "left": "nam.numerator + nu.numerator", "op": "=", "right": "tong.numerator"}
    values = {("1.1.1.b", "nam"): golden.pct(10, 200), ("1.1.1.b", "tong"): golden.pct(14, 400)}
    assert rules.run_rule(rules.rule_from_dict(base), cat, values) is None  # skip_any: nu is missing
    zero = rules.run_rule(rules.rule_from_dict({**base, "missing": "zero"}), cat, values)
    assert (zero.left, zero.right) == (10.0, 14.0)
    assert rules.run_rule(rules.rule_from_dict({**base, "missing": "skip_all"}), cat, values) is not None
    assert rules.run_rule(rules.rule_from_dict({**base, "missing": "skip_all"}), cat, {}) is None


def test_both_or_neither_and_not_both(cat):
    both = rules.rule_from_dict({"id": "b", "indicator": "1.1.1.b", "left": "nam.rate", "op": "both_or_neither",
                                 "right": "nu.rate"})
    nb = rules.rule_from_dict({"id": "n", "indicator": "1.1.1.b", "left": "nam.rate", "op": "not_both", "right": "nu.rate"})
    one = {("1.1.1.b", "nam"): golden.pct(1, 2)}
    two = {**one, ("1.1.1.b", "nu"): golden.pct(1, 2)}
    assert rules.run_rule(both, cat, one) is not None and rules.run_rule(both, cat, two) is None
    assert rules.run_rule(both, cat, {}) is None
    assert rules.run_rule(nb, cat, two) is not None and rules.run_rule(nb, cat, one) is None


def test_division_by_zero_skips_the_rule(cat):
    rule = rules.rule_from_dict({"id": "d", "indicator": "1.1.1.a", "left": "numerator / (denominator - 100)",
                                 "op": "<", "right": "1"})
    assert rules.run_rule(rule, cat, {("1.1.1.a", "value"): golden.pct(50, 100)}) is None


@pytest.mark.parametrize("change, words", [
    ({"op": "~"}, "phép so sánh"), ({"missing": "maybe"}, "thiếu số liệu"), ({"importance": "urgent"}, "mức quan trọng"),
    ({"left": "rate +"}, "vế trái"), ({"right": ""}, "vế phải"), ({"id": ""}, "mã"), ({"left": "ratez"}, "trường"),
])
def test_a_bad_rule_is_refused_in_vietnamese(change, words):
    good = {"id": "r", "indicator": "1.1.1.a", "left": "numerator", "op": "≤", "right": "denominator"}
    with pytest.raises(RuleError) as err:
        rules.rule_from_dict({**good, **change})
    assert words in err.value.message_vi


def test_a_rule_naming_an_unknown_indicator_or_measure_makes_the_catalog_invalid():
    data = golden.catalog_data()
    data["rules"] = [{"id": "x", "indicator": "1.1.1.a", "left": "{9.9.9.z}.rate", "op": "<", "right": "1"}]
    with pytest.raises(model.CatalogError, match="9.9.9.z"):
        model.from_dict(data)
    data["rules"] = [{"id": "x", "indicator": "1.1.1.b", "left": "khac.rate", "op": "<", "right": "1"}]
    with pytest.raises(model.CatalogError, match="khac"):
        model.from_dict(data)


def test_own_rules_survive_the_json_round_trip_and_builtin_ones_are_not_written():
    data = golden.catalog_data()
    data["rules"] = [{"id": "x", "indicator": "1.1.1.a", "left": "rate", "op": "≥", "right": "1", "missing": "skip_any",
                      "importance": "low", "message_vi": "Thấp quá"}]
    cat = model.from_dict(data)
    assert model.to_dict(cat)["rules"] == data["rules"]
    lm = load_builtin("learning-models")
    assert any(r.builtin for r in lm.rules) and "rules" not in model.to_dict(lm)


def test_builtin_rules_load_for_every_builtin_catalog_and_name_real_cells():
    for cat in builtin_catalogs():
        for rule in rules.all_rules(cat):
            rules.check_against(rule, cat)
    ids = {r.id for r in rules.all_rules(load_builtin("hanoi-2025"))}
    assert "2.1.1.a:tre_5_tuoi:nam+nu=tong" in ids and "1.2.2.a:nam+nu=tong:numerator" in ids


def test_implied_rules_catch_a_numerator_over_its_denominator_and_a_share_over_100(cat):
    failures = rules.check_values(cat, {("1.1.1.a", "value"): {"numerator": 12, "denominator": 10, "rate": 120.0}})
    assert sorted(f.rule.id for f in failures) == ["1.1.1.a:value:tu<=mau", "1.1.1.a:value:tyle<=100"]
    assert "Tử số (12) lớn hơn mẫu số (10)." in [f.message_vi for f in failures]


def test_learning_families_cannot_exceed_families():
    cat = load_builtin("learning-models")
    failures = rules.check_values(cat, {("1.2.1.a", "value"): {"numerator": 1200, "denominator": 1000, "rate": 120.0}})
    assert any("lớn hơn tổng số hộ gia đình (1.000)" in f.message_vi for f in failures)
