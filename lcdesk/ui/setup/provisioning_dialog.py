"""Accepting a provisioning file from the office (first set-up or an update).

``open_provisioning_file(store, path, parent)`` verifies the file and shows the
Vietnamese reason when it is damaged, signed by someone else or meant for another
officer; otherwise it returns a ``ProvisioningDialog`` (opened, not executed, so the
window stays responsive) whose ``accepted`` signal follows a successful set-up.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from lcdesk.core.exchange import provisioning
from lcdesk.core.errors import LcdeskError
from lcdesk.ui.widgets import prompts
from lcdesk.ui.setup.offer_view import OfferView


class ProvisioningDialog(QDialog):
    def __init__(self, store, offer, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.offer = offer
        self.result_info: dict | None = None
        self.setObjectName("provisioning_dialog")
        self.view = OfferView(self)
        self.view.set_offer(offer, store.get_setting("provisioning"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.setObjectName("provisioning_buttons")
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("accept_provisioning_button")
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.view.confirmation_changed.connect(self._update_buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self._update_buttons()
        self.setMinimumWidth(560)

    def retranslate_ui(self) -> None:
        if self.offer.pinned:
            self.setWindowTitle(self.tr("Cập nhật cấu hình từ văn phòng"))
            self.ok_button.setText(self.tr("&Cập nhật"))
        else:
            self.setWindowTitle(self.tr("Tin cậy văn phòng thành phố"))
            self.ok_button.setText(self.tr("&Tin cậy và thiết lập"))
        self.cancel_button.setText(self.tr("&Hủy"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _update_buttons(self, *_args) -> None:
        self.ok_button.setEnabled(self.view.confirmed())

    def accept(self) -> None:
        if not self.view.confirmed():
            return
        try:
            self.result_info = provisioning.accept(self.store, self.offer)
        except LcdeskError as exc:
            prompts.user_error(self, exc)
            return
        super().accept()


def inspect_file(store, path: str, parent: QWidget | None):
    """The verified offer in ``path``, or None after telling the user what is wrong."""
    try:
        return provisioning.inspect(store, path)
    except LcdeskError as exc:
        prompts.user_error(parent, exc)
    except OSError as exc:
        text = QCoreApplication.translate("ProvisioningDialog", "Không đọc được tệp %1: %2")
        prompts.error(parent, text.replace("%1", str(path)).replace("%2", exc.strerror or str(exc)))
    return None


def open_provisioning_file(store, path: str, parent: QWidget | None) -> ProvisioningDialog | None:
    offer = inspect_file(store, path, parent)
    if offer is None:
        return None
    dialog = ProvisioningDialog(store, offer, parent)
    dialog.open()
    return dialog
