"""``lcdesk office report|settings|export-db`` end to end: an office, an officer, a real bundle."""

import sqlite_utils
from openpyxl import load_workbook

import pytest

WARD = "00004"
REPORT_KEYS = {"out", "period", "catalog", "only", "per", "sheets", "unit_sheets", "indicators", "met", "not_met",
               "no_figure", "no_target", "units_expected", "units_received", "units_approved", "checks", "follow_ups"}
SETTINGS = {"office.parent_body": "UBND THÀNH PHỐ HÀ NỘI", "office.body": "SỞ GIÁO DỤC VÀ ĐÀO TẠO",
            "office.place": "Hà Nội", "report.number": "", "report.recipient": "Ủy ban nhân dân Thành phố Hà Nội",
            "signer.title": "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC", "signer.name": ""}


@pytest.fixture
def office(tmp_path, cli):
    office, officer = tmp_path / "office", tmp_path / "officer"
    cli.json(office, "office", "init", "--city", "01", "--catalog", "hanoi-2025")
    cli(officer, "enroll-request", "--name", "Nguyễn Văn An", "--unit", WARD, "--out", tmp_path / "a.lcr")
    cli(office, "office", "enroll", tmp_path / "a.lcr", "--unit", WARD, "--period", 2025, "--out", tmp_path / "a.lcp")
    cli(officer, "setup", tmp_path / "a.lcp")
    cli(officer, "enter", "--unit", WARD, "--period", 2025, "--indicator", "1.1.2.a", "--measure", "value",
        "--value", "6705/9410")
    cli(officer, "export", "--out", tmp_path / "a.lcb")
    cli(office, "office", "import", tmp_path / "a.lcb")
    return office


def test_settings_list_defaults_from_the_city_and_set_changes_them(office, cli):
    assert cli.json(office, "office", "settings") == SETTINGS
    changed = cli.json(office, "office", "settings", "--set", "report.number=12", "--set", "signer.name=Trần Văn Bình")
    assert changed == {**SETTINGS, "report.number": "12", "signer.name": "Trần Văn Bình"}
    assert cli.json(office, "office", "settings")["signer.name"] == "Trần Văn Bình"
    code, out, _ = cli(office, "office", "settings")
    assert code == 0 and "signer.name          Trần Văn Bình" in out


def test_settings_refuse_an_unknown_key_with_exit_2(office, cli):
    error = cli.json(office, "office", "settings", "--set", "signer=X", ok=False)
    assert "Unknown setting 'signer'" in error["error"] and "office.parent_body" in error["error_vi"]
    code, _, err = cli(office, "office", "settings", "--set", "nokey", ok=False)
    assert code == 2 and "Lỗi:" in err


def test_report_writes_the_workbook_and_prints_the_contract(office, cli, tmp_path):
    cli(office, "office", "settings", "--set", "report.number=12")
    out = tmp_path / "báo cáo 2025.xlsx"
    info = cli.json(office, "office", "report", "--period", 2025, "--out", out, "--date", "2026-01-09")
    assert set(info) == REPORT_KEYS
    assert info["catalog"] == "hanoi-2025@2025.1" and info["only"] == "received" and info["indicators"] == 57
    assert info["units_received"] == 1 and info["per"] == "unit" and info["unit_sheets"] == 1
    wb = load_workbook(out)
    assert wb.sheetnames[:2] == ["Báo cáo", "Phụ lục"] and "Phường Ba Đình" in wb.sheetnames
    cover = wb["Báo cáo"]
    assert cover["A4"].value == "Số: 12/BC-SGDĐT"
    assert cover["K4"].value == "Hà Nội, ngày 09 tháng 01 năm 2026"
    code, text, _ = cli(office, "office", "report", "--period", 2025, "--only", "approved", "--per", "none",
                        "--out", tmp_path / "approved.xlsx")
    assert code == 0 and "Đã ghi báo cáo năm 2025" in text


def test_report_on_an_officer_installation_fails_with_exit_2(tmp_path, cli):
    cli(tmp_path / "o", "enroll-request", "--name", "X", "--unit", WARD, "--out", tmp_path / "x.lcr")
    code, _, err = cli(tmp_path / "o", "office", "report", "--period", 2025, "--out", tmp_path / "r.xlsx", ok=False)
    assert code == 2 and not (tmp_path / "r.xlsx").exists()


def test_export_db_writes_a_database_sqlite_utils_opens(office, cli, tmp_path):
    out = tmp_path / "city-2025.db"
    info = cli.json(office, "office", "export-db", "--period", 2025, "--out", out)
    assert info["tables"]["indicators"] == 57 and info["tables"]["sources"] == 1
    db = sqlite_utils.Database(out)
    row = next(db["figures"].rows_where("indicator = '1.1.2.a'"))
    assert (row["unit"], row["numerator"], row["denominator"], row["officer"]) == (WARD, 6705, 9410, "Nguyễn Văn An")
    assert next(db["sources"].rows)["bundle"] == "a.lcb"
    db.close()
