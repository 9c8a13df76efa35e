"""The demo's page of the first-run wizard: what "Dùng thử" opens, before it does."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWizardPage


class DemoPage(QWizardPage):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("demo_page")
        self.text = QLabel(self)
        self.text.setObjectName("demo_text")
        self.text.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addStretch(1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Dùng thử"))
        self.setSubTitle(self.tr("Một cán bộ Phường Ba Đình (Hà Nội) đã được văn phòng thành phố thiết lập sẵn."))
        self.text.setText(self.tr(
            "Bản dùng thử có số liệu mẫu cho hai năm báo cáo gần nhất. Bạn có thể xem các chỉ số được giao, nhập số "
            "liệu, xuất gói dữ liệu, rồi dùng lệnh “lcdesk office import” của văn phòng dùng thử để nhập gói.\n\n"
            "Bản dùng thử được lưu ở thư mục riêng; dữ liệu thật của máy này không bị ảnh hưởng. "
            "Lần sau mở chương trình, bạn vẫn có thể chọn vai trò thật.\n\nBấm “Hoàn tất” để mở bản dùng thử."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def nextId(self) -> int:
        return -1
