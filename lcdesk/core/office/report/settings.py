"""The cover sheet's settings: the office's names, the report's number, the signer.

Stored once per office (``Store.report_settings``) and used by every report. Each key
has a default derived from the office's city, so a new office prints a proper cover
before anyone has set anything:

============================  =========================================  ====================
key                           meaning                                    default (Hà Nội)
============================  =========================================  ====================
``office.parent_body``        the body above the issuer (upper case)     UBND THÀNH PHỐ HÀ NỘI
``office.body``               the issuing body (upper case, bold)        SỞ GIÁO DỤC VÀ ĐÀO TẠO
``office.place``              the place on the date line                 Hà Nội
``report.number``             "125" or "125/BC-SGDĐT"; blank leaves room  (blank)
``report.recipient``          "Kính gửi: …"                              Ủy ban nhân dân Thành phố Hà Nội
``signer.title``              the signing authority, lines split by " / "  KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC
``signer.name``               the signer's full name                     (blank)
============================  =========================================  ====================

Dates follow Nghị định 30/2020/NĐ-CP: a leading zero for days below 10 and for the
months 1 and 2 ("ngày 05 tháng 02 năm 2026", but "ngày 15 tháng 3 năm 2026").
"""

from __future__ import annotations

from datetime import date

from lcdesk.core.errors import LcdeskError
from lcdesk.core.text import nfc

KEYS = ("office.parent_body", "office.body", "office.place", "report.number", "report.recipient",
        "signer.title", "signer.name")
LABELS_VI = {
    "office.parent_body": "Cơ quan chủ quản",
    "office.body": "Cơ quan ban hành",
    "office.place": "Địa danh",
    "report.number": "Số báo cáo",
    "report.recipient": "Kính gửi",
    "signer.title": "Thẩm quyền ký",
    "signer.name": "Người ký",
}
MAX_LENGTH = 200
DEFAULT_BODY = "SỞ GIÁO DỤC VÀ ĐÀO TẠO"
DEFAULT_SIGNER_TITLE = "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC"
_CITY_PREFIXES = ("Thành phố ", "Tỉnh ")


class ReportError(LcdeskError):
    """A report cannot be written as asked (a bad setting, an unknown catalog, no data)."""


def place_of(city_name: str) -> str:
    """'Thành phố Hà Nội' -> 'Hà Nội' (the place name the date line uses)."""
    for prefix in _CITY_PREFIXES:
        if city_name.startswith(prefix):
            return city_name[len(prefix):]
    return city_name


def defaults(city_name: str) -> dict[str, str]:
    """The settings a new office of ``city_name`` ('Thành phố Hà Nội') starts with."""
    city_name = nfc(city_name or "")
    place = place_of(city_name)
    is_city = city_name.startswith("Thành phố")
    parent = f"UBND {'THÀNH PHỐ' if is_city else 'TỈNH'} {place.upper()}" if place else "ỦY BAN NHÂN DÂN"
    recipient = f"Ủy ban nhân dân {'Thành phố' if is_city else 'tỉnh'} {place}" if place else "Ủy ban nhân dân"
    return {
        "office.parent_body": parent,
        "office.body": DEFAULT_BODY,
        "office.place": place,
        "report.number": "",
        "report.recipient": recipient,
        "signer.title": DEFAULT_SIGNER_TITLE,
        "signer.name": "",
    }


def office_city_name(store) -> str:
    office = store.get_setting("office") or {}
    return office.get("city_name", "")


def cover_settings(store) -> dict[str, str]:
    """Every key with the office's value, or its default."""
    return {**defaults(office_city_name(store)), **store.report_settings()}


def parse_assignment(text: str) -> tuple[str, str]:
    """'KEY=VALUE' -> (key, value), checked; raises ReportError with the keys listed."""
    key, sep, value = text.partition("=")
    key, value = key.strip(), nfc(value.strip())
    if not sep or key not in KEYS:
        known = ", ".join(KEYS)
        raise ReportError(f"Khóa cài đặt không hợp lệ: '{key}'. Các khóa: {known}.",
                          f"Unknown setting '{key}'. Keys: {known}.")
    if len(value) > MAX_LENGTH or "\n" in value:
        raise ReportError(f"Giá trị của {key} phải là một dòng, tối đa {MAX_LENGTH} ký tự.",
                          f"The value of {key} must be one line of at most {MAX_LENGTH} characters.")
    return key, value


def update(store, assignments: list[str]) -> dict[str, str]:
    """Apply 'KEY=VALUE' texts (an empty value restores the default); returns every setting."""
    changes = dict(parse_assignment(a) for a in assignments)
    store.set_report_settings(changes)
    return cover_settings(store)


def save_all(store, values: dict[str, str]) -> dict[str, str]:
    """Save a whole cover form: values equal to the city's defaults are not stored (so they
    follow the defaults), the others are; returns every setting."""
    base = defaults(office_city_name(store))
    texts = [f"{key}={'' if nfc(value.strip()) == base[key] else value}" for key, value in values.items()]
    return update(store, texts)


def date_line(place: str, day: date) -> str:
    """'Hà Nội, ngày 05 tháng 12 năm 2026': zero-padded days below 10 and months 1 and 2."""
    month = f"{day.month:02d}" if day.month <= 2 else str(day.month)
    return f"{place}, ngày {day.day:02d} tháng {month} năm {day.year}"


def body_abbreviation(body: str) -> str:
    """'SỞ GIÁO DỤC VÀ ĐÀO TẠO' -> 'SGDĐT' (the issuer's initials, without 'và')."""
    words = [w for w in nfc(body).split() if w.lower() not in ("và", "&")]
    return "".join(w[0].upper() for w in words if w[0].isalpha())


def number_line(settings: dict[str, str]) -> str:
    """'Số: 125/BC-SGDĐT', or 'Số:      /BC-SGDĐT' with room to write the number by hand."""
    number = settings.get("report.number", "").strip()
    if "/" in number:
        return f"Số: {number}"
    abbreviation = body_abbreviation(settings.get("office.body", DEFAULT_BODY))
    return f"Số: {number or chr(0xA0) * 6}/BC-{abbreviation}"


def signer_lines(settings: dict[str, str]) -> list[str]:
    """'KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC' -> ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC']."""
    return [part.strip() for part in settings.get("signer.title", "").split("/") if part.strip()]
