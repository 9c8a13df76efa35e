"""The catalog workbook: lossless round trip, layout, and every bad input named by sheet/row/column."""

import copy
import tempfile
import unicodedata
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lcdesk.core.catalog import workbook_read as catalog_xlsx_read
from lcdesk.core.catalog.model import from_dict, load_json, to_dict
from lcdesk.core.catalog.workbook import CatalogWorkbookError, export_xlsx, import_xlsx
from lcdesk.core.errors import CatalogError
from lcdesk.core.catalog.targets import Goal

CATALOGS = sorted((Path(__file__).resolve().parents[2] / "resources" / "catalogs").glob("*.json"))


def _ind(code, kind, measures, target=None, bounds=(0, 100), **kw):
    return {
        "code": code, "criterion": code.rsplit(".", 1)[0], "text": kw.get("text", f"Chỉ số {code}: tỷ lệ người học"),
        "responsible": kw.get("responsible", ["Sở Giáo dục và Đào tạo"]), "assign": kw.get("assign", ["dept:so-giao-duc-va-dao-tao"]),
        "kind": kind, "measures": [{"code": c, "label": lab, "unit": u} for c, lab, u in measures],
        "target": target, "bounds": list(bounds), "note": kw.get("note", ""),
    }


RICH = {
    "format": "lcdesk-catalog", "format_version": 1, "id": "hue-2026", "version": "2026.1",
    "title": "Bộ tiêu chí Thành phố học tập – thành phố Huế", "city": "Huế", "source": "Kế hoạch số 5/KH-UBND",
    "areas": [{"code": "1", "title": "Lĩnh vực 1: Trao quyền cho cá nhân"}, {"code": "2", "title": "Lĩnh vực 2: Phát triển bền vững"}],
    "standards": [{"code": "1.1", "title": "Tiêu chuẩn 1.1"}, {"code": "2.1", "title": "Tiêu chuẩn 2.1"}],
    "criteria": [{"code": "1.1.1", "title": "Tiêu chí 1.1.1 – xóa mù chữ"}, {"code": "2.1.1", "title": "Tiêu chí 2.1.1 – môi trường"}],
    "indicators": [
        _ind("1.1.1.a", "percent", [("value", "Tỷ lệ", "%")],
             {"text": "≥ 95%", "comparator": ">=", "value": 95.0, "by_year": {"2025": {"comparator": ">=", "value": 90.0}, "2030": {"comparator": ">=", "value": 95.5}}, "reference": ""}),
        _ind("1.1.1.b", "count_by_sex", [("nam", "Nam", "người"), ("nu", "Nữ", "người"), ("tong", "Tổng", "người")],
             {"text": "=100%", "comparator": "=", "value": 100.0, "by_year": {"2027": {"comparator": "<=", "value": 33.333333333333336}}, "reference": ""},
             bounds=(0, None), responsible=["UBND phường, xã", "Công an thành phố"], assign=["local", "expert"]),
        _ind("2.1.1.a", "rating5", [("rating", "Mức đánh giá", "")], None, bounds=(1, 5), note="Hội đồng chuyên gia chấm; ghi chú\nnhiều dòng", assign=["expert"], responsible=[]),
        _ind("2.1.1.b", "trend", [("trend", "Xu hướng", "")],
             {"text": "Giảm so với năm trước", "comparator": "decrease", "value": None, "by_year": {}, "reference": "GDP bình quân đầu người của cả nước"},
             bounds=(None, None)),
    ],
    "publisher": {"name": "Sở Giáo dục và Đào tạo Huế", "year": 2026, "tags": ["ước tính", 1.5, None, True]},
}


@pytest.fixture
def rich():
    return from_dict(copy.deepcopy(RICH))


@pytest.fixture
def book(rich, tmp_path):
    """A freshly exported workbook of the rich catalog."""
    return export_xlsx(rich, tmp_path / "danh-mục-Huế.xlsx")


def _col(ws, key):
    for cell in ws[1]:
        if cell.value and str(cell.value).endswith(f"({key})"):
            return cell.column
    raise KeyError(key)


def _row(ws, code, measure=None):
    for r in range(2, ws.max_row + 1):
        if ws.cell(r, 1).value == code and (measure is None or ws.cell(r, _col(ws, "measure_code")).value == measure):
            return r
    raise KeyError(code)


def _edit(path, sheet, edits):
    """Apply {(row, column_or_key): value} to ``sheet`` and save."""
    wb = openpyxl.load_workbook(path)
    ws = wb[sheet]
    for (r, c), value in edits.items():
        ws.cell(r, c if isinstance(c, int) else _col(ws, c)).value = value
    wb.save(path)


def _problems(path):
    with pytest.raises(CatalogWorkbookError) as info:
        import_xlsx(path)
    return info.value


# ------------------------------------------------------------------ round trip


def test_rich_catalog_survives_the_round_trip(rich, book):
    back = import_xlsx(book)
    assert back == rich
    assert back.extra == rich.extra
    assert to_dict(back) == to_dict(rich)


@pytest.mark.parametrize("path", CATALOGS, ids=[p.stem for p in CATALOGS])
def test_bundled_catalog_survives_the_round_trip(path, tmp_path):
    cat = load_json(path)
    back = import_xlsx(export_xlsx(cat, tmp_path / f"{path.stem}.xlsx"))
    assert back == cat and back.extra == cat.extra


def test_structure_out_of_tree_order_keeps_each_level_in_order(tmp_path):
    data = copy.deepcopy(RICH)
    data["standards"].reverse()
    data["criteria"].reverse()
    cat = from_dict(data)
    assert import_xlsx(export_xlsx(cat, tmp_path / "x.xlsx")) == cat


VI = "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ0123456789 .,;:-–()%≥≤=/'\"\n"
texts = st.text(alphabet=VI, max_size=60).map(lambda s: unicodedata.normalize("NFC", s))
names = st.lists(texts.map(lambda s: s.replace(";", "").replace("\n", "").strip()).filter(bool), max_size=3)
finite = st.floats(allow_nan=False, allow_infinity=False)
goals = st.one_of(
    st.none(),
    st.builds(lambda c, v: {"comparator": c, "value": v}, st.sampled_from([">=", "<=", "=", ">", "<"]), finite),
    st.builds(lambda c: {"comparator": c, "value": None}, st.sampled_from(["increase", "decrease"])),
)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(title=texts, text=texts, label=texts, unit=texts, note=texts, target_text=texts, reference=texts,
       responsible=names, goal=goals, year_goal=goals, low=st.none() | finite, high=st.none() | finite)
def test_random_vietnamese_texts_and_numbers_survive_the_round_trip(title, text, label, unit, note, target_text, reference, responsible, goal, year_goal, low, high):
    data = copy.deepcopy(RICH)
    data["title"] = title
    ind = data["indicators"][0]
    ind.update(text=text, note=note, responsible=responsible, bounds=[low, high])
    ind["measures"][0]["label"], ind["measures"][0]["unit"] = label, unit
    target = {"text": target_text, "comparator": None, "value": None, "by_year": {}, "reference": reference}
    if goal:
        target.update(goal)
    if year_goal:
        target["by_year"]["2030"] = year_goal
    ind["target"] = target if (target_text or goal or year_goal or reference) else None
    if low is not None and high is not None and low > high:
        ind["bounds"] = [high, low]
    cat = from_dict(data)
    with tempfile.TemporaryDirectory() as tmp:
        assert import_xlsx(export_xlsx(cat, Path(tmp) / "t.xlsx")) == cat


# ------------------------------------------------------------------ layout


def test_workbook_has_the_documented_sheets_and_columns(book):
    wb = openpyxl.load_workbook(book)
    assert wb.sheetnames == ["Hướng dẫn", "Danh mục", "Cấu trúc", "Chỉ số", "Khác"]
    ws = wb["Chỉ số"]
    keys = [str(c.value).rsplit("(", 1)[1].rstrip(")") for c in ws[1]]
    assert keys == ["code", "criterion", "text", "kind", "responsible", "assign", "measure_code", "measure_label",
                    "measure_unit", "bound_min", "bound_max", "target_text", "target", "target_2025", "target_2027",
                    "target_2030", "target_reference", "note", "target_by_city"]
    assert ws.cell(1, 4).value == "Loại (kind)" and ws.cell(1, 1).font.bold
    assert ws.freeze_panes == "B2"
    assert any("percent,count_by_sex,rating5,trend" in dv.formula1 for dv in ws.data_validations.dataValidation)
    assert ws.max_row == 1 + 6  # one row per measure
    header = {ws.cell(r, 1).value: ws.cell(r, 2).value for r in range(2, wb["Danh mục"].max_row + 1) for ws in [wb["Danh mục"]]}
    assert header["id"] == "hue-2026" and header["format_version"] == "1"


def test_one_row_per_measure_with_indicator_columns_on_the_first_row_only(book):
    ws = openpyxl.load_workbook(book)["Chỉ số"]
    rows = [r for r in range(2, ws.max_row + 1) if ws.cell(r, 1).value == "1.1.1.b"]
    assert len(rows) == 3
    assert [ws.cell(r, _col(ws, "measure_code")).value for r in rows] == ["nam", "nu", "tong"]
    assert ws.cell(rows[0], _col(ws, "text")).value and ws.cell(rows[1], _col(ws, "text")).value is None
    assert ws.cell(rows[0], _col(ws, "assign")).value == "local; expert"


def test_targets_are_written_as_short_text_never_as_formulas(book):
    ws = openpyxl.load_workbook(book)["Chỉ số"]
    r = _row(ws, "1.1.1.b")
    cell = ws.cell(r, _col(ws, "target"))
    assert cell.value == "=100" and cell.data_type == "s"
    assert ws.cell(r, _col(ws, "target_2027")).value == "<=33.333333333333336"
    assert ws.cell(_row(ws, "1.1.1.a"), _col(ws, "target_2030")).value == ">=95.5"
    assert ws.cell(_row(ws, "2.1.1.b"), _col(ws, "target")).value == "giảm"


def test_export_replaces_the_file_and_leaves_no_temporary(rich, book):
    export_xlsx(rich, book)
    assert [p.name for p in book.parent.iterdir()] == [book.name]


def test_import_writes_nothing(book):
    before = book.read_bytes()
    import_xlsx(book)
    assert book.read_bytes() == before


# ------------------------------------------------------------------ lenient input


def test_numbers_typed_as_numbers_or_with_comma_decimals_are_accepted(book):
    _edit(book, "Chỉ số", {(2, "bound_min"): "0,5", (2, "bound_max"): 99, (2, "target"): "≥ 95,5 %", (2, "target_2025"): "Tăng"})
    ind = import_xlsx(book).indicator("1.1.1.a")
    assert ind.bounds == (0.5, 99.0)
    assert ind.target.goal == Goal(">=", 95.5) and ind.target.by_year["2025"] == Goal("increase")


def test_a_target_typed_as_an_excel_formula_still_reads(book):
    wb = openpyxl.load_workbook(book)
    ws = wb["Chỉ số"]
    ws.cell(2, _col(ws, "target")).value = "=100"  # openpyxl stores it as a formula, as Excel would
    assert ws.cell(2, _col(ws, "target")).data_type == "f"
    wb.save(book)
    assert import_xlsx(book).indicator("1.1.1.a").target.goal == Goal("=", 100.0)


def test_later_rows_may_repeat_indicator_columns_or_leave_the_code_blank(rich, book):
    ws_rows = {}
    wb = openpyxl.load_workbook(book)
    ws = wb["Chỉ số"]
    first = _row(ws, "1.1.1.b")
    for key in ("criterion", "text", "kind", "bound_min", "target"):
        ws_rows[(first + 1, key)] = ws.cell(first, _col(ws, key)).value
    ws_rows[(first + 2, "code")] = None
    _edit(book, "Chỉ số", ws_rows)
    assert import_xlsx(book) == rich


def test_blank_rows_and_unknown_columns_are_ignored(rich, book):
    wb = openpyxl.load_workbook(book)
    ws = wb["Chỉ số"]
    ws.insert_rows(4)
    ws.cell(1, ws.max_column + 1).value = "Ghi chú riêng của phòng"
    ws.cell(2, ws.max_column).value = "không đọc"
    wb.save(book)
    assert import_xlsx(book) == rich


def test_missing_extra_sheet_means_no_extra_keys(book):
    wb = openpyxl.load_workbook(book)
    del wb["Khác"]
    wb.save(book)
    assert import_xlsx(book).extra == {}


# ------------------------------------------------------------------ bad input


def test_unknown_kind_is_named_by_sheet_row_and_column(book):
    _edit(book, "Chỉ số", {(2, "kind"): "phantram"})
    err = _problems(book)
    assert err.message_vi == "Trang 'Chỉ số', dòng 2, cột 'Loại (kind)': 'phantram' không phải là loại hợp lệ (percent, count_by_sex, rating5, trend)"
    assert err.problems == [("Chỉ số", 2, "Loại (kind)", "'phantram' không phải là loại hợp lệ (percent, count_by_sex, rating5, trend)", "'phantram' is not a valid kind (percent, count_by_sex, rating5, trend)")]
    assert "Sheet 'Chỉ số', row 2, column 'Loại (kind)'" in str(err)
    assert isinstance(err, CatalogError)


@pytest.mark.parametrize("key, value, column, words", [
    ("target", "95", "Chỉ tiêu rút gọn (target)", "thiếu dấu so sánh"),
    ("target", "khoảng 95", "Chỉ tiêu rút gọn (target)", "không phải là chỉ tiêu hợp lệ"),
    ("target_2030", ">=abc", "Chỉ tiêu năm 2030 (target_2030)", "không phải là chỉ tiêu hợp lệ"),
    ("bound_min", "không", "Giá trị nhỏ nhất (bound_min)", "'không' không phải là số"),
    ("bound_max", -5, "Giá trị nhỏ nhất (bound_min)", "lớn hơn giá trị lớn nhất"),
    ("criterion", "9.9.9", "Tiêu chí (criterion)", "'9.9.9' không có trong trang 'Cấu trúc'"),
    ("assign", "local; phường", "Giao cho (assign)", "'phường' không phải là đơn vị được giao hợp lệ"),
    ("measure_code", None, "Mã thành phần (measure_code)", "mã thành phần trống"),
])
def test_bad_cell_is_named_by_sheet_row_and_column(book, key, value, column, words):
    _edit(book, "Chỉ số", {(2, key): value})
    (problem,) = _problems(book).problems
    assert (problem.sheet, problem.row, problem.column) == ("Chỉ số", 2, column)
    assert words in problem.message_vi


def test_empty_code_on_the_first_row(book):
    _edit(book, "Chỉ số", {(2, "code"): None})
    err = _problems(book)
    assert err.problems[0][:3] == ("Chỉ số", 2, "Mã chỉ số (code)")
    assert "mã chỉ số trống" in err.message_vi


def test_duplicate_indicator_code_in_separate_rows(book):
    ws = openpyxl.load_workbook(book)["Chỉ số"]
    r = _row(ws, "2.1.1.a")
    _edit(book, "Chỉ số", {(r, "code"): "1.1.1.a"})
    (problem,) = _problems(book).problems
    assert problem[:3] == ("Chỉ số", r, "Mã chỉ số (code)")
    assert "'1.1.1.a' đã dùng ở dòng 2" in problem.message_vi


def test_duplicate_measure_code(book):
    ws = openpyxl.load_workbook(book)["Chỉ số"]
    r = _row(ws, "1.1.1.b", "tong")
    _edit(book, "Chỉ số", {(r, "measure_code"): "nam"})
    (problem,) = _problems(book).problems
    assert problem[:3] == ("Chỉ số", r, "Mã thành phần (measure_code)")
    assert f"'nam' đã có ở dòng {r - 2}" in problem.message_vi


def test_indicator_columns_differing_between_rows_of_one_indicator(book):
    ws = openpyxl.load_workbook(book)["Chỉ số"]
    r = _row(ws, "1.1.1.b", "nu")
    _edit(book, "Chỉ số", {(r, "kind"): "percent"})
    (problem,) = _problems(book).problems
    assert problem[:3] == ("Chỉ số", r, "Loại (kind)")
    assert f"khác với dòng {r - 1}" in problem.message_vi


def test_missing_sheet_and_missing_column(book):
    wb = openpyxl.load_workbook(book)
    del wb["Cấu trúc"]
    wb["Chỉ số"].delete_cols(4)  # kind
    wb.save(book)
    err = _problems(book)
    assert ("Cấu trúc", None, None) in [p[:3] for p in err.problems]
    assert ("Chỉ số", 1, "Loại (kind)") in [p[:3] for p in err.problems]
    assert "Trang 'Cấu trúc': không tìm thấy trang này" in err.message_vi
    assert "Trang 'Chỉ số', dòng 1, cột 'Loại (kind)': thiếu cột này" in err.message_vi


def test_structure_problems_are_named(book):
    # rows: 2 "1", 3 "1.1", 4 "1.1.1", 5 "2", 6 "2.1", 7 "2.1.1"
    _edit(book, "Cấu trúc", {(2, 1): "1.1.1.1.1", (4, 1): "2.1"})
    wheres = {p[:3]: p.message_vi for p in _problems(book).problems}
    assert "không hợp lệ" in wheres[("Cấu trúc", 2, "Mã (code)")]  # five parts
    assert "tiêu chuẩn '1.1' thuộc lĩnh vực '1'" in wheres[("Cấu trúc", 3, "Mã (code)")]  # area 1 is gone
    assert "'2.1' đã có ở dòng 4" in wheres[("Cấu trúc", 6, "Mã (code)")]
    assert "'1.1.1' không có trong trang 'Cấu trúc'" in wheres[("Chỉ số", 2, "Tiêu chí (criterion)")]


def test_header_sheet_problems_are_named(book):
    _edit(book, "Danh mục", {(2, 2): None, (7, 2): "9", (8, 1): "tac_gia", (8, 2): "x"})
    wheres = {p[:3]: p.message_vi for p in _problems(book).problems}
    assert "không được để trống" in wheres[("Danh mục", 2, "Giá trị (value)")]
    assert "hãy cập nhật phần mềm" in wheres[("Danh mục", 7, "Giá trị (value)")]
    assert "'tac_gia' không hợp lệ" in wheres[("Danh mục", 8, "Trường (key)")]


def test_bad_json_in_extra_sheet(book):
    _edit(book, "Khác", {(2, 2): "{chưa đóng"})
    (problem,) = _problems(book).problems
    assert problem[:3] == ("Khác", 2, "Giá trị (value)") and "JSON" in problem.message_vi


def test_all_problems_are_reported_at_once_up_to_twenty(book):
    _edit(book, "Chỉ số", {(r, "bound_max"): "x" for r in range(2, 8)})
    err = _problems(book)
    assert [p.row for p in err.problems] == [2, 3, 4, 5, 6, 7]
    assert err.message_vi.startswith("Bảng tính danh mục có 6 lỗi")
    wb = openpyxl.load_workbook(book)
    ws = wb["Chỉ số"]
    for r in range(8, 40):
        ws.cell(r, 1).value = f"9.{r}"
    wb.save(book)
    err = _problems(book)
    assert len(err.problems) == 20 and "lỗi khác" in err.message_vi


def test_catalog_level_problems_are_reported_too(book, monkeypatch):
    monkeypatch.setattr(catalog_xlsx_read, "iter_problems", lambda cat: iter([("Lỗi toàn danh mục.", "Catalog-wide problem.")]))
    assert _problems(book).problems == [(None, None, None, "Lỗi toàn danh mục.", "Catalog-wide problem.")]


@pytest.mark.parametrize("content", [b"", b"not a zip at all", b"PK\x03\x04broken", "{\"format\": \"lcdesk-catalog\"}".encode()])
def test_a_file_that_is_not_an_xlsx_is_refused(tmp_path, content):
    path = tmp_path / "danh-mục.xlsx"
    path.write_bytes(content)
    err = _problems(path)
    assert "không phải là bảng tính Excel .xlsx hợp lệ" in err.message_vi and "danh-mục.xlsx" in err.message_vi


def test_a_zip_that_is_not_a_workbook_is_refused(tmp_path):
    import zipfile

    path = tmp_path / "x.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("hello.txt", "xin chào")
    assert "không phải là bảng tính Excel" in _problems(path).message_vi


def test_a_missing_file_is_refused(tmp_path):
    assert "Không mở được tệp" in _problems(tmp_path / "không-có.xlsx").message_vi


def test_a_hand_written_workbook_with_bare_keys_in_any_order_imports(tmp_path):
    wb = openpyxl.Workbook()
    wb.active.title = "Danh mục"
    for row in [("key", "value"), ("id", "thu-nghiem"), ("version", 2026), ("title", "Thử nghiệm")]:
        wb["Danh mục"].append(row)
    structure = wb.create_sheet("Cấu trúc")
    for row in [("title", "code"), ("Lĩnh vực", 1), ("Tiêu chuẩn", "1.1"), ("Tiêu chí", "1.1.1")]:
        structure.append(row)
    ind = wb.create_sheet("Chỉ số")
    ind.append(["kind", "code", "criterion", "text", "responsible", "assign", "measure_code", "measure_label", "measure_unit", "bound_min", "bound_max", "target", "target_2030"])
    ind.append(["Count_By_Sex", "1.1.1.a", "1.1.1", "Số người học", "Sở Nội vụ\nSở Y tế", "local;dept:so-noi-vu", "nam", "Nam", "người", 0, None, ">= 50", "≥ 60,5"])
    ind.append([None, None, None, None, None, None, "nu", "Nữ", "người"])
    path = tmp_path / "tay.xlsx"
    wb.save(path)
    cat = import_xlsx(path)
    assert (cat.id, cat.version, cat.extra) == ("thu-nghiem", "2026", {})
    (i,) = cat.indicators
    assert i.kind == "count_by_sex" and [m.code for m in i.measures] == ["nam", "nu"]
    assert i.responsible == ("Sở Nội vụ", "Sở Y tế") and i.assign == ("local", "dept:so-noi-vu")
    assert i.bounds == (0.0, None) and i.target.goal == Goal(">=", 50.0) and i.target.by_year == {"2030": Goal(">=", 60.5)}
    assert i.target.text == "" and i.note == ""


def test_export_refuses_a_name_that_cannot_be_split_back(rich, tmp_path):
    data = copy.deepcopy(RICH)
    data["indicators"][0]["responsible"] = ["Sở A; Sở B"]
    with pytest.raises(CatalogError, match="1.1.1.a"):
        export_xlsx(from_dict(data), tmp_path / "x.xlsx")
