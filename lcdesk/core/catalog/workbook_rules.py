"""The catalog workbook's "Quy tắc" sheet: data-quality rules (``rules.py``), one per row.

Columns: Mã quy tắc (id) | Chỉ số (indicator) | Vế trái (left) | Phép so sánh (op) | Vế phải
(right) | Khi thiếu số liệu (missing) | Mức quan trọng (importance) | Thông báo (message_vi).
The sheet is optional; a bad rule is reported by row and column in Vietnamese and English, like
every other cell of the workbook. Built-in rules (``resources/catalogs/rules``) are not written.
"""

from __future__ import annotations

from lcdesk.core.catalog import rules
from lcdesk.core.text import nfc

SHEET_RULES = "Quy tắc"
COLUMNS = (
    ("id", "Mã quy tắc (id)", 24), ("indicator", "Chỉ số (indicator)", 12), ("left", "Vế trái (left)", 34),
    ("op", "Phép so sánh (op)", 16), ("right", "Vế phải (right)", 34), ("missing", "Khi thiếu số liệu (missing)", 18),
    ("importance", "Mức quan trọng (importance)", 16), ("message_vi", "Thông báo (message_vi)", 60),
)
_ALIASES = {
    "missing": {"bỏ qua nếu thiếu một": "skip_any", "bỏ qua nếu thiếu tất cả": "skip_all", "thiếu là 0": "zero"},
    "importance": {"cao": "high", "trung bình": "medium", "thấp": "low"},
}


def write_rules_sheet(ws, catalog) -> None:
    """The catalog's own rules, with a header row (nothing else when it has none)."""
    from openpyxl.styles import Font

    for c, (_key, header, width) in enumerate(COLUMNS, start=1):
        ws.cell(1, c, header).font = Font(bold=True)
        ws.column_dimensions[ws.cell(1, c).column_letter].width = width
    for r, rule in enumerate((x for x in catalog.rules if not x.builtin), start=2):
        data = rule.to_dict()
        for c, (key, _header, _width) in enumerate(COLUMNS, start=1):
            cell = ws.cell(r, c)
            cell.value = data[key]
            cell.data_type = "s"  # never a formula, even "=" or "≥"


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value == int(value):
        value = int(value)
    return nfc(str(value)).strip()


def read_rules_sheet(ws, p) -> list[tuple[int, rules.Rule]]:
    """(row, rule) of every filled row; each bad one is added to ``p`` (Problems) with its row."""
    first = [_text(v).lower() for v in next(ws.iter_rows(min_row=1, max_row=1, values_only=True), ())]
    index = {}
    for key, header, _width in COLUMNS:
        for i, h in enumerate(first):
            if h in (header.lower(), key):
                index[key] = i
        if key not in index and key in ("id", "indicator", "left", "op"):
            p.add(SHEET_RULES, 1, header, "thiếu cột này ở dòng tiêu đề (dòng 1)", "this column is missing from the header row (row 1)")
    if len(index) < 4 or not {"id", "indicator", "left", "op"} <= set(index):
        return []
    out, seen = [], {}
    for r, values in enumerate(ws.iter_rows(min_row=2, values_only=True), start=2):
        data = {k: _text(values[i]) if i < len(values) else "" for k, i in index.items()}
        if not any(data.values()):
            continue
        for key, aliases in _ALIASES.items():
            if data.get(key):
                data[key] = aliases.get(data[key].lower(), data[key])
        try:
            rule = rules.rule_from_dict(data)
        except rules.RuleError as exc:
            p.add(SHEET_RULES, r, None, exc.message_vi, exc.message_en)
            continue
        if rule.id in seen:
            p.add(SHEET_RULES, r, COLUMNS[0][1], f"mã quy tắc '{rule.id}' đã có ở dòng {seen[rule.id]}",
                  f"rule id '{rule.id}' already used on row {seen[rule.id]}")
            continue
        seen[rule.id] = r
        out.append((r, rule))
    return out


def check_rule_rows(catalog, rows: list[tuple[int, rules.Rule]], p) -> None:
    """Every rule's references against the catalog read from the other sheets."""
    for r, rule in rows:
        try:
            rules.check_against(rule, catalog)
        except rules.RuleError as exc:
            p.add(SHEET_RULES, r, None, exc.message_vi, exc.message_en)
