"""What receipts (``.lcx``) and feedback files (``.lcf``) share: writing and the officer's checks.

Both are packages (``container.py``) signed by the office key, addressed to one officer
key, numbered per officer and kind (``<kind>_seq``, from the office's counter
``<kind>_seq:<officer key>``), with one canonical JSON member (``receipt.json`` or
``feedback.json``). The officer's installation checks, in this order
(docs/bundle-format.md, "Receipts and feedback"):

1. the container (zip, manifest, signature, member hashes) and the kind;
2. this installation is an officer's, with a pinned office key;
3. the author is the pinned office key;
4. the file is addressed to this installation's key;
5. its number is higher than the newest file of the same kind already applied
   (the same file again is reported as already applied, and changes nothing);
6. the member's content has the documented shape.

Only then is it applied, in one transaction. Any refusal changes nothing.
"""

from __future__ import annotations

import json
from pathlib import Path

from lcdesk.core.errors import LcdeskError
from lcdesk.core.exchange import container as package
from lcdesk.core.exchange import identity
from lcdesk.core.store.base import utc_now

MAX_TEXT = 2000


class OfficeFileError(LcdeskError):
    def __init__(self, code: str, message_vi: str, message_en: str):
        super().__init__(message_vi, message_en)
        self.code = code


class AlreadyApplied(Exception):
    """The very same file was applied before: nothing to do."""


def canonical(data) -> bytes:
    return package.canonical_json(data)


def write(store, kind: str, member: str, key_id: str, out, content: dict) -> dict:
    """Office: write ``content`` as a ``kind`` package for the officer ``key_id``."""
    office = identity.office_settings(store)
    key = store.trusted_key(key_id)
    if key is None or key.role != "officer":
        raise OfficeFileError("unknown_key", f"Không có cán bộ nào với khóa {key_id}.", f"No enrolled officer with key {key_id}.")
    kp = identity.my_key(store)
    seq = store.next_counter(f"{kind}_seq:{key_id}")
    header = {"officer": {"key_id": key.key_id, "name": key.name}, f"{kind}_seq": seq, "created_at": utc_now(),
              "office": {"name": office["name"], "city": office["city"]}}
    info = package.write_package(Path(out), kind, header, {member: canonical(content)}, kp)
    return {"file": str(out), "kind": kind, "package": info.id, "key_id": key.key_id, "officer": key.name, "seq": seq}


def refuse(code: str) -> OfficeFileError:
    vi, en = REASONS[code]
    return OfficeFileError(code, vi, en)


REASONS = {
    "not_officer": ("Máy này chưa được thiết lập cho cán bộ báo cáo nên không nhận tệp này.",
                    "This installation is not set up for an officer."),
    "wrong_office": ("Tệp không do văn phòng thành phố đã đăng ký ký; không thể tin cậy nên không áp dụng.",
                     "The file is not signed by the pinned city office key."),
    "not_for_me": ("Tệp này gửi cho một cán bộ khác (khóa không khớp với máy này); không áp dụng.",
                   "The file is addressed to another officer."),
    "stale": ("Tệp này cũ hơn tệp cùng loại đã áp dụng; không có gì thay đổi.",
              "The file is older than one of the same kind already applied; nothing changed."),
    "bad_content": ("Nội dung tệp không đúng định dạng; không áp dụng.", "The file's content is malformed."),
}


def check(store, path, kind: str, member: str) -> tuple[object, dict, int]:
    """Steps 1-5 for the officer; returns (package, the member's JSON, the file's number)."""
    pkg = package.read_package(Path(path), expected_kind=kind, keep=(member,))
    pinned = store.get_setting("office_key")
    if identity.role(store) != identity.OFFICER or not pinned:
        raise refuse("not_officer")
    if pkg.author_key_id != pinned["key_id"]:
        raise refuse("wrong_office")
    header = pkg.manifest
    officer = header.get("officer")
    if not isinstance(officer, dict) or officer.get("key_id") != identity.my_key(store).key_id:
        raise refuse("not_for_me")
    seq = header.get(f"{kind}_seq")
    if not isinstance(seq, int) or isinstance(seq, bool) or seq < 1:
        raise refuse("bad_content")
    applied = store.latest_applied(kind)
    if applied is not None and applied["package_id"] == pkg.id:
        raise AlreadyApplied()
    if seq <= store.latest_applied_seq(kind):
        raise refuse("stale")
    try:
        content = json.loads(pkg.read(member).decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise refuse("bad_content") from None
    if not isinstance(content, dict):
        raise refuse("bad_content")
    return pkg, content, seq


def open_file(store, path, kind: str, member: str, check_content, apply) -> dict:
    """Officer: steps 1-6, then ``apply(package, seq, checked content)`` (a summary dict)."""
    try:
        pkg, content, seq = check(store, path, kind, member)
    except AlreadyApplied:
        return {"status": "already_applied", "kind": kind, "file": str(path)}
    summary = apply(pkg, seq, check_content(content))
    return {"status": "applied", "kind": kind, "file": str(path), "seq": seq, **summary}


def checked_items(content: dict, name: str, fields: frozenset, state: str, states, item_ok) -> list[dict]:
    """Step 6: ``content`` is exactly ``{name: [item, ...]}``, each item a dict with exactly
    ``fields``, ``item[state]`` one of ``states`` and ``item_ok(item)`` true."""
    items = content.get(name)
    if set(content) != {name} or not isinstance(items, list):
        raise refuse("bad_content")
    for item in items:
        if not isinstance(item, dict) or set(item) != fields or item[state] not in states or not item_ok(item):
            raise refuse("bad_content")
    return items


def is_int(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def is_text(value, limit: int = MAX_TEXT) -> bool:
    return isinstance(value, str) and len(value) <= limit
