"""The officer's first step: create the key, show its fingerprint, save the enrolment request.

The request (``.lcr``) goes to the city office on a USB stick or by e-mail; the
officer reads the fingerprint to the office by phone. Coming back later (the office
answers days after), the page shows the same key and lets the officer go on.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWizardPage,
)

from lcdesk.core.exchange import identity
from lcdesk.core.errors import LcdeskError
from lcdesk.lazy import LazyModule
from lcdesk.core.text import slug
from lcdesk.ui.widgets import drives
from lcdesk.ui.widgets import prompts
from lcdesk.ui.setup.offer_view import fingerprint_font

provisioning = LazyModule("lcdesk.core.exchange.provisioning")  # its container code: when a button is used


class EnrolmentPage(QWizardPage):
    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self.setObjectName("enrolment_page")
        self.written: dict | None = None
        self.earlier_request = bool((store.get_setting("me") or {}).get("name"))
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("name_edit")
        self.position_edit = QLineEdit(self)
        self.position_edit.setObjectName("position_edit")
        self.unit_edit = QLineEdit(self)
        self.unit_edit.setObjectName("unit_edit")
        self.labels = {key: QLabel(self) for key in ("name", "position", "unit")}
        form = QFormLayout()
        for key, edit in (("name", self.name_edit), ("position", self.position_edit), ("unit", self.unit_edit)):
            self.labels[key].setObjectName(f"{key}_label")
            self.labels[key].setBuddy(edit)
            form.addRow(self.labels[key], edit)
        self.fingerprint_caption = QLabel(self)
        self.fingerprint_caption.setObjectName("my_fingerprint_caption")
        self.fingerprint = QLabel(self)
        self.fingerprint.setObjectName("my_fingerprint")
        self.fingerprint.setFont(fingerprint_font(self.font()))
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                                 | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("save_request_button")
        self.message = QLabel(self)
        self.message.setObjectName("enrolment_message")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.fingerprint_caption)
        layout.addWidget(self.fingerprint)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.save_button.clicked.connect(self.save_request)
        self.name_edit.textChanged.connect(lambda _t: self.save_button.setEnabled(bool(self.name_edit.text().strip())))
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Bước 1: Đăng ký với văn phòng thành phố"))
        self.setSubTitle(self.tr("Máy đã tạo khóa riêng của bạn. Lưu yêu cầu đăng ký rồi gửi cho văn phòng "
                                 "(USB hoặc thư điện tử)."))
        self.labels["name"].setText(self.tr("&Họ và tên:"))
        self.labels["position"].setText(self.tr("&Chức vụ:"))
        self.labels["unit"].setText(self.tr("Đơn &vị báo cáo:"))
        self.name_edit.setAccessibleName(self.tr("Họ và tên"))
        self.position_edit.setAccessibleName(self.tr("Chức vụ"))
        self.unit_edit.setAccessibleName(self.tr("Đơn vị báo cáo"))
        self.unit_edit.setPlaceholderText(self.tr("ví dụ: Phường Ba Đình, Sở Giáo dục và Đào tạo"))
        self.fingerprint_caption.setText(self.tr("Dấu vân tay khóa của bạn (đọc cho văn phòng qua điện thoại):"))
        self.save_button.setText(self.tr("&Lưu yêu cầu đăng ký…"))
        self._show_message()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def initializePage(self) -> None:
        me = self.store.get_setting("me") or {}
        self.earlier_request = bool(me.get("name"))
        self.name_edit.setText(me.get("name", self.name_edit.text()))
        self.position_edit.setText(me.get("position", self.position_edit.text()))
        try:
            key = identity.describe_key(identity.my_key(self.store))
        except LcdeskError as exc:
            prompts.user_error(self, exc)
            return
        self.fingerprint.setText(key["fingerprint"])
        self.fingerprint.setAccessibleName(key["fingerprint"])
        self.save_button.setEnabled(bool(self.name_edit.text().strip()))
        self._show_message()

    def requested_before(self) -> bool:
        """A request was written (now or in an earlier session): the office may have answered."""
        return self.written is not None or self.earlier_request

    def isComplete(self) -> bool:
        return self.requested_before()

    def suggested_path(self) -> str:
        places = drives.destinations()
        folder = places[0].path if places else str(Path.home())
        name = slug(self.name_edit.text()) or "can-bo"
        return str(Path(folder) / f"yeu-cau-dang-ky-{name}{provisioning.ENROLMENT_SUFFIX}")

    def save_request(self) -> None:
        path = prompts.save_file(self, self.tr("Lưu yêu cầu đăng ký"), self.suggested_path(),
                                 self.tr("Yêu cầu đăng ký lcdesk (*.lcr)"))
        if not path:
            return
        if not path.lower().endswith(provisioning.ENROLMENT_SUFFIX):
            path += provisioning.ENROLMENT_SUFFIX
        try:
            self.written = provisioning.write_enrolment_request(
                self.store, path, self.name_edit.text(), self.position_edit.text(), self.unit_edit.text())
        except LcdeskError as exc:
            prompts.user_error(self, exc)
            return
        except OSError as exc:
            prompts.error(self, self.tr("Không ghi được %1: %2").replace("%1", path).replace("%2", exc.strerror or str(exc)))
            return
        self._show_message()
        self.completeChanged.emit()

    def _show_message(self) -> None:
        if self.written is not None:
            self.message.setText(self.tr(
                "Đã lưu yêu cầu đăng ký: %1\n\nTiếp theo: gửi tệp này cho văn phòng thành phố (USB hoặc thư điện tử) "
                "và gọi điện đọc dấu vân tay ở trên. Khi nhận được tệp cấu hình (.lcp), bấm “Tiếp”.")
                .replace("%1", self.written["file"]))
        elif self.requested_before():
            self.message.setText(self.tr("Bạn đã lưu yêu cầu đăng ký trước đây. Nếu đã nhận được tệp cấu hình từ "
                                         "văn phòng, bấm “Tiếp”; nếu chưa, có thể lưu lại yêu cầu."))
        else:
            self.message.setText("")
