"""A tampered copy of an already-imported bundle, its manifest unchanged, is a `duplicate`:
its altered members are never read and the standing values do not move
(``docs/bundle-format.md``, "What the office does with a bundle", step 2)."""

import hashlib
import zipfile

import pytest

from lcdesk.core.exchange import container_read, identity, importer, keys
from lcdesk.core.office import values_view
from lcdesk.core.store import Store
from lcdesk.core.units import registry as units

from .test_importer import HEADER, OFFICER, RECORD, WARD, make

PROOF = "Biên bản họp phường".encode() * 20
SHA = hashlib.sha256(PROOF).hexdigest()


def open_office(home):
    store = Store.open(home)
    identity.init_office(store, units.find_city("01"), store.get_catalog("hanoi-2025"))
    store.register_key(OFFICER.key_id, keys.public_key_b64(OFFICER), "Cán bộ", units=(WARD,))
    return store


@pytest.fixture
def office(tmp_path):
    store = open_office(tmp_path / "office")
    yield store
    store.close()


def original(tmp_path):
    header = dict(HEADER, evidence={SHA: "bien-ban.pdf"}, counts={"records": 1, "evidence": 1})
    return make(tmp_path, "goc.lcb", [dict(RECORD, evidence=[SHA])], header, {f"evidence/{SHA}": PROOF})


def tamper(source, target):
    """The same manifest and signature, other records and other evidence bytes."""
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "records.json":
                data = data.replace(b'"numerator":950', b'"numerator":500').replace(b'"rate":95.0', b'"rate":50.0')
            elif info.filename.startswith("evidence/"):
                data = b"forged" + data[6:]
            dst.writestr(info, data)
    with zipfile.ZipFile(source) as a, zipfile.ZipFile(target) as b:
        assert a.read("manifest.json") == b.read("manifest.json")
        assert a.read("records.json") != b.read("records.json")
    return target


def standing(store):
    return [(v.unit, v.indicator, v.value, v.status, [s.evidence for s in v.sources])
            for v in values_view.iter_cells(store)]


def test_a_tampered_copy_of_an_imported_bundle_is_a_duplicate_and_changes_nothing(office, tmp_path, monkeypatch):
    first_path = original(tmp_path)
    [first] = importer.import_files(office, [first_path])
    assert first.status == "imported"
    before, bundles = standing(office), office.bundles()
    stored_evidence = sorted(p.read_bytes() for p in (office.home / "evidence").rglob("*") if p.is_file())
    copy = tamper(first_path, tmp_path / "goc (ban sao).lcb")
    read = []
    monkeypatch.setattr(container_read, "hash_member", lambda *a: read.append(a) or (_ for _ in ()).throw(
        AssertionError("a member was read")))
    monkeypatch.setattr(importer.schema, "parse_records", lambda *a: read.append(a))
    [again] = importer.import_files(office, [copy])
    assert again.status == "duplicate" and again.bundle == first.bundle and not read
    assert standing(office) == before and before[0][2]["rate"] == 95.0
    assert office.bundles() == bundles and office.quarantined() == []
    assert sorted(p.read_bytes() for p in (office.home / "evidence").rglob("*") if p.is_file()) == stored_evidence


def test_the_same_tampered_copy_is_rejected_where_the_original_was_never_imported(tmp_path):
    copy = tamper(original(tmp_path), tmp_path / "ban-sao.lcb")
    store = open_office(tmp_path / "other-office")
    try:
        [res] = importer.import_files(store, [copy])
        assert res.status == "rejected" and res.code == "hash_mismatch"
        assert standing(store) == []
    finally:
        store.close()
