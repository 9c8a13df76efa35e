"""Targets: comparators, directions, per-year milestones, the short workbook syntax."""

import pytest

from lcdesk.core.catalog.targets import MET, NOT_MET, UNKNOWN, Goal, Target, evaluate, format_goal, parse_goal


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


def test_a_year_is_judged_against_the_latest_milestone_it_has_passed():
    t = Target("", Goal(">=", 90), {"2025": Goal(">=", 70), "2030": Goal(">=", 90)})
    assert t.goal_for(2024) == Goal(">=", 70)  # before any milestone: the first one
    assert t.goal_for(2025) == Goal(">=", 70)
    assert t.goal_for(2027) == Goal(">=", 70)
    assert t.goal_for(2030) == Goal(">=", 90) and t.goal_for(2035) == Goal(">=", 90)
    assert evaluate(t, 75, 2027) == MET and evaluate(t, 75, 2030) == NOT_MET
    assert t.goal_for(None) == Goal(">=", 90)


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
