"""The officer registry: enrol by unit name, the registry's rows, re-provision, revoke."""

import json

import pytest

from lcdesk.core.errors import LcdeskError
from lcdesk.core.exchange import importer, provisioning
from lcdesk.core.office import demo_office, registry, unit_names
from lcdesk.core.store import Store
from office_demo_fixture import inbox_folder, office, office_template  # noqa: F401  (fixtures)


def newcomer_request(office):
    return next((office.home / demo_office.INBOX_FOLDER).glob("*.lcr"))


def test_the_demo_registry_has_a_dozen_officers_with_their_last_bundles(office):
    rows = registry.officers(office)
    assert len(rows) >= 12 and all(r["status"] == registry.ACTIVE for r in rows)
    sent = [r for r in rows if r["last_bundle_seq"]]
    assert len(sent) == demo_office.PRE_IMPORTED and all(r["last_received"] for r in sent)
    tam = next(r for r in rows if r["name"] == "Phan Thanh Tâm")
    assert tam["units"] == [{"code": "00004", "name": "Phường Ba Đình"}]
    assert [c.split("@")[0] for c in tam["catalogs"]] == list(demo_office.CATALOGS)
    assert len(tam["periods"]) == 1 and tam["deadline"].endswith("-12-10")
    assert len(tam["fingerprint"].split()) == 5


def test_read_request_resolves_the_unit_asked_for(office):
    request = registry.read_request(office, newcomer_request(office))
    assert request["name"] == demo_office.NEWCOMER and request["enrolled"] is False
    assert request["requested_match"]["name"] == request["unit_requested"]


def test_enrol_by_names_records_the_provisioning_and_writes_the_file(office, tmp_path):
    out = tmp_path / "q.lcp"
    info = registry.enrol(office, newcomer_request(office), ["bo de", "Sở Giáo dục và Đào tạo"], out, [2026], "2026-12-10")
    assert out.is_file() and info["file"] == str(out)
    assert [u["name"] for u in info["units"]] == ["Phường Bồ Đề", "Sở Giáo dục và Đào tạo"]
    key = office.trusted_key(info["key_id"])
    assert set(key.units) == {u["code"] for u in info["units"]}
    assert office.last_provisionings()[info["key_id"]]["periods"] == [2026]
    officer = Store.open(tmp_path / "officer-check")
    with pytest.raises(LcdeskError):  # the file is for the newcomer's key, not this one
        provisioning.setup(officer, out)
    officer.close()


def test_an_ambiguous_name_enrols_nobody(office, tmp_path):
    with pytest.raises(unit_names.UnitNameError):
        registry.enrol(office, newcomer_request(office), ["Sở"], tmp_path / "x.lcp")
    assert not (tmp_path / "x.lcp").exists()
    assert all(r["name"] != demo_office.NEWCOMER for r in registry.officers(office))


def test_reprovision_all_writes_one_file_per_active_officer(office, tmp_path):
    victim = registry.officers(office)[0]
    registry.revoke(office, victim["key_id"], "Máy bị mất")
    written = registry.reprovision_all(office, tmp_path / "new", [2026, 2027], "2027-12-10")
    active = [r for r in registry.officers(office) if r["status"] == registry.ACTIVE]
    assert len(written) == len(active) == len(list((tmp_path / "new").glob("*.lcp")))
    assert all(r["periods"] == [2026, 2027] and r["deadline"] == "2027-12-10" for r in active)


def test_revoke_needs_a_reason_keeps_it_and_refuses_later_bundles(office, inbox_folder):
    row = next(r for r in registry.officers(office) if r["name"] == "Ngô Văn Minh")
    with pytest.raises(LcdeskError):
        registry.revoke(office, row["key_id"], "  ")
    registry.revoke(office, row["key_id"], "Cán bộ chuyển công tác")
    row = next(r for r in registry.officers(office) if r["key_id"] == row["key_id"])
    assert row["status"] == registry.REVOKED and row["revoke_reason"] == "Cán bộ chuyển công tác"
    bundle = next(inbox_folder.glob("01-*.lcb"))  # Ngô Văn Minh's new bundle
    [result] = importer.import_files(office, [bundle])
    assert result.status == importer.REJECTED and result.code == "revoked_key"
    with pytest.raises(LcdeskError):
        registry.revoke(office, row["key_id"], "again")


def test_provisionings_are_append_only(office):
    import sqlite3

    with pytest.raises(sqlite3.DatabaseError):
        office.conn.execute("DELETE FROM provisionings")
    assert json.loads(office.conn.execute("SELECT catalogs FROM provisionings LIMIT 1").fetchone()[0])


def test_the_office_key_is_shown_from_its_registered_public_key(office):
    from lcdesk.core.exchange import identity

    assert registry.office_key(office) == {"key_id": identity.my_key(office).key_id,
                                           "fingerprint": identity.my_key(office).fingerprint}
