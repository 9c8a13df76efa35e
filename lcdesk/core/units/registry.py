"""Reporting units: the city, its wards/communes, districts, departments, the expert panel.

Units are plain frozen dataclasses; the store persists them, this module only
builds and matches them. Codes are strings:

* the city: its 2-digit province code ("01" Hà Nội, "31" Hải Phòng, "79" TP.HCM);
* wards, communes and special zones: their 5-digit official code ("00004");
* districts (plans written before the 2025 reform): a code the user supplies;
* departments, organisations, the expert panel: ``f"{city}-{slug(name)}"``,
  e.g. "01-so-giao-duc-va-dao-tao", "01-chuyen-gia".

Official units come from the ``vietnam-provinces`` package (two-tier units in
force since 1 July 2025). File import/export lives in ``units_io.py``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from lcdesk.core.catalog.model import Catalog, Indicator
from lcdesk.core.errors import UnitError
from lcdesk.core.text import nfc, slug

if TYPE_CHECKING:
    from vietnam_provinces import Province

KINDS = ("city", "district", "ward", "commune", "special_zone", "department", "organisation", "expert")
LOCAL_KINDS = ("ward", "commune", "special_zone")
DEPT_KINDS = ("department", "organisation")
KIND_LABELS_VI = {
    "city": "Thành phố",
    "district": "Quận/Huyện",
    "ward": "Phường",
    "commune": "Xã",
    "special_zone": "Đặc khu",
    "department": "Sở/Ngành",
    "organisation": "Tổ chức",
    "expert": "Chuyên gia",
}

EXPERT_NAME = "Hội đồng chuyên gia"
EXPERT_SLUG = "chuyen-gia"

# vietnam_provinces (~0.07 s to import) loads on first use: the first window needs none of it.
_DIVISION_KIND = {  # VietNamDivisionType member name -> our kind
    "PHUONG": "ward",
    "XA": "commune",
    "DAC_KHU": "special_zone",
}

# Names starting with one of these (compared as slugs) are state bodies: kind
# "department". Everything else a catalog names (Hội…, Liên đoàn…, Đoàn…, Mặt
# trận…, Đài/Báo and other media, schools, libraries) is an "organisation".
_DEPARTMENT_PREFIXES = (
    "so", "cong-an", "ban", "bo-chi-huy", "bo-tu-lenh", "van-phong", "thanh-tra", "cuc", "chi-cuc",
    "bao-hiem-xa-hoi", "kho-bac", "uy-ban-nhan-dan", "ubnd", "thue", "toa-an", "vien-kiem-sat",
)

# Short forms people write that the province names do not slug to.
_CITY_ALIASES = {
    "hcm": 79, "tphcm": 79, "hcmc": 79, "saigon": 79, "sg": 79,
    "hn": 1, "tphn": 1, "hp": 31, "tphp": 31, "dn": 48, "ct": 92,
}
_CITY_PREFIXES = ("thanh-pho-", "tp-", "tinh-")
_CITY_SUFFIXES = ("-city", "-province")


@dataclass(frozen=True)
class Unit:
    """One reporting unit. ``parent`` is the code of the unit above (None for the city);
    ``city`` is the 2-digit code of the city the unit belongs to."""

    code: str
    name: str
    kind: str
    parent: str | None
    city: str


def to_dict(unit: Unit) -> dict:
    """The unit as plain JSON data (``lcdesk units --json``)."""
    return {"code": unit.code, "name": unit.name, "kind": unit.kind, "parent": unit.parent, "city": unit.city}


def from_dict(data: dict) -> Unit:
    """The inverse of :func:`to_dict` (no validation beyond the kind)."""
    kind = str(data["kind"])
    if kind not in KINDS:
        raise UnitError(f"Loại đơn vị '{kind}' không hợp lệ.", f"Unknown unit kind '{kind}'.")
    parent = data.get("parent")
    return Unit(str(data["code"]), nfc(str(data["name"])), kind, None if parent in (None, "") else str(parent), str(data["city"]))


# --------------------------------------------------------------------- cities


def _city_key(text: str) -> str:
    """'Thành phố Hà Nội', 'TP. Hà Nội', 'ha_noi', 'Ha Noi' -> 'hanoi'."""
    key = slug(text.replace("_", " "))
    for prefix in _CITY_PREFIXES:
        if key.startswith(prefix):
            key = key[len(prefix):]
            break
    for suffix in _CITY_SUFFIXES:
        if key.endswith(suffix):
            key = key[: -len(suffix)]
    return key.replace("-", "")


def _city_unit(province: Province) -> Unit:
    code = f"{int(province.code):02d}"
    return Unit(code, nfc(province.name), "city", None, code)


def _city_index() -> dict[str, Province]:
    from vietnam_provinces import Province

    index: dict[str, Province] = {}
    for p in Province.iter_all():
        for key in (_city_key(p.name), _city_key(p.codename)):
            index[key] = p
    for alias, code in _CITY_ALIASES.items():
        index[alias] = Province.from_code(code)
    return index


def find_city(code_or_name: str | int | Unit) -> Unit:
    """The city (or province) unit for a code or name.

    Accepts "01", "1", "Hà Nội", "Ha Noi", "ha-noi", "hanoi", "Thành phố Hà Nội",
    "TP.HCM", "HCM", "Hồ Chí Minh", "79", ... (case, accents and spacing ignored).
    Raises UnitError explaining how to write it when nothing matches.
    """
    if isinstance(code_or_name, Unit):
        return find_city(code_or_name.city)
    from vietnam_provinces import Province

    text = nfc(str(code_or_name)).strip()
    if text.isdigit():
        try:
            return _city_unit(Province.from_code(int(text)))
        except ValueError:
            pass
    elif text:
        province = _city_index().get(_city_key(text))
        if province is not None:
            return _city_unit(province)
    raise _unknown_city(text)


def _unknown_city(text: str) -> UnitError:
    import difflib

    from vietnam_provinces import Province

    names = {_city_key(p.name): nfc(p.name) for p in Province.iter_all()}
    keys = difflib.get_close_matches(_city_key(text), list(names), n=3, cutoff=0.6) if text else []
    close = [names[k] for k in keys]
    hint_vi = f" Có phải là: {', '.join(close)}?" if close else ""
    hint_en = f" Did you mean: {', '.join(close)}?" if close else ""
    return UnitError(
        f"Không tìm thấy thành phố '{text}'. Hãy ghi mã tỉnh/thành phố gồm 2 chữ số "
        f"(ví dụ 01 = Hà Nội, 31 = Hải Phòng, 79 = TP. Hồ Chí Minh) hoặc tên "
        f"(ví dụ 'Hà Nội', 'Ha Noi', 'Hải Phòng', 'TP.HCM').{hint_vi}",
        f"Unknown city '{text}'. Write its 2-digit province code (01 Hanoi, 31 Hai Phong, "
        f"79 Ho Chi Minh City) or its name ('Hà Nội', 'Ha Noi', 'TP.HCM').{hint_en}",
    )


def city_code(city: str | int | Unit) -> str:
    """The 2-digit code of ``city`` given as a code, a name or a Unit."""
    return find_city(city).code


def city_tree(city: str | int | Unit) -> list[Unit]:
    """The city unit followed by all its wards, communes and special zones.

    The city comes first (it is included: Hà Nội gives 1 + 126 units, Hải Phòng
    1 + 114, TP.HCM 1 + 168); the wards follow sorted by their 5-digit code.
    Each ward's parent is the city code; its kind comes from the official
    division type (phường -> "ward", xã -> "commune", đặc khu -> "special_zone").
    """
    from vietnam_provinces import Ward

    top = find_city(city)
    wards = sorted(Ward.iter_by_province(int(top.code)), key=lambda w: int(w.code))
    return [top] + [
        Unit(f"{int(w.code):05d}", nfc(w.name), _DIVISION_KIND[w.division_type.name], top.code, top.code) for w in wards
    ]


# ---------------------------------------------------------------- departments


def department_kind(name: str) -> str:
    """"department" for state bodies (Sở…, Công an…, Ban…), else "organisation"."""
    key = slug(name)
    if any(key == p or key.startswith(p + "-") for p in _DEPARTMENT_PREFIXES):
        return "department"
    return "organisation"


def _responsible_names(catalog: Catalog) -> dict[str, str]:
    """slug -> first Vietnamese name in the catalog's ``responsible`` lists."""
    names: dict[str, str] = {}
    for ind in catalog.indicators:
        for name in ind.responsible:
            names.setdefault(slug(name), nfc(name))
    return names


def departments_for(city: str | int | Unit, catalog: Catalog) -> list[Unit]:
    """One unit per distinct "dept:<slug>" selector in ``catalog``, sorted by code,
    followed by the expert panel when any indicator is assigned to "expert".

    A department is named by the ``responsible`` entry that slugs to the selector
    (first the indicator's own list, then any indicator's); a selector no entry
    matches is named by its slug so nothing is lost.
    """
    code = city_code(city)
    all_names = _responsible_names(catalog)
    depts: dict[str, Unit] = {}
    has_expert = False
    for ind in catalog.indicators:
        own = {slug(r): nfc(r) for r in ind.responsible}
        for selector in ind.assign:
            if selector == "expert":
                has_expert = True
            if not selector.startswith("dept:"):
                continue
            key = selector[len("dept:"):]
            if f"{code}-{key}" in depts:
                continue
            name = own.get(key) or all_names.get(key) or key
            depts[f"{code}-{key}"] = Unit(f"{code}-{key}", name, department_kind(name), code, code)
    units = sorted(depts.values(), key=lambda u: u.code)
    if has_expert:
        units.append(Unit(f"{code}-{EXPERT_SLUG}", EXPERT_NAME, "expert", code, code))
    return units


# ------------------------------------------------------------------ districts


def with_districts(units: list[Unit], districts: list[tuple[str, str]], mapping: dict[str, str]) -> list[Unit]:
    """``units`` with a district level added (plans written before the 2025 reform).

    Districts get parent = the city; each ward in ``mapping`` (ward code ->
    district code) gets its district as parent. The city unit comes first, then
    the districts in the order given, then the other units. Raises UnitError for
    a district code already used, a mapped ward that is not a ward/commune/special
    zone of ``units``, or a mapping to an unknown district.
    """
    cities = {u.city for u in units}
    if len(cities) != 1:
        raise UnitError("Danh sách đơn vị phải thuộc đúng một thành phố.", "The units must belong to exactly one city.")
    city = cities.pop()
    by_code = {u.code: u for u in units}
    new: list[Unit] = []
    for code, name in districts:
        code, name = str(code).strip(), nfc(str(name)).strip()
        if not code or not name:
            raise UnitError("Quận/huyện phải có mã và tên.", "A district needs a code and a name.")
        if code in by_code or any(d.code == code for d in new):
            raise UnitError(f"Mã quận/huyện '{code}' đã được dùng.", f"District code '{code}' is already used.")
        new.append(Unit(code, name, "district", city, city))
    district_codes = {d.code for d in new}
    for ward, district in mapping.items():
        if ward not in by_code or by_code[ward].kind not in LOCAL_KINDS:
            raise UnitError(f"'{ward}' không phải là mã phường/xã của thành phố.", f"'{ward}' is not a ward/commune code of the city.")
        if district not in district_codes:
            raise UnitError(
                f"Phường/xã {ward} được gán cho quận/huyện '{district}' không có trong danh sách.",
                f"Ward {ward} maps to unknown district '{district}'.",
            )
    tops = [u for u in units if u.kind == "city"]
    rest = [_reparent(u, mapping.get(u.code)) for u in units if u.kind != "city"]
    return tops + new + rest


def _reparent(unit: Unit, parent: str | None) -> Unit:
    if parent is None:
        return unit
    return Unit(unit.code, unit.name, unit.kind, parent, unit.city)


# ------------------------------------------------------------------- matching


def unit_matches(unit: Unit, selector: str) -> bool:
    """Whether an indicator assigned to ``selector`` is reported by ``unit``.

    "local" -> wards, communes, special zones; "district" -> districts, and, in a
    city without a district level (the two-tier structure since the 2025 reform, where
    the district committees' duties passed to the wards and communes), the wards,
    communes and special zones directly under the city;
    "expert" -> the expert panel; "dept:x" -> the department/organisation whose
    code is "<city>-x" (as :func:`departments_for` makes it) or just "x" (a code
    typed in a units file). Mere suffixes do not match: "dept:dao-tao" is not
    "01-so-giao-duc-va-dao-tao".
    """
    if selector == "local":
        return unit.kind in LOCAL_KINDS
    if selector == "district":
        return unit.kind == "district" or (unit.kind in LOCAL_KINDS and unit.parent == unit.city)
    if selector == "expert":
        return unit.kind == "expert"
    if selector.startswith("dept:"):
        key = selector[len("dept:"):]
        return unit.kind in DEPT_KINDS and unit.code in (f"{unit.city}-{key}", key)
    return False


def indicators_for_unit(catalog: Catalog, unit: Unit) -> list[Indicator]:
    """The catalog's indicators ``unit`` reports, in catalog order."""
    return [ind for ind in catalog.indicators if any(unit_matches(unit, s) for s in ind.assign)]
