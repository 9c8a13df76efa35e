"""The audit page's words: an action's name and an event's detail in the clerk's language, not
the codes and JSON stored for machines (``office audit --json`` keeps those)."""

from __future__ import annotations

import json
import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from lcdesk.ui.widgets.formatting import interface_language

CONTEXT = "AuditText"
ACTION_NAMES = {
    "import": QT_TRANSLATE_NOOP("AuditText", "Nhập gói"),
    "reject": QT_TRANSLATE_NOOP("AuditText", "Từ chối gói"),
    "enrol": QT_TRANSLATE_NOOP("AuditText", "Đăng ký cán bộ"),
    "provision": QT_TRANSLATE_NOOP("AuditText", "Cấp tệp cấu hình"),
    "revoke": QT_TRANSLATE_NOOP("AuditText", "Thu hồi khóa"),
    "resolve": QT_TRANSLATE_NOOP("AuditText", "Giải quyết xung đột"),
    "approve": QT_TRANSLATE_NOOP("AuditText", "Duyệt"),
    "return": QT_TRANSLATE_NOOP("AuditText", "Trả lại để sửa"),
    "unapprove": QT_TRANSLATE_NOOP("AuditText", "Bỏ duyệt"),
    "receipt": QT_TRANSLATE_NOOP("AuditText", "Ghi biên nhận"),
    "feedback": QT_TRANSLATE_NOOP("AuditText", "Ghi phản hồi"),
}
_KEY_ID = re.compile(r"\s*\([0-9a-f]{16,}\)")


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def action_name(action: str) -> str:
    """"import" -> "Nhập gói" (an unknown action shows as stored)."""
    return _t(ACTION_NAMES[action]) if action in ACTION_NAMES else action


def target_text(target: str) -> str:
    """The target without the officer's key id ("Ngô Văn Minh (98a5…)" -> "Ngô Văn Minh")."""
    return _KEY_ID.sub("", target or "")


def _fill(template: str, *values) -> str:
    text = _t(template)
    for i, value in enumerate(values, 1):
        text = text.replace(f"%{i}", str(value))
    return text


def _list(detail: dict, key: str) -> list:
    """A list in the detail; imports store theirs as JSON text ("[2026]")."""
    value = detail.get(key) or []
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            value = [value]
    return list(value) if isinstance(value, (list, tuple)) else [value]


def _years(detail: dict) -> str:
    return ", ".join(str(p) for p in _list(detail, "periods"))


def detail_text(action: str, detail: dict) -> str:
    """One line a clerk reads; the stored JSON for an action this page does not know."""
    d = detail or {}
    if action == "import":
        return _fill(QT_TRANSLATE_NOOP("AuditText", "%1 · %2 số liệu (%3 mới) · %4 đơn vị · năm %5"), d.get("author", ""), d.get("records", 0),
                     d.get("new_records", 0), len(_list(d, "units")), _years(d))
    if action == "reject":
        english = interface_language() == "en"
        return (d.get("reason") if english else d.get("reason_vi")) or d.get("reason") or ""
    if action == "enrol":
        return _fill(QT_TRANSLATE_NOOP("AuditText", "%1 · %2 đơn vị"), d.get("position") or "", len(_list(d, "units")))
    if action == "provision":
        return _fill(QT_TRANSLATE_NOOP("AuditText", "%1 đơn vị · năm %2 · hạn nộp %3 · lần cấp %4"), len(_list(d, "units")), _years(d),
                     d.get("deadline", ""), d.get("seq", ""))
    if action == "revoke":
        return ""
    if action == "resolve":
        return _fill(QT_TRANSLATE_NOOP("AuditText", "Chọn một trong %1 nguồn"), len(d.get("candidates") or []))
    if action in ("approve", "return", "unapprove"):
        return d.get("comment") or d.get("reason") or ""
    if action == "receipt":
        return _fill(QT_TRANSLATE_NOOP("AuditText", "%1 gói, %2 được chấp nhận"), d.get("bundles", 0), d.get("accepted", 0))
    if action == "feedback":
        return _fill(QT_TRANSLATE_NOOP("AuditText", "%1 biểu mẫu: %2 trả lại, %3 đã duyệt"), d.get("forms", 0), d.get("returned", 0), d.get("approved", 0))
    return json.dumps(d, ensure_ascii=False)
