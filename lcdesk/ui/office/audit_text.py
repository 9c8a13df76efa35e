"""The audit page's words: an action's name and an event's detail in the clerk's language, not
the codes and JSON stored for machines (``office audit --json`` keeps those)."""

from __future__ import annotations

import json
import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

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


def _fill(text: str, *values) -> str:
    """``text`` (already translated) with %1, %2, … replaced by ``values``."""
    for i, value in enumerate(values, 1):
        text = text.replace(f"%{i}", str(value))
    return text


def _count(detail: dict, key: str) -> int:
    try:
        return int(detail.get(key) or 0)
    except (TypeError, ValueError):
        return 0


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
    if action == "reject":
        english = interface_language() == "en"
        return (d.get("reason") if english else d.get("reason_vi")) or d.get("reason") or ""
    if action == "revoke":
        return ""
    if action in ("approve", "return", "unapprove"):
        return d.get("comment") or d.get("reason") or ""
    counted = _COUNTED.get(action)
    return counted(_words(), d) if counted is not None else json.dumps(d, ensure_ascii=False)


class AuditText(QObject):
    """The details that count something, with Qt's plural forms ("1 unit", "2 units" in English).

    ``self.tr(text, "", n)`` in a class named after the context is what lupdate reads as a
    numerus message (it does not see ``QCoreApplication.translate`` with a computed ``n``)."""

    def import_text(self, d: dict) -> str:
        units = self.tr("%n đơn vị", "", len(_list(d, "units")))
        line = self.tr("%1 · %n số liệu (%2 mới) · %3 · năm %4", "", _count(d, "records"))
        return _fill(line, d.get("author", ""), _count(d, "new_records"), units, _years(d))

    def enrol_text(self, d: dict) -> str:
        return _fill(self.tr("%1 · %n đơn vị", "", len(_list(d, "units"))), d.get("position") or "")

    def provision_text(self, d: dict) -> str:
        line = self.tr("%n đơn vị · năm %1 · hạn nộp %2 · lần cấp %3", "", len(_list(d, "units")))
        return _fill(line, _years(d), d.get("deadline", ""), d.get("seq", ""))

    def resolve_text(self, d: dict) -> str:
        return self.tr("Chọn một trong %n nguồn", "", len(d.get("candidates") or []))

    def receipt_text(self, d: dict) -> str:
        return _fill(self.tr("%n gói, %1 được chấp nhận", "", _count(d, "bundles")), _count(d, "accepted"))

    def feedback_text(self, d: dict) -> str:
        line = self.tr("%n biểu mẫu: %1 trả lại, %2 đã duyệt", "", _count(d, "forms"))
        return _fill(line, _count(d, "returned"), _count(d, "approved"))


_COUNTED = {"import": AuditText.import_text, "enrol": AuditText.enrol_text, "provision": AuditText.provision_text,
            "resolve": AuditText.resolve_text, "receipt": AuditText.receipt_text, "feedback": AuditText.feedback_text}
_instance: list = []


def _words() -> AuditText:
    if not _instance:
        _instance.append(AuditText())
    return _instance[0]
