"""The office's word on the open form, shown above its fields: the comment per cell when it
was returned, a warning when it was approved (a change sends it back for review), and once the
officer changed an approved form, that it goes back to the office with the next bundle.

The state is ``entry.office_word``'s, the rule of the tree's marks: a form whose figures are
back to the ones the office saw (an edit undone) reads as the office left it."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from lcdesk.core.errors import LcdeskError
from lcdesk.core.exchange import feedback

STYLES = {"returned": "background:#fce5cd;border:1px solid #e69138;padding:6px;",
          "approved": "background:#d9ead3;border:1px solid #6aa84f;padding:6px;",
          "changed_after_approval": "background:#cfe2f3;border:1px solid #3d85c6;padding:6px;"}
SHOWN = ("returned", "answered", "approved", "changed_after_approval")


class FeedbackNote(QLabel):
    def __init__(self, store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.state = ""
        self.complete = False  # the form's own status is complete (entry.form_status)
        self.setObjectName("feedback_note")
        self.setWordWrap(True)
        self.hide()

    def show_form(self, key) -> None:
        """``key``: a FormKey (catalog, unit, period, indicator) or None."""
        found, state, self.complete = None, "", False
        if key is not None:
            try:
                found, state, self.complete = self._office_form(key)
            except LcdeskError:
                found, state = None, ""
        self.state = state if found else ""
        if self.state not in SHOWN:
            self.hide()
            return
        labels = {m.code: m.label for m in key.catalog.indicator(key.indicator).measures}
        if self.state in ("returned", "answered"):
            lines = [self.tr("Văn phòng trả lại biểu mẫu này để sửa:") if self.state == "returned"
                     else self.tr("Bạn đã sửa theo nhận xét của văn phòng; hãy xuất gói để gửi lại:")]
            lines += [f"• {labels.get(c['measure'], c['measure'])}: {c['text']}" if c["measure"] else f"• {c['text']}"
                      for c in found["comments"]]
            self.setStyleSheet(STYLES["returned"])
        elif self.state == "approved":
            lines = [self.tr("Biểu mẫu này đã được văn phòng duyệt. Bạn vẫn có thể sửa, nhưng khi sửa, "
                             "biểu mẫu sẽ được gửi lại để văn phòng duyệt lại.")]
            self.setStyleSheet(STYLES["approved"])
        else:  # changed after approval: it goes back to the office, which approves complete forms only
            lines = [self.tr("Văn phòng đã duyệt biểu mẫu này, nhưng bạn đã sửa số liệu sau đó: "
                             "hãy xuất gói để văn phòng duyệt lại.") if self.complete
                     else self.tr("Văn phòng đã duyệt biểu mẫu này, nhưng bạn đã sửa số liệu sau đó: "
                                  "hãy đánh dấu hoàn thành rồi xuất gói để văn phòng duyệt lại.")]
            self.setStyleSheet(STYLES["changed_after_approval"])
        self.setText("\n".join(lines))
        self.show()

    def _office_form(self, key) -> tuple[dict | None, str, bool]:
        """(the latest feedback's form for ``key``, the office's word on it now, whether the form is
        complete), or (None, "", False)."""
        from lcdesk.core.officer import entry

        applied = self.store.latest_applied(feedback.KIND)
        where = (key.catalog.id, key.unit, int(key.period), key.indicator)
        found = next((f for f in (applied or {}).get("body", {}).get("forms", [])
                      if (f["catalog"], f["unit"], int(f["period"]), f["indicator"]) == where), None)
        if found is None:
            return None, "", False
        heads = entry.my_heads(self.store, key.catalog.id, key.unit, int(key.period))
        state = entry.office_word(self.store, key.catalog.id, key.unit, int(key.period), heads).get(key.indicator, "")
        complete = entry.form_status(key.catalog.indicator(key.indicator), heads) == entry.COMPLETE
        return found, state, complete
