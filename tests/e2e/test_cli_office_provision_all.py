"""``office provision --all``: the desk's "Cấp lại cho tất cả" from the command line."""

from pathlib import Path

import pytest

ENROLL_KEYS = {"key_id", "fingerprint", "name", "position", "requested_unit", "units", "catalogs", "periods"}


@pytest.fixture
def registry(tmp_path, cli):
    """An office with two active officers (An, Bình) and one revoked (Cường), all for 2025."""
    office = tmp_path / "office"
    cli.json(office, "office", "init", "--city", "01", "--catalog", "hanoi-2025")
    homes = {}
    for name, unit in (("Nguyễn Văn An", "Phường Ba Đình"), ("Trần Thị Bình", "Phường Ba Đình"),
                       ("Lê Văn Cường", "Phường Hoàn Kiếm")):
        home = tmp_path / name.split()[-1]
        cli(home, "enroll-request", "--name", name, "--unit", unit, "--out", tmp_path / f"{home.name}.lcr")
        cli(office, "office", "enroll", tmp_path / f"{home.name}.lcr", "--unit", unit, "--period", 2025,
            "--deadline", "2025-12-10", "--out", tmp_path / f"{home.name}.lcp")
        cli(home, "setup", tmp_path / f"{home.name}.lcp")
        homes[name] = (home, cli.json(home, "keys", "show")["key_id"])
    cli(office, "office", "revoke", homes["Lê Văn Cường"][1], "--reason", "Cán bộ chuyển công tác")
    return office, homes


def test_provision_all_writes_one_file_per_active_officer_and_they_accept_it(registry, cli, tmp_path):
    office, homes = registry
    out = tmp_path / "cap-lai"
    items = cli.json(office, "office", "provision", "--all", "--out", out, "--period", 2026,
                     "--deadline", "2026-12-10")
    assert sorted(i["name"] for i in items) == ["Nguyễn Văn An", "Trần Thị Bình"]  # not the revoked key
    assert all(set(i) == ENROLL_KEYS | {"file"} and i["periods"] == [2026] for i in items)
    assert sorted(p.name for p in out.iterdir()) == sorted(Path(i["file"]).name for i in items)
    by_key = {r["key_id"]: r for r in cli.json(office, "office", "officers")}
    assert by_key[homes["Nguyễn Văn An"][1]]["periods"] == [2026]
    assert by_key[homes["Lê Văn Cường"][1]]["periods"] == [2025]
    for item in items:
        home = next(h for h, key in homes.values() if key == item["key_id"])
        cli(home, "setup", item["file"])  # the officer's own program accepts the new file


def test_provision_all_text_mode_prints_one_line_per_file_and_keeps_each_officers_years(registry, cli, tmp_path):
    office, _ = registry
    out = tmp_path / "cap-lai"
    _, text, _ = cli(office, "office", "provision", "--all", "--out", out)
    lines = text.splitlines()
    assert len(lines) == 2 and len(list(out.iterdir())) == 2
    assert all(line.startswith("Đã ghi cấu hình mới cho ") and str(out) in line for line in lines)
    assert {r["name"]: r["periods"] for r in cli.json(office, "office", "officers")
            if r["status"] == "active"} == {"Nguyễn Văn An": [2025], "Trần Thị Bình": [2025]}


@pytest.mark.parametrize("key", [True, False])
def test_provision_needs_exactly_one_of_a_key_or_all(registry, cli, tmp_path, key):
    office, homes = registry
    args = ("--all", homes["Nguyễn Văn An"][1]) if key else ()
    code, _, err = cli(office, "office", "provision", *args, "--out", tmp_path / "x", ok=False)
    assert code == 2 and "--all" in err and not (tmp_path / "x").exists()


def test_provision_all_into_a_file_instead_of_a_folder_is_refused(registry, cli, tmp_path):
    office, _ = registry
    taken = tmp_path / "An.lcp"  # An's enrolment file: a file, not a folder
    before = taken.read_bytes()
    code, _, err = cli(office, "office", "provision", "--all", "--out", taken, ok=False)
    assert code == 2 and "thư mục" in err and taken.read_bytes() == before
