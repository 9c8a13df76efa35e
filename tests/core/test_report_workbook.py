"""The report workbook read back with openpyxl: the cover per Nghị định 30/2020/NĐ-CP, the
appendix in the plans' layout, and every figure equal to the golden city's (``golden_city``)."""

from __future__ import annotations

import zipfile
from datetime import date

import pytest
from openpyxl import load_workbook

from lcdesk.core.office.report import settings, write_report
from lcdesk.core.office.report.appendix import HEADERS
from tests.core import golden_city as golden

DAY = date(2026, 2, 5)
MM = 25.4


@pytest.fixture(scope="module")
def city(tmp_path_factory):
    store = golden.build(tmp_path_factory.mktemp("golden") / "office")
    yield store
    store.close()


@pytest.fixture(scope="module")
def book(city, tmp_path_factory):
    out = tmp_path_factory.mktemp("report") / "bao-cao.xlsx"
    info = write_report(city, golden.PERIOD, out, day=DAY, per="unit")
    return load_workbook(out), info, out


def texts(ws) -> dict[str, object]:
    return {c.coordinate: c.value for row in ws.iter_rows() for c in row if c.value not in (None, "")}


def find(ws, text: str):
    for row in ws.iter_rows():
        for c in row:
            if c.value == text:
                return c
    raise AssertionError(f"{text!r} not on sheet {ws.title}")


def test_cover_is_a4_portrait_with_the_decrees_margins_and_times_new_roman(book):
    ws = book[0]["Báo cáo"]
    assert ws.page_setup.paperSize == 9 and ws.page_setup.orientation == "portrait"
    m = ws.page_margins
    assert 20 <= m.top * MM <= 25 and 20 <= m.bottom * MM <= 25
    assert 30 <= m.left * MM <= 35 and 15 <= m.right * MM <= 20
    cells = [c for row in ws.iter_rows() for c in row if c.value]
    assert cells and {c.font.name for c in cells} == {"Times New Roman"}
    body = [c for c in cells if c.value.startswith(("1. ", "2. ", "3. ", "Kính gửi"))]
    assert body and all(13 <= c.font.sz <= 14 for c in body)


def test_cover_has_both_header_blocks_with_their_rules_number_and_date(book):
    ws = book[0]["Báo cáo"]
    assert ws["A1"].value == "UBND THÀNH PHỐ HÀ NỘI" and not ws["A1"].font.b
    assert ws["A2"].value == "SỞ GIÁO DỤC VÀ ĐÀO TẠO" and ws["A2"].font.b
    assert ws["K1"].value == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" and ws["K1"].font.b
    assert ws["K2"].value == "Độc lập - Tự do - Hạnh phúc" and ws["K2"].font.b
    merged = {str(r) for r in ws.merged_cells.ranges}
    assert {"A1:J1", "K1:X1", "A2:J2", "K2:X2", "D3:G3", "M3:V3"} <= merged
    assert ws["D3"].border.top.style == "thin" and ws["M3"].border.top.style == "thin"
    assert ws["A3"].border.top.style is None  # the rule is short, under the middle of the block
    assert ws["A4"].value == "Số: \u00a0\u00a0\u00a0\u00a0\u00a0\u00a0/BC-SGDĐT"
    assert ws["K4"].value == "Hà Nội, ngày 05 tháng 02 năm 2026" and ws["K4"].font.i


def test_cover_title_recipient_summary_recipients_and_signature(book):
    ws = book[0]["Báo cáo"]
    assert find(ws, "BÁO CÁO").font.b
    assert find(ws, f"Kết quả thực hiện các chỉ số xây dựng thành phố học tập năm {golden.PERIOD}").font.b
    find(ws, "Kính gửi: Ủy ban nhân dân Thành phố Hà Nội.")
    values = list(texts(ws).values())
    results = next(v for v in values if str(v).startswith("1. Kết quả chung"))
    assert "trong 8 chỉ số, có 4 chỉ số đạt chỉ tiêu, 1 chỉ số chưa đạt, 0 chỉ số chưa có số liệu và 3 chỉ số " \
           "không có chỉ tiêu" in results
    coverage = next(v for v in values if str(v).startswith("2. Mức độ đầy đủ"))
    assert "5/6 đơn vị đã gửi báo cáo" in coverage
    head = find(ws, "Nơi nhận:")
    assert head.font.b and head.font.i and head.column == 1
    signer = find(ws, "KT. GIÁM ĐỐC")
    assert signer.font.b and signer.column == 11
    assert ws.cell(signer.row + 1, 11).value == "PHÓ GIÁM ĐỐC"


def test_cover_numbers_pages_from_the_second_on(book):
    ws = book[0]["Báo cáo"]
    assert ws.HeaderFooter.differentFirst
    assert ws.oddHeader.center.text == "&P"
    assert not ws.firstHeader.center.text


@pytest.mark.parametrize("day, expected", [
    (date(2026, 12, 5), "Hà Nội, ngày 05 tháng 12 năm 2026"),
    (date(2026, 3, 15), "Hà Nội, ngày 15 tháng 3 năm 2026"),
    (date(2027, 1, 9), "Hà Nội, ngày 09 tháng 01 năm 2027"),
    (date(2026, 2, 28), "Hà Nội, ngày 28 tháng 02 năm 2026"),
    (date(2026, 10, 10), "Hà Nội, ngày 10 tháng 10 năm 2026"),
])
def test_date_line_pads_days_below_10_and_the_months_1_and_2(day, expected):
    assert settings.date_line("Hà Nội", day) == expected


def test_appendix_is_the_plans_layout_with_banners_merged_groups_and_repeated_header(book):
    ws = book[0]["Phụ lục"]
    assert [c.value for c in ws[4]] == list(HEADERS)
    assert ws.print_title_rows == "$4:$4"
    assert ws.page_setup.orientation == "landscape" and ws.page_setup.paperSize == 9
    assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.page_setup.fitToWidth == 1
    assert ws.page_setup.fitToHeight == 0
    merged = {str(r) for r in ws.merged_cells.ranges}
    assert ws["A5"].value == "Lĩnh vực 1. Học tập suốt đời" and "A5:G5" in merged
    assert ws["A6"].value.startswith("Tiêu chuẩn 1.1.") and "A6:A11" in merged  # six indicators of 1.1
    assert ws["B6"].value.startswith("Tiêu chí 1.1.1.") and "B6:B7" in merged
    assert ws["C6"].value.startswith("1.1.1.a. ")
    banner = find(ws, "Lĩnh vực 3. Đánh giá của chuyên gia")
    assert f"A{banner.row}:G{banner.row}" in merged
    assert {c.font.name for row in ws.iter_rows() for c in row if c.value} == {"Times New Roman"}


def appendix_rows(ws) -> dict[str, tuple]:
    """{indicator code: (Số liệu, Chỉ tiêu, Đánh giá)}."""
    out = {}
    for row in ws.iter_rows(min_row=5):
        text = row[2].value
        if isinstance(text, str) and ". " in text and text[0].isdigit():
            out[text.split(". ")[0]] = (row[4].value or "", row[5].value or "", row[6].value)
    return out


VERDICT = {"met": "Đạt", "not_met": "Chưa đạt", "no_figure": "Chưa có số liệu", "no_target": "Không có chỉ tiêu"}


def test_appendix_figures_and_verdicts_are_the_golden_ones(book):
    rows = appendix_rows(book[0]["Phụ lục"])
    assert rows["1.1.1.a"][0].startswith("50 % (500/1.000)\n(4/5 đơn vị, 2 đã duyệt; 1 đơn vị chỉ báo tỷ lệ")
    assert rows["1.1.1.a"][1] == "≥ 50% (năm 2025)"
    assert rows["1.1.1.b"][0].splitlines()[:3] == ["Nam: 5,33 % (16/300)", "Nữ: 2 % (6/300)", "Tổng: 3,67 % (22/600)"]
    assert rows["1.1.2.a"][0].startswith("Nam 100 · Nữ 98 · Tổng 198 trẻ · 98,13 %")
    assert rows["1.1.2.b"][0].startswith("Giảm (17)")
    assert rows["1.1.3.a"][0].startswith("Đơn vị tự đánh giá: Khá 1 · Rất tốt 2 · Xuất sắc 1")
    assert rows["1.1.3.b"][0] == ""
    assert rows["1.2.1.a"][0].startswith("12,5 %")
    assert rows["3.1.1.a"][0].startswith(f"Rất tốt (4)\n{golden.EXPERT_NOTE}")
    headline = {"1.1.1.b": "tong"}
    for (period, code, measure), expected in golden.EXPECTED.items():
        if period == golden.PERIOD and measure == headline.get(code, measure):
            assert rows[code][2] == VERDICT[expected["evaluation"]], code


def test_every_city_figure_in_the_workbook_equals_the_golden_data_set(book):
    ws = book[0]["Số liệu thành phố"]
    header = [c.value for c in ws[3]]
    columns = {"value": "Số liệu", "numerator": "Tử số", "denominator": "Mẫu số", "male": "Nam", "female": "Nữ",
               "rate": "Tỷ lệ (%)", "units_counted": "Đơn vị tính vào", "units_rate_only": "Đơn vị chỉ báo tỷ lệ",
               "units_reported": "Đơn vị đã báo cáo", "units_expected": "Đơn vị phải báo cáo",
               "units_approved": "Đơn vị đã duyệt", "evaluation": "Đánh giá"}
    labels = {i["code"]: {m["code"]: m["label"] for m in i["measures"]} for i in golden.catalog_data()["indicators"]}
    found = {(r[0].value, r[1].value): {h: c.value for h, c in zip(header, r)} for r in ws.iter_rows(min_row=4)}
    compared = 0
    for (period, code, measure), expected in golden.EXPECTED.items():
        if period != golden.PERIOD:
            continue
        row = found[(code, labels[code][measure])]
        for field, value in expected.items():
            if field not in columns:
                continue
            got = row[columns[field]]
            if field == "evaluation":
                value = VERDICT[value]
            elif field == "value" and value in ("increase", "decrease"):
                value = {"increase": "Tăng", "decrease": "Giảm"}[value]
            assert got == value, (code, measure, field)
            compared += 1
    assert compared >= 40


def test_only_approved_changes_the_figures_as_the_golden_set_says(city, tmp_path):
    out = tmp_path / "approved.xlsx"
    write_report(city, golden.PERIOD, out, only="approved", day=DAY, per="none")
    wb = load_workbook(out)
    rows = appendix_rows(wb["Phụ lục"])
    assert rows["1.1.1.a"][0].startswith("46,67 % (420/900)") and rows["1.1.1.a"][2] == "Chưa đạt"
    assert not [ws.title for ws in wb.worksheets if ws.title.startswith("Phường")]
    assert "chỉ tính các số liệu đã được duyệt" in " ".join(str(v) for v in texts(wb["Báo cáo"]).values())


def test_a_sheet_per_unit_shows_its_own_figures_and_what_was_left_out(book):
    wb = book[0]
    ba_dinh = {r[0].value: [c.value for c in r] for r in wb["Phường Ba Đình"].iter_rows(min_row=4)}
    assert ba_dinh["1.1.1.a"][3:7] == ["30 % (120/400)", 120, 400, "Có"]
    assert ba_dinh["1.1.1.a"][7] == golden.OFFICERS["W1"]
    giang_vo = {r[0].value: [c.value for c in r] for r in wb["Phường Giảng Võ"].iter_rows(min_row=4)}
    assert giang_vo["1.1.1.a"][3] == "90 %" and giang_vo["1.1.1.a"][6] == "Chỉ báo tỷ lệ"
    assert "Phường Cửa Nam" not in wb.sheetnames  # W5 reported nothing


def test_sheets_per_district_group_the_units(city, tmp_path):
    out = tmp_path / "district.xlsx"
    info = write_report(city, golden.PERIOD, out, day=DAY, per="district")
    wb = load_workbook(out)
    assert info["unit_sheets"] == 2
    assert {"Phường, xã, đặc khu", "Sở, ban, ngành, tổ chức"} <= set(wb.sheetnames)
    banners = [r[0].value for r in wb["Phường, xã, đặc khu"].iter_rows() if r[0].value and "(000" in str(r[0].value)]
    assert banners == ["Phường Ba Đình (00004)", "Phường Ngọc Hà (00008)", "Phường Giảng Võ (00025)",
                       "Phường Hoàn Kiếm (00070)"]


def test_completeness_learning_quality_and_sources_sheets_are_there(book, city):
    wb, info, _ = book
    for name in ("Tiến độ", "Xã hội học tập", "Chất lượng số liệu", "Nguồn số liệu", "Biểu đồ"):
        assert name in wb.sheetnames
    comp = {r[0].value: [c.value for c in r] for r in wb["Tiến độ"].iter_rows(min_row=4)}
    assert comp["00073"][3:6] == [6, 0, 0] and comp["00073"][9] == "Chưa gửi"
    learning = {r[0].value: [c.value for c in r] for r in wb["Xã hội học tập"].iter_rows(min_row=4)}
    row = learning["1.1.1.a"]
    assert row[2:4] == ["≥ 50%", "≥ 70%"] and row[8] == 50.0  # the 2025 column (2021 … 2025)
    assert row[9] == "71,4 %" and row[10] == "Đạt"  # 50 of the 2030 target 70


def test_charts_are_native_excel_charts(book):
    _, _, out = book
    with zipfile.ZipFile(out) as z:
        charts = sorted(n for n in z.namelist() if n.startswith("xl/charts/chart"))
        kinds = [("barChart" in z.read(n).decode(), "lineChart" in z.read(n).decode()) for n in charts]
    assert len(charts) == 3
    assert kinds == [(True, False), (True, False), (False, True)]


def test_cover_settings_are_used_and_bad_keys_refused(city, tmp_path):
    values = settings.update(city, ["report.number=125", "signer.name=Nguyễn Văn Bình", "office.place=Hà Nội"])
    assert values["report.number"] == "125" and values["office.body"] == "SỞ GIÁO DỤC VÀ ĐÀO TẠO"
    out = tmp_path / "signed.xlsx"
    write_report(city, golden.PERIOD, out, day=date(2026, 12, 5), per="none")
    ws = load_workbook(out)["Báo cáo"]
    assert ws["A4"].value == "Số: 125/BC-SGDĐT"
    assert find(ws, "Nguyễn Văn Bình").font.b
    with pytest.raises(settings.ReportError):
        settings.update(city, ["signer=X"])
    assert settings.update(city, ["report.number=", "signer.name="])["report.number"] == ""
