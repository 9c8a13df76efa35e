"""The office's word on the open form, shown above its fields: the comment per cell when it
was returned, a warning when it was approved (a change sends it back for review)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from lcdesk.core.errors import LcdeskError
from lcdesk.core.exchange import feedback

STYLES = {"returned": "background:#fce5cd;border:1px solid #e69138;padding:6px;",
          "approved": "background:#d9ead3;border:1px solid #6aa84f;padding:6px;"}


class FeedbackNote(QLabel):
    def __init__(self, store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.state = ""
        self.setObjectName("feedback_note")
        self.setWordWrap(True)
        self.hide()

    def show_form(self, key) -> None:
        """``key``: a FormKey (catalog, unit, period, indicator) or None."""
        found = None
        if key is not None:
            try:
                found = next((t for t in feedback.todo(self.store) if (t["catalog"], t["unit"], t["period"], t["indicator"])
                              == (key.catalog.id, key.unit, int(key.period), key.indicator)), None)
            except LcdeskError:
                found = None
        self.state = found["state"] if found else ""
        if not found or self.state not in ("returned", "answered", "approved", "changed_after_approval"):
            self.hide()
            return
        labels = {m.code: m.label for m in key.catalog.indicator(key.indicator).measures}
        if self.state in ("returned", "answered"):
            lines = [self.tr("Văn phòng trả lại biểu mẫu này để sửa:") if self.state == "returned"
                     else self.tr("Bạn đã sửa theo nhận xét của văn phòng; hãy xuất gói để gửi lại:")]
            lines += [f"• {labels.get(c['measure'], c['measure'])}: {c['text']}" if c["measure"] else f"• {c['text']}"
                      for c in found["comments"]]
            self.setStyleSheet(STYLES["returned"])
        else:
            lines = [self.tr("Biểu mẫu này đã được văn phòng duyệt. Bạn vẫn có thể sửa, nhưng khi sửa, "
                             "biểu mẫu sẽ được gửi lại để văn phòng duyệt lại.")]
            self.setStyleSheet(STYLES["approved"])
        self.setText("\n".join(lines))
        self.show()
