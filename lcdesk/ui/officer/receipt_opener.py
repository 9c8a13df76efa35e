"""Opening a receipt (.lcx) or feedback (.lcf) in the officer's window: apply it, say what it did."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from lcdesk.core.errors import LcdeskError
from lcdesk.core.officer import open_file
from lcdesk.ui.widgets import prompts


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReceiptOpener", text)


def open_office_file(window, store, path: str) -> bool:
    """Apply ``path``; a refusal is shown with its Vietnamese reason and changes nothing."""
    try:
        result = open_file.open_file(store, path)
    except LcdeskError as exc:
        prompts.error(window, _tr("Không mở được tệp: %1").replace("%1", exc.message_vi), _tr("Tệp từ văn phòng"))
        return False
    if result["status"] == "already_applied":
        message = _tr("Tệp này đã được mở trước đó; không có gì thay đổi.")
    elif result["kind"] == "receipt":
        message = _tr("Văn phòng đã nhận %1 gói bạn gửi (biên nhận số %2).").replace(
            "%1", str(result["confirmed"])).replace("%2", str(result["seq"]))
    elif result["kind"] == "feedback":
        message = _tr("Phản hồi số %1: %2 biểu mẫu bị trả lại để sửa, %3 biểu mẫu đã được duyệt.").replace(
            "%1", str(result["seq"])).replace("%2", str(result["returned"])).replace("%3", str(result["approved"]))
    else:
        message = _tr("Đã áp dụng tệp.")
    window.statusBar().showMessage(message, 15000)
    return True
