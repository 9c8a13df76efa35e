"""Help → the office key: its fingerprint in large digits, to read to officers by phone."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from lcdesk.core.exchange import identity
from lcdesk.core.office import registry
from lcdesk.ui.setup.offer_view import fingerprint_font
from lcdesk.ui.widgets.labels import heading_label, plain_label


class OfficeKeyDialog(QDialog):
    def __init__(self, store, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("office_key_dialog")
        key = registry.office_key(store)
        self.office = identity.office_settings(store)
        self.heading = heading_label("office_key_heading", self)
        self.fingerprint = plain_label("office_fingerprint", self, selectable=True)
        big = fingerprint_font(self.font())
        big.setPointSizeF(big.pointSizeF() * 1.6)
        self.fingerprint.setFont(big)
        self.fingerprint.setText(key["fingerprint"])
        self.key_id = plain_label("office_key_id", self, selectable=True)
        self.key_id_text = key["key_id"]
        self.advice = plain_label("office_key_advice", self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.heading, self.fingerprint, self.advice, self.key_id):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self.setMinimumWidth(520)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Khóa của văn phòng"))
        self.heading.setText(self.tr("Dấu vân tay khóa của %1").replace("%1", self.office["name"]))
        self.advice.setText(self.tr("Khi cán bộ mở tệp cấu hình lần đầu, máy của họ hiện dãy số này. Hãy đọc cho họ "
                                    "qua điện thoại để họ đối chiếu từng số trước khi tin cậy văn phòng."))
        self.key_id.setText(self.tr("Mã khóa: %1").replace("%1", self.key_id_text))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Đó&ng"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
