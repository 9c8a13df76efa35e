"""The catalog workbook's "Quy tắc" sheet: rules round-trip; a bad rule is refused by row, in Vietnamese."""

from __future__ import annotations

import openpyxl
import pytest

from lcdesk.core.catalog import model
from lcdesk.core.catalog.workbook import export_xlsx, import_xlsx
from lcdesk.core.catalog.workbook_layout import CatalogWorkbookError
from tests.core import golden_city as golden

RULE = {"id": "nam+nu", "indicator": "1.1.1.b", "left": "nam.numerator + nu.numerator", "op": "=",
        "right": "tong.numerator", "missing": "skip_any", "importance": "high",
        "message_vi": "Nam + Nữ ({left}) khác Tổng ({right})."}


@pytest.fixture
def workbook(tmp_path):
    data = golden.catalog_data()
    data["rules"] = [RULE]
    path = tmp_path / "danh-muc.xlsx"
    export_xlsx(model.from_dict(data), path)
    return path


def test_rules_survive_the_workbook_round_trip(workbook):
    cat = import_xlsx(workbook)
    assert [r.to_dict() for r in cat.rules] == [RULE]


def test_vietnamese_words_for_importance_and_missing_are_accepted(workbook):
    wb = openpyxl.load_workbook(workbook)
    ws = wb["Quy tắc"]
    ws.cell(2, 6).value, ws.cell(2, 7).value = "thiếu là 0", "Trung bình"
    wb.save(workbook)
    [rule] = import_xlsx(workbook).rules
    assert (rule.missing, rule.importance) == ("zero", "medium")


@pytest.mark.parametrize("column, value, words", [
    (4, "~", "phép so sánh '~' không hợp lệ"),
    (3, "nam.numerator +", "vế trái: Biểu thức kết thúc giữa chừng"),
    (5, "{9.9.9}.rate", "danh mục không có chỉ số 9.9.9"),
    (7, "khẩn", "mức quan trọng 'khẩn' không hợp lệ"),
])
def test_a_bad_rule_is_named_by_sheet_and_row(workbook, column, value, words):
    wb = openpyxl.load_workbook(workbook)
    ws = wb["Quy tắc"]
    ws.cell(3, 1).value = "thu-hai"
    for c, v in enumerate(("1.1.1.b", "nam.rate", "≤", "100"), start=2):
        ws.cell(3, c).value = v
    ws.cell(3, column).value = value
    wb.save(workbook)
    with pytest.raises(CatalogWorkbookError) as err:
        import_xlsx(workbook)
    text = err.value.message_vi
    assert "Quy tắc" in text and "3" in text and words in text
