"""One test per class of attack on the importer by someone holding an enrolled key (issue 8).

Each failed on the main branch before: a traceback that stopped the batch, a partial
write, a poisoned evidence store, a scope not bound to the key, a false message.
"""

from __future__ import annotations

import hashlib
import time

import pytest

from lcdesk.core.exchange import bundle, evidence, import_checks, importer
from lcdesk.core.exchange import container as package
from lcdesk.core.exchange import container_read

from .attack_kit import (
    OFFICER,
    OUTSIDER,
    WARD,
    Counter,
    assert_rejected_then_next_imported,
    footprint,
    good_bundle,
    header,
    open_office,
    record,
    sign,
    signed,
)

seqs = Counter(1000)


@pytest.fixture
def office(tmp_path):
    store = open_office(tmp_path / "office")
    yield store
    store.close()


def raw(tmp_path, name: str, data: bytes, records: int = 1):
    s = seqs()
    return sign(tmp_path / name, header(records, bundle_seq=s), data)


@pytest.mark.parametrize("data, code", [
    (b"\xff\xfe not utf-8", "records_not_utf8"),
    (b"[{\"unit\": ", "records_not_json"),
    (b"[" * 100_000 + b"]" * 100_000, "records_too_deep"),
    (b"[" + b"9" * 5000 + b"]", "records_not_json"),
    (b"[NaN]", "records_not_json"),
    (b"{}", "bad_records"),
])
def test_records_json_that_cannot_be_read_is_one_rejection(office, tmp_path, data, code):
    res = assert_rejected_then_next_imported(office, raw(tmp_path, "bad.lcb", data), good_bundle(tmp_path / "g.lcb", seqs()), {code})
    assert "Traceback" not in res.reason


@pytest.mark.parametrize("field, value", [
    ("indicator", ["1.1.2.a"]), ("unit", {"code": WARD}), ("note", ["x"]), ("author_name", 5),
    ("seq", 2**63), ("seq", 10**40), ("period", 2**64), ("period", -1), ("period", 3000),
    ("payload", {"numerator": 10**30, "denominator": 10**31, "rate": 10.0}),
    ("payload", {"numerator": 1, "denominator": 2, "rate": 1e308}),
    ("payload", {"numerator": 950.0, "denominator": 1000, "rate": 95.0}),
    ("note", "a\x00b"), ("note", "x" * 4001), ("evidence", ["zz"]), ("status", ["complete"]),
])
def test_a_record_field_of_the_wrong_type_or_range_is_one_rejection(office, tmp_path, field, value):
    rec = record(seq=seqs())
    rec[field] = value
    bad = signed(tmp_path / "bad.lcb", [rec], bundle_seq=seqs())
    assert_rejected_then_next_imported(office, bad, good_bundle(tmp_path / "g.lcb", seqs()), {"bad_record"})


@pytest.mark.parametrize("field, value", [
    ("catalogs", "hanoi-2025"), ("catalogs", [{"id": ["x"], "version": "1"}]), ("bundle_seq", "1"),
    ("bundle_seq", 2**63), ("evidence", ["a"]), ("counts", [1, 0]), ("counts", {"records": "1", "evidence": 0}),
    ("units", WARD), ("periods", [2025.0]), ("author_name", "a\nb"),
])
def test_a_manifest_field_of_the_wrong_type_is_one_rejection_every_time(office, tmp_path, field, value):
    bad = signed(tmp_path / "bad.lcb", [record(seq=seqs())], **{"bundle_seq": seqs(), field: value})
    assert_rejected_then_next_imported(office, bad, good_bundle(tmp_path / "g.lcb", seqs()), {"bad_manifest"})
    [again] = importer.import_files(office, [bad])  # once rejected, always rejected (no duplicate path)
    assert again.code == "bad_manifest"


def test_counts_that_lie_are_refused(office, tmp_path):
    s = seqs()
    bad = sign(tmp_path / "bad.lcb", header(5, bundle_seq=s), bundle.canonical_json([record(seq=s)]))
    assert_rejected_then_next_imported(office, bad, good_bundle(tmp_path / "g.lcb", seqs()), {"bad_counts"})


def test_a_very_long_file_name_is_quarantined_under_a_short_safe_name(office, tmp_path):
    name = "Báo cáo phường " * 11 + ':<>|?" \\*.lcb'  # 222+ UTF-8 bytes with Windows-unsafe characters
    assert 222 <= len(name.encode()) <= 255  # the most this file system allows (Windows allows 255 characters)
    bad = tmp_path / name
    bad.write_bytes(b"not a bundle at all")
    [res] = importer.import_files(office, [bad])
    assert res.status == "rejected" and res.code == "not_a_zip"
    stored = sorted((office.home / "quarantine").iterdir())
    assert len(stored) == 2 and all(len(p.name) <= 80 for p in stored)
    assert all(not set(p.name) & set(':<>|?"\\* ') for p in stored)
    assert f"file: {bad.name}" in stored[1].read_text(encoding="utf-8")
    assert office.quarantined()[0]["file_name"] == bad.name


def test_an_outsider_s_huge_bundle_is_refused_before_any_member_is_inflated(office, tmp_path, monkeypatch):
    zeros = bytes(60 * 1024 * 1024)
    path = sign(tmp_path / "big.lcb", header(1), bundle.canonical_json([record()]), {"evidence/" + hashlib.sha256(zeros).hexdigest(): zeros}, key=OUTSIDER)
    inflated = []
    monkeypatch.setattr(container_read, "hash_member", lambda *a: inflated.append(a) or ("", 0))
    start = time.perf_counter()
    [res] = importer.import_files(office, [path])
    assert res.code == "unknown_key" and not inflated
    assert time.perf_counter() - start < 5  # not a timing claim: only that nothing was inflated


def test_a_known_bundle_is_recognised_before_its_signature_is_checked(office, tmp_path, monkeypatch):
    path = good_bundle(tmp_path / "g.lcb", seqs())
    [first] = importer.import_files(office, [path])
    calls = []
    real = container_read.keys.verify
    monkeypatch.setattr(container_read.keys, "verify", lambda *a: calls.append(1) or real(*a))
    [again] = importer.import_files(office, [path])
    assert again.status == "duplicate" and again.records == 1 and again.bundle == first.bundle and not calls


def test_a_failed_transaction_leaves_no_evidence_row_or_file(office, tmp_path, monkeypatch):
    proof = "biên bản".encode() * 100
    sha = hashlib.sha256(proof).hexdigest()
    s = seqs()
    path = sign(tmp_path / "e.lcb", header(1, bundle_seq=s, evidence={sha: "biên bản.pdf"},
                                          counts={"records": 1, "evidence": 1}),
                bundle.canonical_json([record(seq=s, evidence=[sha])]), {f"evidence/{sha}": proof})
    before = footprint(office)

    def boom(**kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(office, "record_bundle", boom)
    [res] = importer.import_files(office, [path])
    assert res.status == "rejected" and res.code == "internal_error"
    assert res.reason_vi == "Gói không đọc được; đã lưu để kiểm tra."
    assert footprint(office) == before and office.evidence_info(sha) is None
    monkeypatch.undo()
    [ok] = importer.import_files(office, [path])
    assert ok.status == "imported" and evidence.evidence_path(office.home, sha).read_bytes() == proof


def test_an_unexpected_error_is_internal_error_and_the_batch_goes_on(office, tmp_path, monkeypatch, caplog):
    real = import_checks.check_records
    first = tmp_path / "first.lcb"

    def flaky(batch, head, raw_records):
        if head.fields["bundle_seq"] == 1:
            raise ZeroDivisionError("a bug")
        return real(batch, head, raw_records)

    monkeypatch.setattr(import_checks, "check_records", flaky)
    bad = signed(first, [record(seq=seqs())], bundle_seq=1)
    res = assert_rejected_then_next_imported(office, bad, good_bundle(tmp_path / "g.lcb", seqs()), {"internal_error"})
    assert res.reason_vi == "Gói không đọc được; đã lưu để kiểm tra." and "ZeroDivisionError" in res.reason
    assert "Traceback" in caplog.text or any(r.exc_info for r in caplog.records)


def test_evidence_named_by_another_file_s_hash_is_refused(office, tmp_path):
    genuine, forged = b"the real minutes", b"forged minutes"
    sha = hashlib.sha256(genuine).hexdigest()
    s = seqs()
    # the manifest lists the member under its true hash (the container checks it) but names it by the other one
    path = sign(tmp_path / "p.lcb", header(1, bundle_seq=s, evidence={sha: "x.pdf"}, counts={"records": 1, "evidence": 1}),
                bundle.canonical_json([record(seq=s, evidence=[sha])]), {f"evidence/{sha}": forged})
    assert_rejected_then_next_imported(office, path, good_bundle(tmp_path / "g.lcb", seqs()), {"bad_evidence_name"})
    assert not evidence.evidence_path(office.home, sha).exists()


def test_an_evidence_member_with_a_name_that_is_not_a_hash_is_refused(office, tmp_path):
    s = seqs()
    path = sign(tmp_path / "z.lcb", header(1, bundle_seq=s), bundle.canonical_json([record(seq=s)]), {"evidence/zz": b"x"})
    assert_rejected_then_next_imported(office, path, good_bundle(tmp_path / "g.lcb", seqs()), {"bad_evidence_name"})


@pytest.mark.parametrize("head, rec, code, words", [
    ({"catalogs": [{"id": "learning-models", "version": None}]}, {"catalog": "learning-models"}, "catalog_not_provisioned", "learning-models"),
    ({"periods": [2024]}, {"period": 2024}, "period_not_provisioned", "2024"),
    ({"periods": list(range(2026, 2076))}, {"period": 2030}, "period_not_provisioned", "2025"),
])
def test_a_key_reports_only_its_provisioned_catalogs_and_periods(office, tmp_path, head, rec, code, words):
    if "catalogs" in head:
        head = {"catalogs": [{"id": "learning-models", "version": office.get_catalog("learning-models").version}]}
    s = seqs()
    bad = signed(tmp_path / "bad.lcb", [record(seq=s, **rec)], bundle_seq=s, **head)
    res = assert_rejected_then_next_imported(office, bad, good_bundle(tmp_path / "g.lcb", seqs()), {code})
    assert words in res.reason_vi


def test_a_forged_record_for_an_indicator_not_assigned_to_the_unit_is_refused(office, tmp_path):
    """1.1.1.a belongs to the Sở Giáo dục và Đào tạo, not to a ward: signed by the ward's enrolled key."""
    s = seqs()
    bad = signed(tmp_path / "bad.lcb", [record(seq=s, indicator="1.1.1.a")], bundle_seq=s)
    res = assert_rejected_then_next_imported(office, bad, good_bundle(tmp_path / "g.lcb", seqs()), {"indicator_not_assigned"})
    assert "1.1.1.a" in res.reason_vi and "Phường Ba Đình" in res.reason_vi and WARD in res.reason_vi


def test_a_reused_bundle_seq_is_refused_and_messages_follow_what_the_merge_did(office, tmp_path):
    new = signed(tmp_path / "new.lcb", [record(seq=50, payload={"numerator": 900, "denominator": 1000, "rate": 90.0})],
                 bundle_seq=7)
    [res] = importer.import_files(office, [new])
    assert res.changed == 1 and "1 ô số liệu thay đổi" in res.reason_vi
    replay = signed(tmp_path / "old.lcb", [record(seq=60)], bundle_seq=7)
    [again] = importer.import_files(office, [replay])
    assert again.code == "bundle_seq_reused"
    older = signed(tmp_path / "older.lcb", [record(seq=40)], bundle_seq=3)  # an old bundle arriving late
    [late] = importer.import_files(office, [older])
    assert late.status == "imported" and late.changed == 0 and late.superseded == 1
    assert "không đổi" in late.reason_vi and "unchanged" in late.reason
    lower_but_fresh = signed(tmp_path / "fresh.lcb", [record(seq=70)], bundle_seq=2)  # lower seq, fresh records
    [fresh] = importer.import_files(office, [lower_but_fresh])
    assert fresh.changed == 1 and "không đổi" not in fresh.reason_vi  # the value did change: say so
    assert office.heads()[0].payload == record()["payload"]


def test_a_crc_error_in_the_manifest_is_reported_in_vietnamese_only(office, tmp_path):
    path = good_bundle(tmp_path / "g.lcb", seqs())
    data = bytearray(path.read_bytes())
    with package_zip(path) as zf:
        info = zf.getinfo("manifest.json")
    data[info.header_offset + 30 + len(info.filename) + 3] ^= 0x01  # inside the stored/deflated manifest bytes
    bad = tmp_path / "crc.lcb"
    bad.write_bytes(bytes(data))
    [res] = importer.import_files(office, [bad])
    assert res.status == "rejected" and res.reason_vi
    assert "crc" not in res.reason_vi.lower() and "manifest" not in res.reason_vi.lower()
    assert res.reason  # the technical detail is in English


def package_zip(path):
    import zipfile

    return zipfile.ZipFile(path)


def test_a_version_1_bundle_is_still_imported(office, tmp_path):
    s = seqs()
    head = {k: v for k, v in header(1, bundle_seq=s).items() if k not in ("bundle_format", "catalogs")}
    head["catalog"] = header()["catalogs"][0]
    [res] = importer.import_files(office, [sign(tmp_path / "v1.lcb", head, bundle.canonical_json([record(seq=s)]))])
    assert res.status == "imported", res.to_dict()


def test_a_pending_evidence_file_of_a_committed_import_is_moved_into_place_on_start(office, tmp_path):
    data = b"minutes of the meeting"
    sha = hashlib.sha256(data).hexdigest()
    office.add_evidence_row(sha, len(data), "bb.pdf")  # the transaction committed, then the process died
    dest = evidence.evidence_path(office.home, sha)
    dest.parent.mkdir(parents=True)
    (dest.parent / f"{evidence.PENDING}{sha}").write_bytes(data)
    orphan = dest.parent / f"{evidence.PENDING}{'0' * 64}"
    orphan.write_bytes(b"of an import that never committed")
    importer.import_files(office, [])
    assert dest.read_bytes() == data and not orphan.exists()
    assert list(evidence.verify_store(office)) == []


def test_verify_evidence_finds_a_file_that_does_not_hash_to_its_name(office):
    sha = "ab" + "0" * 62
    office.add_evidence_row(sha, 1, "x")
    path = evidence.evidence_path(office.home, sha)
    path.parent.mkdir(parents=True)
    path.write_bytes(b"x")
    assert [p["problem"] for p in evidence.verify_store(office)] == ["hash_mismatch"]


def test_the_schema_is_the_exporter_s_too():
    from lcdesk.core.exchange import schema

    assert bundle.RECORD_FIELDS is schema.RECORD_FIELDS
    with pytest.raises(schema.Invalid):
        bundle.check_own(header(1), [record(note="x" * 5000)])
    assert package.read_package is container_read.read_package and OFFICER.key_id
