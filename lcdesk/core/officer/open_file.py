"""``lcdesk open FILE`` and double-click: take any lcdesk file meant for this officer.

Provisioning (``.lcp``), receipts (``.lcx``) and feedback (``.lcf``) are told apart by the
kind inside the verified package, not by the file name. Every refusal is an
``LcdeskError`` with a Vietnamese reason, and changes nothing.
"""

from __future__ import annotations

from pathlib import Path

from lcdesk.core.exchange import container as package
from lcdesk.core.exchange import feedback, provisioning, receipt
from lcdesk.core.exchange.office_files import OfficeFileError


def open_file(store, path) -> dict:
    """Verify ``path`` and apply it; returns {"status": "applied" | "already_applied", "kind", ...}."""
    kind = package.read_package(Path(path)).kind
    if kind == receipt.KIND:
        return receipt.open_receipt(store, path)
    if kind == feedback.KIND:
        return feedback.open_feedback(store, path)
    if kind == provisioning.PROVISIONING:
        info = provisioning.setup(store, path)
        return {"status": "applied", "kind": kind, "file": str(path), "update": info["update"],
                "units": [u["code"] for u in info["units"]], "deadline": info["deadline"]}
    raise OfficeFileError("wrong_kind", "Tệp này không dành cho máy của cán bộ (ví dụ: gói số liệu gửi văn phòng).",
                          f"A file of kind '{kind}' is not opened on an officer's installation.")


def describe(result: dict) -> str:
    """One Vietnamese sentence about what ``open_file`` did."""
    if result["status"] == "already_applied":
        return "Tệp này đã được mở trước đó; không có gì thay đổi."
    if result["kind"] == receipt.KIND:
        return f"Đã nhận biên nhận số {result['seq']}: văn phòng đã nhận {result['confirmed']} gói bạn gửi."
    if result["kind"] == feedback.KIND:
        return (f"Đã nhận phản hồi số {result['seq']}: {result['returned']} biểu mẫu bị trả lại để sửa, "
                f"{result['approved']} biểu mẫu đã được duyệt.")
    return f"Đã cập nhật cấu hình: đơn vị {', '.join(result['units'])}; hạn nộp {result['deadline'] or '—'}."
