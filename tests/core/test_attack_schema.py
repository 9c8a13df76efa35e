"""Hostile manifests and records signed with an ENROLLED key: every one is one precise rejection.

Hypothesis puts a value of every wrong JSON type and every boundary (huge integers, deep
nesting, long strings, NUL and control characters) into one field of a genuine bundle,
signs it with the officer's enrolled key, and imports it followed by a good bundle. Each
must end ``rejected`` with a precise code (never ``internal_error``) and a Vietnamese
reason, be kept in quarantine, add no row and no file, and not stop the good bundle.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from lcdesk.core.exchange import bundle

from .attack_kit import Counter, assert_rejected_then_next_imported, good_bundle, header, open_office, record, sign

SETTINGS = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def nested(depth: int):
    value = []
    for _ in range(depth):
        value = [value]
    return value


scalars = st.one_of(
    st.none(), st.booleans(),
    st.sampled_from([0, -1, 2**63, -(2**63) - 1, 10**30, 2**64 + 5, 10**200]),
    st.integers(min_value=-(10**25), max_value=10**25),
    st.floats(allow_nan=False, allow_infinity=False), st.sampled_from([1e308, -1e308, 0.5, -0.0, 1e-300]),
    st.text(max_size=20), st.sampled_from(["", "\x00", "a\x00b", "\x1b[31m", "\u2028", "x" * 100_000, "𝔘" * 3000]),
)
hostile = st.one_of(
    scalars,
    st.lists(scalars, max_size=4),
    st.dictionaries(st.text(max_size=5), scalars, max_size=3),
    st.integers(min_value=30, max_value=200).map(nested),
)

# Manifest fields and what a wrong value there may be refused as.
MANIFEST_CODES = {"bad_manifest", "unit_not_assigned", "record_outside_manifest", "newer_format", "bad_counts",
                  "bad_evidence_list", "bundle_seq_reused"}


def short_text(value, limit: int) -> bool:
    return type(value) is str and len(value) <= limit and not any(ord(c) < 32 or c in "\x7f\u2028\u2029" for c in value)


def still_valid(field: str, value) -> bool:
    """Mutations the format allows (written from docs/bundle-format.md, not from the code)."""
    if field == "bundle_seq":
        return type(value) is int and 1 <= value < 2**63
    if field == "created_at":
        return short_text(value, 40)
    if field == "author_name":
        return short_text(value, 200)
    return False
RECORD_CODES = {"bad_record", "record_outside_manifest", "unknown_indicator", "bad_value", "not_normalised",
                "indicator_not_assigned"}


@pytest.fixture
def office(tmp_path):
    store = open_office(tmp_path / "office")
    yield store
    store.close()


@SETTINGS
@given(field=st.sampled_from(["catalogs", "units", "periods", "bundle_seq", "created_at", "author_name", "evidence",
                              "counts", "bundle_format", "catalog", "extra"]), value=hostile)
def test_a_hostile_manifest_field_is_one_precise_rejection(office, tmp_path_factory, field, value):
    seq = _counter()
    folder = tmp_path_factory.mktemp("m")
    head = header(1, bundle_seq=seq)
    head[field] = value
    assume(head != header(1, bundle_seq=seq) and not still_valid(field, value))
    bad = sign(folder / "bad.lcb", head, bundle.canonical_json([record(seq=seq)]))
    assert_rejected_then_next_imported(office, bad, good_bundle(folder / "good.lcb", _counter()), MANIFEST_CODES)


@SETTINGS
@given(field=st.sampled_from(sorted(record())), value=hostile)
def test_a_hostile_record_field_is_one_precise_rejection(office, tmp_path_factory, field, value):
    seq = _counter()
    folder = tmp_path_factory.mktemp("r")
    rec = record(seq=seq)
    rec[field] = value
    assume(rec != record(seq=seq) and not (field == "created_at" and short_text(value, 40))
           and not (field == "author_name" and short_text(value, 200))
           and not (field == "note" and type(value) is str and len(value) <= 4000
                    and not any(ord(c) < 32 and c not in "\t\n" or c in "\x7f\u2028\u2029" for c in value))
           and not (field == "seq" and type(value) is int and 1 <= value < 2**63)
           and not (field == "payload" and value is None))  # a cleared cell is a valid record
    bad = sign(folder / "bad.lcb", header(1, bundle_seq=seq), bundle.canonical_json([rec]))
    assert_rejected_then_next_imported(office, bad, good_bundle(folder / "good.lcb", _counter()), RECORD_CODES)


@SETTINGS
@given(field=st.sampled_from(["numerator", "denominator", "rate", "extra"]), value=hostile)
def test_a_hostile_payload_value_is_one_precise_rejection(office, tmp_path_factory, field, value):
    seq = _counter()
    folder = tmp_path_factory.mktemp("p")
    rec = record(seq=seq)
    rec["payload"][field] = value
    assume(rec != record(seq=seq))
    bad = sign(folder / "bad.lcb", header(1, bundle_seq=seq), bundle.canonical_json([rec]))
    assert_rejected_then_next_imported(office, bad, good_bundle(folder / "good.lcb", _counter()), RECORD_CODES)


_counter = Counter()
