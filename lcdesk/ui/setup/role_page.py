"""First page of the first-run wizard: officer, city office, or a demo to look around."""


from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWizardPage,
)

OFFICER, OFFICE, DEMO = "officer", "office", "demo"
ROLES = (OFFICER, OFFICE, DEMO)


class RolePage(QWizardPage):
    """The wizard goes on to the officer's, the office's or the demo's pages."""

    def __init__(self, page_ids: dict[str, int], parent=None):
        super().__init__(parent)
        self.setObjectName("role_page")
        self.page_ids = page_ids
        self.group = QButtonGroup(self)
        self.radios: dict[str, QRadioButton] = {}
        self.descriptions: dict[str, QLabel] = {}
        layout = QVBoxLayout(self)
        for role in ROLES:
            radio = QRadioButton(self)
            radio.setObjectName(f"role_{role}_radio")
            bold = QFont(radio.font())
            bold.setBold(True)
            radio.setFont(bold)
            description = QLabel(self)
            description.setObjectName(f"role_{role}_description")
            description.setWordWrap(True)
            description.setTextFormat(Qt.TextFormat.PlainText)
            description.setIndent(24)
            description.setBuddy(radio)
            self.group.addButton(radio)
            self.radios[role], self.descriptions[role] = radio, description
            layout.addWidget(radio)
            layout.addWidget(description)
            layout.addSpacing(8)
            radio.toggled.connect(lambda _on: self.completeChanged.emit())
        layout.addStretch(1)
        self.radios[OFFICER].setChecked(True)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Chào mừng đến với Learning City Desk"))
        self.setSubTitle(self.tr("Máy này sẽ được dùng để làm gì?"))
        texts = {
            OFFICER: (self.tr("&Cán bộ báo cáo"),
                      self.tr("Tôi nhập số liệu cho phường/xã, sở hoặc ngành của mình và gửi cho văn phòng thành phố.")),
            OFFICE: (self.tr("&Văn phòng thành phố"),
                     self.tr("Tôi đăng ký cán bộ, nhận gói dữ liệu và tổng hợp báo cáo của thành phố.")),
            DEMO: (self.tr("&Dùng thử"),
                   self.tr("Xem toàn bộ quy trình trong một phút: một văn phòng Hà Nội và một cán bộ phường "
                           "đã được thiết lập sẵn, có số liệu mẫu. Dữ liệu thật của máy này không bị ảnh hưởng.")),
        }
        for role, (title, description) in texts.items():
            self.radios[role].setText(title)
            self.radios[role].setAccessibleDescription(description)
            self.descriptions[role].setText(description)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def choice(self) -> str:
        return next(role for role, radio in self.radios.items() if radio.isChecked())

    def choose(self, role: str) -> None:
        self.radios[role].setChecked(True)

    def nextId(self) -> int:
        return self.page_ids.get(self.choice(), -1)
