"""form_state: what a form shows for a stored payload, and which records a change appends."""

import pytest

from lcdesk.core.officer import demo as demo_setup
from lcdesk.core.officer import entry
from lcdesk.core.officer.form_state import (
    FormKey,
    FormState,
    load_state,
    normalise_count,
    raw_from_payload,
    write_state,
)

SGD = "01-so-giao-duc-va-dao-tao"


@pytest.fixture
def officer(store):
    demo_setup.setup_demo(store)
    return store, store.get_catalog("hanoi-2025")


@pytest.mark.parametrize("text, expected", [
    ("5.521.300", "5521300"), ("5 521 300", "5521300"), ("1.200", "1200"), ("1200", "1200"),
    ("5,521,300", "5521300"), ("1,200", "1200"), ("5.521,300", "5.521,300"),
    ("2,5", "2,5"), ("12.5", "12.5"), ("", ""),
])
def test_counts_typed_with_thousands_separators_are_read_whole(text, expected):
    assert normalise_count(text) == expected


def test_a_payload_becomes_the_fields_a_form_shows():
    assert raw_from_payload("percent", {"numerator": 6120, "denominator": 9350, "rate": 65.4545}) == {
        "numerator": "6120", "denominator": "9350"}
    assert raw_from_payload("percent", {"numerator": None, "denominator": None, "rate": 95.2}) == {"rate": "95.2"}
    assert raw_from_payload("count_by_sex", {"male": 1, "female": 2, "total": 3, "base": None, "rate": None}) == {
        "male": "1", "female": "2"}
    assert raw_from_payload("rating5", {"rating": 4}) == {"rating": "4"}
    assert raw_from_payload("trend", {"direction": "increase", "figure": 212.0}) == {"direction": "increase",
                                                                                    "figure": "212"}
    assert raw_from_payload("percent", {"draft_input": {"numerator": "1200", "denominator": ""}}) == {
        "numerator": "1200"}
    assert raw_from_payload("percent", None) == {}


def test_only_the_changed_measure_is_written(officer):
    store, catalog = officer
    key = FormKey(catalog, SGD, 2025, "2.4.1.a")
    old = load_state(store, key)
    new = old.with_raw("truong_hoc", {"numerator": "9", "denominator": "10"})
    written = write_state(store, key, old, new)
    assert [r.cell.measure for r in written] == ["truong_hoc"]
    assert load_state(store, key) == new


def test_a_note_rides_on_every_measure_with_a_record(officer):
    store, catalog = officer
    key = FormKey(catalog, SGD, 2025, "2.4.1.a")
    first = load_state(store, key).with_raw("truong_hoc", {"rate": "90"}).with_raw("khong_gian_cong_dong", {"rate": "80"})
    write_state(store, key, load_state(store, key), first)
    second = first.with_note("Nguồn: Phòng GD").with_evidence(["ab" * 32])
    written = write_state(store, key, first, second)
    assert sorted(r.cell.measure for r in written) == ["khong_gian_cong_dong", "truong_hoc"]
    assert all(r.note == "Nguồn: Phòng GD" and r.evidence == ("ab" * 32,) for r in written)
    assert load_state(store, key) == second


def test_an_emptied_measure_is_cleared_not_left_as_an_error(officer):
    store, catalog = officer
    key = FormKey(catalog, SGD, 2025, "1.1.1.a")
    old = load_state(store, key)
    new = old.with_raw("value", {})
    [record] = write_state(store, key, old, new)
    assert record.payload is None and record.note == old.note
    heads = entry.my_heads(store, catalog.id, SGD, 2025)
    assert entry.form_status(catalog.indicator("1.1.1.a"), heads) == entry.EMPTY


def test_nothing_is_written_for_an_unchanged_form(officer):
    store, catalog = officer
    key = FormKey(catalog, SGD, 2025, "1.1.1.a")
    state = load_state(store, key)
    assert write_state(store, key, state, FormState(dict(state.raws), state.note, state.evidence)) == []
