"""The office's word on the officer's side, in the core: the forms' marks (``entry.progress``) say
approved / returned while the officer has not changed the form, and the to-do list names each
measure by its label (never its code) and each form's catalog by its title."""

import pytest

from lcdesk.core.exchange import feedback, identity
from lcdesk.core.catalog.titles import short_titles
from lcdesk.core.officer import entry

from tests.core.review_city import PERIOD, WARD_INDICATORS

WARD = "00004"


@pytest.fixture
def city(reviewed_officer):
    return reviewed_officer


def marks(store, review=True):
    catalog = identity.officer_catalogs(store)[0]
    return entry.progress(store, catalog, WARD, PERIOD, [catalog.indicator(c) for c in WARD_INDICATORS], review=review)


def test_approved_and_returned_forms_are_marked_so_and_count_as_entered(city):
    assert marks(city) == {"1.1.2.a": "approved", "1.3.2.a": "returned", "2.2.2.c": "approved", "2.2.2.d": "complete"}
    assert all(status != entry.EMPTY for status in marks(city).values())  # "4/4 đã nhập" stays right
    assert set(marks(city, review=False).values()) == {"complete"}  # the figures' own status is unchanged


def test_a_changed_form_is_its_own_status_again(city):
    catalog = identity.officer_catalogs(city)[0]
    ind = catalog.indicator("1.3.2.a")
    entry.save_value(city, catalog, unit=WARD, period=PERIOD, indicator="1.3.2.a", measure="value",
                     raw={"numerator": 48, "denominator": 60})
    assert marks(city)["1.3.2.a"] == "draft"
    entry.mark_complete(city, catalog, unit=WARD, period=PERIOD, indicator="1.3.2.a")
    assert marks(city)["1.3.2.a"] == "complete" == entry.form_status(ind, entry.my_heads(city, catalog.id, WARD, PERIOD))
    assert entry.office_word(city, catalog.id, WARD, PERIOD)["1.3.2.a"] == "answered"
    assert {t["indicator"]: t["state"] for t in feedback.todo(city)}["1.3.2.a"] == "answered"  # one rule, both places


def test_another_unit_or_year_has_no_office_word(city):
    catalog = identity.officer_catalogs(city)[0]
    assert entry.office_word(city, catalog.id, WARD, PERIOD - 1) == {}
    assert entry.office_word(city, catalog.id, "00008", PERIOD) == {}


def test_comments_name_the_measure_by_its_label_and_keep_the_code_apart(city):
    returned = feedback.todo(city)[0]
    assert returned["indicator"] == "1.3.2.a" and returned["state"] == "returned"
    assert returned["comment"] == "Tỷ lệ: Mẫu số không khớp với dân số năm 2025"
    assert "value" not in returned["comment"]
    assert [(c["measure"], c["label"], c["text"]) for c in returned["comments"]] == [
        ("value", "Tỷ lệ", "Mẫu số không khớp với dân số năm 2025")]
    assert returned["catalog_title"] == identity.officer_catalogs(city)[0].title


def test_a_comment_on_the_whole_form_is_its_text_alone():
    comments = [{"measure": "", "text": "Thiếu minh chứng", "at": ""},
                {"measure": "value", "text": "Sai mẫu số", "at": ""}]
    assert feedback.comment_text(comments, {"value": "Tỷ lệ"}) == "Thiếu minh chứng\nTỷ lệ: Sai mẫu số"


def test_short_titles_cut_at_the_dash_unless_two_would_read_the_same():
    assert short_titles({
        "hanoi-2025": "Bộ tiêu chí Thành phố học tập toàn cầu của UNESCO – thành phố Hà Nội",
        "learning-models": "Mô hình học tập và xã hội học tập – chỉ tiêu năm 2025 và 2030",
    }) == {"hanoi-2025": "Bộ tiêu chí Thành phố học tập toàn cầu của UNESCO",
           "learning-models": "Mô hình học tập và xã hội học tập"}
    both = {"hanoi-2025": "Bộ tiêu chí UNESCO – thành phố Hà Nội", "haiphong-2026": "Bộ tiêu chí UNESCO – thành phố Hải Phòng"}
    assert short_titles(both) == both


def test_the_marks_read_the_feedback_kind_the_files_are_stored_under():
    assert entry.FEEDBACK_KIND == feedback.KIND  # entry does not import feedback (start-up)
