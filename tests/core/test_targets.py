"""Targets: comparators, directions, per-year milestones, the short workbook syntax."""

import pytest

from lcdesk.core.catalog.targets import MET, NO_TARGET, NOT_MET, UNKNOWN, Goal, Target, evaluate, format_goal, parse_goal


def test_comparators_judge_a_figure():
    assert Goal(">=", 95).check(95.0) == MET and Goal(">=", 95).check(94.9) == NOT_MET
    assert Goal("<=", 10).check(10.0) == MET and Goal("<=", 10).check(10.5) == NOT_MET
    assert Goal("=", 100).check(100) == MET and Goal("=", 100).check(99.99) == NOT_MET
    assert Goal(">", 0).check(0.1) == MET and Goal("<", 5).check(5) == NOT_MET


def test_directions_judge_a_direction_and_nothing_else():
    assert Goal("decrease").check("decrease") == MET
    assert Goal("decrease").check("increase") == NOT_MET
    assert Goal("increase").check(12.0) == UNKNOWN


def test_no_figure_or_no_target_is_not_yet_known():
    assert evaluate(None, 50) == UNKNOWN
    assert evaluate(Target("≥ 95%", Goal(">=", 95)), None) == UNKNOWN


def test_a_year_between_milestones_is_judged_against_the_next_later_goal():
    t = Target("", Goal(">=", 90), {"2025": Goal(">=", 70), "2030": Goal(">=", 90)})
    assert t.goal_for(2024) == Goal(">=", 70)  # on the way to 2025
    assert t.goal_for(2025) == Goal(">=", 70)
    assert t.goal_for(2027) == Goal(">=", 90)  # on the way to 2030; 2025 is passed
    assert t.passed_milestones(2027) == [("2025", Goal(">=", 70))]
    assert t.passed_milestones(2025) == []
    assert t.goal_for(2030) == Goal(">=", 90) and t.goal_for(2035) == Goal(">=", 90)  # after: the default
    assert evaluate(t, 75, 2025) == MET and evaluate(t, 75, 2027) == NOT_MET and evaluate(t, 95, 2027) == MET
    assert t.goal_for(None) == Goal(">=", 90)


def test_after_the_last_milestone_a_target_without_default_goal_sets_none():
    t = Target("", None, {"2025": Goal(">=", 70)})
    assert t.goal_for(2026) is None and evaluate(t, 99, 2026) == UNKNOWN


def test_a_per_city_target_judges_each_city_by_its_own_goal_and_no_other():
    hanoi = Target("50% (2025); 70% (2030)", Goal(">=", 70), {"2025": Goal(">=", 50), "2030": Goal(">=", 70)})
    hcmc = Target("40% (2025); 60% (2030)", Goal(">=", 60), {"2025": Goal(">=", 40), "2030": Goal(">=", 60)})
    t = Target("theo từng thành phố", None, {}, by_city={"01": hanoi, "79": hcmc})
    assert evaluate(t, 45, 2025, city="79") == MET
    assert evaluate(t, 45, 2025, city="01") == NOT_MET
    assert evaluate(t, 99, 2025, city="31") == NO_TARGET  # Hải Phòng set none: never another city's
    assert evaluate(t, 99, 2025) == NO_TARGET
    assert t.for_city("79") is hcmc and t.for_city("31") is None
    assert Target.from_dict(t.to_dict()) == t and Target.from_dict(t.to_dict()).by_city == t.by_city


@pytest.mark.parametrize("bad", [("increase", 5), (">=", None), (">=", float("inf")), ("~", 1)])
def test_malformed_goals_are_refused(bad):
    with pytest.raises(ValueError):
        Goal(*bad)


@pytest.mark.parametrize("text, goal", [(">=95", Goal(">=", 95)), ("≤ 10%", Goal("<=", 10)), ("=100", Goal("=", 100)),
                                        ("tăng", Goal("increase")), ("Giảm", Goal("decrease")), (">=95,5", Goal(">=", 95.5))])
def test_the_short_syntax_parses(text, goal):
    assert parse_goal(text) == goal


@pytest.mark.parametrize("goal", [Goal(">=", 95), Goal("<=", 33.333333333333336), Goal("increase"), Goal(">", 0.1)])
def test_format_then_parse_is_exact(goal):
    assert parse_goal(format_goal(goal)) == goal


def test_decomposed_vietnamese_parses_like_composed():
    import unicodedata

    assert parse_goal(unicodedata.normalize("NFD", "tăng")) == Goal("increase")
