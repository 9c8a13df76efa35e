"""Hostile receipts and feedback on the officer's side: each refused with a Vietnamese reason, nothing changed."""

import random
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lcdesk.core.errors import LcdeskError
from lcdesk.core.exchange import container as package
from lcdesk.core.exchange import feedback, keys, office_files, receipt
from lcdesk.core.office import review_actions
from lcdesk.core.officer import open_file

from tests.core.review_city import CATALOG, PERIOD, WARD_INDICATORS, enrol, fill, make_office, send


@pytest.fixture(scope="module")
def city(tmp_path_factory):
    work = tmp_path_factory.mktemp("hostile")
    office = make_office(work / "office")
    a = enrol(office, work / "a", "Nguyễn Văn An", "00004", work)
    b = enrol(office, work / "b", "Trần Thị Bình", "00008", work)
    fill(a, "00004", WARD_INDICATORS)
    send(a, office, work, "a1")
    review_actions.return_form(office, CATALOG, PERIOD, "00004", "1.1.2.a", "Mẫu số không khớp với dân số năm 2025")
    keys_of = {k.units[0]: k.key_id for k in office.trusted_keys() if k.role == "officer"}
    yield office, a, b, keys_of, work
    for s in (office, a, b):
        s.close()


def state(store):
    return (store.latest_applied("receipt"), store.latest_applied("feedback"), store.export_receipts())


def refused(store, path) -> LcdeskError:
    before = state(store)
    with pytest.raises(LcdeskError) as info:
        open_file.open_file(store, path)
    assert state(store) == before
    assert info.value.message_vi and info.value.message_vi != info.value.message_en
    return info.value


def test_feedback_signed_by_another_key_is_refused(city):
    office, a, _b, keys_of, work = city
    forms = feedback.forms_for(office, keys_of["00004"])
    header = {"officer": {"key_id": keys_of["00004"], "name": "x"}, "feedback_seq": 99, "created_at": "",
              "office": {"name": "Văn phòng giả", "city": "01"}}
    path = work / "forged.lcf"
    package.write_package(path, "feedback", header, {"feedback.json": package.canonical_json({"forms": forms})},
                          keys.KeyPair.generate())
    assert refused(a, path).code == "wrong_office"


def test_feedback_for_another_officer_is_refused(city):
    office, a, b, keys_of, work = city
    feedback.write_feedback(office, keys_of["00008"], work / "for-b.lcf")
    assert "cán bộ khác" in refused(a, work / "for-b.lcf").message_vi
    assert open_file.open_file(b, work / "for-b.lcf")["status"] == "applied"


def test_a_replayed_older_feedback_is_refused_and_the_same_one_changes_nothing(city):
    office, a, _b, keys_of, work = city
    feedback.write_feedback(office, keys_of["00004"], work / "old.lcf")
    feedback.write_feedback(office, keys_of["00004"], work / "new.lcf")
    assert open_file.open_file(a, work / "new.lcf")["status"] == "applied"
    assert open_file.open_file(a, work / "new.lcf")["status"] == "already_applied"
    assert refused(a, work / "old.lcf").code == "stale"
    assert feedback.todo(a)[0]["comment"] == "Mẫu số không khớp với dân số năm 2025"


def test_a_receipt_edited_by_hand_is_refused(city):
    office, a, _b, keys_of, work = city
    receipt.write_receipt(office, keys_of["00004"], work / "r.lcx")
    tampered = work / "r-edited.lcx"
    with zipfile.ZipFile(work / "r.lcx") as src, zipfile.ZipFile(tampered, "w") as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            dst.writestr(info, body.replace(b'"accepted"', b'"rejected"') if info.filename == "receipt.json" else body)
    assert "bị thay đổi" in refused(a, tampered).message_vi


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(position=st.integers(min_value=0), value=st.integers(min_value=1, max_value=255))
def test_a_flipped_byte_never_applies_other_content(city, position, value):
    office, a, _b, keys_of, work = city
    path = work / "flip-source.lcx"
    if not path.exists():
        receipt.write_receipt(office, keys_of["00004"], path)
    data = bytearray(path.read_bytes())
    data[position % len(data)] ^= value
    flipped = work / f"flip-{random.random()}.lcx"
    flipped.write_bytes(bytes(data))
    try:
        pkg = package.read_package(flipped, expected_kind="receipt")
    except LcdeskError:
        return  # refused by the container
    original = package.read_package(path, expected_kind="receipt")
    assert pkg.manifest_bytes == original.manifest_bytes  # only bytes nobody reads may differ


JSONISH = st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=5),
                       lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
                       max_leaves=12)


@settings(max_examples=60, deadline=None)
@given(content=st.dictionaries(st.sampled_from(["bundles", "forms", "x"]), JSONISH, max_size=2))
def test_malformed_content_signed_by_the_office_is_refused_as_bad_content(content):
    for check in (receipt.check_content, feedback.check_content):
        try:
            check(content)
        except office_files.OfficeFileError as exc:
            assert exc.code == "bad_content"


def test_a_receipt_lists_a_rejected_bundle_with_its_reason(tmp_path):
    from lcdesk.core.exchange import bundle, importer

    office = make_office(tmp_path / "office")
    a = enrol(office, tmp_path / "a", "Nguyễn Văn An", "00004", tmp_path)
    fill(a, "00004", WARD_INDICATORS[:1])
    send(a, office, tmp_path, "a1")
    key = next(k.key_id for k in office.trusted_keys() if k.role == "officer")
    fill(a, "00004", WARD_INDICATORS[1:2])
    second = bundle.export_bundle(a, tmp_path / "a2.lcb").path
    office.revoke_key(key)
    assert importer.import_files(office, [second])[0].status == "rejected"
    receipt.write_receipt(office, key, tmp_path / "a.lcx")
    result = open_file.open_file(a, tmp_path / "a.lcx")
    assert result["confirmed"] == 2 and len(result["rejected"]) == 1
    exports = {e["path"]: e for e in receipt.exports_with_receipts(a)}
    assert exports[str(second)]["status"] == "rejected" and "thu hồi" in exports[str(second)]["reason"]
    for s in (office, a):
        s.close()
