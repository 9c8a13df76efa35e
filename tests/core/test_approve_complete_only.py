"""Only a form the officer marked complete can be approved (one rule, in ``review_actions``).

A draft or a form received empty is refused with a message naming each form and what to
do instead; a selection holding one is refused whole (nothing approved), across units too;
a form answered or changed after approval with a draft is refused like any draft."""

import pytest

from lcdesk.core.office import review, review_actions

from tests.core.review_city import CATALOG, PERIOD, WARD_INDICATORS, WARDS, enrol, fill, make_office, send


@pytest.fixture
def city(tmp_path):
    office = make_office(tmp_path / "office")
    officers = {code: enrol(office, tmp_path / f"o{code}", f"Cán bộ {name}", code, tmp_path)
                for code, name in WARDS.items()}
    a, b, _c = WARDS
    fill(officers[a], a, WARD_INDICATORS)
    fill(officers[b], b, WARD_INDICATORS[:2], complete=False)  # Ngọc Hà: two drafts, two received empty
    send(officers[a], office, tmp_path, "a1")
    send(officers[b], office, tmp_path, "b1")
    yield office, officers, tmp_path
    for o in officers.values():
        o.close()
    office.close()


def states(office):
    return review.form_states(office, CATALOG, PERIOD)


def test_a_draft_is_refused_naming_it_and_saying_what_to_do(city):
    office, _, _ = city
    _a, b, _c = WARDS
    with pytest.raises(review_actions.IncompleteFormsError) as caught:
        review_actions.approve(office, CATALOG, PERIOD, b, ["1.1.2.a"])
    exc = caught.value
    assert isinstance(exc, review_actions.ReviewError) and exc.forms == [(b, "1.1.2.a", "draft")]
    assert "Phường Ngọc Hà — 1.1.2.a (bản nháp, cán bộ chưa đánh dấu hoàn thành)" in exc.message_vi
    assert "hãy trả lại để sửa, hoặc chờ cán bộ đánh dấu hoàn thành" in exc.message_vi
    assert exc.message_vi.endswith("Chưa duyệt biểu mẫu nào.")
    assert "Phường Ngọc Hà — 1.1.2.a (a draft" in exc.message_en and "return it for correction" in exc.message_en
    assert office.review_records() == [] and states(office)[(b, "1.1.2.a")] == "draft"
    # what the message advises works: the draft can be returned for correction
    review_actions.return_form(office, CATALOG, PERIOD, b, "1.1.2.a", "Hãy nhập đủ và đánh dấu hoàn thành")
    assert states(office)[(b, "1.1.2.a")] == "returned"


def test_received_empty_is_refused_with_its_own_advice(city):
    office, _, _ = city
    _a, b, _c = WARDS
    with pytest.raises(review_actions.IncompleteFormsError) as caught:
        review_actions.approve(office, CATALOG, PERIOD, b, ["2.2.2.c"])
    assert "2.2.2.c (đã nhận gói nhưng biểu mẫu để trống)" in caught.value.message_vi
    assert "hãy chờ cán bộ nhập số liệu" in caught.value.message_vi and "(received empty)" in caught.value.message_en
    assert office.review_records() == []


def test_a_selection_holding_a_draft_approves_nothing_even_across_units(city):
    office, _, _ = city
    a, b, _c = WARDS
    with pytest.raises(review_actions.IncompleteFormsError) as caught:
        review_actions.approve(office, CATALOG, PERIOD, b, ["1.1.2.a", "1.3.2.a", "2.2.2.d"])
    assert [f[1:] for f in caught.value.forms] == [("1.1.2.a", "draft"), ("1.3.2.a", "draft"), ("2.2.2.d", "empty")]
    with pytest.raises(review_actions.IncompleteFormsError) as caught:
        review_actions.approve_forms(office, CATALOG, PERIOD, [(a, "1.1.2.a"), (b, "1.1.2.a"), (a, "2.2.2.c")])
    assert caught.value.forms == [(b, "1.1.2.a", "draft")]
    assert office.review_records() == [] and states(office)[(a, "1.1.2.a")] == "complete"
    done = review_actions.approve_forms(office, CATALOG, PERIOD, [(a, "1.1.2.a"), (a, "2.2.2.c"), (a, "1.1.2.a")])
    assert [(r["unit"], r["indicator"]) for r in done] == [(a, "1.1.2.a"), (a, "2.2.2.c")]
    # the unit's default ("its complete ones") and "every clean form" never take a draft either
    assert review_actions.approve(office, CATALOG, PERIOD, b) == []
    assert {r["unit"] for r in review_actions.approve(office, CATALOG, PERIOD, None, all_clean=True)} == {a}
    assert [states(office)[(b, i)] for i in WARD_INDICATORS[:2]] == ["draft", "draft"]


def test_an_answer_or_a_change_after_approval_that_is_a_draft_is_refused(city):
    office, officers, work = city
    a, _b, _c = WARDS
    review_actions.approve(office, CATALOG, PERIOD, a, ["1.1.2.a"])
    review_actions.return_form(office, CATALOG, PERIOD, a, "1.3.2.a", "Mẫu số không khớp với dân số năm 2025")
    fill(officers[a], a, ["1.1.2.a", "1.3.2.a"], complete=False, rate=(50, 60))  # the officer edits, not finished
    send(officers[a], office, work, "a2")
    assert (states(office)[(a, "1.1.2.a")], states(office)[(a, "1.3.2.a")]) == ("changed_after_approval", "answered")
    for code in ("1.1.2.a", "1.3.2.a"):
        with pytest.raises(review_actions.IncompleteFormsError, match="draft"):
            review_actions.approve(office, CATALOG, PERIOD, a, [code])
    fill(officers[a], a, ["1.1.2.a", "1.3.2.a"], rate=(50, 60))  # now marked complete
    send(officers[a], office, work, "a3")
    review_actions.approve(office, CATALOG, PERIOD, a, ["1.1.2.a", "1.3.2.a"])
    assert (states(office)[(a, "1.1.2.a")], states(office)[(a, "1.3.2.a")]) == ("approved", "approved")
    assert review_actions.verify_records(office) == []
