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


def test_quality_annex_lists_failed_rules_and_the_peer_check_that_could_not_run(tmp_path):
    from lcdesk.core.office import checks
    from lcdesk.core.store import Cell
    from tests.core import golden_city as golden

    store = golden.build(tmp_path / "office")
    store.append_record(Cell(golden.CATALOG, golden.WARDS["W5"], golden.PERIOD, "1.1.1.a", "value"),
                        {"numerator": 600, "denominator": 500, "rate": 120.0}, author_key="key-W5",
                        author_name=golden.OFFICERS["W5"], status="complete", origin="bundle")
    expected = checks.office_checks(store, golden.PERIOD, golden.CATALOG)
    failed = [c for c in expected if c["unit"] == golden.WARDS["W5"] and c["kind"] == "rule"]
    assert failed
    out = tmp_path / "q.xlsx"
    info = write_report(store, golden.PERIOD, out, day=date(2026, 1, 5), per="none")
    assert info["checks"] == len(expected)
    rows = [[c.value for c in r] for r in load_workbook(out)["Chất lượng số liệu"].iter_rows(min_row=4)]
    listed = [r for r in rows if r[0] == "Quy tắc kiểm tra" and r[2] == "Phường Cửa Nam"]
    assert sorted(r[5] for r in listed) == sorted(c["message_vi"] for c in failed)
    assert [r[0] for r in rows if r[0] and r[0].startswith("Không kiểm tra được")] == \
        ["Không kiểm tra được giá trị bất thường (1)"]
    cover = " ".join(str(c.value) for row in load_workbook(out)["Báo cáo"].iter_rows() for c in row if c.value)
    assert f"3. Chất lượng số liệu: {len(failed)} trường hợp không thỏa quy tắc kiểm tra, 0 giá trị bất thường" in cover
    store.close()
