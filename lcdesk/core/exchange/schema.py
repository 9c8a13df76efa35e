"""The schema of everything a bundle signs: one module for the officer's exporter and the importer.

A signature proves who wrote a field, not that it is an integer. The importer runs
these checks right after the signature (the manifest) and in its single pass over
the records (each record's shape before its meaning); the exporter runs the same
checks on what it is about to sign, so an officer can never send what the office
will refuse for its shape. Every limit here is documented in
``docs/bundle-format.md`` ("Schema and limits").

Each failure raises :class:`Invalid` with a stable ``code``, a Vietnamese message for
the clerk (Vietnamese only) and an English one carrying the technical detail.
"""

from __future__ import annotations

import json
import math
import re

from lcdesk.core.errors import LcdeskError

BUNDLE_FORMAT = 2  # 2: "catalogs" (several); 1: "catalog" (one). Files without "bundle_format" are 1.
INT64_MAX = 2**63 - 1
MIN_PERIOD, MAX_PERIOD = 1990, 2100
MAX_COUNT = 10**12  # any count, numerator, denominator, base (people, families, units...)
MAX_RATE = 10**6  # a rate in %; indicators' own bounds are tighter
MAX_FIGURE = 10**15  # a trend's figure or previous figure, in absolute value
MAX_RECORDS = 250_000
MAX_UNITS, MAX_PERIODS, MAX_CATALOGS = 1000, 50, 20
MAX_EVIDENCE_PER_RECORD, MAX_EVIDENCE = 100, 2000
MAX_NOTE, MAX_NAME, MAX_FILE_NAME, MAX_CODE, MAX_TIME = 4000, 200, 255, 64, 40

CODE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")
CATALOG_ID = re.compile(r"[a-z0-9][a-z0-9-]{0,63}")
HEX64 = re.compile(r"[0-9a-f]{64}")
TIME = re.compile(r"[0-9T:+.Z-]{0,40}")
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u2028\u2029]")  # tab and newline are allowed in notes
CONTROL_LINE = re.compile(r"[\x00-\x1f\x7f\u2028\u2029]")  # names: no tab or newline either

CONTAINER_KEYS = frozenset({"format", "format_version", "kind", "author", "members"})
COMMON_KEYS = frozenset({"units", "periods", "bundle_seq", "created_at", "author_name", "evidence", "counts"})
HEADER_KEYS = {1: COMMON_KEYS | {"catalog", "bundle_format"}, 2: COMMON_KEYS | {"catalogs", "bundle_format"}}
RECORD_FIELDS = ("catalog", "unit", "period", "indicator", "measure", "payload", "status", "note",
                 "evidence", "seq", "created_at", "author_name")
RECORD_KEYS = frozenset(RECORD_FIELDS)
STATUSES = ("draft", "complete")
PAYLOAD_FIELDS = {
    "percent": {"numerator": "count", "denominator": "count", "rate": "rate"},
    "count_by_sex": {"male": "count", "female": "count", "total": "count", "base": "count", "rate": "rate"},
    "rating5": {"rating": "rating"},
    "trend": {"direction": "direction", "figure": "figure", "previous": "figure"},
}


class Invalid(LcdeskError):
    """A signed field that does not fit the schema."""

    def __init__(self, code: str, message_vi: str, message_en: str):
        super().__init__(message_vi, message_en)
        self.code = code


def _manifest(field: str, what_en: str) -> Invalid:
    return Invalid("bad_manifest", "Phần mô tả của gói không đúng quy định; hãy xin cán bộ xuất lại gói.",
                   f"Manifest field '{field}' is invalid: {what_en}.")


def is_int(value, low: int = 1, high: int = INT64_MAX) -> bool:
    return type(value) is int and low <= value <= high


def is_text(value, limit: int, pattern=CONTROL_LINE) -> bool:
    return type(value) is str and len(value) <= limit and pattern.search(value) is None


def is_code(value, pattern=CODE) -> bool:
    return type(value) is str and pattern.fullmatch(value) is not None


# ------------------------------------------------------------------ the manifest


def header_version(m: dict) -> int:
    version = m.get("bundle_format", 1)
    if not is_int(version, 1, INT64_MAX):
        raise _manifest("bundle_format", "not a positive integer")
    if version > BUNDLE_FORMAT:
        raise Invalid("newer_format", "Gói được tạo bởi phiên bản lcdesk mới hơn; hãy cập nhật lcdesk.",
                      f"bundle_format {version} is newer than this lcdesk ({BUNDLE_FORMAT}).")
    return version


def check_header(m: dict) -> dict:
    """Check a bundle manifest's own fields; returns them normalised:
    ``{"version", "catalogs": [(id, version)], "units", "periods", "bundle_seq", "evidence", "counts"}``."""
    version = header_version(m)
    extra = sorted(set(m) - HEADER_KEYS[version] - CONTAINER_KEYS)
    missing = sorted(HEADER_KEYS[version] - set(m) - ({"bundle_format"} if version == 1 else set()))
    if extra or missing:
        raise _manifest((extra or missing)[0], "unknown field" if extra else "missing")
    refs = [m["catalog"]] if version == 1 else m["catalogs"]
    if type(refs) is not list or not 1 <= len(refs) <= MAX_CATALOGS:
        raise _manifest("catalogs", f"a list of 1 to {MAX_CATALOGS} catalogs is required")
    catalogs = [_catalog_ref(ref) for ref in refs]
    if len({c[0] for c in catalogs}) != len(catalogs):
        raise _manifest("catalogs", "a catalog id is repeated")
    units = _unique_list(m["units"], "units", MAX_UNITS, is_code)
    periods = _unique_list(m["periods"], "periods", MAX_PERIODS, lambda p: is_int(p, MIN_PERIOD, MAX_PERIOD))
    if not is_int(m["bundle_seq"]):
        raise _manifest("bundle_seq", f"an integer from 1 to {INT64_MAX} is required")
    if not is_text(m["created_at"], MAX_TIME) or not is_text(m["author_name"], MAX_NAME):
        raise _manifest("created_at/author_name", "not a short text without control characters")
    evidence = m["evidence"]
    if type(evidence) is not dict or len(evidence) > MAX_EVIDENCE or not all(
            is_code(k, HEX64) and is_text(v, MAX_FILE_NAME) for k, v in evidence.items()):
        raise _manifest("evidence", "an object {sha256 in lowercase hex: file name} is required")
    counts = m["counts"]
    if type(counts) is not dict or set(counts) != {"records", "evidence"} or not all(
            is_int(v, 0, MAX_RECORDS) for v in counts.values()):
        raise _manifest("counts", "an object {records, evidence} of small integers is required")
    return {"version": version, "catalogs": catalogs, "units": units, "periods": periods,
            "bundle_seq": m["bundle_seq"], "evidence": evidence, "counts": counts}


def _catalog_ref(ref) -> tuple[str, str]:
    if type(ref) is not dict or set(ref) != {"id", "version"} or not is_code(ref["id"], CATALOG_ID) \
            or not is_code(ref["version"]):
        raise _manifest("catalog", "an object {id, version} of short codes is required")
    return ref["id"], ref["version"]


def _unique_list(items, name: str, limit: int, ok) -> list:
    if type(items) is not list or len(items) > limit or not all(ok(x) for x in items):
        raise _manifest(name, f"a list of at most {limit} valid items is required")
    if len(set(items)) != len(items):
        raise _manifest(name, "an item is repeated")
    return items


def catalog_refs_header(catalogs) -> dict:
    """The header fields naming ``catalogs`` (Catalog objects) in the current format."""
    return {"bundle_format": BUNDLE_FORMAT, "catalogs": [{"id": c.id, "version": c.version} for c in catalogs]}


# --------------------------------------------------------------------- records


def parse_records(data: bytes) -> list:
    """``records.json`` as a list: UTF-8, JSON, no NaN/Infinity, bounded depth and numbers."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise Invalid("records_not_utf8", "Danh sách số liệu trong gói không đúng mã UTF-8; hãy xin cán bộ xuất lại gói.",
                      f"records.json is not UTF-8 ({exc}).") from None
    try:
        raw = json.loads(text, parse_constant=_no_constant)
    except RecursionError:
        raise Invalid("records_too_deep", "Danh sách số liệu trong gói lồng nhau quá sâu; hãy xin cán bộ xuất lại gói.",
                      "records.json is nested too deeply.") from None
    except ValueError as exc:  # JSONDecodeError, and integers of more than 4300 digits
        raise Invalid("records_not_json", "Danh sách số liệu trong gói không đọc được; hãy xin cán bộ xuất lại gói.",
                      f"records.json is not valid JSON ({str(exc)[:120]}).") from None
    if type(raw) is not list or len(raw) > MAX_RECORDS:
        raise Invalid("bad_records", "Danh sách số liệu trong gói không đúng quy định; hãy xin cán bộ xuất lại gói.",
                      f"records.json must be a list of at most {MAX_RECORDS} records.")
    return raw


def _no_constant(name: str):
    raise ValueError(f"{name} is not allowed")


def bad_record(i: int, field: str, what_vi: str, what_en: str, code: str = "bad_record") -> Invalid:
    return Invalid(code, f"Số liệu thứ {i + 1} trong gói không hợp lệ ({_FIELD_VI.get(field, field)}: {what_vi}).",
                   f"Record {i + 1}, field '{field}': {what_en}.")


_FIELD_VI = {"catalog": "danh mục", "unit": "đơn vị", "period": "năm báo cáo", "indicator": "chỉ số",
             "measure": "chỉ tiêu", "payload": "giá trị", "status": "trạng thái", "note": "ghi chú",
             "evidence": "minh chứng", "seq": "số thứ tự", "created_at": "thời điểm", "author_name": "tên người nhập",
             "fields": "các trường", "catalog/unit/indicator/measure": "mã danh mục, đơn vị, chỉ số hoặc chỉ tiêu",
             "catalog/unit/period": "danh mục, đơn vị hoặc năm"}


_SEEN: set = set()  # (field, string) pairs already found valid: records repeat codes, names and times
_STRING_RULES = (("catalog", lambda v: CATALOG_ID.fullmatch(v) is not None),
                 ("unit", lambda v: CODE.fullmatch(v) is not None),
                 ("indicator", lambda v: CODE.fullmatch(v) is not None),
                 ("measure", lambda v: CODE.fullmatch(v) is not None),
                 ("author_name", lambda v: len(v) <= MAX_NAME and CONTROL_LINE.search(v) is None),
                 ("created_at", lambda v: len(v) <= MAX_TIME and CONTROL_LINE.search(v) is None))


def _strings_ok(r: dict) -> str | None:
    """The first of the record's code and short-text fields that is not valid, else None."""
    for name, ok in _STRING_RULES:
        value = r[name]
        if type(value) is not str:
            return name
        if (name, value) in _SEEN:
            continue
        if not ok(value):
            return name
        if len(_SEEN) < 100_000:
            _SEEN.add((name, value))
    return None


def check_record_shape(i: int, r) -> None:
    """Types, ranges, lengths and characters of record ``i`` (its meaning is the importer's)."""
    if type(r) is not dict or r.keys() != RECORD_KEYS:
        raise bad_record(i, "fields", "thiếu hoặc thừa trường", f"the fields must be exactly {', '.join(RECORD_FIELDS)}")
    wrong = _strings_ok(r)
    if wrong in ("author_name", "created_at"):
        raise bad_record(i, wrong, "quá dài hoặc có ký tự điều khiển", "too long or has control characters")
    if wrong is not None:
        raise bad_record(i, "catalog/unit/indicator/measure", "mã sai dạng", f"'{wrong}' is not a short code")
    period, seq, status = r["period"], r["seq"], r["status"]
    if type(period) is not int or not MIN_PERIOD <= period <= MAX_PERIOD:
        raise bad_record(i, "period", f"phải là năm từ {MIN_PERIOD} đến {MAX_PERIOD}", "not a year in range")
    if type(seq) is not int or not 1 <= seq <= INT64_MAX:
        raise bad_record(i, "seq", "phải là số nguyên dương", f"not an integer from 1 to {INT64_MAX}")
    if type(status) is not str or status not in STATUSES:
        raise bad_record(i, "status", "phải là bản nháp hoặc hoàn thành", "not 'draft' or 'complete'")
    note = r["note"]
    if type(note) is not str or (note and (len(note) > MAX_NOTE or CONTROL.search(note) is not None)):
        raise bad_record(i, "note", f"dài quá {MAX_NOTE} ký tự hoặc có ký tự điều khiển", "too long or has control characters")
    ev = r["evidence"]
    if type(ev) is not list or (ev and (len(ev) > MAX_EVIDENCE_PER_RECORD or not all(is_code(e, HEX64) for e in ev)
                                        or len(set(ev)) != len(ev))):
        raise bad_record(i, "evidence", "danh sách mã minh chứng sai dạng", "not a list of distinct lowercase SHA-256 hex")


def check_payload_shape(i: int, kind: str, payload) -> None:
    """The payload's keys and value types for ``kind``, before any arithmetic on it."""
    if payload is None:
        return
    fields = PAYLOAD_FIELDS[kind]
    if type(payload) is not dict or payload.keys() != fields.keys():
        raise bad_record(i, "payload", "thiếu hoặc thừa thành phần", f"keys must be exactly {', '.join(fields)}")
    for name, rule in fields.items():
        value = payload[name]
        if value is None and rule != "rating":
            continue
        t = type(value)
        if rule == "count":
            ok = t is int and 0 <= value <= MAX_COUNT
        elif rule == "rate" or rule == "figure":
            limit = MAX_RATE if rule == "rate" else MAX_FIGURE
            ok = (t is int or t is float and math.isfinite(value)) and -limit <= value <= limit
        elif rule == "rating":
            ok = t is int and 1 <= value <= 5
        else:
            ok = t is str and value in ("increase", "decrease")
        if not ok:
            raise bad_record(i, "payload", f"thành phần '{name}' sai dạng hoặc vượt giới hạn",
                             f"'{name}' has the wrong type or is out of range ({rule})")


_ENCODER = json.JSONEncoder(sort_keys=True, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def canonical(value) -> str:
    """The canonical JSON text of a value (sorted keys, no spaces): how payloads are stored."""
    return _ENCODER.encode(value)


def same_json(a: dict, b: dict) -> bool:
    """Whether two flat payloads have the same canonical JSON: same keys, and each value of
    the same JSON type and text (``950`` is not ``950.0``, ``-0.0`` is not ``0.0``)."""
    if a.keys() != b.keys():
        return False
    for k, x in a.items():
        y = b[k]
        if type(x) is not type(y) or x != y:
            return False
        if type(x) is float and x == 0.0 and math.copysign(1.0, x) != math.copysign(1.0, y):
            return False  # -0.0 and 0.0 are equal numbers but not the same JSON
    return True


def evidence_name_ok(name: str) -> bool:
    """An evidence member's name must be ``evidence/`` + the lowercase hex SHA-256 of its bytes."""
    return name.startswith("evidence/") and HEX64.fullmatch(name[len("evidence/"):]) is not None
