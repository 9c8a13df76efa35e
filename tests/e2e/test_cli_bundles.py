"""The CLI contract of signed bundles, end to end from fresh homes: office + two officers."""

import zipfile

import pytest

WARD, OTHER_WARD = "00004", "00008"  # Phường Ba Đình, Phường Ngọc Hà (Hà Nội)


@pytest.fixture
def city(tmp_path, cli):
    """An office for Hà Nội and two officers enrolled for the same ward."""
    office, a, b = tmp_path / "office", tmp_path / "officer-a", tmp_path / "officer-b"
    cli.json(office, "office", "init", "--city", "01", "--catalog", "hanoi-2025")
    for home, name in ((a, "Nguyễn Văn An"), (b, "Trần Thị Bình")):
        req = tmp_path / f"{home.name}.lcr"
        cli(home, "enroll-request", "--name", name, "--unit", WARD, "--out", req)
        prov = tmp_path / f"{home.name}.lcp"
        cli(office, "office", "enroll", req, "--unit", WARD, "--period", 2025, "--deadline", "2025-12-10", "--out", prov)
        cli(home, "setup", prov)
    return tmp_path, office, a, b


def enter(cli, home, indicator, value, measure="value", ok=True):
    return cli(home, "enter", "--unit", WARD, "--period", 2025, "--indicator", indicator, "--measure", measure,
               "--value", value, ok=ok)


def values_of(cli, office):
    return {(v["indicator"], v["measure"]): v for v in cli.json(office, "office", "values")}


def test_keys_show_gives_id_fingerprint_and_public_key(tmp_path, cli):
    info = cli.json(tmp_path, "keys", "show")
    assert set(info) == {"key_id", "fingerprint", "public_key"} and len(info["key_id"]) == 32
    assert cli.json(tmp_path, "keys", "show") == info


def test_enter_export_import_and_where_each_value_came_from(city, cli):
    root, office, a, _ = city
    enter(cli, a, "1.1.2.a", "950/1000")
    enter(cli, a, "2.2.2.c", "45")
    out = cli.json(a, "export", "--out", root / "a1.lcb")
    assert out["records"] >= 2 and out["units"] == [WARD]
    [res] = cli.json(office, "office", "import", root / "a1.lcb")
    assert res["status"] == "imported" and res["records"] == out["records"]
    vals = values_of(cli, office)
    assert vals[("1.1.2.a", "value")]["value"] == {"numerator": 950, "denominator": 1000, "rate": 95.0}
    src = vals[("1.1.2.a", "value")]["sources"][0]
    assert src["author"] == "Nguyễn Văn An" and src["bundle"] == res["bundle"] and src["seq"] >= 1


def test_a_bad_value_exits_non_zero_with_the_reason(city, cli):
    _, _, a, _ = city
    code, _, err = enter(cli, a, "1.1.2.a", "1200/1000", ok=False)
    assert code == 2 and "Tử số không được lớn hơn mẫu số" in err


def test_the_same_bundle_twice_is_a_duplicate_and_changes_nothing(city, cli):
    root, office, a, _ = city
    enter(cli, a, "1.1.2.a", "96")
    cli(a, "export", "--out", root / "a1.lcb")
    cli.json(office, "office", "import", root / "a1.lcb")
    before = cli.json(office, "office", "values")
    [again] = cli.json(office, "office", "import", root / "a1.lcb")
    assert again["status"] == "duplicate" and cli.json(office, "office", "values") == before


def test_an_old_bundle_after_a_newer_one_changes_nothing(city, cli):
    root, office, a, _ = city
    enter(cli, a, "1.1.2.a", "90")
    cli(a, "export", "--out", root / "old.lcb")
    enter(cli, a, "1.1.2.a", "97")
    cli(a, "export", "--out", root / "new.lcb")
    cli.json(office, "office", "import", root / "new.lcb")
    before = cli.json(office, "office", "values")
    [late] = cli.json(office, "office", "import", root / "old.lcb")
    assert late["status"] == "imported" and "older" in late["reason"]
    assert cli.json(office, "office", "values") == before
    assert before[0]["value"]["rate"] == 97.0


def test_a_tampered_bundle_is_rejected_quarantined_and_does_not_stop_the_others(city, cli):
    root, office, a, b = city
    enter(cli, a, "1.1.2.a", "96")
    cli(a, "export", "--out", root / "good.lcb")
    enter(cli, b, "1.3.2.a", "91")
    cli(b, "export", "--out", root / "b.lcb")
    tampered = root / "tampered.lcb"
    with zipfile.ZipFile(root / "b.lcb") as src, zipfile.ZipFile(tampered, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "records.json":
                data = data.replace(b'"rate":91.0', b'"rate":19.0')
            dst.writestr(info, data)
    results = cli.json(office, "office", "import", tampered, root / "good.lcb", ok=False)  # exit 3: one rejected
    assert [r["status"] for r in results] == ["rejected", "imported"]
    assert results[0]["reason"] and results[0]["reason_vi"]
    quarantine = sorted((office / "quarantine").glob("*tampered*"))
    assert [p.suffix for p in quarantine] == [".lcb", ".txt"]  # the file and its reason
    assert "file: tampered.lcb" in quarantine[1].read_text(encoding="utf-8")  # the original name inside
    assert all(v["indicator"] != "1.3.2.a" for v in cli.json(office, "office", "values"))


def test_a_revoked_key_is_rejected_but_what_it_sent_before_stays_marked(city, cli):
    root, office, a, _ = city
    enter(cli, a, "1.1.2.a", "96")
    cli(a, "export", "--out", root / "a1.lcb")
    cli.json(office, "office", "import", root / "a1.lcb")
    key = cli.json(a, "keys", "show")["key_id"]
    cli(office, "office", "revoke", key)
    enter(cli, a, "1.1.2.a", "97")
    cli(a, "export", "--out", root / "a2.lcb")
    [res] = cli.json(office, "office", "import", root / "a2.lcb", ok=False)
    assert res["status"] == "rejected" and res["code"] == "revoked_key"
    [v] = cli.json(office, "office", "values")
    assert v["value"]["rate"] == 96.0 and v["sources"][0]["revoked"] is True


def test_a_bundle_from_an_unknown_key_is_rejected(tmp_path, city, cli):
    root, office, _, _ = city
    stranger = root / "stranger"
    cli(stranger, "enroll-request", "--name", "Người lạ", "--out", root / "s.lcr")
    # a second office provisions the stranger; our office never enrolled that key
    other = root / "other-office"
    cli.json(other, "office", "init", "--city", "01", "--catalog", "hanoi-2025")
    cli(other, "office", "enroll", root / "s.lcr", "--unit", WARD, "--period", 2025, "--out", root / "s.lcp")
    cli(stranger, "setup", root / "s.lcp")
    enter(cli, stranger, "1.1.2.a", "50")
    cli(stranger, "export", "--out", root / "s.lcb")
    [res] = cli.json(office, "office", "import", root / "s.lcb", ok=False)
    assert res["status"] == "rejected" and res["code"] == "unknown_key"


def test_two_officers_disagree_then_the_office_resolves(city, cli):
    root, office, a, b = city
    enter(cli, a, "1.1.2.a", "96")
    enter(cli, b, "1.1.2.a", "94")
    cli(a, "export", "--out", root / "a.lcb")
    cli(b, "export", "--out", root / "b.lcb")
    cli.json(office, "office", "import", root / "a.lcb", root / "b.lcb")
    [v] = cli.json(office, "office", "values")
    assert v["conflict"] is True and v["value"] is None and len(v["sources"]) == 2
    key_a = cli.json(a, "keys", "show")["key_id"]
    cli(office, "office", "resolve", "--unit", WARD, "--period", 2025, "--indicator", "1.1.2.a",
        "--measure", "value", "--choose", key_a, "--note", "Đã gọi điện xác minh")
    [v] = cli.json(office, "office", "values")
    assert v["conflict"] is False and v["value"]["rate"] == 96.0 and v["resolved_by"]
    # a newer figure from b reopens the conflict: nothing is silently settled
    enter(cli, b, "1.1.2.a", "95")
    cli(b, "export", "--out", root / "b2.lcb")
    cli.json(office, "office", "import", root / "b2.lcb")
    [v] = cli.json(office, "office", "values")
    assert v["conflict"] is True


def test_provisioning_for_another_officer_or_from_another_office_is_refused(city, cli):
    root, office, a, b = city
    code, _, err = cli(b, "setup", root / "officer-a.lcp", ok=False)
    assert code == 2 and "cán bộ khác" in err
    other = root / "fake-office"
    cli.json(other, "office", "init", "--city", "01", "--catalog", "hanoi-2025")
    cli(other, "office", "enroll", root / "officer-a.lcr", "--unit", WARD, "--out", root / "fake.lcp")
    code, _, err = cli(a, "setup", root / "fake.lcp", ok=False)
    assert code == 2 and "không do văn phòng thành phố đã đăng ký ký" in err


def test_an_officer_cannot_enter_for_a_unit_not_assigned(city, cli):
    _, _, a, _ = city
    code, _, err = cli(a, "enter", "--unit", OTHER_WARD, "--period", 2025, "--indicator", "1.1.2.a",
                       "--measure", "value", "--value", "50", ok=False)
    assert code == 2 and "không được phân công" in err


def test_a_passphrase_protected_key_needs_its_passphrase(tmp_path, cli, monkeypatch):
    key = cli.json(tmp_path, "keys", "show")["key_id"]
    monkeypatch.setenv("LCDESK_NEW_PASSPHRASE", "mật khẩu dài")
    cli(tmp_path, "keys", "passphrase")
    monkeypatch.delenv("LCDESK_NEW_PASSPHRASE")
    code, _, err = cli(tmp_path, "keys", "show", ok=False)
    assert code == 2 and "mật khẩu" in err
    monkeypatch.setenv("LCDESK_PASSPHRASE", "mật khẩu dài")
    assert cli.json(tmp_path, "keys", "show")["key_id"] == key
    assert b"ENCRYPTED" in (tmp_path / "keys" / "identity.key").read_bytes()


def test_an_officer_restoring_an_old_backup_never_reuses_a_sequence_number(city, cli):
    root, office, a, _ = city
    cli(a, "backup", "--out", root / "old-backup.db")
    enter(cli, a, "1.1.2.a", "96")
    cli(a, "export", "--out", root / "a1.lcb")
    cli.json(office, "office", "import", root / "a1.lcb")
    cli(a, "restore", root / "old-backup.db")  # the laptop goes back in time
    enter(cli, a, "1.3.2.a", "91")
    cli(a, "export", "--out", root / "a2.lcb")
    [res] = cli.json(office, "office", "import", root / "a2.lcb")
    assert res["status"] == "imported", res["reason"]
    assert {v["indicator"] for v in cli.json(office, "office", "values")} == {"1.1.2.a", "1.3.2.a"}


def test_evidence_travels_in_the_bundle_and_is_stored_once_at_the_office(city, cli):
    root, office, a, b = city
    proof = root / "Biên bản kiểm tra xóa mù chữ.pdf"
    proof.write_bytes(b"%PDF-1.4 minh chung " * 1000)
    cli(a, "enter", "--unit", WARD, "--period", 2025, "--indicator", "1.1.2.a", "--measure", "value",
        "--value", "96", "--evidence", proof)
    cli(b, "enter", "--unit", WARD, "--period", 2025, "--indicator", "1.3.2.a", "--measure", "value",
        "--value", "91", "--evidence", proof)
    out = cli.json(a, "export", "--out", root / "a.lcb")
    assert out["evidence"] == 1
    cli(b, "export", "--out", root / "b.lcb")
    results = cli.json(office, "office", "import", root / "a.lcb", root / "b.lcb")
    assert [r["status"] for r in results] == ["imported", "imported"]
    import hashlib

    sha = hashlib.sha256(proof.read_bytes()).hexdigest()
    stored = list((office / "evidence").rglob("*"))
    assert [p for p in stored if p.is_file()] == [office / "evidence" / sha[:2] / sha]
    from lcdesk.core.store import Store

    with Store.open(office) as store:
        assert store.evidence_info(sha)["name"] == proof.name
        assert {r.evidence for r in store.heads()} == {(sha,)}


def test_a_provisioning_update_brings_a_new_catalog_version_and_keeps_the_figures(city, cli):
    root, office, a, _ = city
    enter(cli, a, "1.1.2.a", "96")
    # the office edits its catalog in Excel (new version, stricter target) and re-provisions
    book = root / "danh-muc.xlsx"
    cli(office, "catalog", "export", "hanoi-2025", "--out", book)
    import openpyxl

    wb = openpyxl.load_workbook(book)
    for row in wb["Danh mục"].iter_rows():
        if row[0].value == "version":
            row[1].value = "2025.2"
    wb.save(book)
    cli(office, "catalog", "import", book)
    cli(office, "office", "catalog", "hanoi-2025@2025.2")
    key = cli.json(a, "keys", "show")["key_id"]
    cli(office, "office", "provision", key, "--period", 2025, "--period", 2026, "--deadline", "2026-12-10",
        "--out", root / "update.lcp")
    info = cli.json(a, "setup", root / "update.lcp")
    assert info["update"] is True and info["catalogs"] == ["hanoi-2025@2025.2"] and info["deadline"] == "2026-12-10"
    # the figure entered under the old version is still there and travels with the new one
    out = cli.json(a, "export", "--out", root / "a.lcb")
    assert out["records"] == 1
    [res] = cli.json(office, "office", "import", root / "a.lcb")
    assert res["status"] == "imported"
    # the same update again is stale and changes nothing
    code, _, err = cli(a, "setup", root / "update.lcp", ok=False)
    assert code == 2 and "cũ hơn" in err


def test_verify_evidence_walks_the_store_and_finds_a_file_that_does_not_hash_to_its_name(city, cli):
    root, office, a, _ = city
    proof = root / "biên bản họp.pdf"
    proof.write_bytes(b"%PDF-1.4 minutes")
    cli(a, "enter", "--unit", WARD, "--period", 2025, "--indicator", "1.1.2.a", "--measure", "value",
        "--value", "96", "--evidence", proof)
    cli(a, "export", "--out", root / "e.lcb")
    [res] = cli.json(office, "office", "import", root / "e.lcb")
    assert res["status"] == "imported"
    report = cli.json(office, "verify-evidence")
    assert report["checked"] == 1 and report["problems"] == []
    [stored] = [p for p in (office / "evidence").rglob("*") if p.is_file()]
    stored.write_bytes(b"%PDF-1.4 forged minutes")
    code, out, _ = cli(office, "verify-evidence", ok=False)
    assert code == 1 and stored.name in out and "không khớp" in out
