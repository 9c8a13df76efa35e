"""The first stable API of the review chain: the frozen expected set and each form's state."""

import pytest

from lcdesk.core.office import expected, review, review_actions
from lcdesk.core.units import registry as units

from tests.core.review_city import (
    CATALOG, HEALTH, HEALTH_INDICATORS, PERIOD, WARD_INDICATORS, WARDS, enrol, fill, make_office, send,
)


@pytest.fixture
def city(tmp_path):
    office = make_office(tmp_path / "office")
    officers = {code: enrol(office, tmp_path / f"o{code}", f"Cán bộ {name}", code, tmp_path)
                for code, name in WARDS.items()}
    yield office, officers, tmp_path
    for o in officers.values():
        o.close()
    office.close()


def test_expected_set_holds_assigned_units_and_no_expert_indicator(city):
    office, _, _ = city
    cells = expected.expected_cells(office, CATALOG, PERIOD)
    assert {ind: units for ind, units in cells.items()} == {
        **{ind: set(WARDS) for ind in WARD_INDICATORS}, **{ind: {HEALTH} for ind in HEALTH_INDICATORS}}
    assert not any(ind.startswith("3.") for ind in cells)


def test_expected_set_is_frozen_when_the_period_opens_and_adjusted_with_a_reason(city):
    office, _, _ = city
    before = expected.expected_cells(office, CATALOG, PERIOD)
    office.replace_units("01", office.list_units("01") + [units.Unit("00031", "Phường Cửa Nam", "ward", "01", "01")])
    assert expected.expected_cells(office, CATALOG, PERIOD) == before  # frozen
    with pytest.raises(expected.ExpectedError):
        expected.adjust(office, CATALOG, PERIOD, "00031", "1.1.2.a", "add", "  ")
    expected.adjust(office, CATALOG, PERIOD, "00031", "1.1.2.a", "add", "Phường mới sáp nhập")
    expected.adjust(office, CATALOG, PERIOD, HEALTH, "1.3.2.f", "remove", "Sở Y tế báo cáo gộp")
    after = expected.expected_cells(office, CATALOG, PERIOD)
    assert after["1.1.2.a"] == set(WARDS) | {"00031"} and "1.3.2.f" not in after
    assert [c["reason"] for c in office.expected_changes(CATALOG, PERIOD)] == ["Phường mới sáp nhập", "Sở Y tế báo cáo gộp"]
    with pytest.raises(Exception):
        office.conn.execute("DELETE FROM expected_changes")


def test_form_states_follow_data_and_review(city):
    office, officers, work = city
    a, b, c = WARDS
    fill(officers[a], a, WARD_INDICATORS)
    fill(officers[b], b, WARD_INDICATORS[:2], complete=False)
    send(officers[a], office, work, "a1")
    send(officers[b], office, work, "b1")
    states = review.form_states(office, CATALOG, PERIOD)
    assert set(states.values()) <= set(review.STATES)
    assert all(states[(a, i)] == "complete" for i in WARD_INDICATORS)
    assert [states[(b, i)] for i in WARD_INDICATORS] == ["draft", "draft", "not_received", "not_received"]
    assert all(states[(c, i)] == "not_received" for i in WARD_INDICATORS)
    forms = review.forms(office, CATALOG, PERIOD)
    assert forms[(b, "2.2.2.c")].data == "empty" and forms[(c, "2.2.2.c")].data == "not_received"

    review_actions.approve(office, CATALOG, PERIOD, a, ["1.1.2.a"])
    review_actions.return_form(office, CATALOG, PERIOD, a, "1.3.2.a", "Mẫu số không khớp với dân số năm 2025")
    states = review.form_states(office, CATALOG, PERIOD)
    assert (states[(a, "1.1.2.a")], states[(a, "1.3.2.a")]) == ("approved", "returned")

    fill(officers[a], a, ["1.1.2.a", "1.3.2.a"], rate=(50, 60))
    send(officers[a], office, work, "a2")
    forms = review.forms(office, CATALOG, PERIOD)
    assert forms[(a, "1.1.2.a")].state == "changed_after_approval"
    assert forms[(a, "1.1.2.a")].approved["value"]["numerator"] == 45  # the approved value stays visible
    assert forms[(a, "1.1.2.a")].values["value"]["numerator"] == 50
    assert forms[(a, "1.3.2.a")].state == "answered"
    review_actions.approve(office, CATALOG, PERIOD, a, ["1.3.2.a"])
    review_actions.unapprove(office, CATALOG, PERIOD, a, ["1.1.2.a"], "Chờ đối chiếu")
    states = review.form_states(office, CATALOG, PERIOD)
    assert (states[(a, "1.1.2.a")], states[(a, "1.3.2.a")]) == ("complete", "approved")
    assert review_actions.verify_records(office) == []


def test_all_clean_skips_drafts_conflicts_and_forms_with_failed_checks(city, monkeypatch):
    from lcdesk.core.office import checks

    office, officers, work = city
    a, b, _c = WARDS
    fill(officers[a], a, WARD_INDICATORS)
    fill(officers[b], b, WARD_INDICATORS[:2], complete=False)
    send(officers[a], office, work, "a1")
    send(officers[b], office, work, "b1")
    flagged = {(a, "2.2.2.d")}
    monkeypatch.setattr(checks, "failed_forms", lambda store, catalog_id, period: flagged)  # the seam of issue 12
    done = review_actions.approve(office, CATALOG, PERIOD, None, all_clean=True)
    assert sorted((r["unit"], r["indicator"]) for r in done) == [(a, i) for i in WARD_INDICATORS[:3]]
    states = review.form_states(office, CATALOG, PERIOD)
    assert states[(a, "2.2.2.d")] == "complete" and states[(b, "1.1.2.a")] == "draft"
    assert review_actions.approve(office, CATALOG, PERIOD, None, all_clean=True) == []  # nothing twice
