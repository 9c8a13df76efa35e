"""Re-provision one officer or every active officer: new year(s), new deadline, the
office's current catalogs; writes the .lcp file(s) and says where."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from lcdesk.ui.office.provision_options import ProvisionOptions
from lcdesk.ui.widgets.labels import heading_label, plain_label


class ReprovisionDialog(QDialog):
    def __init__(self, officers: list[dict], parent: QWidget | None = None):
        super().__init__(parent)
        self.officers = officers
        self.setObjectName("reprovision_dialog")
        first = officers[0] if officers else {}
        self.heading = heading_label("reprovision_heading", self)
        self.hint = plain_label("reprovision_hint", self)
        self.options = ProvisionOptions(self, first.get("periods") or None, first.get("deadline", ""))
        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("reprovision_ok_button")
        self.cancel_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.heading, self.hint, self.options, self.buttons):
            layout.addWidget(widget)
        self.retranslate_ui()
        self.setMinimumWidth(520)

    def retranslate_ui(self) -> None:
        if len(self.officers) == 1:
            self.setWindowTitle(self.tr("Cấp lại cấu hình"))
            self.heading.setText(self.tr("Cấp lại cấu hình cho %1").replace("%1", self.officers[0]["name"]))
        else:
            self.setWindowTitle(self.tr("Cấp lại cấu hình cho tất cả"))
            self.heading.setText(self.tr("Cấp lại cấu hình cho %n cán bộ đang hiệu lực", "", len(self.officers)))
        self.hint.setText(self.tr("Tệp mới mang danh mục chỉ số hiện hành của văn phòng, năm báo cáo và hạn nộp dưới "
                                  "đây. Số liệu cán bộ đã nhập được giữ nguyên."))
        self.ok_button.setText(self.tr("&Ghi tệp…"))
        self.cancel_button.setText(self.tr("&Hủy"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
