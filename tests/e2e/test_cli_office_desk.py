"""The office desk's CLI contract (issue 10 §7): several catalogs, enrolment by unit name,
the registry, import exit codes and the quarantine, end to end from fresh homes."""

import json
import zipfile

import pytest

ENROLL_KEYS = {"key_id", "fingerprint", "name", "position", "requested_unit", "units", "catalogs", "periods"}
OFFICER_KEYS = {"key_id", "fingerprint", "name", "units", "catalogs", "periods", "status", "last_bundle_seq",
                "last_received"}


@pytest.fixture
def office(tmp_path, cli):
    home = tmp_path / "office"
    cli.json(home, "office", "init", "--city", "01", "--catalog", "hanoi-2025", "--catalog", "learning-models")
    return home


def request(cli, tmp_path, name, unit="Phường Ba Đình"):
    home = tmp_path / name.replace(" ", "-")
    req = tmp_path / f"{home.name}.lcr"
    cli(home, "enroll-request", "--name", name, "--position", "Công chức văn hóa", "--unit", unit, "--out", req)
    return home, req


def test_init_with_two_catalogs_and_catalogs_lists_both(office, cli):
    listed = cli.json(office, "office", "catalogs")
    assert [c["id"] for c in listed] == ["hanoi-2025", "learning-models"]
    assert all(c["key"] == f"{c['id']}@{c['version']}" and c["title"] for c in listed)


def test_enroll_by_name_ignoring_case_and_diacritics_prints_exactly_the_contract(office, cli, tmp_path):
    home, req = request(cli, tmp_path, "Nguyễn Văn An")
    info = cli.json(office, "office", "enroll", req, "--unit", "ba dinh", "--unit", "01-so-giao-duc-va-dao-tao",
                    "--period", 2025, "--deadline", "2025-12-10", "--out", tmp_path / "an.lcp")
    assert set(info) == ENROLL_KEYS
    assert info["name"] == "Nguyễn Văn An" and info["position"] == "Công chức văn hóa"
    assert info["requested_unit"] == "Phường Ba Đình"
    assert info["units"] == [{"code": "00004", "name": "Phường Ba Đình"},
                             {"code": "01-so-giao-duc-va-dao-tao", "name": "Sở Giáo dục và Đào tạo"}]
    assert [c.split("@")[0] for c in info["catalogs"]] == ["hanoi-2025", "learning-models"]
    assert info["periods"] == [2025]
    assert info["fingerprint"] == cli.json(home, "keys", "show")["fingerprint"]
    setup = cli.json(home, "setup", tmp_path / "an.lcp")
    assert [c.split("@")[0] for c in setup["catalogs"]] == ["hanoi-2025", "learning-models"]


def test_enroll_text_mode_shows_name_requested_unit_and_fingerprint(office, cli, tmp_path):
    home, req = request(cli, tmp_path, "Trần Thị Bình")
    _, out, _ = cli(office, "office", "enroll", req, "--unit", "PHƯỜNG BA ĐÌNH", "--out", tmp_path / "b.lcp")
    fingerprint = cli.json(home, "keys", "show")["fingerprint"]
    assert "Trần Thị Bình" in out and "Phường Ba Đình" in out and fingerprint in out


def test_an_ambiguous_or_unknown_unit_name_is_refused_with_candidates(office, cli, tmp_path):
    _, req = request(cli, tmp_path, "Lê Văn Cường")
    code, out, _ = cli(office, "office", "enroll", req, "--unit", "Sở", "--out", tmp_path / "c.lcp", "--json", ok=False)
    assert code == 2
    code, _, err = cli(office, "office", "enroll", req, "--unit", "Phuong Ba Dinhh", "--out", tmp_path / "c.lcp", ok=False)
    assert code == 2 and "Phường Ba Đình (00004)" in err  # the nearest name is offered
    assert not (tmp_path / "c.lcp").exists()
    assert cli.json(office, "office", "officers") == []


def test_officers_lists_the_registry_with_the_last_bundle(office, cli, tmp_path):
    home, req = request(cli, tmp_path, "Nguyễn Văn An")
    cli(office, "office", "enroll", req, "--unit", "00004", "--period", 2025, "--out", tmp_path / "an.lcp")
    cli(home, "setup", tmp_path / "an.lcp")
    [row] = cli.json(office, "office", "officers")
    assert set(row) == OFFICER_KEYS and row["status"] == "active" and row["last_bundle_seq"] is None
    assert row["units"] == [{"code": "00004", "name": "Phường Ba Đình"}] and row["periods"] == [2025]
    cli(home, "enter", "--catalog", "hanoi-2025", "--unit", "00004", "--period", 2025, "--indicator", "1.1.2.a", "--measure", "value",
        "--value", "96")
    cli(home, "export", "--out", tmp_path / "an.lcb")
    assert cli.json(office, "office", "import", tmp_path / "an.lcb")[0]["status"] == "imported"
    [row] = cli.json(office, "office", "officers")
    assert row["last_bundle_seq"] == 1 and row["last_received"]
    cli(office, "office", "revoke", row["key_id"], "--reason", "Máy bị mất")
    assert cli.json(office, "office", "officers")[0]["status"] == "revoked"


def test_import_exits_3_when_a_file_is_rejected_and_quarantine_lists_it(office, cli, tmp_path):
    home, req = request(cli, tmp_path, "Nguyễn Văn An")
    cli(office, "office", "enroll", req, "--unit", "00004", "--period", 2025, "--out", tmp_path / "an.lcp")
    cli(home, "setup", tmp_path / "an.lcp")
    cli(home, "enter", "--catalog", "hanoi-2025", "--unit", "00004", "--period", 2025, "--indicator", "1.1.2.a", "--measure", "value",
        "--value", "96")
    good = tmp_path / "an.lcb"
    cli(home, "export", "--out", good)
    tampered = tmp_path / "in" / "sub" / "hỏng.lcb"
    tampered.parent.mkdir(parents=True)
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(tampered, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            dst.writestr(info, data.replace(b'"rate":96.0', b'"rate":69.0') if info.filename == "records.json" else data)
    code, out, _ = cli(office, "office", "import", tmp_path / "in", "--json", ok=False)  # a folder, recursively
    assert code == 3 and [r["status"] for r in json.loads(out)] == ["rejected"]
    code, out, _ = cli(office, "office", "import", good, "--json")
    assert code == 0 and json.loads(out)[0]["status"] == "imported"
    code, out, _ = cli(office, "office", "import", good, "--json")
    assert code == 0 and json.loads(out)[0]["status"] == "duplicate"
    [q] = cli.json(office, "office", "quarantine")
    assert set(q) == {"file", "reason", "reason_vi", "code", "when"}
    assert q["file"] == "hỏng.lcb" and q["reason_vi"] and q["reason"] and q["code"]
