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
RECORD = {"catalog": "hanoi-2025", "unit": WARD, "period": 2025, "indicator": "1.1.1.a", "measure": "value",
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


@pytest.mark.parametrize("records, words", [
    ([changed(indicator="9.9.9.z")], "không có trong danh mục"),
    ([changed(measure="khong_co")], "không có trong danh mục"),
    ([changed(payload={"numerator": 1200, "denominator": 1000, "rate": 120.0})], "Tử số không được lớn hơn mẫu số"),
    ([changed(payload={"numerator": 950, "denominator": 1000, "rate": 95.0, "x": 1})], "không đúng dạng"),
    ([changed(payload={"numerator": 950, "denominator": 1000, "rate": 50.0})], "không khớp"),
    ([changed(payload={"numerator": True, "denominator": 1, "rate": 100.0})], "sai dạng"),
    ([changed(period=2024)], "không khớp với gói"),
    ([changed(period=2025.0)], "không khớp với gói"),
    ([changed(unit="00008")], "không khớp với gói"),
    ([changed(status="gần xong")], "sai dạng"),
    ([changed(evidence=["a" * 64])], "minh chứng không có trong gói"),
    ([changed(seq=0)], "số thứ tự"),
    ([RECORD, changed(seq=1, indicator="1.1.1.b")], "số thứ tự"),
    ([RECORD, changed(seq=2)], "ô số liệu bị lặp"),
    ([{k: v for k, v in RECORD.items() if k != "note"}], "thiếu hoặc thừa trường"),
    ({"not": "a list"}, "không hợp lệ"),
])
def test_a_bad_record_rejects_the_bundle_with_a_vietnamese_reason(office, tmp_path, records, words):
    good = make(tmp_path, "good.lcb", [changed(indicator="1.1.1.b", seq=5)], dict(HEADER, bundle_seq=2))
    bad = make(tmp_path, "bad.lcb", records)
    results = importer.import_files(office, [bad, good])
    assert [r.status for r in results] == ["rejected", "imported"]
    assert words in results[0].reason_vi and results[0].reason
    [q] = office.quarantined()
    assert q["file_name"] == "bad.lcb" and q["reason_vi"] == results[0].reason_vi
    assert (tmp_path / "office" / "quarantine").is_dir()
    assert [h.cell.indicator for h in office.heads()] == ["1.1.1.b"]


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
