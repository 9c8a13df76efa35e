"""Units files: export and import reporting units as .xlsx or .csv (``docs/units.md``).

Columns: Mã | Tên | Loại | Cấp trên | Thành phố. Kinds are written in Vietnamese
("Phường", "Sở/Ngành", ...); the English kind names are accepted on import.
CSV is UTF-8 with a BOM so Excel shows Vietnamese correctly.

Import checks the whole file before returning anything and raises one UnitError
naming the file and every bad row and column; it returns a list of units and
never stores them (the caller does).
"""

from __future__ import annotations

import csv
import io
import os
import zipfile
from collections.abc import Callable
from pathlib import Path

from lcdesk.core.errors import UnitError
from lcdesk.core.text import nfc, slug
from lcdesk.core.units.registry import KIND_LABELS_VI, KINDS, LOCAL_KINDS, Unit, find_city

SHEET = "Đơn vị"
HEADERS = ("Mã", "Tên", "Loại", "Cấp trên", "Thành phố")
FIELDS = ("code", "name", "kind", "parent", "city")
_HEADER_VI = dict(zip(FIELDS, HEADERS))
_HEADER_FIELD = {slug(h): f for f, h in _HEADER_VI.items()} | {f: f for f in FIELDS}
_REQUIRED = ("code", "name", "kind")
_TEXT_COLUMNS = ("A", "D", "E")  # codes keep their leading zeros in Excel
_WIDTHS = {"A": 30, "B": 45, "C": 14, "D": 30, "E": 12}
_MAX_LISTED = 20

_KIND_BY_TEXT = {label.casefold(): kind for kind, label in KIND_LABELS_VI.items()}
_KIND_BY_TEXT |= {kind: kind for kind in KINDS}
_KIND_BY_TEXT |= {"quận": "district", "huyện": "district", "thị xã": "district"}

Row = tuple[int, dict[str, str]]  # (row number as the user sees it, field -> text)


def kind_from_text(text: str) -> str | None:
    """'Phường' / 'ward' / 'Quận/Huyện' -> the kind; None if not a kind."""
    key = " ".join(nfc(text).split()).replace(" / ", "/").casefold()
    return _KIND_BY_TEXT.get(key) or _KIND_BY_TEXT.get(key.replace(" ", "_").replace("-", "_"))


# --------------------------------------------------------------------- export


def export_units(units: list[Unit], path: str | Path) -> None:
    """Write ``units`` to ``path`` (.xlsx or .csv, chosen by the suffix)."""
    path = Path(path)
    writer = _writer_for(path)
    rows = [(u.code, u.name, KIND_LABELS_VI[u.kind], u.parent or "", u.city) for u in units]
    _write_atomically(path, lambda tmp: writer(rows, tmp))


def _writer_for(path: Path) -> Callable[[list[tuple], Path], None]:
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        return _write_xlsx
    if suffix == ".csv":
        return _write_csv
    raise UnitError(
        f"Tệp '{path.name}': chỉ hỗ trợ tệp .xlsx hoặc .csv.",
        f"File '{path.name}': only .xlsx and .csv are supported.",
    )


def _write_atomically(path: Path, write: Callable[[Path], None]) -> None:
    """Write to a temporary file beside ``path``, then rename it into place, so a
    pulled USB stick or a crash never leaves half a file under the real name."""
    tmp = path.with_name(f".{path.stem}.{os.getpid()}.tmp{path.suffix}")
    try:
        try:
            write(tmp)
            os.replace(tmp, path)
        finally:
            tmp.unlink(missing_ok=True)
    except OSError as exc:
        raise UnitError(
            f"Không ghi được tệp '{path.name}' (tệp có đang mở trong Excel không?): {exc}",
            f"Cannot write '{path.name}' (is it open in Excel?): {exc}",
        ) from exc


def _write_xlsx(rows: list[tuple], path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    ws.append(HEADERS)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for row in rows:
        ws.append(row)
    for col in _TEXT_COLUMNS:
        for cell in ws[col]:
            cell.number_format = "@"
    for col, width in _WIDTHS.items():
        ws.column_dimensions[col].width = width
    ws.freeze_panes = "A2"
    wb.save(path)


def _write_csv(rows: list[tuple], path: Path) -> None:
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(HEADERS)
        writer.writerows(rows)


# --------------------------------------------------------------------- import


def import_units(path: str | Path) -> list[Unit]:
    """Read and validate a units file (.xlsx or .csv); all or nothing."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        _writer_for(path)  # raises the "only .xlsx or .csv" error
    if not path.is_file():
        raise UnitError(f"Không tìm thấy tệp '{path.name}'.", f"File '{path.name}' not found.")
    raw = _read_xlsx(path) if suffix == ".xlsx" else _read_csv(path)
    return _check_rows(_rows_from_table(raw, path.name), path.name)


def _cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return nfc(str(value)).strip()


def _read_xlsx(path: Path) -> list[list[str]]:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except (OSError, InvalidFileException, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise UnitError(
            f"Không đọc được tệp '{path.name}': tệp không phải là bảng tính Excel (.xlsx) hợp lệ.",
            f"Cannot read '{path.name}': not a valid .xlsx workbook ({exc}).",
        ) from exc
    try:
        ws = wb[SHEET] if SHEET in wb.sheetnames else wb.worksheets[0]
        return [[_cell_text(v) for v in row] for row in ws.iter_rows(values_only=True)]
    finally:
        wb.close()


def _read_csv(path: Path) -> list[list[str]]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UnitError(f"Không đọc được tệp '{path.name}': {exc}", f"Cannot read '{path.name}': {exc}") from exc
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1258", errors="replace")  # "CSV" saved by Excel on Vietnamese Windows
    first = text.split("\n", 1)[0]
    delimiter = max(",;\t", key=first.count)
    return [[_cell_text(v) for v in row] for row in csv.reader(io.StringIO(text), delimiter=delimiter)]


def _rows_from_table(table: list[list[str]], source: str) -> list[Row]:
    """Map the header row to fields; return the non-blank data rows, numbered."""
    header_at = next((i for i, row in enumerate(table) if any(row)), None)
    if header_at is None:
        raise UnitError(f"Tệp '{source}' trống.", f"File '{source}' is empty.")
    columns: dict[int, str] = {}
    for i, title in enumerate(table[header_at]):
        field = _HEADER_FIELD.get(slug(title))
        if field and field not in columns.values():
            columns[i] = field
    missing = [_HEADER_VI[f] for f in _REQUIRED if f not in columns.values()]
    if missing:
        names = ", ".join(f"'{m}'" for m in missing)
        raise UnitError(
            f"Tệp '{source}', dòng {header_at + 1}: thiếu cột {names}. "
            f"Dòng tiêu đề phải là: {' | '.join(HEADERS)}.",
            f"File '{source}', row {header_at + 1}: missing column(s) {names}; the header must be {' | '.join(HEADERS)}.",
        )
    rows: list[Row] = []
    for number, row in enumerate(table[header_at + 1:], start=header_at + 2):
        if not any(row):
            continue
        values = {f: "" for f in FIELDS}
        for i, field in columns.items():
            values[field] = row[i] if i < len(row) else ""
        rows.append((number, values))
    return rows


# ----------------------------------------------------------------- validation


class _Problems:
    """Collects '(row, column): problem' lines and raises them as one UnitError."""

    def __init__(self, source: str):
        self.source = source
        self.items: list[tuple[str, str]] = []

    def add(self, row: int, field: str, vi: str, en: str) -> None:
        self.items.append((f"Dòng {row}, cột '{_HEADER_VI[field]}': {vi}", f"Row {row}, column '{_HEADER_VI[field]}' ({field}): {en}"))

    def raise_if_any(self) -> None:
        if not self.items:
            return
        n, shown = len(self.items), self.items[:_MAX_LISTED]
        more_vi = f"\n… và {n - len(shown)} lỗi khác." if n > len(shown) else ""
        more_en = f"\n… and {n - len(shown)} more." if n > len(shown) else ""
        err = UnitError(
            f"Tệp '{self.source}' có {n} lỗi; chưa nhập đơn vị nào:\n" + "\n".join(vi for vi, _ in shown) + more_vi,
            f"File '{self.source}' has {n} error(s); nothing was imported:\n" + "\n".join(en for _, en in shown) + more_en,
        )
        err.problems = list(self.items)
        raise err


def _canonical_code(text: str, kind: str | None) -> str:
    """Put back the leading zeros Excel strips: city codes have 2 digits, wards 5."""
    if text.isdigit() and kind == "city":
        return text.zfill(2)
    if text.isdigit() and kind in LOCAL_KINDS:
        return text.zfill(5)
    return text


def _parse_kind(number: int, text: str, problems: _Problems) -> str | None:
    kind = kind_from_text(text) if text else None
    if not text:
        problems.add(number, "kind", "để trống.", "empty.")
    elif kind is None:
        labels = ", ".join(KIND_LABELS_VI.values())
        problems.add(
            number, "kind",
            f"'{text}' không phải là loại đơn vị hợp lệ (hãy ghi một trong: {labels}).",
            f"'{text}' is not a valid unit kind (use one of: {labels}, or {', '.join(KINDS)}).",
        )
    return kind


def _parse_row(number: int, values: dict[str, str], problems: _Problems) -> dict:
    kind = _parse_kind(number, values["kind"], problems)
    code = _canonical_code(values["code"], kind)
    if not code:
        problems.add(number, "code", "để trống.", "empty.")
    if not values["name"]:
        problems.add(number, "name", "để trống.", "empty.")
    city = None
    if values["city"]:
        try:
            city = find_city(values["city"]).code
        except UnitError:
            problems.add(
                number, "city",
                f"'{values['city']}' không phải là mã hoặc tên thành phố (ví dụ 01, 31, 79, Hà Nội).",
                f"'{values['city']}' is not a city code or name.",
            )
    if kind == "city" and code:
        city = _check_city_row(number, code, city, values, problems)
    return {"row": number, "code": code, "name": values["name"], "kind": kind, "city": city, "parent": values["parent"]}


def _check_city_row(number: int, code: str, city: str | None, values: dict[str, str], problems: _Problems) -> str | None:
    try:
        own = find_city(code).code
    except UnitError:
        problems.add(number, "code", f"'{code}' không phải là mã tỉnh/thành phố (ví dụ 01, 31, 79).", f"'{code}' is not a province code.")
        return city
    if own != code:
        problems.add(number, "code", f"mã thành phố phải gồm 2 chữ số, ví dụ '{own}'.", f"a city code has 2 digits, e.g. '{own}'.")
    if city is not None and city != own:
        problems.add(
            number, "city",
            f"thành phố '{values['city']}' khác với mã '{code}' của chính dòng này.",
            f"city differs from the row's own code '{code}'.",
        )
    if values["parent"]:
        problems.add(number, "parent", "thành phố không có cấp trên; hãy để trống.", "a city has no parent; leave it empty.")
    return own


def _fill_cities(entries: list[dict], problems: _Problems) -> None:
    """Rows without a 'Thành phố' take the file's only city unit."""
    cities = {e["code"] for e in entries if e["kind"] == "city" and e["city"]}
    for e in entries:
        if e["city"] is not None or e["kind"] == "city" or not e["code"]:
            continue
        if len(cities) == 1:
            e["city"] = next(iter(cities))
        elif not _has_problem(problems, e["row"], "city"):
            problems.add(e["row"], "city", "để trống; hãy ghi mã thành phố (ví dụ 01).", "empty; write the city code (e.g. 01).")


def _has_problem(problems: _Problems, row: int, field: str) -> bool:
    prefix = f"Dòng {row}, cột '{_HEADER_VI[field]}'"
    return any(vi.startswith(prefix) for vi, _ in problems.items)


def _check_duplicates(entries: list[dict], problems: _Problems) -> None:
    seen: dict[str, int] = {}
    for e in entries:
        if e["code"] in seen:
            problems.add(e["row"], "code", f"mã '{e['code']}' trùng với dòng {seen[e['code']]}.", f"code '{e['code']}' repeats row {seen[e['code']]}.")
        elif e["code"]:
            seen[e["code"]] = e["row"]


def _resolve_parent(text: str, codes: dict[str, dict], city: str | None) -> str | None:
    """The code ``text`` refers to: exact, or equal as a number (Excel drops zeros)."""
    known = set(codes) | ({city} if city else set())
    if text in known:
        return text
    if text.isdigit():
        if city and int(city) == int(text):
            return city  # '1' is far more often the city '01' than a district '001'
        same = [c for c in known if c.isdigit() and int(c) == int(text)]
        if len(same) == 1:
            return same[0]
    return None


def _check_parents(entries: list[dict], problems: _Problems) -> None:
    codes = {e["code"]: e for e in entries if e["code"]}
    for e in entries:
        if e["kind"] == "city" or not e["code"]:
            e["parent"] = None
            continue
        if not e["parent"]:
            e["parent"] = e["city"]  # empty 'Cấp trên' = directly under the city
            continue
        parent = _resolve_parent(e["parent"], codes, e["city"])
        if parent is None:
            problems.add(e["row"], "parent", f"không có đơn vị mã '{e['parent']}' trong tệp.", f"no unit with code '{e['parent']}' in the file.")
        elif parent == e["code"]:
            problems.add(e["row"], "parent", "một đơn vị không thể là cấp trên của chính nó.", "a unit cannot be its own parent.")
        elif parent in codes and codes[parent]["city"] not in (None, e["city"]):
            problems.add(e["row"], "parent", f"đơn vị '{parent}' thuộc thành phố khác.", f"unit '{parent}' belongs to another city.")
        e["parent"] = parent
    _check_cycles(entries, codes, problems)


def _check_cycles(entries: list[dict], codes: dict[str, dict], problems: _Problems) -> None:
    for e in entries:
        seen, current = {e["code"]}, e["parent"]
        while current in codes and current not in seen:
            seen.add(current)
            current = codes[current]["parent"]
        if current == e["code"] and e["parent"] != e["code"]:
            problems.add(e["row"], "parent", "cấp trên tạo thành vòng lặp.", "the parents form a loop.")


def _check_rows(rows: list[Row], source: str) -> list[Unit]:
    if not rows:
        raise UnitError(f"Tệp '{source}' không có đơn vị nào.", f"File '{source}' lists no unit.")
    problems = _Problems(source)
    entries = [_parse_row(number, values, problems) for number, values in rows]
    _fill_cities(entries, problems)
    _check_duplicates(entries, problems)
    _check_parents(entries, problems)
    problems.raise_if_any()
    return [Unit(e["code"], e["name"], e["kind"], e["parent"], e["city"]) for e in entries]
