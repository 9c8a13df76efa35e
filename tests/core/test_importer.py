"""The office's import refuses every malformed or untrusted bundle with one clear reason,
keeps it in quarantine, and goes on with the other files."""

import copy

import pytest

from lcdesk.core.exchange import bundle

from lcdesk.core.exchange import identity

from lcdesk.core.exchange import importer

from lcdesk.core.exchange import keys

from lcdesk.core.exchange import container as package

from lcdesk.core.units import registry as units
from lcdesk.core.store import Store

WARD = "00004"
RECORD = {"catalog": "hanoi-2025", "unit": WARD, "period": 2025, "indicator": "1.1.2.a", "measure": "value",
          "payload": {"numerator": 950, "denominator": 1000, "rate": 95.0}, "status": "complete", "note": "",
          "evidence": [], "seq": 1, "created_at": "2025-11-30T08:00:00+00:00", "author_name": "Cán bộ"}
HEADER = {"catalog": {"id": "hanoi-2025", "version": "2025.1"}, "units": [WARD], "periods": [2025],
          "bundle_seq": 1, "created_at": "2025-11-30T08:05:00+00:00", "author_name": "Cán bộ", "evidence": {},
          "counts": {"records": 1, "evidence": 0}}
OFFICER = keys.KeyPair.from_seed(bytes([7]) * 32)


@pytest.fixture
def office(tmp_path):
    store = Store.open(tmp_path / "office")
    identity.init_office(store, units.find_city("01"), store.get_catalog("hanoi-2025"))
    store.register_key(OFFICER.key_id, keys.public_key_b64(OFFICER), "Cán bộ", units=(WARD,))
    yield store
    store.close()


def make(tmp_path, name, records, header=None, members=None, key=OFFICER):
    path = tmp_path / name
    content = {bundle.RECORDS: bundle.canonical_json(records), **(members or {})}
    package.write_package(path, bundle.KIND, header or HEADER, content, key)
    return path


def changed(**fields):
    r = copy.deepcopy(RECORD)
    r.update(fields)
    return r


def test_a_well_formed_bundle_is_imported(office, tmp_path):
    [res] = importer.import_files(office, [make(tmp_path, "ok.lcb", [RECORD])])
    assert res.status == "imported" and res.new_records == 1
    assert office.heads()[0].payload == RECORD["payload"]


@pytest.mark.parametrize("records, code, words", [
    ([changed(indicator="9.9.9.z")], "unknown_indicator", "không có trong danh mục"),
    ([changed(measure="khong_co")], "unknown_indicator", "không có trong danh mục"),
    ([changed(payload={"numerator": 1200, "denominator": 1000, "rate": 120.0})], "bad_value", "Tử số không được lớn hơn mẫu số"),
    ([changed(payload={"numerator": 950, "denominator": 1000, "rate": 95.0, "x": 1})], "bad_record", "thừa thành phần"),
    ([changed(payload={"numerator": 950, "denominator": 1000, "rate": 50.0})], "bad_value", "không khớp"),
    ([changed(payload={"numerator": True, "denominator": 1, "rate": 100.0})], "bad_record", "sai dạng"),
    ([changed(payload={"numerator": 950.0, "denominator": 1000, "rate": 95.0})], "bad_record", "sai dạng"),
    ([changed(payload={"numerator": 950, "denominator": 1000, "rate": 95})], "not_normalised", "dạng chuẩn"),
    ([changed(period=2024)], "record_outside_manifest", "không có trong phần mô tả của gói"),
    ([changed(period=2025.0)], "bad_record", "năm báo cáo"),
    ([changed(unit="00008")], "record_outside_manifest", "không có trong phần mô tả của gói"),
    ([changed(status="gần xong")], "bad_record", "trạng thái"),
    ([changed(evidence=["a" * 64])], "bad_record", "minh chứng không có trong gói"),
    ([changed(seq=0)], "bad_record", "số thứ tự"),
    ([RECORD, changed(seq=1, indicator="1.3.2.a")], "bad_record", "số thứ tự bị lặp"),
    ([RECORD, changed(seq=2)], "bad_record", "ô số liệu"),
    ([{k: v for k, v in RECORD.items() if k != "note"}], "bad_record", "thiếu hoặc thừa trường"),
    ({"not": "a list"}, "bad_records", "không đúng quy định"),
])
def test_a_bad_record_rejects_the_bundle_with_a_vietnamese_reason(office, tmp_path, records, code, words):
    good = make(tmp_path, "good.lcb", [changed(indicator="1.3.2.a", seq=5)], dict(HEADER, bundle_seq=2))
    n = len(records) if isinstance(records, list) else 1
    bad = make(tmp_path, "bad.lcb", records, dict(HEADER, counts={"records": n, "evidence": 0}))
    results = importer.import_files(office, [bad, good])
    assert [r.status for r in results] == ["rejected", "imported"]
    assert results[0].code == code and words in results[0].reason_vi and results[0].reason
    [q] = office.quarantined()
    assert q["file_name"] == "bad.lcb" and q["reason_vi"] == results[0].reason_vi
    assert (tmp_path / "office" / "quarantine").is_dir()
    assert [h.cell.indicator for h in office.heads()] == ["1.3.2.a"]


def test_a_unit_the_key_is_not_assigned_to_is_refused(office, tmp_path):
    header = dict(HEADER, units=[WARD, "00008"])
    [res] = importer.import_files(office, [make(tmp_path, "b.lcb", [RECORD], header)])
    assert res.code == "unit_not_assigned" and "00008" in res.reason_vi


def test_an_unknown_catalog_version_is_refused(office, tmp_path):
    header = dict(HEADER, catalog={"id": "hanoi-2025", "version": "2099.9"})
    [res] = importer.import_files(office, [make(tmp_path, "b.lcb", [RECORD], header)])
    assert res.code == "unknown_catalog"


def test_a_key_reusing_a_sequence_number_for_other_content_is_refused(office, tmp_path):
    importer.import_files(office, [make(tmp_path, "a.lcb", [RECORD])])
    other = changed(payload={"numerator": 1, "denominator": 2, "rate": 50.0})
    [res] = importer.import_files(office, [make(tmp_path, "b.lcb", [other], dict(HEADER, bundle_seq=2))])
    assert res.code == "sequence_reused"
    assert office.heads()[0].payload == RECORD["payload"]


def test_a_file_that_is_not_a_bundle_is_refused_and_the_rest_goes_on(office, tmp_path):
    junk = tmp_path / "ảnh chụp.lcb"
    junk.write_bytes(b"\x89PNG not a bundle")
    request = tmp_path / "req.lcr"
    package.write_package(request, "enrolment", {"officer": {"name": "X"}}, {}, OFFICER)
    results = importer.import_files(office, [junk, request, tmp_path / "missing.lcb", make(tmp_path, "ok.lcb", [RECORD])])
    assert [r.status for r in results] == ["rejected", "rejected", "rejected", "imported"]
    assert results[1].code == "wrong_kind"
    assert all(r.reason_vi for r in results[:3])


def test_an_officer_installation_cannot_import(tmp_path):
    store = Store.open(tmp_path / "nobody")
    with pytest.raises(identity.IdentityError):
        importer.import_files(store, [])
    store.close()


def test_the_database_is_backed_up_by_policy_not_before_every_file(office, tmp_path):
    importer.import_files(office, [make(tmp_path, "a.lcb", [RECORD])])
    assert office.list_backups() == []  # nothing to lose yet: an empty store is not copied
    importer.import_files(office, [make(tmp_path, "b.lcb", [changed(seq=2, indicator="1.3.2.a")], dict(HEADER, bundle_seq=2))])
    assert len(office.list_backups()) == 1  # the first import of the day
    importer.import_files(office, [make(tmp_path, "c.lcb", [changed(seq=3, indicator="2.2.2.c")], dict(HEADER, bundle_seq=3))])
    assert len(office.list_backups()) == 1  # not again the same day for one file
    batch = [make(tmp_path, f"d{i}.lcb", [changed(seq=10 + i, indicator="2.2.2.d")], dict(HEADER, bundle_seq=10 + i))
             for i in range(importer.BACKUP_BATCH)]
    importer.import_files(office, batch)
    assert len(office.list_backups()) == 2  # a large batch is copied first
