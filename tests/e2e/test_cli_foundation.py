"""CLI scenarios of the foundation: catalogs, the Excel round trip, units, backups."""

import json
import subprocess
import sys

import pytest


def lcdesk(home, *args, check=True):
    proc = subprocess.run([sys.executable, "-m", "lcdesk", "--home", str(home), *args],
                          capture_output=True, text=True, encoding="utf-8")
    if check and proc.returncode != 0:
        raise AssertionError(f"lcdesk {' '.join(args)} failed: {proc.stderr}")
    return proc


def as_json(proc):
    return json.loads(proc.stdout)


def test_catalog_list_names_the_three_built_in_catalogs(tmp_path):
    ids = {c["id"] for c in as_json(lcdesk(tmp_path, "catalog", "list", "--json"))}
    assert {"hanoi-2025", "haiphong-2026", "learning-models"} <= ids


@pytest.mark.parametrize("cid", ["hanoi-2025", "haiphong-2026"])
def test_catalog_show_prints_the_full_criteria_set(tmp_path, cid):
    data = as_json(lcdesk(tmp_path, "catalog", "show", cid, "--json"))
    assert data["id"] == cid and data["version"] and data["title"]
    inds = data["indicators"]
    assert len(inds) == 57 and len({i["code"] for i in inds}) == 57
    assert {i["area"] for i in inds} == {"1", "2", "3"}
    assert len({i["standard"] for i in inds}) == 12 and len({i["criterion"] for i in inds}) == 35
    for ind in inds:
        assert ind["kind"] in ("percent", "count_by_sex", "rating5", "trend")
        assert ind["measures"] and all({"code", "label"} <= set(m) for m in ind["measures"])
        assert isinstance(ind["responsible"], list) and ind["text"]
        assert ind["criterion"].startswith(ind["standard"] + ".") and ind["code"].startswith(ind["criterion"] + ".")


def test_the_excel_round_trip_through_the_cli(tmp_path):
    out = tmp_path / "danh mục Hà Nội.xlsx"
    lcdesk(tmp_path, "catalog", "export", "hanoi-2025", "--out", str(out))
    import openpyxl

    wb = openpyxl.load_workbook(out)
    assert "Hướng dẫn" in wb.sheetnames
    # a city office bumps the version and changes a target, then imports it back
    ws = wb["Danh mục"]
    for row in ws.iter_rows():
        if row[0].value == "version":
            row[1].value = "2025.2"
    wb.save(out)
    result = as_json(lcdesk(tmp_path, "catalog", "import", str(out), "--json"))
    assert result == {"id": "hanoi-2025", "version": "2025.2", "indicators": 57, "added": True}
    again = as_json(lcdesk(tmp_path, "catalog", "import", str(out), "--json"))
    assert again["added"] is False
    original = as_json(lcdesk(tmp_path, "catalog", "show", "hanoi-2025@2025.1", "--json"))
    edited = as_json(lcdesk(tmp_path, "catalog", "show", "hanoi-2025", "--json"))
    assert edited["version"] == "2025.2" and edited["indicators"] == original["indicators"]


def test_a_bad_workbook_is_refused_with_a_vietnamese_message_and_nothing_stored(tmp_path):
    bad = tmp_path / "hỏng.xlsx"
    bad.write_bytes(b"not a workbook")
    proc = lcdesk(tmp_path, "catalog", "import", str(bad), check=False)
    assert proc.returncode == 2 and "Lỗi:" in proc.stderr
    ids = [c["origin"] for c in as_json(lcdesk(tmp_path, "catalog", "list", "--json"))]
    assert "import" not in ids


@pytest.mark.parametrize("city, wards", [("01", 126), ("Hải Phòng", 114), ("HCM", 168)])
def test_units_lists_the_real_wards_and_communes(tmp_path, city, wards):
    units = as_json(lcdesk(tmp_path, "units", "--city", city, "--json"))
    local = [u for u in units if u["kind"] in ("ward", "commune", "special_zone")]
    assert len(local) == wards
    assert all(set(u) >= {"code", "name", "kind", "parent"} for u in units)


def test_units_of_hanoi_include_the_departments_its_plan_names(tmp_path):
    names = {u["name"] for u in as_json(lcdesk(tmp_path, "units", "--city", "Hà Nội", "--json"))}
    assert "Sở Giáo dục và Đào tạo" in names and "Phường Hoàn Kiếm" in names


def test_an_unknown_city_exits_non_zero_with_a_reason(tmp_path):
    proc = lcdesk(tmp_path, "units", "--city", "Atlantis", "--json", check=False)
    assert proc.returncode == 2 and json.loads(proc.stdout)["error_vi"]


def test_units_export_and_import_through_a_file(tmp_path):
    out = tmp_path / "đơn vị.csv"
    lcdesk(tmp_path, "units", "--city", "31", "--out", str(out))
    lcdesk(tmp_path, "units", "--import", str(out))
    units = as_json(lcdesk(tmp_path, "units", "--city", "31", "--json"))
    assert len([u for u in units if u["kind"] in ("ward", "commune", "special_zone")]) == 114


def test_backup_then_restore_from_the_cli(tmp_path):
    lcdesk(tmp_path, "backup", "--out", str(tmp_path / "b.db"))
    proc = lcdesk(tmp_path, "restore", str(tmp_path / "b.db"))
    assert "Đã khôi phục" in proc.stdout
