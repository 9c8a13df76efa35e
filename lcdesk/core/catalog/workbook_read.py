"""Reading a catalog workbook: every sheet checked, every problem collected.

``read_workbook`` returns a Catalog or raises ``CatalogWorkbookError`` listing
each bad cell by sheet, row and column; it never returns half a catalog. The
public entry point is ``catalog_xlsx.import_xlsx``.
"""

from __future__ import annotations

import json
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import openpyxl
from openpyxl.utils.exceptions import InvalidFileException

from lcdesk.core.catalog.model import RESERVED_KEYS, FORMAT_VERSION, Catalog, Indicator, Measure, Node, iter_problems
from lcdesk.core.catalog.workbook_layout import (
    HEADER_FIELDS, INDICATOR_COLUMNS, PAIR_COLUMNS, SHEET_EXTRA, SHEET_HEADER, SHEET_INDICATORS,
    SHEET_STRUCTURE, STRUCTURE_COLUMNS, YEAR_KEY, Bad, CatalogWorkbookError, Problem, Problems,
    as_code, as_text, blank, default_for, header_key, parser_for, year_column,
)
from lcdesk.core.catalog.targets import Target
from lcdesk.core.catalog.workbook_rules import SHEET_RULES, check_rule_rows, read_rules_sheet
from lcdesk.core.text import nfc

_FAIL = object()  # a cell whose problem has been recorded
_MEASURE_KEYS = {c.key for c in INDICATOR_COLUMNS if c.per_measure}
_LEVELS = ("lĩnh vực", "tiêu chuẩn", "tiêu chí")
_LEVELS_EN = ("area", "standard", "criterion")


def read_workbook(path: str | Path) -> Catalog:
    wb = _open(Path(path))
    p = Problems()
    sheets = {nfc(name).strip().lower(): wb[name] for name in wb.sheetnames}

    def sheet(name, required=True):
        ws = sheets.get(name.lower())
        if ws is None and required:
            p.add(name, None, None, "không tìm thấy trang này trong tệp", "this sheet is missing from the file")
        return ws

    ws_header, ws_structure, ws_indicators = sheet(SHEET_HEADER), sheet(SHEET_STRUCTURE), sheet(SHEET_INDICATORS)
    header = _read_header(ws_header, p) if ws_header else {}
    nodes = _read_structure(ws_structure, p) if ws_structure else None
    ws_extra = sheet(SHEET_EXTRA, required=False)
    extra = _read_extra(ws_extra, p) if ws_extra else {}
    criteria = {n.code for n in nodes[2]} if nodes else None
    indicators = _read_indicators(ws_indicators, p, criteria) if ws_indicators else []
    ws_rules = sheet(SHEET_RULES, required=False)  # data-quality rules (issue 12)
    rule_rows = read_rules_sheet(ws_rules, p) if ws_rules else []
    p.raise_if_any()
    areas, standards, criteria_nodes = nodes
    cat = Catalog(**header, areas=areas, standards=standards, criteria=criteria_nodes, indicators=indicators, extra=extra,
                  rules=tuple(rule for _row, rule in rule_rows))
    check_rule_rows(cat, rule_rows, p)
    p.raise_if_any()
    for vi, en in iter_problems(cat):
        p.add(None, None, None, vi, en)
    p.raise_if_any()
    return cat


def _open(path: Path):
    try:
        with path.open("rb") as fh:
            return openpyxl.load_workbook(fh, data_only=False)
    except OSError as exc:
        vi, en = f"Không mở được tệp '{path.name}': {exc.strerror or exc}", f"Cannot open '{path.name}': {exc.strerror or exc}"
    except (zipfile.BadZipFile, InvalidFileException, KeyError, ValueError, TypeError, EOFError, SyntaxError):
        vi = f"Tệp '{path.name}' không phải là bảng tính Excel .xlsx hợp lệ (tệp hỏng, hoặc là tệp .xls cũ: hãy lưu lại dưới dạng .xlsx)."
        en = f"'{path.name}' is not a valid Excel .xlsx workbook (corrupt, or an old .xls: save it as .xlsx)."
    raise CatalogWorkbookError([Problem(None, None, None, vi, en)])


# ------------------------------------------------------------------ helpers


def _cell(p: Problems, sheet: str, row: int, header: str, parser, raw):
    try:
        return parser(raw)
    except Bad as bad:
        p.add(sheet, row, header, bad.vi, bad.en)
        return _FAIL


def _header_of(key: str, columns=INDICATOR_COLUMNS) -> str:
    m = YEAR_KEY.match(key)
    if m:
        return year_column(m.group(1)).header
    return next(c.header for c in columns if c.key == key)


def _columns(ws, sheet: str, spec, p: Problems, years: bool = False) -> dict | None:
    """Map machine key -> column index from row 1; None if a required column is missing."""
    first = next(ws.iter_rows(min_row=1, max_row=1, values_only=True), ())
    known = {c.key for c in spec}
    found: dict[str, int] = {}
    for i, h in enumerate(first):
        key = header_key(h)
        if key in known or (years and YEAR_KEY.match(key)):
            if key in found:
                p.add(sheet, 1, str(h), "cột này bị lặp lại", "this column appears twice")
            found.setdefault(key, i)
        elif years and key.startswith("target_"):
            p.add(sheet, 1, str(h), "cột chỉ tiêu theo năm phải tên là target_YYYY, ví dụ target_2030", "a per-year target column must be named target_YYYY, e.g. target_2030")
    missing = [c for c in spec if c.required and c.key not in found]
    for c in missing:
        p.add(sheet, 1, c.header, "thiếu cột này ở dòng tiêu đề (dòng 1)", "this column is missing from the header row (row 1)")
    return None if missing else found


def _rows(ws, columns: dict):
    """(row number, {key: raw value}) for each row after the header that is not blank."""
    for r, values in enumerate(ws.iter_rows(min_row=2, values_only=True), start=2):
        cells = {k: values[i] if i < len(values) else None for k, i in columns.items()}
        if not all(blank(v) for v in cells.values()):
            yield r, cells


# ------------------------------------------------------------------ header, structure, extra


def _read_pairs(ws, sheet: str, p: Problems, allowed=None):
    """(row, key, raw value) of a key | value sheet; reports unknown and repeated keys."""
    seen: dict[str, int] = {}
    for r, cells in _rows(ws, {"key": 0, "value": 1}):
        key = header_key(cells["key"]) if allowed is not None else _cell(p, sheet, r, PAIR_COLUMNS[0].header, as_code, cells["key"])
        if key is _FAIL:
            continue
        if not key:
            p.add(sheet, r, PAIR_COLUMNS[0].header, "thiếu tên trường", "the field name is missing")
        elif allowed is not None and key not in allowed:
            names = ", ".join(allowed)
            p.add(sheet, r, PAIR_COLUMNS[0].header, f"trường '{key}' không hợp lệ (chỉ có {names}; trường khác ghi ở trang '{SHEET_EXTRA}')", f"unknown field '{key}' (only {names}; others go to sheet '{SHEET_EXTRA}')")
        elif key in seen:
            p.add(sheet, r, PAIR_COLUMNS[0].header, f"trường '{key}' đã có ở dòng {seen[key]}", f"field '{key}' already given on row {seen[key]}")
        else:
            seen[key] = r
            yield r, key, cells["value"]


def _read_header(ws, p: Problems) -> dict:
    s, col = SHEET_HEADER, PAIR_COLUMNS[1].header
    fields, rows = {}, {}
    for r, key, raw in _read_pairs(ws, s, p, allowed=tuple(HEADER_FIELDS)):
        value = _cell(p, s, r, col, as_code if key in ("id", "version", "format_version") else as_text, raw)
        if value is not _FAIL:
            fields[key], rows[key] = value, r
    for key in ("id", "version"):
        if key not in rows:
            p.add(s, None, PAIR_COLUMNS[0].header, f"thiếu dòng '{key}'", f"the '{key}' row is missing")
        elif not fields[key]:
            p.add(s, rows[key], col, f"'{key}' không được để trống", f"'{key}' must not be blank")
    fv = fields.get("format_version") or "1"
    if not fv.isdigit() or int(fv) > FORMAT_VERSION:
        p.add(s, rows.get("format_version"), col, f"định dạng '{fv}' không được hỗ trợ (lcdesk này đọc đến {FORMAT_VERSION}); hãy cập nhật phần mềm", f"format '{fv}' is not supported (this lcdesk reads up to {FORMAT_VERSION}); please upgrade")
    return {k: fields.get(k, "") for k in ("id", "version", "title", "city", "source")}


def _read_structure(ws, p: Problems):
    s = SHEET_STRUCTURE
    cols = _columns(ws, s, STRUCTURE_COLUMNS, p)
    if cols is None:
        return None
    code_h, title_h = STRUCTURE_COLUMNS[0].header, STRUCTURE_COLUMNS[1].header
    levels: tuple[list, list, list] = ([], [], [])
    rows: dict[str, int] = {}
    for r, cells in _rows(ws, cols):
        code, title = _cell(p, s, r, code_h, as_code, cells["code"]), _cell(p, s, r, title_h, as_text, cells["title"])
        if code is _FAIL or title is _FAIL:
            continue
        parts = code.split(".")
        if not code or len(parts) > 3 or not all(part.strip() for part in parts):
            p.add(s, r, code_h, f"mã '{code}' không hợp lệ: cần 1 phần (lĩnh vực), 2 phần (tiêu chuẩn) hoặc 3 phần (tiêu chí) cách nhau bởi dấu chấm", f"bad code '{code}': 1 (area), 2 (standard) or 3 (criterion) dot-separated parts")
        elif code in rows:
            p.add(s, r, code_h, f"mã '{code}' đã có ở dòng {rows[code]}; mã không được trùng", f"code '{code}' already used on row {rows[code]}; codes must be unique")
        else:
            rows[code] = r
            levels[len(parts) - 1].append(Node(code, title))
    for level in (1, 2):
        for node in levels[level]:
            parent = ".".join(node.code.split(".")[:level])
            if parent not in rows:
                p.add(s, rows[node.code], code_h, f"{_LEVELS[level]} '{node.code}' thuộc {_LEVELS[level - 1]} '{parent}' nhưng chưa có dòng nào cho '{parent}'", f"{_LEVELS_EN[level]} '{node.code}' needs {_LEVELS_EN[level - 1]} '{parent}', which has no row")
    return tuple(tuple(level) for level in levels)


def _json_value(raw):
    if isinstance(raw, (bool, int, float)):
        return raw
    try:
        return json.loads(as_text(raw))
    except json.JSONDecodeError as exc:
        raise Bad(f"giá trị không đúng cú pháp JSON ({exc.msg}); chuỗi phải đặt trong dấu ngoặc kép, ví dụ \"Hà Nội\"", f"not valid JSON ({exc.msg}); strings need double quotes, e.g. \"Hà Nội\"") from exc


def _read_extra(ws, p: Problems) -> dict:
    extra = {}
    for r, key, raw in _read_pairs(ws, SHEET_EXTRA, p):
        if key in RESERVED_KEYS:
            p.add(SHEET_EXTRA, r, PAIR_COLUMNS[0].header, f"trường '{key}' là trường chính, không ghi ở đây", f"'{key}' is a main field and cannot be given here")
            continue
        value = _cell(p, SHEET_EXTRA, r, PAIR_COLUMNS[1].header, _json_value, raw)
        if value is not _FAIL:
            extra[key] = value
    return extra


# ------------------------------------------------------------------ indicators


@dataclass
class _Group:
    """The rows of one indicator: its first row's fields and its measures."""

    code: str
    row: int
    fields: dict = field(default_factory=dict)
    bad: set = field(default_factory=set)
    measures: list = field(default_factory=list)
    measure_rows: dict = field(default_factory=dict)


def _read_indicators(ws, p: Problems, criteria: set | None) -> tuple[Indicator, ...]:
    cols = _columns(ws, SHEET_INDICATORS, INDICATOR_COLUMNS, p, years=True)
    if cols is None:
        return ()
    groups: list[_Group] = []
    by_code: dict[str, _Group] = {}
    current = None
    for r, cells in _rows(ws, cols):
        group = _group_for(r, cells, by_code, current, p)
        if group is None:
            continue
        if group.row == r and by_code.get(group.code) is group:
            groups.append(group)
        current = group
        if group.row == r:
            _first_row(group, cells, p)
        else:
            _next_row(group, r, cells, p)
        _measure(group, r, cells, p)
    for group in groups:
        _check_group(group, p, criteria)
    return tuple(_build(group) for group in groups)


def _group_for(r: int, cells: dict, by_code: dict, current: _Group | None, p: Problems) -> _Group | None:
    s, h = SHEET_INDICATORS, _header_of("code")
    code = _cell(p, s, r, h, as_code, cells["code"])
    if code is _FAIL:
        return None
    if not code:
        if current is None:
            p.add(s, r, h, "mã chỉ số trống; dòng đầu của mỗi chỉ số phải có mã", "the indicator code is blank; an indicator's first row needs its code")
        return current
    if current is not None and code == current.code:
        return current
    if code in by_code:
        first = by_code[code].row
        p.add(s, r, h, f"mã chỉ số '{code}' đã dùng ở dòng {first}; mã không được trùng và các dòng của một chỉ số phải liền nhau", f"indicator code '{code}' already used on row {first}; codes must be unique and an indicator's rows consecutive")
        return _Group(code, r)  # detached: its rows are checked but not kept
    by_code[code] = _Group(code, r)
    return by_code[code]


def _first_row(group: _Group, cells: dict, p: Problems) -> None:
    for key, raw in cells.items():
        if key == "code" or key in _MEASURE_KEYS:
            continue
        value = _cell(p, SHEET_INDICATORS, group.row, _header_of(key), parser_for(key), raw)
        if value is _FAIL:
            group.bad.add(key)
        else:
            group.fields[key] = value


def _next_row(group: _Group, r: int, cells: dict, p: Problems) -> None:
    for key, raw in cells.items():
        if key == "code" or key in _MEASURE_KEYS or blank(raw):
            continue
        value = _cell(p, SHEET_INDICATORS, r, _header_of(key), parser_for(key), raw)
        if value is _FAIL or key in group.bad or value == group.fields.get(key, default_for(key)):
            continue
        shown = raw if isinstance(raw, str) else as_text(raw)
        p.add(
            SHEET_INDICATORS, r, _header_of(key),
            f"'{shown}' khác với dòng {group.row} (dòng đầu của chỉ số '{group.code}'); ở các dòng sau hãy để trống hoặc ghi giống hệt dòng đầu",
            f"'{shown}' differs from row {group.row} (first row of indicator '{group.code}'); on later rows leave it blank or repeat it exactly",
        )


def _measure(group: _Group, r: int, cells: dict, p: Problems) -> None:
    s = SHEET_INDICATORS
    code = _cell(p, s, r, _header_of("measure_code"), as_code, cells["measure_code"])
    label = _cell(p, s, r, _header_of("measure_label"), as_text, cells["measure_label"])
    unit = _cell(p, s, r, _header_of("measure_unit"), as_text, cells["measure_unit"])
    if _FAIL in (code, label, unit):
        return
    if not code:
        p.add(s, r, _header_of("measure_code"), "mã thành phần trống; mỗi dòng là một thành phần số liệu và phải có mã", "the measure code is blank; each row is a measure and needs a code")
    elif code in group.measure_rows:
        first = group.measure_rows[code]
        p.add(s, r, _header_of("measure_code"), f"mã thành phần '{code}' đã có ở dòng {first} của chỉ số '{group.code}'", f"measure code '{code}' already used on row {first} of indicator '{group.code}'")
    else:
        group.measure_rows[code] = r
        group.measures.append(Measure(code, label, unit))


def _check_group(group: _Group, p: Problems, criteria: set | None) -> None:
    s, f = SHEET_INDICATORS, group.fields
    if "criterion" in f and criteria is not None:
        if not f["criterion"]:
            p.add(s, group.row, _header_of("criterion"), "tiêu chí trống", "the criterion is blank")
        elif f["criterion"] not in criteria:
            p.add(s, group.row, _header_of("criterion"), f"tiêu chí '{f['criterion']}' không có trong trang '{SHEET_STRUCTURE}'", f"criterion '{f['criterion']}' is not in sheet '{SHEET_STRUCTURE}'")
    low, high = f.get("bound_min"), f.get("bound_max")
    if low is not None and high is not None and low > high:
        p.add(s, group.row, _header_of("bound_min"), f"giá trị nhỏ nhất {low:g} lớn hơn giá trị lớn nhất {high:g}", f"lower bound {low:g} exceeds upper bound {high:g}")


def _build(group: _Group) -> Indicator:
    f = {key: group.fields.get(key, default_for(key)) for key in ("criterion", "text", "kind", "responsible", "assign", "bound_min", "bound_max", "target_text", "target", "target_reference", "note", "target_by_city")}
    by_year = {YEAR_KEY.match(k).group(1): g for k, g in group.fields.items() if YEAR_KEY.match(k) and g is not None}
    target = None
    if f["target_text"] or f["target"] or by_year or f["target_reference"] or f["target_by_city"]:
        target = Target(f["target_text"], f["target"], by_year, f["target_reference"], f["target_by_city"])
    return Indicator(
        code=group.code, criterion=f["criterion"], text=f["text"], responsible=f["responsible"], assign=f["assign"],
        kind=f["kind"], measures=tuple(group.measures), target=target, bounds=(f["bound_min"], f["bound_max"]), note=f["note"],
    )
