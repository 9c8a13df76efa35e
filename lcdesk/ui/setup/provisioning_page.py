"""The officer's second step: open the provisioning file (.lcp) the office sent back.

The file can be chosen in the open dialog or dropped on the page. The office's
fingerprint is shown to confirm by phone; finishing the wizard trusts it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWizardPage

from lcdesk.core.errors import LcdeskError
from lcdesk.lazy import LazyModule
from lcdesk.ui.widgets import prompts
from lcdesk.ui.i18n import current_language
from lcdesk.ui.setup.offer_view import OfferView
from lcdesk.ui.widgets.drops import dropped_paths  # noqa: F401 (the office desk imports it from here)

provisioning = LazyModule("lcdesk.core.exchange.provisioning")  # its container code: when a button is used

ERROR_STYLE = "color:#a00000; font-weight:600;"


class ProvisioningPage(QWizardPage):
    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self.offer = None
        self.accepted_info: dict | None = None
        self.setObjectName("provisioning_page")
        self.setAcceptDrops(True)
        self.intro = QLabel(self)
        self.intro.setObjectName("provisioning_intro")
        self.intro.setWordWrap(True)
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("open_provisioning_button")
        self.error_label = QLabel(self)
        self.error_label.setObjectName("provisioning_error")
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()
        self.view = OfferView(self)
        self.view.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.error_label)
        layout.addWidget(self.view, 1)
        self.open_button.clicked.connect(self.choose_file)
        self.view.confirmation_changed.connect(lambda _on: self.completeChanged.emit())
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Bước 2: Mở tệp cấu hình từ văn phòng"))
        self.setSubTitle(self.tr("Văn phòng thành phố gửi lại một tệp cấu hình (.lcp) cho riêng máy này."))
        self.intro.setText(self.tr("Bấm nút dưới đây để chọn tệp, hoặc kéo thả tệp vào cửa sổ này."))
        self.open_button.setText(self.tr("&Mở tệp cấu hình…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def choose_file(self) -> None:
        path = prompts.open_file(self, self.tr("Mở tệp cấu hình"), self.tr("Tệp cấu hình lcdesk (*.lcp)"))
        if path:
            self.load(path)

    def load(self, path: str) -> bool:
        """Verify ``path``; show the office and its fingerprint, or say plainly what is wrong."""
        self.offer = None
        try:
            offer = provisioning.inspect(self.store, path)
        except LcdeskError as exc:
            self.show_error(exc.message_en if current_language() == "en" else exc.message_vi)
        except OSError as exc:
            self.show_error(self.tr("Không đọc được tệp: %1").replace("%1", exc.strerror or str(exc)))
        else:
            self.offer = offer
            self.error_label.hide()
            self.view.set_offer(offer, self.store.get_setting("provisioning"))
            self.view.show()
            self.view.confirm_check.setFocus()
        self.completeChanged.emit()
        return self.offer is not None

    def show_error(self, text: str) -> None:
        self.view.hide()
        self.error_label.setText(text)
        self.error_label.setAccessibleName(text)
        self.error_label.show()

    def nextId(self) -> int:
        return -1  # the last page of its path

    def isComplete(self) -> bool:
        return self.offer is not None and self.view.confirmed()

    def validatePage(self) -> bool:
        try:
            self.accepted_info = provisioning.accept(self.store, self.offer)
        except LcdeskError as exc:
            self.show_error(exc.message_en if current_language() == "en" else exc.message_vi)
            return False
        return True

    # ------------------------------------------------------------ drag and drop
    def dragEnterEvent(self, event) -> None:
        if dropped_paths(event.mimeData(), (provisioning.PROVISIONING_SUFFIX,)):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = dropped_paths(event.mimeData(), (provisioning.PROVISIONING_SUFFIX,))
        if paths:
            event.acceptProposedAction()
            self.load(paths[0])
