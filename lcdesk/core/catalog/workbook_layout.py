"""The catalog workbook's layout, its problems, and reading one cell at a time.

``catalog_xlsx.py`` writes the workbook and ``catalog_xlsx_read.py`` reads it;
this module holds what both share (sheet names, columns and their help texts)
and the cell parsers. A parser takes a raw cell value and returns a plain value
or raises ``Bad`` with a Vietnamese and an English reason; the caller adds
where (sheet, row, column). The format: ``docs/catalog-workbook.md``.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass
from typing import NamedTuple

from lcdesk.core.catalog.model import ASSIGN_FIXED, KINDS
from lcdesk.core.errors import CatalogError
from lcdesk.core.catalog.targets import Goal, parse_goal
from lcdesk.core.text import nfc

SHEET_GUIDE = "Hướng dẫn"
SHEET_HEADER = "Danh mục"
SHEET_STRUCTURE = "Cấu trúc"
SHEET_INDICATORS = "Chỉ số"
SHEET_EXTRA = "Khác"
MAX_PROBLEMS = 20
DEFAULT_YEARS = ("2025", "2030")
YEAR_KEY = re.compile(r"^target_(\d{4})$")


@dataclass(frozen=True)
class Column:
    key: str  # the stable machine key, in brackets at the end of the header
    title_vi: str
    help_vi: str
    help_en: str
    width: int = 14
    required: bool = True
    per_measure: bool = False  # False: indicator-level (first row of the indicator)

    @property
    def header(self) -> str:
        return f"{self.title_vi} ({self.key})"


def year_column(year: str) -> Column:
    return Column(
        f"target_{year}", f"Chỉ tiêu năm {year}",
        f"Chỉ tiêu riêng cho năm {year}, cùng cách viết như cột 'target'.",
        f"The goal for {year} alone, written like the 'target' column.", 12, required=False,
    )


INDICATOR_COLUMNS = (
    Column("code", "Mã chỉ số", "Mã duy nhất của chỉ số, ví dụ 1.2.1.b.", "Unique indicator code, e.g. 1.2.1.b.", 12),
    Column("criterion", "Tiêu chí", "Mã tiêu chí chứa chỉ số; phải có trong trang 'Cấu trúc'.", "Code of the criterion; must be in sheet 'Cấu trúc'.", 10),
    Column("text", "Nội dung chỉ số", "Nội dung chỉ số, nguyên văn như kế hoạch.", "The indicator's wording, as in the plan.", 60),
    Column("kind", "Loại", "Loại số liệu: " + ", ".join(KINDS) + ".", "Kind of figure: " + ", ".join(KINDS) + ".", 15),
    Column("responsible", "Đơn vị chủ trì", "Tên các đơn vị chịu trách nhiệm, cách nhau bởi dấu ';'.", "Responsible bodies, separated by ';'.", 32),
    Column("assign", "Giao cho", "Ai nhập số liệu: local; district; expert; dept:<mã-sở>, cách nhau bởi ';'.", "Who reports: local; district; expert; dept:<slug>, separated by ';'.", 26),
    Column("measure_code", "Mã thành phần", "Mã thành phần số liệu, không trùng trong một chỉ số (ví dụ value, nam, nu).", "Measure code, unique within the indicator (e.g. value, nam, nu).", 16, per_measure=True),
    Column("measure_label", "Tên thành phần", "Tên thành phần hiển thị trên biểu mẫu.", "Measure label shown on the form.", 36, per_measure=True),
    Column("measure_unit", "Đơn vị tính", "Đơn vị: %, người, trẻ, hộ...; để trống nếu không có.", "Unit: %, người, trẻ, hộ...; blank for none.", 11, per_measure=True),
    Column("bound_min", "Giá trị nhỏ nhất", "Giới hạn dưới của số liệu; để trống = không giới hạn.", "Lowest acceptable figure; blank = no limit.", 11),
    Column("bound_max", "Giá trị lớn nhất", "Giới hạn trên của số liệu; để trống = không giới hạn.", "Highest acceptable figure; blank = no limit.", 11),
    Column("target_text", "Chỉ tiêu nguyên văn", "Chỉ tiêu nguyên văn như kế hoạch, ví dụ '≥ 95%'.", "The target in the plan's words, e.g. '≥ 95%'.", 28, required=False),
    Column("target", "Chỉ tiêu rút gọn", "Chỉ tiêu chung: >=95, <=10, =100, >50, <5, tăng, giảm.", "Default goal: >=95, <=10, =100, >50, <5, tăng (increase), giảm (decrease).", 12),
    Column("target_reference", "Mốc so sánh", "Mốc so sánh của chỉ tiêu (nếu có), ví dụ 'GDP bình quân cả nước'.", "What the target compares with, if anything.", 24, required=False),
    Column("note", "Ghi chú", "Ghi chú về chỉ số.", "A note on the indicator.", 30, required=False),
    Column("target_by_city", "Chỉ tiêu theo thành phố",
           "Chỉ tiêu riêng của từng thành phố (JSON, theo mã thành phố: {\"79\": {\"text\": …, \"comparator\": \">=\", \"value\": 60, \"by_year\": {…}}}); thành phố không có tên ở đây thì không có chỉ tiêu. Để trống nếu chỉ tiêu chung cho mọi nơi.",
           "Each city's own target (JSON keyed by city code); a city not named has no target. Blank when the target is the same everywhere.",
           30, required=False),
)
STRUCTURE_COLUMNS = (
    Column("code", "Mã", "1 phần = lĩnh vực (1), 2 phần = tiêu chuẩn (1.2), 3 phần = tiêu chí (1.2.3).", "1 part = area, 2 = standard, 3 = criterion.", 10),
    Column("title", "Tiêu đề", "Tên lĩnh vực, tiêu chuẩn hoặc tiêu chí.", "Title of the area, standard or criterion.", 100),
)
PAIR_COLUMNS = (
    Column("key", "Trường", "Tên trường (khóa máy).", "Field name (machine key).", 18),
    Column("value", "Giá trị", "Giá trị của trường.", "The field's value.", 80),
)
HEADER_FIELDS = {
    "id": ("Mã danh mục, ví dụ hanoi-2025.", "Catalog id, e.g. hanoi-2025."),
    "version": ("Phiên bản; đổi khi sửa danh mục, ví dụ 2025.2.", "Version; change it on every edit, e.g. 2025.2."),
    "title": ("Tên bộ tiêu chí.", "Title of the criteria set."),
    "city": ("Thành phố.", "City."),
    "source": ("Văn bản gốc (kế hoạch, công văn).", "Source document (plan, official letter)."),
    "format_version": ("Phiên bản định dạng; không sửa.", "Format version; do not change."),
}
KIND_HELP_EN = {
    "percent": "A rate in percent",
    "count_by_sex": "Male/female/total counts and a rate",
    "rating5": "Expert rating in 5 levels (Excellent … Weak)",
    "trend": "Increase / decrease against the previous year",
}


# ------------------------------------------------------------------ problems


class Problem(NamedTuple):
    sheet: str | None
    row: int | None
    column: str | None
    message_vi: str
    message_en: str

    def render_vi(self) -> str:
        return _render(self, "Trang", "dòng", "cột", self.message_vi)

    def render_en(self) -> str:
        return _render(self, "Sheet", "row", "column", self.message_en)


def _render(p: Problem, sheet: str, row: str, column: str, message: str) -> str:
    where = [f"{sheet} '{p.sheet}'" if p.sheet else "", f"{row} {p.row}" if p.row else "", f"{column} '{p.column}'" if p.column else ""]
    where = ", ".join(w for w in where if w)
    return f"{where}: {message}" if where else message


class CatalogWorkbookError(CatalogError):
    """A catalog workbook with problems; ``problems`` lists (sheet, row, column, vi, en)."""

    def __init__(self, problems: list[Problem], total: int | None = None):
        self.problems = list(problems)
        total = max(total or 0, len(self.problems))
        vi = [p.render_vi() for p in self.problems]
        en = [p.render_en() for p in self.problems]
        if total > len(self.problems):
            vi.append(f"… và {total - len(self.problems)} lỗi khác.")
            en.append(f"… and {total - len(self.problems)} more.")
        if total == 1:
            super().__init__(vi[0], en[0])
        else:
            super().__init__(
                f"Bảng tính danh mục có {total} lỗi, hãy sửa rồi nhập lại:\n" + "\n".join(f"- {v}" for v in vi),
                f"The catalog workbook has {total} problems; fix them and import again:\n" + "\n".join(f"- {e}" for e in en),
            )


class Problems:
    """Collects problems, keeping the first MAX_PROBLEMS and counting the rest."""

    def __init__(self):
        self.items: list[Problem] = []
        self.total = 0

    def add(self, sheet, row, column, vi: str, en: str) -> None:
        problem = Problem(sheet, row, column, vi, en)
        if problem in self.items:
            return
        self.total += 1
        if len(self.items) < MAX_PROBLEMS:
            self.items.append(problem)

    def __bool__(self) -> bool:
        return self.total > 0

    def raise_if_any(self) -> None:
        if self.total:
            raise CatalogWorkbookError(self.items, self.total)


class Bad(Exception):
    """A cell value a parser rejects; the caller says where."""

    def __init__(self, vi: str, en: str):
        super().__init__(en)
        self.vi, self.en = vi, en


# ------------------------------------------------------------------ cells


def header_key(value) -> str:
    """'Loại (kind)' -> 'kind'; a header without brackets is its own key."""
    if value is None:
        return ""
    s = nfc(str(value)).strip()
    m = re.search(r"\(([A-Za-z0-9_]+)\)\s*$", s)
    return (m.group(1) if m else s).lower()


def blank(value) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def as_text(value) -> str:
    """A cell as text, verbatim (NFC); numbers as Excel shows them."""
    if value is None:
        return ""
    if isinstance(value, str):
        return nfc(value)
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    if isinstance(value, (dt.date, dt.time, dt.timedelta)):
        raise Bad(
            "Excel đã đổi ô này thành ngày/giờ; hãy định dạng ô là Văn bản (Text) rồi gõ lại",
            "Excel turned this cell into a date/time; format it as Text and type it again",
        )
    return str(value)


def as_code(value) -> str:
    return as_text(value).strip()


def as_number(value) -> float | None:
    if blank(value):
        return None
    x = None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        x = float(value)
    elif isinstance(value, str):
        try:
            x = float(value.strip().replace(",", "."))
        except ValueError:
            x = None
    if x is None or not math.isfinite(x):
        shown = value if isinstance(value, str) else as_text(value)
        raise Bad(f"'{shown}' không phải là số", f"'{shown}' is not a number")
    return x


def as_goal(value) -> Goal | None:
    if blank(value):
        return None
    s = as_text(value).strip()
    if re.fullmatch(r"-?\d+([.,]\d+)?\s*%?", s):
        raise Bad(
            f"'{s}' thiếu dấu so sánh; hãy viết >={s}, <={s} hoặc ={s}",
            f"'{s}' lacks a comparator; write >={s}, <={s} or ={s}",
        )
    try:
        goal = parse_goal(s)
    except ValueError:
        goal = None
    if goal is None or (goal.value is not None and not math.isfinite(goal.value)):
        raise Bad(
            f"'{s}' không phải là chỉ tiêu hợp lệ (ví dụ >=95, <=10, =100, tăng, giảm)",
            f"'{s}' is not a valid target (e.g. >=95, <=10, =100, tăng, giảm)",
        )
    return goal


def as_kind(value) -> str:
    s = as_text(value).strip()
    if s.lower() in KINDS:
        return s.lower()
    if not s:
        raise Bad("thiếu loại; chọn một trong " + ", ".join(KINDS), "kind is missing; choose one of " + ", ".join(KINDS))
    kinds = ", ".join(KINDS)
    raise Bad(f"'{s}' không phải là loại hợp lệ ({kinds})", f"'{s}' is not a valid kind ({kinds})")


def as_names(value) -> tuple[str, ...]:
    return tuple(p.strip() for p in re.split(r"[;\n]", as_text(value)) if p.strip())


def as_assign(value) -> tuple[str, ...]:
    out = []
    for part in as_names(value):
        low = part.lower()
        if low in ASSIGN_FIXED:
            out.append(low)
        elif low.startswith("dept:") and part[5:].strip():
            out.append("dept:" + part[5:].strip())
        else:
            raise Bad(
                f"'{part}' không phải là đơn vị được giao hợp lệ (local, district, expert, dept:<mã-sở>)",
                f"'{part}' is not a valid assignment (local, district, expert, dept:<slug>)",
            )
    return tuple(out)


# What a blank indicator-level cell means, and how a filled one is read.
FIELD_DEFAULTS = {
    "criterion": "", "text": "", "kind": "", "responsible": (), "assign": (), "bound_min": None,
    "bound_max": None, "target_text": "", "target": None, "target_reference": "", "note": "", "target_by_city": {},
}
FIELD_PARSERS = {
    "criterion": as_code, "text": as_text, "kind": as_kind, "responsible": as_names, "assign": as_assign,
    "bound_min": as_number, "bound_max": as_number, "target_text": as_text, "target": as_goal,
    "target_reference": as_text, "note": as_text, "target_by_city": lambda v: as_by_city(v),
}


def as_by_city(value) -> dict:
    """The per-city targets cell (JSON): {city code: Target}; {} when blank."""
    import json

    from lcdesk.core.catalog.targets import Target

    if blank(value):
        return {}
    try:
        data = json.loads(as_text(value))
        return {str(city): Target.from_dict(t) for city, t in data.items()}
    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        raise Bad(f"chỉ tiêu theo thành phố phải là JSON hợp lệ ({exc})",
                  f"per-city targets must be valid JSON ({exc})") from None


def parser_for(key: str):
    return as_goal if YEAR_KEY.match(key) else FIELD_PARSERS[key]


def default_for(key: str):
    return None if YEAR_KEY.match(key) else FIELD_DEFAULTS[key]
