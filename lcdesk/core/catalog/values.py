"""Validation of entered figures and the figures derived from them.

One function per kind turns what an officer typed (a dict of raw fields) into
a clean payload plus a list of field errors in Vietnamese and English. The
forms, the CLI ``enter`` command and bundle import all validate through
``validate``; "how a percent is validated" is ``_percent`` below.

Payloads by kind (all numbers JSON numbers, counts whole):
- percent:      {"numerator": int|None, "denominator": int|None, "rate": float}
- count_by_sex: {"male": int, "female": int, "total": int, "base": int|None, "rate": float|None}
- rating5:      {"rating": 1..5}
- trend:        {"direction": "increase"|"decrease", "figure": float|None, "previous": float|None}
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field

from lcdesk.core.catalog.model import RATING_LABELS_VI, Indicator
from lcdesk.core.errors import EntryError
from lcdesk.core.text import nfc

RATE_TOLERANCE = 0.05  # percentage points between a typed rate and numerator/denominator


@dataclass(frozen=True)
class FieldError:
    field: str
    message_vi: str
    message_en: str


@dataclass
class Checked:
    payload: dict
    errors: list[FieldError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


def _number(raw: dict, name: str, label_vi: str, errors: list, whole: bool):
    value = raw.get(name)
    kind = type(value)
    if kind is int and value >= 0:  # the usual case, from a bundle or a form: nothing to parse
        return value if whole else float(value)
    if kind is float and not whole and math.isfinite(value):
        return value
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        value = "?"
    if isinstance(value, str):
        value = normalise_number_text(value, whole)
    try:
        number = float(value)
    except (TypeError, ValueError):
        errors.append(FieldError(name, f"{label_vi}: '{raw.get(name)}' không phải là số.", f"{name}: '{raw.get(name)}' is not a number."))
        return None
    if not math.isfinite(number):
        errors.append(FieldError(name, f"{label_vi}: giá trị không hợp lệ.", f"{name}: not a finite number."))
        return None
    if whole:
        if number != int(number):
            errors.append(FieldError(name, f"{label_vi} phải là số nguyên.", f"{name} must be a whole number."))
            return None
        if number < 0:
            errors.append(FieldError(name, f"{label_vi} không được âm.", f"{name} must not be negative."))
            return None
        return int(number)
    return number


_GROUPED = re.compile(r"^[+-]?\d{1,3}([.,]\d{3})+$")


def normalise_number_text(text: str, whole: bool = False) -> str:
    """A number as typed in Vietnam or elsewhere, in Python's syntax.

    Vietnamese writes "5.521.300" (dots group thousands) and "95,5" (comma decimal);
    English "5,521,300" and "95.5". Whichever separator comes last is the decimal one
    when both appear; a separator that repeats groups thousands; a lone one is the
    decimal mark, except in a count (``whole``), where "1.200" or "1,200" is 1200."""
    s = text.strip().replace("%", "").replace(" ", "").replace("\u00a0", "")
    if "," in s and "." in s:
        decimal = "," if s.rfind(",") > s.rfind(".") else "."
        return s.replace("." if decimal == "," else ",", "").replace(",", ".")
    for sep in (",", "."):
        if s.count(sep) > 1 or (whole and s.count(sep) == 1 and _GROUPED.match(s)):
            return s.replace(sep, "")
    return s.replace(",", ".")


def fmt(number) -> str:
    """A figure for a message, Vietnamese style: 121940 -> '121.940', 95.5 -> '95,5'."""
    if number is None:
        return ""
    if float(number) == int(number):
        return f"{int(number):,}".replace(",", ".")
    return f"{number:g}".replace(".", ",")


def _check_bounds(rate, indicator: Indicator, errors: list) -> None:
    low, high = indicator.bounds
    if rate is None:
        return
    if low is not None and rate < low - 1e-9:
        errors.append(FieldError("rate", f"Tỷ lệ không được nhỏ hơn {fmt(low)}%.", f"The rate must not be below {low:g}%."))
    if high is not None and rate > high + 1e-9:
        errors.append(FieldError("rate", f"Tỷ lệ không được lớn hơn {fmt(high)}%.", f"The rate must not exceed {high:g}%."))


def _percent(raw: dict, indicator: Indicator) -> Checked:
    errors: list[FieldError] = []
    num = _number(raw, "numerator", "Tử số", errors, whole=True)
    den = _number(raw, "denominator", "Mẫu số", errors, whole=True)
    rate = _number(raw, "rate", "Tỷ lệ", errors, whole=False)
    if (num is None) != (den is None) and not errors:
        errors.append(FieldError("denominator" if den is None else "numerator",
                                 "Cần nhập cả tử số và mẫu số (hoặc chỉ nhập tỷ lệ).",
                                 "Enter both numerator and denominator (or the rate alone)."))
    if num is not None and den is not None:
        if den == 0:
            errors.append(FieldError("denominator", "Mẫu số phải lớn hơn 0.", "The denominator must be greater than 0."))
        else:
            high = indicator.bounds[1]
            if high is not None and high <= 100 and num > den:
                errors.append(FieldError("numerator", "Tử số không được lớn hơn mẫu số.", "The numerator must not exceed the denominator."))
            derived = round(num / den * 100, 4)
            if rate is not None and abs(rate - derived) > RATE_TOLERANCE:
                errors.append(FieldError("rate", f"Tỷ lệ {fmt(rate)}% không khớp với tử số/mẫu số ({fmt(derived)}%).",
                                         f"Rate {rate:g}% does not match numerator/denominator ({derived:g}%)."))
            rate = derived
    if rate is None and not errors:
        errors.append(FieldError("rate", "Chưa nhập tỷ lệ hoặc tử số/mẫu số.", "No rate or numerator/denominator entered."))
    if not errors:
        _check_bounds(rate, indicator, errors)
    return Checked({"numerator": num, "denominator": den, "rate": rate}, errors)


def _count_by_sex(raw: dict, indicator: Indicator) -> Checked:
    errors: list[FieldError] = []
    male = _number(raw, "male", "Số nam", errors, whole=True)
    female = _number(raw, "female", "Số nữ", errors, whole=True)
    total = _number(raw, "total", "Tổng số", errors, whole=True)
    base = _number(raw, "base", "Dân số trong độ tuổi (mẫu số)", errors, whole=True)
    if male is None or female is None:
        if not errors:
            errors.append(FieldError("male" if male is None else "female", "Cần nhập số nam và số nữ.", "Enter the male and female counts."))
    elif total is not None and total != male + female:
        errors.append(FieldError("total", f"Nam + Nữ = {fmt(male + female)}, khác Tổng = {fmt(total)}.", f"Male + female = {male + female}, not the total {total}."))
    else:
        total = male + female
    rate = None
    if base is not None and total is not None:
        if base == 0:
            errors.append(FieldError("base", "Mẫu số phải lớn hơn 0.", "The base must be greater than 0."))
        elif total > base:
            errors.append(FieldError("base", "Tổng số không được lớn hơn dân số trong độ tuổi.", "The total must not exceed the base population."))
        else:
            rate = round(total / base * 100, 4)
    return Checked({"male": male, "female": female, "total": total, "base": base, "rate": rate}, errors)


_RATING_WORDS = {nfc(v).lower(): k for k, v in RATING_LABELS_VI.items()}
_RATING_WORDS.update({"excellent": 5, "very good": 4, "good": 3, "fair": 2, "weak": 1})


def _rating5(raw: dict, indicator: Indicator) -> Checked:
    value = raw.get("rating")
    if isinstance(value, str):
        value = _RATING_WORDS.get(nfc(value.strip()).lower(), value.strip())
    try:
        rating = int(value)
        if str(value).strip() != str(rating) and not isinstance(value, int):
            raise ValueError
    except (TypeError, ValueError):
        return Checked({"rating": None}, [FieldError("rating", "Hãy chọn một mức từ 1 (Yếu) đến 5 (Xuất sắc).", "Choose a rating from 1 (weak) to 5 (excellent).")])
    if not 1 <= rating <= 5:
        return Checked({"rating": None}, [FieldError("rating", "Mức đánh giá phải từ 1 đến 5.", "The rating must be from 1 to 5.")])
    return Checked({"rating": rating})


_DIRECTIONS = {"increase": "increase", "decrease": "decrease", "tăng": "increase", "giảm": "decrease", "up": "increase", "down": "decrease"}


def _trend(raw: dict, indicator: Indicator) -> Checked:
    errors: list[FieldError] = []
    figure = _number(raw, "figure", "Số liệu năm nay", errors, whole=False)
    previous = _number(raw, "previous", "Số liệu năm trước", errors, whole=False)
    direction = raw.get("direction")
    if isinstance(direction, str) and direction.strip():
        direction = _DIRECTIONS.get(nfc(direction.strip()).lower())
        if direction is None:
            errors.append(FieldError("direction", "Hãy chọn Tăng hoặc Giảm.", "Choose increase or decrease."))
    else:
        direction = None
    derived = derive_direction(figure, previous)
    if direction is None and derived is not None:
        direction = derived
    elif direction is not None and derived is not None and direction != derived:
        errors.append(FieldError("direction", "Hướng Tăng/Giảm không khớp với số liệu hai năm.", "The direction contradicts the two years' figures."))
    if direction is None and not errors:
        errors.append(FieldError("direction", "Hãy chọn Tăng hoặc Giảm.", "Choose increase or decrease."))
    return Checked({"direction": direction, "figure": figure, "previous": previous}, errors)


def derive_direction(figure, previous) -> str | None:
    """'increase' or 'decrease' from two years' figures; None when unknown or equal."""
    if figure is None or previous is None or figure == previous:
        return None
    return "increase" if figure > previous else "decrease"


_VALIDATORS = {"percent": _percent, "count_by_sex": _count_by_sex, "rating5": _rating5, "trend": _trend}


def validate(indicator: Indicator, raw: dict) -> Checked:
    """Check ``raw`` (one measure's fields) against ``indicator``'s kind and bounds."""
    return _VALIDATORS[indicator.kind](raw or {}, indicator)


_HEADLINE_FIELD = {"percent": "rate", "count_by_sex": "rate", "rating5": "rating", "trend": "direction"}


def headline(kind: str, payload: dict | None):
    """The figure a target is checked against: a rate, a rating, or a direction."""
    if not payload:
        return None
    return payload.get(_HEADLINE_FIELD[kind])


_ALIASES = {
    "nam": "male", "nu": "female", "nữ": "female", "tong": "total", "tổng": "total",
    "mau": "base", "mẫu": "base", "co_so": "base", "tu": "numerator", "tử": "numerator",
    "num": "numerator", "den": "denominator", "ty_le": "rate", "tỷ_lệ": "rate",
}


def parse_value_text(kind: str, text: str) -> dict:
    """Turn a value typed on the command line into raw fields for ``validate``.

    Accepts a JSON object for every kind, ``key=value`` pairs separated by ``,`` or
    ``;`` (Vietnamese keys nam/nu/tong/mau too), or the short forms: percent ``87.5``
    or ``120/150``; rating5 ``4`` or ``Rất tốt``; trend ``tăng``/``giảm``.
    """
    text = nfc(text.strip())
    if text.startswith("{"):
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise EntryError(f"Giá trị JSON không hợp lệ: {exc}", f"Invalid JSON value: {exc}") from exc
        if not isinstance(data, dict):
            raise EntryError("Giá trị JSON phải là một đối tượng.", "A JSON value must be an object.")
        return data
    if "=" in text:
        raw = {}
        for part in text.replace(";", ",").split(","):
            if not part.strip():
                continue
            key, _, value = part.partition("=")
            key = key.strip().lower()
            raw[_ALIASES.get(key, key)] = value.strip()
        return raw
    if kind == "percent":
        if "/" in text:
            num, _, den = text.partition("/")
            return {"numerator": num, "denominator": den}
        return {"rate": text}
    if kind == "rating5":
        return {"rating": text}
    if kind == "trend":
        return {"direction": text}
    raise EntryError(
        "Số liệu theo giới tính: hãy nhập dạng nam=…,nu=…,mau=… .",
        "Counts by sex: write male=…,female=…,base=… .",
    )
