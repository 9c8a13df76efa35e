"""Choosing a unit by its name, the way a clerk types it (shared by the CLI and the desk).

The rule (``docs/office-desk.md``, and issue 10 §7 "Meanings, exactly"):

1. a code that is a unit's code is that unit;
2. a name that equals one unit's name exactly (with its diacritics, after NFC) is that unit;
3. otherwise the text is compared with every name ignoring case and diacritics
   ("Đ" counts as "D"), with or without the unit's kind word ("Phường", "Xã",
   "Đặc khu"): "ba dinh", "phuong ba dinh" and "BA ĐÌNH" all name "Phường Ba Đình";
4. when that matches several units the text is refused with the candidates; when it
   matches none it is refused with the nearest names.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable

from lcdesk.core.errors import LcdeskError
from lcdesk.core.text import nfc

# Kind words a unit's name may start with, folded ("Phường", "Xã", "Đặc khu", "Thị trấn").
KIND_WORDS = ("phuong", "xa", "dac khu", "thi tran")
MAX_CANDIDATES = 8


class UnitNameError(LcdeskError):
    """A unit name that names no unit or several; ``candidates`` are (code, name) pairs."""

    def __init__(self, code: str, text: str, candidates: list, message_vi: str, message_en: str):
        super().__init__(message_vi, message_en)
        self.code, self.text, self.candidates = code, text, candidates


def fold(text: str) -> str:
    """Lower-case text without diacritics and with single spaces: 'Phường  Ba Đình' -> 'phuong ba dinh'."""
    text = nfc(text).replace("Đ", "D").replace("đ", "d")
    decomposed = unicodedata.normalize("NFD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", plain).strip()


# The one order of units in the office (Số liệu, Tiến độ, Duyệt số liệu, the expected set):
# grouped under their district (the district heads its group), then by kind, then by name.
KIND_ORDER = {"district": 0, "ward": 1, "commune": 1, "special_zone": 1, "department": 2, "organisation": 3,
              "expert": 4}
_OUTSIDE = (1, "", 9)


def district_of(unit, districts: dict[str, str]) -> str:
    """The name of the district ``unit`` is grouped under ("" in a two-tier city)."""
    return unit.name if unit.kind == "district" else districts.get(unit.parent, "")


def order_keys(units: Iterable) -> dict[str, tuple]:
    """{code: sort key} of a city's units, the order every page of the office lists them in:
    by district group, then wards, communes and special zones, departments, organisations,
    the expert panel, each by name ignoring case and diacritics (``fold``: "Phường Cầu Giấy"
    before "Phường Chương Mỹ", "Phường Ô Chợ Dừa" before "Phường Phú Diễn"), ties by the
    name as written, then the code. Units the city does not know sort last (``sort_key``)."""
    units = list(units)
    districts = {u.code: u.name for u in units if u.kind == "district"}
    return {u.code: (0, fold(district_of(u, districts)), KIND_ORDER.get(u.kind, 5), fold(u.name), nfc(u.name), u.code)
            for u in units}


def sort_key(keys: dict[str, tuple], code: str) -> tuple:
    """``code``'s key in ``order_keys``; a unit outside the city after every known one, by code."""
    return keys.get(code) or (*_OUTSIDE, code, code, code)


def bare(folded: str) -> str:
    """A folded name without its leading kind word: 'phuong ba dinh' -> 'ba dinh'."""
    for word in KIND_WORDS:
        if folded.startswith(word + " ") and len(folded) > len(word) + 1:
            return folded[len(word) + 1:]
    return folded


def _keys(name: str) -> set[str]:
    folded = fold(name)
    return {folded, bare(folded)}


def matches(text: str, units: Iterable) -> list:
    """Every unit whose name matches ``text`` ignoring case and diacritics (rule 3)."""
    wanted = _keys(text)
    return [u for u in units if _keys(u.name) & wanted]


def resolve(text: str, units: Iterable):
    """The one unit ``text`` names (a code or a name, by the rule above); raises UnitNameError."""
    units = list(units)
    text = nfc(text.strip())
    by_code = [u for u in units if u.code == text]
    if by_code:
        return by_code[0]
    exact = [u for u in units if nfc(u.name) == text]
    if len(exact) == 1:
        return exact[0]
    found = exact or matches(text, units)
    if len(found) == 1:
        return found[0]
    if found:
        raise _ambiguous(text, found)
    raise _unknown(text, units)


def resolve_all(texts: Iterable[str], units: Iterable) -> list:
    """``resolve`` for each text, in order, without repeating a unit."""
    units, out = list(units), []
    for text in texts:
        unit = resolve(text, units)
        if unit not in out:
            out.append(unit)
    return out


def search(query: str, units: Iterable, limit: int | None = None) -> list:
    """Units whose folded name or code contains the folded ``query`` (the desk's search box)."""
    q = fold(query)
    found = [u for u in units if not q or q in fold(u.name) or q in u.code.lower()]
    return found if limit is None else found[:limit]


def describe(candidates: list) -> str:
    return "; ".join(f"{u.name} ({u.code})" for u in candidates[:MAX_CANDIDATES])


def _ambiguous(text: str, found: list) -> UnitNameError:
    listed = describe(found)
    return UnitNameError("ambiguous_unit", text, [(u.code, u.name) for u in found],
                         f"Tên đơn vị “{text}” khớp với {len(found)} đơn vị: {listed}. Hãy ghi rõ hơn hoặc dùng mã.",
                         f"The unit name '{text}' matches {len(found)} units: {listed}. Be more specific or use the code.")


def _unknown(text: str, units: list) -> UnitNameError:
    names = {fold(u.name): u for u in units}
    near = [names[n] for n in difflib.get_close_matches(fold(text), list(names), n=5, cutoff=0.6)]
    hint_vi = f" Gần giống: {describe(near)}." if near else ""
    hint_en = f" Close: {describe(near)}." if near else ""
    return UnitNameError("unknown_unit", text, [(u.code, u.name) for u in near],
                         f"Không có đơn vị nào tên “{text}” trong thành phố.{hint_vi}",
                         f"No unit named '{text}' in the city.{hint_en}")
