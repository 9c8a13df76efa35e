"""Revoke an officer's key: a reason, and the documented policy stated before confirming."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QVBoxLayout, QWidget

from lcdesk.core.office import registry
from lcdesk.ui.i18n import current_language
from lcdesk.ui.widgets.labels import heading_label, plain_label


class RevokeDialog(QDialog):
    def __init__(self, officer: dict, parent: QWidget | None = None):
        super().__init__(parent)
        self.officer = officer
        self.setObjectName("revoke_dialog")
        self.heading = heading_label("revoke_heading", self)
        self.policy = plain_label("revoke_policy", self)
        self.reason_caption = plain_label("reason_caption", self)
        self.reason_edit = QLineEdit(self, objectName="revoke_reason_edit")
        self.reason_caption.setBuddy(self.reason_edit)
        self.buttons = QDialogButtonBox(self)
        self.revoke_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.revoke_button.setObjectName("confirm_revoke_button")
        self.cancel_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason_edit.textChanged.connect(lambda t: self.revoke_button.setEnabled(bool(t.strip())))
        layout = QVBoxLayout(self)
        for widget in (self.heading, self.policy, self.reason_caption, self.reason_edit, self.buttons):
            layout.addWidget(widget)
        self.retranslate_ui()
        self.revoke_button.setEnabled(False)
        self.setMinimumWidth(520)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Thu hồi khóa"))
        self.heading.setText(self.tr("Thu hồi khóa của %1 (%2)").replace("%1", self.officer["name"])
                             .replace("%2", self.officer["fingerprint"]))
        self.policy.setText(registry.POLICY_EN if current_language() == "en" else registry.POLICY_VI)
        self.reason_caption.setText(self.tr("&Lý do thu hồi (bắt buộc):"))
        self.revoke_button.setText(self.tr("&Thu hồi khóa"))
        self.cancel_button.setText(self.tr("&Hủy"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def reason(self) -> str:
        return self.reason_edit.text().strip()

    def accept(self) -> None:
        if self.reason():
            super().accept()
