"""Every figure lcdesk shows or writes, formatted in one place (Qt-free).

Vietnamese style by default: decimal comma, thousands dot, and *round half up*
on the decimal digits as written (3,125 -> 3,13; 1,005 -> 1,01), as Vietnamese
readers and Excel expect (Python's ``round`` gives 3,12). The screens pass
``language`` = the interface language ("vi" or "en"); files written for the
office (reports, workbooks, bundles' summaries) use the default, Vietnamese.

Stable names (the office values table, the report and the officer's forms use them):

- ``round_half_up(value, decimals=0) -> float``
- ``format_number(value, decimals=None, *, trim=None, language="vi") -> str``
  ``decimals=None``: up to 2 decimals, trailing zeros dropped ("95,5", "5.521.300");
  ``decimals=n``: exactly n decimals ("50,0") unless ``trim=True``.
- ``format_count(value) -> str``: a whole number, grouped ("1.200").
- ``format_percent(value, decimals=2, *, language="vi") -> str``: "71,25 %", "95 %".
- ``format_size(size_bytes, *, language="vi") -> str``: "500 byte", "12,3 KB", "50,0 MB".
- ``format_figure(kind, payload, measure=None, *, language="vi") -> str``: one line
  for a stored payload of any indicator kind: percent "71,25 % (285/400)",
  count by sex "Nam 120 · Nữ 115 · Tổng 235" (and "· 94,5 %" with a rate),
  rating "Rất tốt (4)", trend "Tăng" (or "Tăng (12,5)"). ``measure`` (a catalog
  ``Measure`` or its unit text) names what a count counts: "Tổng 235 người".
- ``parse_number(text, whole=False) -> float | int | None``: what an officer typed
  ("12.000", "95,5", "12,000" in a count) back to a number; None if it is not one.

``None`` formats as "" everywhere (an empty cell, not "None").
"""

from __future__ import annotations

import math

# ``decimal`` (~0.002 s to import) is loaded by the first figure formatted, not with the module:
# the first window formats none.
Decimal = ROUND_HALF_UP = InvalidOperation = None


def _load_decimal() -> None:
    global Decimal, ROUND_HALF_UP, InvalidOperation
    from decimal import ROUND_HALF_UP, Decimal, InvalidOperation  # noqa: F811

MAX_DECIMALS = 2
_SEPARATORS = {"vi": (",", "."), "en": (".", ",")}  # (decimal point, thousands group)
RATING_WORDS = {
    "vi": {5: "Xuất sắc", 4: "Rất tốt", 3: "Tốt", 2: "Khá", 1: "Yếu"},
    "en": {5: "Excellent", 4: "Very good", 3: "Good", 2: "Fair", 1: "Weak"},
}
DIRECTION_WORDS = {"vi": {"increase": "Tăng", "decrease": "Giảm"},
                   "en": {"increase": "Increase", "decrease": "Decrease"}}
_SEX_WORDS = {"vi": ("Nam", "Nữ", "Tổng"), "en": ("Male", "Female", "Total")}
_CLEARED = {"vi": "(đã xóa)", "en": "(cleared)"}
_DRAFT = {"vi": "Nháp còn lỗi", "en": "Draft with errors"}
DRAFT_INPUT = "draft_input"  # entry.DRAFT_INPUT, repeated so that this module imports nothing


def _lang(language: str | None) -> str:
    return language if language in _SEPARATORS else "vi"


def _decimal(value) -> Decimal:
    """The number as written: Decimal(repr(3.125)) is exactly 3.125, not 3.12499..."""
    if Decimal is None:
        _load_decimal()
    return Decimal(repr(float(value))) if isinstance(value, float) else Decimal(value)


def round_half_up(value, decimals: int = 0) -> float:
    """3.125 -> 3.13, 2.5 -> 3.0, -2.5 -> -3.0 (away from zero, as Excel's ROUND)."""
    number = _decimal(value)
    return float(number.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP))


def _group(digits: str, sep: str) -> str:
    head = len(digits) % 3 or 3
    parts = [digits[:head]] + [digits[i:i + 3] for i in range(head, len(digits), 3)]
    return sep.join(parts)


def format_number(value, decimals: int | None = None, *, trim: bool | None = None, language: str = "vi") -> str:
    """95.25 -> '95,25'; 95.0 -> '95'; 5521300 -> '5.521.300'; (50, 1) -> '50,0'."""
    if value is None:
        return ""
    if isinstance(value, float) and not math.isfinite(value):
        return ""
    if trim is None:
        trim = decimals is None
    places = MAX_DECIMALS if decimals is None else max(0, int(decimals))
    point, group = _SEPARATORS[_lang(language)]
    try:
        number = _decimal(value)
        quantised = number.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    except (InvalidOperation or ()):
        return str(value)
    text = f"{abs(quantised):f}"
    whole, _, fraction = text.partition(".")
    if trim:
        fraction = fraction.rstrip("0")
    sign = "-" if quantised < 0 and (int(whole) or fraction.strip("0")) else ""
    return sign + _group(whole, group) + (point + fraction if fraction else "")


def format_count(value, *, language: str = "vi") -> str:
    """1200 -> '1.200'; None -> ''."""
    return format_number(value, 0, language=language)


def format_percent(value, decimals: int = 2, *, language: str = "vi") -> str:
    """71.25 -> '71,25 %'; 3.125 -> '3,13 %'; 95.0 -> '95 %'; None -> ''."""
    if value is None:
        return ""
    return f"{format_number(value, decimals, trim=True, language=language)} %"


def format_size(size_bytes: int, *, language: str = "vi") -> str:
    """12595 -> '12,3 KB'; 52428800 -> '50,0 MB'; 1024-based, as Windows Explorer counts."""
    size = int(size_bytes)
    if size < 1024:
        return f"{format_count(size, language=language)} " + ("byte" if _lang(language) == "vi" else "bytes")
    for unit, factor in (("KB", 1024), ("MB", 1024 ** 2), ("GB", 1024 ** 3)):
        if size < factor * 1024 or unit == "GB":
            return f"{format_number(size / factor, 1, language=language)} {unit}"
    return str(size)  # not reached


def rating_words(rating, *, language: str = "vi") -> str:
    """4 -> 'Rất tốt (4)'; anything else -> ''."""
    words = RATING_WORDS[_lang(language)]
    return f"{words[rating]} ({rating})" if rating in words else ""


def direction_words(direction, *, language: str = "vi") -> str:
    return DIRECTION_WORDS[_lang(language)].get(direction, "")


def _unit_of(measure) -> str:
    unit = getattr(measure, "unit", measure)
    return unit if isinstance(unit, str) and unit and unit != "%" else ""


def format_figure(kind: str, payload: dict | None, measure=None, *, language: str = "vi") -> str:
    """One line for a stored payload of any kind (see the module docstring)."""
    lang = _lang(language)
    if payload is None:
        return _CLEARED[lang]
    if DRAFT_INPUT in payload:
        return _DRAFT[lang]
    if kind == "percent":
        text = format_percent(payload.get("rate"), language=lang)
        if payload.get("numerator") is not None and payload.get("denominator") is not None:
            text += f" ({format_count(payload['numerator'], language=lang)}/{format_count(payload['denominator'], language=lang)})"
        return text
    if kind == "count_by_sex":
        return _count_by_sex(payload, _unit_of(measure), lang)
    if kind == "rating5":
        return rating_words(payload.get("rating"), language=lang)
    if kind == "trend":
        text = direction_words(payload.get("direction"), language=lang)
        if payload.get("figure") is not None:
            text += f" ({format_number(payload['figure'], language=lang)})"
        return text
    raise ValueError(f"unknown indicator kind {kind!r}")


def _count_by_sex(payload: dict, unit: str, lang: str) -> str:
    male, female, total = _SEX_WORDS[lang]
    parts = [f"{male} {format_count(payload.get('male'), language=lang)}",
             f"{female} {format_count(payload.get('female'), language=lang)}",
             f"{total} {format_count(payload.get('total'), language=lang)}" + (f" {unit}" if unit else "")]
    if payload.get("rate") is not None:
        parts.append(format_percent(payload["rate"], language=lang))
    return " · ".join(parts)


def parse_number(text, whole: bool = False):
    """'12.000' -> 12000; '95,5' -> 95.5; '12,000' (whole) -> 12000; '' or junk -> None."""
    from lcdesk.core.catalog.values import normalise_number_text

    if text is None:
        return None
    if isinstance(text, (int, float)) and not isinstance(text, bool):
        return text
    try:
        number = float(normalise_number_text(str(text), whole))
    except ValueError:
        return None
    if not math.isfinite(number):
        return None
    if whole:
        return int(number) if number == int(number) else None
    return number
