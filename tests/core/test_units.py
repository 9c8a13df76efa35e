"""Reporting units: official wards, cities, departments, districts, units files."""

import csv
import json
import unicodedata
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from vietnam_provinces import Province

from lcdesk.core.catalog.model import from_dict, load_json
from lcdesk.core.catalog.model import to_dict as catalog_to_dict
from lcdesk.core.errors import UnitError
from lcdesk.core.units.registry import (
    Unit,
    city_tree,
    department_kind,
    departments_for,
    find_city,
    indicators_for_unit,
    to_dict,
    unit_matches,
    with_districts,
)
from lcdesk.core.units.files import HEADERS, SHEET, export_units, import_units, kind_from_text

CATALOGS = Path(__file__).resolve().parents[2] / "resources" / "catalogs"


def _indicator(code, assign, responsible, kind="percent"):
    return {
        "code": code,
        "criterion": "1.1.1",
        "text": f"Chỉ số {code}",
        "responsible": responsible,
        "assign": assign,
        "kind": kind,
        "measures": [{"code": "value", "label": "Tỷ lệ", "unit": "%"}],
    }


@pytest.fixture
def catalog():
    return from_dict({
        "format": "lcdesk-catalog",
        "format_version": 1,
        "id": "test",
        "version": "1",
        "title": "Danh mục thử",
        "areas": [{"code": "1", "title": "Lĩnh vực 1"}],
        "standards": [{"code": "1.1", "title": "Tiêu chuẩn 1.1"}],
        "criteria": [{"code": "1.1.1", "title": "Tiêu chí 1.1.1"}],
        "indicators": [
            _indicator("1.1.1.a", ["local"], ["UBND các phường, xã"]),
            _indicator("1.1.1.b", ["dept:so-giao-duc-va-dao-tao", "local"], ["Sở Giáo dục và Đào tạo", "UBND các phường, xã"]),
            _indicator("1.1.1.c", ["dept:hoi-khuyen-hoc-thanh-pho"], ["Hội Khuyến học thành phố"]),
            _indicator("1.1.1.d", ["dept:cong-an-thanh-pho", "dept:so-giao-duc-va-dao-tao"], ["Công an thành phố", "Sở Giáo dục và Đào tạo"]),
            _indicator("1.1.1.e", ["expert"], ["Hội đồng chuyên gia"], kind="rating5"),
            _indicator("1.1.1.f", ["district"], ["UBND các quận, huyện"]),
        ],
    })


def _write_csv(path, rows, encoding="utf-8-sig", delimiter=","):
    with open(path, "w", encoding=encoding, newline="") as fh:
        csv.writer(fh, delimiter=delimiter).writerows(rows)
    return path


def _write_xlsx(path, rows, sheet=SHEET):
    wb = Workbook()
    wb.active.title = sheet
    for row in rows:
        wb.active.append(row)
    wb.save(path)
    return path


def _import_error(path) -> UnitError:
    with pytest.raises(UnitError) as info:
        import_units(path)
    return info.value


# -------------------------------------------------------------- official units


@pytest.mark.parametrize("code, wards", [("01", 126), ("31", 114), ("79", 168)])
def test_city_tree_lists_the_city_then_every_ward(code, wards):
    units = city_tree(code)
    assert len(units) == wards + 1
    assert units[0] == find_city(code)
    assert [u.code for u in units[1:]] == sorted(u.code for u in units[1:])
    assert all(u.parent == code and u.city == code and len(u.code) == 5 for u in units[1:])


def test_city_tree_kinds_follow_the_official_division_type():
    def kinds(code):
        units = city_tree(code)[1:]
        return {k: sum(u.kind == k for u in units) for k in ("ward", "commune", "special_zone")}

    assert kinds("01") == {"ward": 51, "commune": 75, "special_zone": 0}
    assert kinds("31") == {"ward": 45, "commune": 67, "special_zone": 2}
    assert kinds("79") == {"ward": 113, "commune": 54, "special_zone": 1}
    hai_phong = {u.name: u.kind for u in city_tree("31")}
    assert hai_phong["Đặc khu Cát Hải"] == "special_zone"


def test_city_tree_covers_all_3321_wards_nationally():
    assert sum(len(city_tree(int(p.code))) - 1 for p in Province.iter_all()) == 3321


def test_hanoi_first_ward_has_zero_padded_code():
    ward = city_tree("Hà Nội")[1]
    assert (ward.code, ward.name, ward.kind) == ("00004", "Phường Ba Đình", "ward")


@pytest.mark.parametrize("text, code", [
    ("01", "01"), ("1", "01"), (1, "01"), ("Hà Nội", "01"), ("Ha Noi", "01"), ("ha-noi", "01"),
    ("Thành phố Hà Nội", "01"), ("hanoi", "01"), ("HANOI", "01"), ("ha_noi", "01"), ("Hanoi City", "01"),
    ("Hải Phòng", "31"), ("haiphong", "31"), ("TP Hải Phòng", "31"), ("31", "31"),
    ("HCM", "79"), ("Hồ Chí Minh", "79"), ("TP.HCM", "79"), ("TP. Hồ Chí Minh", "79"), ("tphcm", "79"),
    ("79", "79"), ("Sài Gòn", "79"), ("Huế", "46"), ("  Đà Nẵng ", "48"),
])
def test_find_city_accepts_codes_names_and_short_forms(text, code):
    city = find_city(text)
    assert (city.code, city.kind, city.parent, city.city) == (code, "city", None, code)


def test_find_city_accepts_decomposed_vietnamese():
    assert find_city(unicodedata.normalize("NFD", "Hải Phòng")).name == "Thành phố Hải Phòng"


@pytest.mark.parametrize("text", ["Ha Nam", "99", "", "Paris"])
def test_find_city_unknown_explains_how_to_write_it(text):
    with pytest.raises(UnitError) as info:
        find_city(text)
    assert "Không tìm thấy thành phố" in info.value.message_vi
    assert "01 = Hà Nội" in info.value.message_vi and "TP.HCM" in info.value.message_vi
    assert "Unknown city" in info.value.message_en


def test_find_city_suggests_a_close_name():
    with pytest.raises(UnitError) as info:
        find_city("Hai Phongg")
    assert "Có phải là: Thành phố Hải Phòng?" in info.value.message_vi


def test_to_dict_is_json_ready():
    data = [to_dict(u) for u in city_tree("31")[:2]]
    assert json.loads(json.dumps(data, ensure_ascii=False)) == [
        {"code": "31", "name": "Thành phố Hải Phòng", "kind": "city", "parent": None, "city": "31"},
        {"code": data[1]["code"], "name": data[1]["name"], "kind": data[1]["kind"], "parent": "31", "city": "31"},
    ]


# ---------------------------------------------------------------- departments


def test_departments_one_per_selector_named_from_responsible(catalog):
    units = departments_for("Hà Nội", catalog)
    assert [(u.code, u.name, u.kind) for u in units] == [
        ("01-cong-an-thanh-pho", "Công an thành phố", "department"),
        ("01-hoi-khuyen-hoc-thanh-pho", "Hội Khuyến học thành phố", "organisation"),
        ("01-so-giao-duc-va-dao-tao", "Sở Giáo dục và Đào tạo", "department"),
        ("01-chuyen-gia", "Hội đồng chuyên gia", "expert"),
    ]
    assert all(u.parent == "01" and u.city == "01" for u in units)


def test_departments_without_expert_selector_have_no_expert_unit(catalog):
    data = catalog_to_dict(catalog)
    data["indicators"] = [i for i in data["indicators"] if i["assign"] != ["expert"]]
    assert all(u.kind != "expert" for u in departments_for("79", from_dict(data)))


def test_department_name_falls_back_to_other_indicators_then_the_slug():
    cat = from_dict({
        "format": "lcdesk-catalog", "format_version": 1, "id": "t", "version": "1", "title": "t",
        "areas": [{"code": "1", "title": "a"}], "standards": [{"code": "1.1", "title": "s"}],
        "criteria": [{"code": "1.1.1", "title": "c"}],
        "indicators": [
            _indicator("1.1.1.a", ["dept:so-noi-vu"], []),
            _indicator("1.1.1.b", ["local"], ["Sở Nội vụ"]),
            _indicator("1.1.1.c", ["dept:bao-ha-noi-moi"], ["Báo Hà Nội Mới"]),
            _indicator("1.1.1.d", ["dept:khong-ro"], []),
        ],
    })
    names = {u.code: (u.name, u.kind) for u in departments_for("01", cat)}
    assert names == {
        "01-so-noi-vu": ("Sở Nội vụ", "department"),
        "01-bao-ha-noi-moi": ("Báo Hà Nội Mới", "organisation"),
        "01-khong-ro": ("khong-ro", "organisation"),
    }


@pytest.mark.parametrize("name, kind", [
    ("Sở Văn hóa và Thể thao", "department"), ("Công an thành phố", "department"),
    ("Ban Tuyên giáo và Dân vận Thành ủy", "department"), ("Hội Liên hiệp Phụ nữ thành phố", "organisation"),
    ("Đài Phát thanh và Truyền hình Hà Nội", "organisation"), ("Các cơ quan báo chí, truyền thông", "organisation"),
    ("Thành đoàn", "organisation"), ("Bảo hiểm xã hội thành phố", "department"),
])
def test_department_kind_separates_state_bodies_from_organisations(name, kind):
    assert department_kind(name) == kind


@pytest.mark.parametrize("name, city", [("hanoi-2025", "01"), ("haiphong-2026", "31")])
def test_departments_from_the_shipped_catalogs(name, city):
    path = CATALOGS / f"{name}.json"
    if not path.exists():
        pytest.skip(f"resources/catalogs/{name}.json is not written yet")
    cat = load_json(path)
    if cat.city:
        assert find_city(cat.city).code == city
    units = departments_for(city, cat)
    selectors = {a for ind in cat.indicators for a in ind.assign if a.startswith("dept:")}
    depts = [u for u in units if u.kind in ("department", "organisation")]
    assert {u.code for u in depts} == {f"{city}-" + s[len("dept:"):] for s in selectors}
    assert len({u.code for u in units}) == len(units)
    assert any(u.kind == "department" and u.name == "Sở Giáo dục và Đào tạo" for u in units)
    for unit in depts:
        assert indicators_for_unit(cat, unit), unit
        assert unit.name != unit.code.split("-", 1)[1], f"{unit.code} has no Vietnamese name in the catalog"
    every_indicator = {i.code for u in units + city_tree(city)[1:2] for i in indicators_for_unit(cat, u)}
    district_only = {i.code for i in cat.indicators if set(i.assign) <= {"district"}}
    assert every_indicator | district_only == {i.code for i in cat.indicators}


# ------------------------------------------------------------------- matching


def test_unit_matches_each_selector():
    ward = Unit("00004", "Phường Ba Đình", "ward", "01", "01")
    commune = Unit("00277", "Xã Sóc Sơn", "commune", "01", "01")
    zone = Unit("11038", "Đặc khu Cát Hải", "special_zone", "31", "31")
    district = Unit("001", "Quận Ba Đình", "district", "01", "01")
    dept = Unit("01-so-giao-duc-va-dao-tao", "Sở Giáo dục và Đào tạo", "department", "01", "01")
    org = Unit("01-hoi-khuyen-hoc", "Hội Khuyến học", "organisation", "01", "01")
    expert = Unit("01-chuyen-gia", "Hội đồng chuyên gia", "expert", "01", "01")
    city = find_city("01")
    assert [u for u in (ward, commune, zone, district, dept, org, expert, city) if unit_matches(u, "local")] == [ward, commune, zone]
    # a two-tier city: the wards directly under it took over the district committees' duties
    ward_under_district = Unit("00007", "Phường Trúc Bạch", "ward", "001", "01")
    assert [u for u in (ward, ward_under_district, district, dept, expert, city) if unit_matches(u, "district")] == [ward, district]
    assert [u for u in (ward, district, dept, expert, city) if unit_matches(u, "expert")] == [expert]
    assert unit_matches(dept, "dept:so-giao-duc-va-dao-tao") and unit_matches(org, "dept:hoi-khuyen-hoc")
    assert not unit_matches(dept, "dept:dao-tao")  # a mere suffix is another department
    assert unit_matches(Unit("so-noi-vu", "Sở Nội vụ", "department", "01", "01"), "dept:so-noi-vu")
    assert not unit_matches(expert, "dept:chuyen-gia") and not unit_matches(ward, "dept:00004")


def test_indicators_for_unit_follow_the_assignment(catalog):
    units = {u.kind: u for u in departments_for("01", catalog)}
    codes = lambda unit: [i.code for i in indicators_for_unit(catalog, unit)]  # noqa: E731
    assert codes(city_tree("01")[1]) == ["1.1.1.a", "1.1.1.b", "1.1.1.f"]  # 1.1.1.f is a district duty
    assert codes(find_city("01")) == []
    assert codes(units["expert"]) == ["1.1.1.e"]
    assert codes(units["organisation"]) == ["1.1.1.c"]
    sgd = next(u for u in departments_for("01", catalog) if u.code.endswith("so-giao-duc-va-dao-tao"))
    assert codes(sgd) == ["1.1.1.b", "1.1.1.d"]
    assert codes(Unit("001", "Quận Ba Đình", "district", "01", "01")) == ["1.1.1.f"]


# ------------------------------------------------------------------ districts


def test_with_districts_puts_mapped_wards_under_their_district():
    units = city_tree("01")
    out = with_districts(units, [("001", "Quận Ba Đình"), ("002", "Quận Hoàn Kiếm")], {"00004": "001", "00070": "002"})
    by_code = {u.code: u for u in out}
    assert len(out) == len(units) + 2
    assert [u.kind for u in out[:3]] == ["city", "district", "district"]
    assert by_code["001"] == Unit("001", "Quận Ba Đình", "district", "01", "01")
    assert by_code["00004"].parent == "001" and by_code["00070"].parent == "002"
    assert by_code["00008"].parent == "01"  # unmapped wards stay under the city
    assert len(units[1:]) == sum(u.kind in ("ward", "commune") for u in out)


@pytest.mark.parametrize("districts, mapping, message", [
    ([("001", "Quận Ba Đình"), ("001", "Quận Hoàn Kiếm")], {}, "đã được dùng"),
    ([("00004", "Quận Ba Đình")], {}, "đã được dùng"),
    ([("001", "Quận Ba Đình")], {"99999": "001"}, "không phải là mã phường/xã"),
    ([("001", "Quận Ba Đình")], {"00004": "009"}, "không có trong danh sách"),
    ([("001", "")], {}, "phải có mã và tên"),
])
def test_with_districts_rejects_bad_input(districts, mapping, message):
    with pytest.raises(UnitError) as info:
        with_districts(city_tree("01"), districts, mapping)
    assert message in info.value.message_vi


# -------------------------------------------------------------- units files


def _sample_units(catalog):
    units = with_districts(city_tree("01"), [("001", "Quận Ba Đình"), ("HK", "Quận Hoàn Kiếm")], {"00004": "001", "00070": "HK"})
    return units + departments_for("01", catalog)


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_round_trip_is_lossless(tmp_path, catalog, suffix):
    units = _sample_units(catalog)
    path = tmp_path / f"don-vi{suffix}"
    export_units(units, path)
    assert import_units(path) == units
    assert not [p for p in tmp_path.iterdir() if p != path]  # no temporary file left behind


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_units_file_with_vietnamese_file_name(tmp_path, suffix):
    units = city_tree("Hải Phòng")
    path = tmp_path / "Hải Phòng – Danh sách đơn vị báo cáo" / f"Đơn vị năm 2025{suffix}"
    path.parent.mkdir()
    export_units(units, path)
    assert import_units(path) == units


def test_xlsx_layout_sheet_header_kinds_and_text_codes(tmp_path):
    path = tmp_path / "u.xlsx"
    export_units(city_tree("31"), path)
    ws = load_workbook(path)[SHEET]
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0] == HEADERS
    assert rows[1] == ("31", "Thành phố Hải Phòng", "Thành phố", None, "31")
    assert {r[2] for r in rows[1:]} == {"Thành phố", "Phường", "Xã", "Đặc khu"}
    assert ws["A3"].number_format == "@" and isinstance(ws["A3"].value, str)


def test_csv_is_utf8_with_bom_and_vietnamese_header(tmp_path):
    path = tmp_path / "u.csv"
    export_units(city_tree("79")[:3], path)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert raw.decode("utf-8-sig").splitlines()[0] == "Mã,Tên,Loại,Cấp trên,Thành phố"


def test_import_accepts_english_kinds_numbers_without_zeros_and_semicolons(tmp_path):
    path = _write_xlsx(tmp_path / "u.xlsx", [
        ["code", "name", "kind", "parent", "city"],
        [1, "Thành phố Hà Nội", "city", None, 1],
        [4, "Phường Ba Đình", "ward", 1, 1],
        ["001", "Quận Ba Đình", "district", "01", "Hà Nội"],
        [8, "Phường Ngọc Hà", "Phường", "001", None],
        ["01-so-noi-vu", "Sở Nội vụ", "Sở/Ngành", None, None],
        [None, None, None, None, None],
        ["01-chuyen-gia", "Hội đồng chuyên gia", "expert", "01", "01"],
    ])
    units = import_units(path)
    assert [(u.code, u.kind, u.parent, u.city) for u in units] == [
        ("01", "city", None, "01"),
        ("00004", "ward", "01", "01"),
        ("001", "district", "01", "01"),
        ("00008", "ward", "001", "01"),
        ("01-so-noi-vu", "department", "01", "01"),
        ("01-chuyen-gia", "expert", "01", "01"),
    ]
    semi = _write_csv(tmp_path / "semi.csv", [HEADERS, ["1", "Thành phố Hà Nội", "Thành phố", "", ""], ["4", "Phường Ba Đình", "phường", "", ""]], delimiter=";")
    assert [u.code for u in import_units(semi)] == ["01", "00004"]


def _cp1258(text):
    """Text as Excel on Vietnamese Windows saves it: letters with the tone mark apart."""
    tones = "\u0300\u0301\u0303\u0309\u0323"
    out = []
    for char in text:
        marks = unicodedata.normalize("NFD", char)
        letter = unicodedata.normalize("NFC", "".join(m for m in marks if m not in tones))
        out.append(letter + "".join(m for m in marks if m in tones))
    return "".join(out).encode("cp1258")


def test_import_reads_windows_vietnamese_csv_and_normalises_names(tmp_path):
    text = "Mã,Tên,Loại,Cấp trên,Thành phố\r\n01,Thành phố Hà Nội,Thành phố,,01\r\n00004,Phường Ba Đình,Phường,01,01\r\n"
    path = tmp_path / "ansi.csv"
    path.write_bytes(_cp1258(text))
    assert path.read_bytes() != text.encode("utf-8")
    units = import_units(path)
    assert [u.name for u in units] == ["Thành phố Hà Nội", "Phường Ba Đình"]
    assert all(unicodedata.is_normalized("NFC", u.name) for u in units)


def test_import_accepts_kind_label_variants():
    assert kind_from_text(" quận / huyện ") == "district"
    assert kind_from_text("Huyện") == "district"
    assert kind_from_text("special zone") == "special_zone"
    assert kind_from_text("Huyen") is None


def _rows_with(bad_row, position=7):
    """A header, a city and wards, with ``bad_row`` as spreadsheet row ``position``."""
    rows = [list(HEADERS), ["01", "Thành phố Hà Nội", "Thành phố", "", "01"]]
    rows += [[f"{4 + i:05d}", f"Phường {i}", "Phường", "01", "01"] for i in range(position - 3)]
    return rows + [bad_row]


@pytest.mark.parametrize("bad_row, expected", [
    (["001", "Quận Ba Đình", "Huyen", "01", "01"], "Dòng 7, cột 'Loại': 'Huyen' không phải là loại đơn vị hợp lệ"),
    (["00004", "Phường Ba Đình", "Phường", "01", "01"], "Dòng 7, cột 'Mã': mã '00004' trùng với dòng 3."),
    (["00099", "Phường Lạ", "Phường", "002", "01"], "Dòng 7, cột 'Cấp trên': không có đơn vị mã '002' trong tệp."),
    (["00099", "", "Phường", "01", "01"], "Dòng 7, cột 'Tên': để trống."),
    (["", "Phường Lạ", "Phường", "01", "01"], "Dòng 7, cột 'Mã': để trống."),
    (["00099", "Phường Lạ", "", "01", "01"], "Dòng 7, cột 'Loại': để trống."),
    (["00099", "Phường Lạ", "Phường", "01", "Paris"], "Dòng 7, cột 'Thành phố': 'Paris' không phải là mã hoặc tên thành phố"),
    (["00099", "Phường Lạ", "Phường", "00099", "01"], "Dòng 7, cột 'Cấp trên': một đơn vị không thể là cấp trên của chính nó."),
    (["31", "Thành phố Hải Phòng", "Thành phố", "01", "31"], "Dòng 7, cột 'Cấp trên': thành phố không có cấp trên"),
    (["77", "Không có", "Thành phố", "", ""], "Dòng 7, cột 'Mã': '77' không phải là mã tỉnh/thành phố"),
])
@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_bad_row_is_named_by_row_and_column(tmp_path, suffix, bad_row, expected):
    rows = _rows_with(bad_row)
    path = tmp_path / f"Danh sách đơn vị{suffix}"
    _write_xlsx(path, rows) if suffix == ".xlsx" else _write_csv(path, rows)
    err = _import_error(path)
    assert err.message_vi.startswith(f"Tệp 'Danh sách đơn vị{suffix}' có 1 lỗi; chưa nhập đơn vị nào:")
    assert expected in err.message_vi
    assert "Row 7, column" in err.message_en


def test_every_problem_is_listed_and_nothing_is_returned(tmp_path):
    path = _write_csv(tmp_path / "u.csv", [
        HEADERS,
        ["01", "Thành phố Hà Nội", "Thành phố", "", "01"],
        ["00004", "", "Phường", "01", "01"],
        ["00004", "Phường Ba Đình", "Huyen", "01", "01"],
        ["001", "Quận A", "Quận/Huyện", "002", "01"],
        ["002", "Quận B", "Quận/Huyện", "001", "01"],
    ])
    err = _import_error(path)
    assert err.message_vi.startswith("Tệp 'u.csv' có 5 lỗi")
    for expected in ("Dòng 3, cột 'Tên'", "Dòng 4, cột 'Loại'", "Dòng 4, cột 'Mã': mã '00004' trùng với dòng 3",
                     "Dòng 5, cột 'Cấp trên': cấp trên tạo thành vòng lặp", "Dòng 6, cột 'Cấp trên': cấp trên tạo thành vòng lặp"):
        assert expected in err.message_vi
    assert len(err.problems) == 5


def test_rows_without_city_need_a_single_city_unit(tmp_path):
    path = _write_csv(tmp_path / "u.csv", [HEADERS, ["00004", "Phường Ba Đình", "Phường", "", ""]])
    assert "Dòng 2, cột 'Thành phố': để trống" in _import_error(path).message_vi
    ok = _write_csv(tmp_path / "ok.csv", [HEADERS, ["00004", "Phường Ba Đình", "Phường", "", "Hà Nội"]])
    assert import_units(ok) == [Unit("00004", "Phường Ba Đình", "ward", "01", "01")]


def test_missing_column_is_named(tmp_path):
    path = _write_xlsx(tmp_path / "u.xlsx", [["Mã", "Tên", "Cấp trên"], ["01", "Hà Nội", ""]])
    err = _import_error(path)
    assert "Tệp 'u.xlsx', dòng 1: thiếu cột 'Loại'" in err.message_vi
    assert "Mã | Tên | Loại | Cấp trên | Thành phố" in err.message_vi


@pytest.mark.parametrize("name, content, expected", [
    ("u.xlsx", b"not a zip", "không phải là bảng tính Excel (.xlsx) hợp lệ"),
    ("u.csv", b"", "Tệp 'u.csv' trống."),
    ("u.csv", "\ufeffMã,Tên,Loại,Cấp trên,Thành phố\r\n".encode(), "Tệp 'u.csv' không có đơn vị nào."),
    ("u.txt", b"x", "chỉ hỗ trợ tệp .xlsx hoặc .csv"),
])
def test_unreadable_files_are_explained(tmp_path, name, content, expected):
    path = tmp_path / name
    path.write_bytes(content)
    assert expected in _import_error(path).message_vi


def test_missing_file_is_explained(tmp_path):
    assert "Không tìm thấy tệp 'không có.xlsx'" in _import_error(tmp_path / "không có.xlsx").message_vi


def test_export_to_unknown_format_or_folder_is_explained(tmp_path):
    with pytest.raises(UnitError, match="only .xlsx and .csv"):
        export_units(city_tree("01"), tmp_path / "u.json")
    with pytest.raises(UnitError) as info:
        export_units(city_tree("01"), tmp_path / "thư mục không có" / "u.csv")
    assert "Không ghi được tệp 'u.csv'" in info.value.message_vi
