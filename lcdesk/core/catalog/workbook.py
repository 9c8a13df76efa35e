"""Catalog authoring in Excel, in the spirit of XLSForm.

A city office edits a catalog (a new plan, a new target, another city) in a
workbook and imports it without a programmer::

    export_xlsx(catalog, "danh-muc.xlsx")   # write the workbook
    catalog = import_xlsx("danh-muc.xlsx")  # check everything, then build

``import_xlsx(export_xlsx(c)) == c`` for every catalog. The layout (sheets,
columns, target syntax) is specified in ``docs/catalog-workbook.md``; the
shared definitions live in ``catalog_xlsx_layout.py`` and the reader in
``catalog_xlsx_read.py``.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import IllegalCharacterError
from openpyxl.worksheet.datavalidation import DataValidation

from lcdesk.core.catalog.model import FORMAT_VERSION, KIND_LABELS_VI, KINDS, Catalog, Indicator
from lcdesk.core.catalog.workbook_layout import (
    DEFAULT_YEARS, HEADER_FIELDS, INDICATOR_COLUMNS, KIND_HELP_EN, PAIR_COLUMNS, SHEET_EXTRA, SHEET_GUIDE,
    SHEET_HEADER, SHEET_INDICATORS, SHEET_STRUCTURE, STRUCTURE_COLUMNS, CatalogWorkbookError, Column, Problem,
    as_names, year_column,
)
from lcdesk.core.catalog.workbook_read import read_workbook
from lcdesk.core.catalog.workbook_rules import SHEET_RULES, write_rules_sheet
from lcdesk.core.errors import CatalogError
from lcdesk.core.catalog.targets import DIRECTIONS, Goal, format_goal, parse_goal

__all__ = ["export_xlsx", "import_xlsx", "CatalogWorkbookError", "Problem"]

_BOLD = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
_EN_FONT = Font(italic=True, color="666666")
_GREY = Font(color="999999")
_TOP = Border(top=Side(style="thin", color="999999"))
_WRAP = Alignment(wrap_text=True, vertical="top")
_TEXT_KEYS = {"code", "criterion", "measure_code", "target", "id", "version", "key"}  # typed as Text in Excel
_MAX_CELL = 32767


def import_xlsx(path: str | Path) -> Catalog:
    """Read and check a catalog workbook; raise CatalogWorkbookError listing every bad cell."""
    return read_workbook(path)


def export_xlsx(catalog: Catalog, path: str | Path) -> Path:
    """Write ``catalog`` as an authoring workbook at ``path`` (replaced atomically); return the path."""
    years = _years(catalog)
    wb = Workbook()
    _guide_sheet(wb.active, years)
    _pairs_sheet(wb.create_sheet(SHEET_HEADER), _header_rows(catalog), help_column=True)
    _structure_sheet(wb.create_sheet(SHEET_STRUCTURE), catalog)
    _indicator_sheet(wb.create_sheet(SHEET_INDICATORS), catalog, years)
    _pairs_sheet(wb.create_sheet(SHEET_EXTRA), [(k, _json(k, v), "") for k, v in catalog.extra.items()])
    if any(not r.builtin for r in catalog.rules):  # data-quality rules (issue 12); the sheet is optional
        write_rules_sheet(wb.create_sheet(SHEET_RULES), catalog)
    return _save(wb, Path(path))


# ------------------------------------------------------------------ values


def _years(catalog: Catalog) -> list[str]:
    years = set(DEFAULT_YEARS)
    for ind in catalog.indicators:
        for year in ind.target.by_year if ind.target else ():
            if not re.fullmatch(r"\d{4}", str(year)):
                raise CatalogError(f"Chỉ số {ind.code}: năm '{year}' của chỉ tiêu phải có 4 chữ số.", f"Indicator {ind.code}: target year '{year}' must have 4 digits.")
            years.add(str(year))
    return sorted(years)


def _goal_text(goal: Goal | None) -> str:
    """The short syntax of ``goal``; full precision when ``format_goal`` would round."""
    text = format_goal(goal)
    if goal is None or goal.comparator in DIRECTIONS or parse_goal(text) == goal:
        return text
    return f"{goal.comparator}{goal.value!r}"


def _number(x: float | None):
    """A bound as a number, or as text when Excel's 15 digits would round it."""
    if x is None:
        return None
    if float(f"{x:.15g}") != x:
        return repr(float(x))
    return int(x) if float(x).is_integer() and abs(x) < 1e15 else x


def _joined(ind: Indicator, names: tuple[str, ...]) -> str:
    text = "; ".join(names)
    if as_names(text) != tuple(names):
        raise CatalogError(f"Chỉ số {ind.code}: tên '{text}' chứa dấu ';', xuống dòng hoặc khoảng trắng thừa.", f"Indicator {ind.code}: a name in '{text}' holds ';', a newline or stray spaces.")
    return text


def _json(key: str, value) -> str:
    try:
        return json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError) as exc:
        raise CatalogError(f"Trường '{key}' của danh mục không ghi được dạng JSON.", f"Catalog field '{key}' is not JSON-serialisable ({exc}).") from exc


def _put(ws, row: int, col: int, value, key: str = ""):
    """Write one cell; strings stay strings (never formulas, even '=100')."""
    cell = ws.cell(row, col)
    if value is None or value == "":
        return cell
    if isinstance(value, str) and len(value) > _MAX_CELL:
        raise CatalogError(f"Trang '{ws.title}', dòng {row}: nội dung dài quá {_MAX_CELL} ký tự.", f"Sheet '{ws.title}', row {row}: text longer than {_MAX_CELL} characters.")
    try:
        cell.value = value
    except IllegalCharacterError as exc:
        raise CatalogError(f"Trang '{ws.title}', dòng {row}: nội dung có ký tự điều khiển không ghi được vào Excel.", f"Sheet '{ws.title}', row {row}: text holds a control character Excel cannot store.") from exc
    if isinstance(value, str):
        cell.data_type = "s"
    if key in _TEXT_KEYS:
        cell.number_format = "@"
    return cell


# ------------------------------------------------------------------ sheets


def _table_header(ws, columns: list[Column]) -> None:
    for i, col in enumerate(columns, start=1):
        cell = _put(ws, 1, i, col.header)
        cell.font, cell.fill, cell.alignment = _BOLD, _HEADER_FILL, Alignment(wrap_text=True, vertical="center")
        cell.comment = Comment(f"{col.help_vi}\n{col.help_en}", "lcdesk", width=300, height=110)
        letter = get_column_letter(i)
        ws.column_dimensions[letter].width = col.width
        if col.key in _TEXT_KEYS or col.key.startswith("target_2"):
            ws.column_dimensions[letter].number_format = "@"
    ws.freeze_panes = "B2"
    ws.row_dimensions[1].height = 32


def _header_rows(catalog: Catalog) -> list[tuple]:
    values = {"id": catalog.id, "version": catalog.version, "title": catalog.title, "city": catalog.city, "source": catalog.source, "format_version": str(FORMAT_VERSION)}
    return [(key, values[key], f"{vi} / {en}") for key, (vi, en) in HEADER_FIELDS.items()]


def _pairs_sheet(ws, rows: list[tuple], help_column: bool = False) -> None:
    columns = list(PAIR_COLUMNS) + ([Column("help", "Giải thích", "Không cần sửa.", "Ignored on import.", 60, False)] if help_column else [])
    _table_header(ws, columns)
    for r, row in enumerate(rows, start=2):
        for c, value in enumerate(row[: len(columns)], start=1):
            _put(ws, r, c, value, "key" if c == 1 else "").alignment = _WRAP
            if c == 2 and row[0] in ("id", "version", "format_version"):
                ws.cell(r, c).number_format = "@"
        if help_column:
            ws.cell(r, 3).font = _EN_FONT


def _tree_order(catalog: Catalog) -> list:
    """Areas, standards and criteria interleaved as a tree, if that keeps each level's order."""
    nodes = []
    for area in catalog.areas:
        nodes.append(area)
        for std in catalog.standards_of(area.code):
            nodes.append(std)
            nodes.extend(catalog.criteria_of(std.code))
    levels = (catalog.areas, catalog.standards, catalog.criteria)
    if all(tuple(n for n in nodes if len(n.code.split(".")) == i + 1) == level for i, level in enumerate(levels)):
        return nodes
    return [*catalog.areas, *catalog.standards, *catalog.criteria]


def _structure_sheet(ws, catalog: Catalog) -> None:
    _table_header(ws, list(STRUCTURE_COLUMNS))
    for r, node in enumerate(_tree_order(catalog), start=2):
        _put(ws, r, 1, node.code, "code").alignment = _WRAP
        title = _put(ws, r, 2, node.title)
        title.alignment = _WRAP
        if len(node.code.split(".")) < 3:
            ws.cell(r, 1).font = title.font = _BOLD


def _indicator_columns(years: list[str]) -> list[Column]:
    columns = []
    for col in INDICATOR_COLUMNS:
        columns.append(col)
        if col.key == "target":
            columns.extend(year_column(y) for y in years)
    return columns


def _indicator_values(ind: Indicator) -> dict:
    values = {
        "code": ind.code, "criterion": ind.criterion, "text": ind.text, "kind": ind.kind,
        "responsible": _joined(ind, ind.responsible), "assign": _joined(ind, ind.assign),
        "bound_min": _number(ind.bounds[0]), "bound_max": _number(ind.bounds[1]), "note": ind.note,
    }
    t = ind.target
    if t is not None:
        values.update(target_text=t.text, target=_goal_text(t.goal), target_reference=t.reference)
        values.update({f"target_{y}": _goal_text(g) for y, g in t.by_year.items()})
        if t.by_city:
            values["target_by_city"] = json.dumps({c: x.to_dict() for c, x in sorted(t.by_city.items())}, ensure_ascii=False)
    return values


def _indicator_sheet(ws, catalog: Catalog, years: list[str]) -> None:
    columns = _indicator_columns(years)
    _table_header(ws, columns)
    r = 1
    for ind in catalog.indicators:
        first = _indicator_values(ind)
        for i, m in enumerate(ind.measures or (None,)):
            r += 1
            values = dict(first) if i == 0 else {"code": ind.code}
            if m is not None:
                values.update(measure_code=m.code, measure_label=m.label, measure_unit=m.unit)
            for c, col in enumerate(columns, start=1):
                cell = _put(ws, r, c, values.get(col.key), col.key)
                cell.alignment = _WRAP
                if i == 0:
                    cell.border = _TOP
            if i > 0:
                ws.cell(r, 1).font = _GREY
    kind_col = get_column_letter(next(i for i, c in enumerate(columns, start=1) if c.key == "kind"))
    dv = DataValidation(type="list", formula1='"' + ",".join(KINDS) + '"', allow_blank=True, showErrorMessage=True)
    dv.error, dv.errorTitle = "Chọn một loại: " + ", ".join(KINDS), "Loại không hợp lệ"
    dv.add(f"{kind_col}2:{kind_col}{max(r + 500, 1000)}")
    ws.add_data_validation(dv)
    ws.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{max(r, 2)}"


def _guide_lines(years: list[str]) -> list[tuple[str, str, bool]]:
    """(Vietnamese, English, is_heading) lines of the instructions sheet."""
    lines = [
        ("Hướng dẫn soạn danh mục chỉ số bằng Excel", "How to write an indicator catalog in Excel", True),
        ("Sửa các trang, lưu tệp (.xlsx) rồi nhập vào lcdesk. Phần mềm kiểm tra toàn bộ và liệt kê mọi lỗi (trang, dòng, cột); không có gì được nhập khi còn lỗi.", "Edit the sheets, save (.xlsx) and import into lcdesk. Everything is checked and every error listed (sheet, row, column); nothing is imported while errors remain.", False),
        ("Các trang", "Sheets", True),
        (f"'{SHEET_HEADER}': thông tin chung, mỗi dòng một trường (id, version, title, city, source, format_version). Sửa danh mục thì tăng 'version'.", f"'{SHEET_HEADER}': the catalog header, one field per row. Raise 'version' whenever you change the catalog.", False),
        (f"'{SHEET_STRUCTURE}': lĩnh vực, tiêu chuẩn, tiêu chí. Số phần của mã quyết định cấp: 1 = lĩnh vực, 1.2 = tiêu chuẩn, 1.2.3 = tiêu chí; cấp trên phải có dòng riêng.", f"'{SHEET_STRUCTURE}': areas, standards, criteria. The number of dot-separated parts gives the level; every parent needs its own row.", False),
        (f"'{SHEET_INDICATORS}': mỗi dòng là một thành phần số liệu (measure). Chỉ số có 3 thành phần thì có 3 dòng liền nhau cùng mã chỉ số.", f"'{SHEET_INDICATORS}': one row per measure. An indicator with 3 measures has 3 consecutive rows with the same code.", False),
        (f"'{SHEET_EXTRA}': trường bổ sung của danh mục; giá trị viết dạng JSON (chuỗi trong dấu ngoặc kép). Không biết thì đừng sửa.", f"'{SHEET_EXTRA}': extra catalog fields as JSON values (strings in double quotes). Leave it alone if unsure.", False),
        (f"'{SHEET_GUIDE}': trang này; không được đọc khi nhập.", f"'{SHEET_GUIDE}': this sheet; ignored on import.", False),
        (f"Các cột của trang '{SHEET_INDICATORS}' (* = bắt buộc có cột; tên máy trong ngoặc không được sửa)", f"Columns of '{SHEET_INDICATORS}' (* = required column; keep the key in brackets)", True),
    ]
    for col in _indicator_columns(years):
        star = "*" if col.required else ""
        lines.append((f"{col.header}{star}: {col.help_vi}", f"{col.key}{star}: {col.help_en}", False))
    lines.append(("Loại chỉ số (kind)", "Kinds", True))
    lines += [(f"{k}: {KIND_LABELS_VI[k]}", f"{k}: {KIND_HELP_EN[k]}", False) for k in KINDS]
    lines += [
        ("Cách viết chỉ tiêu", "Writing a target", True),
        (">=95 (ít nhất 95), <=10 (nhiều nhất 10), =100, >50, <5, tăng, giảm. Dùng được ≥ ≤, dấu % và số thập phân 95,5 hoặc 95.5.", ">=95 (at least), <=10 (at most), =100, >50, <5, tăng (increase), giảm (decrease). ≥ ≤, % and 95,5 or 95.5 are accepted.", False),
        ("Cột target là chỉ tiêu chung; cột target_YYYY là chỉ tiêu riêng của năm đó; năm không có cột riêng dùng chỉ tiêu của năm gần nhất phía sau (số liệu năm 2027 so với chỉ tiêu năm 2030; chỉ tiêu 2025 coi là mốc đã qua), nếu không có thì dùng chỉ tiêu chung. Thêm năm: thêm cột, ví dụ 'Chỉ tiêu năm 2027 (target_2027)'.", "'target' is the default goal; target_YYYY is that year's goal; a year without its own column uses the nearest later year's (a 2027 figure is measured against the 2030 goal; 2025's is shown as passed), else the default. Add a year by adding a column such as 'target_2027'.", False),
        ("target_text giữ nguyên văn chỉ tiêu của kế hoạch; target_reference ghi mốc so sánh nếu có.", "target_text keeps the plan's wording; target_reference names what the target compares with.", False),
        ("Giao cho (assign) và đơn vị chủ trì", "Assignment and responsible bodies", True),
        ("assign: local (UBND phường, xã, đặc khu), district (UBND quận, huyện – kế hoạch trước 2025), expert (hội đồng chuyên gia), dept:<mã-sở> (ví dụ dept:so-giao-duc-va-dao-tao); nhiều giá trị cách nhau bởi ';'.", "assign: local (ward/commune committees), district (pre-2025 district committees), expert (expert panel), dept:<slug>; several separated by ';'.", False),
        ("responsible: tên đơn vị, cách nhau bởi ';'.", "responsible: names of bodies, separated by ';'.", False),
        ("Quy tắc", "Rules", True),
        ("Mã chỉ số và mã trong trang Cấu trúc không được trùng; mã thành phần không được trùng trong một chỉ số.", "Indicator codes and structure codes are unique; measure codes are unique within an indicator.", False),
        ("Một dòng thành phần nối tiếp chỉ số ở dòng trên nếu cùng mã chỉ số hoặc để trống mã. Các cột cấp chỉ số (mọi cột trừ measure_*) chỉ cần ghi ở dòng đầu; ghi lại ở dòng sau thì phải giống hệt.", "A measure row continues the indicator above when it has the same code or a blank code. Indicator-level columns (all but measure_*) go on the first row; if repeated they must be identical.", False),
        ("Để trống giá trị nhỏ nhất/lớn nhất nghĩa là không giới hạn. Dòng trống và cột lạ được bỏ qua.", "A blank bound means no limit. Blank rows and unknown columns are ignored.", False),
    ]
    return lines


def _guide_sheet(ws, years: list[str]) -> None:
    ws.title = SHEET_GUIDE
    ws.column_dimensions["A"].width = 120
    r = 0
    for vi, en, heading in _guide_lines(years):
        r += 1
        _put(ws, r, 1, vi).font = Font(bold=True, size=13 if r == 1 else 11) if heading else Font()
        ws.cell(r, 1).alignment = _WRAP
        r += 1
        _put(ws, r, 1, en).font = _EN_FONT
        ws.cell(r, 1).alignment = _WRAP


def _save(wb: Workbook, path: Path) -> Path:
    """Save beside the target and rename, so a pulled USB stick never leaves half a file."""
    tmp = path.with_name(path.name + ".tmp")
    try:
        wb.save(tmp)
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise CatalogError(
            f"Không ghi được tệp '{path.name}': {exc.strerror or exc}. Nếu tệp đang mở trong Excel, hãy đóng lại.",
            f"Cannot write '{path.name}': {exc.strerror or exc}. Close it if it is open in Excel.",
        ) from exc
    return path
