"""An edit undone is no correction: the officer's side judges "changed since the office's word" by
what the office saw (figures, status, note, evidence of the records it judged), not by sequence
numbers, so a returned form brought back to exactly the returned figures is still ``returned`` and an
approved one still ``approved`` (``entry.office_word`` / ``state_now``), while a real change, even of
the status or the note alone, is still ``answered`` / ``changed_after_approval``. Cheap: at most one
more query per unit and period, never one per form."""

import pytest

from lcdesk.core.exchange import feedback, identity
from lcdesk.core.officer import entry

from tests.core.review_city import PERIOD, WARD_INDICATORS

WARD = "00004"
SENT = {"numerator": 45, "denominator": 60}  # what review_city's officer sent and the office judged


@pytest.fixture
def city(reviewed_officer):
    return reviewed_officer


def catalog_of(store):
    return identity.officer_catalogs(store)[0]


def save(store, code, raw, status="complete", **kw):
    catalog = catalog_of(store)
    for m in catalog.indicator(code).measures:
        entry.save_value(store, catalog, unit=WARD, period=PERIOD, indicator=code, measure=m.code, raw=raw,
                         status=status, **kw)


def word(store):
    return entry.office_word(store, catalog_of(store).id, WARD, PERIOD)


def marks(store):
    catalog = catalog_of(store)
    return entry.progress(store, catalog, WARD, PERIOD, [catalog.indicator(c) for c in WARD_INDICATORS])


def test_a_returned_form_edited_and_undone_is_still_returned(city):
    save(city, "1.3.2.a", {"numerator": 48, "denominator": 60}, status="draft")
    assert word(city)["1.3.2.a"] == "answered" and marks(city)["1.3.2.a"] == "draft"
    save(city, "1.3.2.a", SENT)  # undo: the same figures, complete again (form_state.write_state)
    assert word(city)["1.3.2.a"] == "returned"
    assert marks(city)["1.3.2.a"] == "returned"  # the tree says it again


def test_an_approved_form_edited_and_undone_is_still_approved(city):
    save(city, "2.2.2.c", {"numerator": 50, "denominator": 60}, status="draft")
    assert word(city)["2.2.2.c"] == "changed_after_approval"
    save(city, "2.2.2.c", SENT)
    assert word(city)["2.2.2.c"] == "approved" and marks(city)["2.2.2.c"] == "approved"


def test_a_real_change_still_counts(city):
    save(city, "1.3.2.a", {"numerator": 48, "denominator": 60})
    save(city, "2.2.2.c", {"numerator": 50, "denominator": 60})
    assert word(city) == {"1.1.2.a": "approved", "1.3.2.a": "answered", "2.2.2.c": "changed_after_approval"}


@pytest.mark.parametrize("change", [dict(status="draft"), dict(note="Đã kiểm tra lại mẫu số"),
                                    dict(evidence=("ab" * 32,))])
def test_the_status_note_or_evidence_alone_is_a_change(city, change):
    """The office saw them too (they travel in the bundle): same figures, another status, note or
    evidence is an answer to a return and a change of an approved form."""
    save(city, "1.3.2.a", SENT, **{"status": "complete", **change})
    save(city, "2.2.2.c", SENT, **{"status": "complete", **change})
    assert word(city)["1.3.2.a"] == "answered" and word(city)["2.2.2.c"] == "changed_after_approval"


def test_a_cleared_form_is_a_change_and_its_undo_is_not(city):
    catalog = catalog_of(city)
    entry.clear_value(city, catalog, unit=WARD, period=PERIOD, indicator="1.3.2.a", measure="value")
    assert word(city)["1.3.2.a"] == "answered"
    save(city, "1.3.2.a", SENT)
    assert word(city)["1.3.2.a"] == "returned"


def test_a_record_the_office_saw_but_this_installation_lacks_is_judged_by_sequence(city):
    """A feedback form naming a record this store does not have (another laptop's): any newer record
    of the form counts as a change, as before."""
    form = next(f for f in city.latest_applied(feedback.KIND)["body"]["forms"] if f["indicator"] == "1.3.2.a")
    save(city, "1.3.2.a", SENT)
    heads = [h for h in city.heads(catalog=form["catalog"], unit=WARD, period=PERIOD, indicator="1.3.2.a")]
    assert entry.state_now(form, heads, {}) == "answered"
    assert entry.state_now(form, [[h.cell.measure, h.seq] for h in heads]) == "answered"  # pairs: seq alone


def queries(store, run) -> int:
    seen = []
    store.conn.set_trace_callback(seen.append)
    try:
        run()
    finally:
        store.conn.set_trace_callback(None)
    return len(seen)


def test_no_query_per_form(city):
    """Undoing one form or all three reviewed ones costs the same queries: one per unit and period."""
    unchanged = queries(city, lambda: marks(city))
    save(city, "1.3.2.a", {"numerator": 48, "denominator": 60})
    save(city, "1.3.2.a", SENT)
    one = queries(city, lambda: marks(city))
    for code in ("1.1.2.a", "2.2.2.c"):
        save(city, code, {"numerator": 48, "denominator": 60})
        save(city, code, SENT)
    three = queries(city, lambda: marks(city))
    assert marks(city)["1.3.2.a"] == "returned" and marks(city)["1.1.2.a"] == "approved"
    assert one == three <= unchanged + 1


def test_states_now_reads_every_form_of_a_feedback_file(city):
    """``states_now``: the rule for a whole feedback file (``lcdesk todo``, the feedback tab)."""
    forms = city.latest_applied(feedback.KIND)["body"]["forms"]
    save(city, "1.3.2.a", {"numerator": 48, "denominator": 60})
    save(city, "2.2.2.c", {"numerator": 48, "denominator": 60})
    save(city, "2.2.2.c", SENT)
    assert dict(zip((f["indicator"] for f in forms), entry.states_now(city, forms))) == {
        "1.1.2.a": "approved", "1.3.2.a": "answered", "2.2.2.c": "approved"}


def test_lcdesk_todo_and_the_feedback_tab_agree(city):
    save(city, "1.3.2.a", {"numerator": 48, "denominator": 60}, status="draft")
    save(city, "1.3.2.a", SENT)
    assert {t["indicator"]: t["state"] for t in feedback.todo(city)}["1.3.2.a"] == "returned"
