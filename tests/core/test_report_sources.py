"""The sources sheet and the data-quality annex, from real signed bundles imported at the office."""

from __future__ import annotations

from datetime import date

from openpyxl import load_workbook

from lcdesk.core.exchange import bundle, importer, keys
from lcdesk.core.office.report import write_report
from lcdesk.core.officer import entry
from tests.core.city_fixture import PERIOD, enrol, make_office


def test_sources_name_the_officer_key_fingerprint_bundle_and_review_state(tmp_path):
    office = make_office(tmp_path / "office")
    officer = enrol(office, tmp_path / "an", "Nguyễn Văn An", ["00004"], tmp_path)
    catalog = officer.get_catalog(office.get_catalog("hanoi-2025").key)
    entry.save_value(officer, catalog, unit="00004", period=PERIOD, indicator="1.1.2.a", measure="value",
                     raw={"numerator": 6705, "denominator": 9410}, status="complete")
    path = bundle.export_bundle(officer, tmp_path / "ba-dinh.lcb").path
    fingerprint = keys.load_or_create(officer.home).fingerprint
    officer.close()
    assert [r.status for r in importer.import_files(office, [path])] == ["imported"]
    office.add_follow_up(catalog="hanoi-2025", unit="00004", period=PERIOD, indicator="1.1.2.a", measure="value",
                         comment="Xin phường gửi biên bản tổng hợp", author="Văn phòng")
    out = tmp_path / "bao-cao.xlsx"
    info = write_report(office, PERIOD, out, day=date(2026, 1, 5), per="unit")
    wb = load_workbook(out)
    rows = [[c.value for c in r] for r in wb["Nguồn số liệu"].iter_rows(min_row=4)]
    assert rows == [["00004", "Phường Ba Đình", "Nguyễn Văn An", fingerprint, "ba-dinh.lcb", rows[0][5],
                     rows[0][6]]]
    assert rows[0][5][:4].isdigit() and rows[0][6].startswith("Đã duyệt 0/")
    assert info["follow_ups"] == 1
    quality = [[c.value for c in r] for r in wb["Chất lượng số liệu"].iter_rows(min_row=4)]
    assert ["Cần theo dõi", "Đang theo dõi", "Phường Ba Đình", "1.1.2.a", "Tỷ lệ",
            "Xin phường gửi biên bản tổng hợp"] in quality
    ward = {r[0].value: [c.value for c in r] for r in wb["Phường Ba Đình"].iter_rows(min_row=4)}
    assert ward["1.1.2.a"][3:5] == ["71,25 % (6.705/9.410)", 6705] and ward["1.1.2.a"][8] == "ba-dinh.lcb"
    office.close()
