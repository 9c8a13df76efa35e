"""Enrol an officer from their request (.lcr): check the fingerprint by phone, choose the
units by name, the year(s) and deadline, and write the provisioning file (.lcp)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QPushButton, QVBoxLayout, QWidget,
)

from lcdesk.core.errors import LcdeskError
from lcdesk.core.office import registry
from lcdesk.core.text import slug
from lcdesk.ui.office.provision_options import ProvisionOptions
from lcdesk.ui.office.unit_chooser import UnitChooser
from lcdesk.ui.setup.offer_view import fingerprint_font
from lcdesk.ui.widgets import drives, prompts, reveal
from lcdesk.ui.widgets.labels import heading_label, plain_label


class EnrolDialog(QDialog):
    """``provisioned(info)`` after the .lcp was written (``info`` as ``registry.enrol`` returns)."""

    provisioned = Signal(dict)

    def __init__(self, store, request_path: str, request: dict, parent: QWidget | None = None):
        super().__init__(parent)
        self.store, self.request_path, self.request = store, request_path, request
        self.result_info: dict | None = None
        self.setObjectName("enrol_dialog")
        self.heading = heading_label("enrol_heading", self)
        self.rows = {key: (plain_label(f"{key}_caption", self), plain_label(f"request_{key}", self, selectable=True))
                     for key in ("name", "position", "unit")}
        self.fingerprint_caption = plain_label("fingerprint_caption", self)
        self.fingerprint = plain_label("request_fingerprint", self, selectable=True)
        big = fingerprint_font(self.font())
        big.setPointSizeF(big.pointSizeF() * 1.3)
        self.fingerprint.setFont(big)
        self.advice = plain_label("fingerprint_advice", self)
        self.confirm_check = QCheckBox(self, objectName="confirm_fingerprint_check")
        self.chooser = UnitChooser(registry.office_units(store), self)
        self.options = ProvisionOptions(self)
        self.done_label = plain_label("provisioned_label", self, selectable=True)
        self.open_folder_button = QPushButton(self, objectName="open_folder_button")
        self.open_folder_button.setVisible(False)
        self.buttons = QDialogButtonBox(self)
        self.provision_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.provision_button.setObjectName("provision_button")
        self.close_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.close_button.setObjectName("close_button")
        self._layout()
        self.confirm_check.toggled.connect(self._update_buttons)
        self.chooser.changed.connect(self._update_buttons)
        self.provision_button.clicked.connect(self.provision)
        self.close_button.clicked.connect(self.reject)
        self.open_folder_button.clicked.connect(self.open_folder)
        self._fill()
        self.retranslate_ui()
        self._update_buttons()
        self._fit_screen(720, 680)

    def _fit_screen(self, width: int, height: int) -> None:
        """The wanted size, or less on a small screen (1366×768 at 150 % is 911×512)."""
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        if screen is not None:
            width, height = min(width, screen.width() - 20), min(height, screen.height() - 40)
        self.resize(max(width, self.minimumSizeHint().width()), max(height, self.minimumSizeHint().height()))

    def _layout(self) -> None:
        form = QFormLayout()
        for caption, value in self.rows.values():
            form.addRow(caption, value)
        done = QHBoxLayout()
        done.addWidget(self.done_label, 1)
        done.addWidget(self.open_folder_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        for widget in (self.fingerprint_caption, self.fingerprint, self.advice, self.confirm_check):
            layout.addWidget(widget)
        layout.addWidget(self.chooser, 1)
        layout.addWidget(self.options)
        layout.addLayout(done)
        layout.addWidget(self.buttons)

    def _fill(self) -> None:
        r = self.request
        self.rows["name"][1].setText(r["name"])
        self.rows["position"][1].setText(r["position"] or "—")
        match = r.get("requested_match")
        asked = r["unit_requested"] or "—"
        self.rows["unit"][1].setText(f"{asked} → {match['name']} ({match['code']})" if match and match["name"] != asked
                                     else asked)
        self.fingerprint.setText(r["fingerprint"])
        if match:
            self.chooser.set_checked(match["code"])

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Đăng ký cán bộ"))
        self.heading.setText(self.tr("Yêu cầu đăng ký của cán bộ"))
        for key, text in (("name", self.tr("Họ và tên:")), ("position", self.tr("Chức vụ:")),
                          ("unit", self.tr("Đơn vị đề nghị:"))):
            self.rows[key][0].setText(text)
        self.fingerprint_caption.setText(self.tr("Dấu vân tay khóa của cán bộ:"))
        self.advice.setText(self.tr("Gọi điện cho cán bộ, nhờ họ đọc dấu vân tay hiện trên máy của họ và so từng số "
                                    "với dãy số trên. Chỉ cấp cấu hình khi hai dãy khớp hoàn toàn."))
        self.confirm_check.setText(self.tr("Tôi đã gọi điện và đối chiếu mã khóa"))
        self.provision_button.setText(self.tr("&Cấp tệp cấu hình…"))
        self.close_button.setText(self.tr("Đó&ng"))
        self.open_folder_button.setText(self.tr("Mở &thư mục"))
        self._update_buttons()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _update_buttons(self, *_args) -> None:
        ready = self.confirm_check.isChecked() and bool(self.chooser.chosen()) and self.result_info is None
        self.provision_button.setEnabled(ready)
        if not self.confirm_check.isChecked():
            self.provision_button.setToolTip(self.tr("Hãy đối chiếu dấu vân tay qua điện thoại trước."))
        elif not self.chooser.chosen():
            self.provision_button.setToolTip(self.tr("Hãy chọn ít nhất một đơn vị."))
        else:
            self.provision_button.setToolTip("")

    def suggested_path(self) -> str:
        folder = next((d.path for d in drives.destinations()), str(Path.home()))
        return str(Path(folder) / f"{slug(self.request['name']) or 'can-bo'}.lcp")

    def provision(self) -> None:
        if not self.provision_button.isEnabled():
            return
        out = prompts.save_file(self, self.tr("Lưu tệp cấu hình cho cán bộ"), self.suggested_path(),
                                self.tr("Tệp cấu hình lcdesk (*.lcp)"))
        if not out:
            return
        if not out.lower().endswith(".lcp"):
            out += ".lcp"
        try:
            info = registry.enrol(self.store, self.request_path, self.chooser.chosen(), out,
                                  self.options.periods(), self.options.deadline())
        except LcdeskError as exc:
            prompts.user_error(self, exc)
            return
        self.result_info = info
        self.done_label.setText(self.tr("Đã ghi tệp cấu hình: %1\nHãy gửi tệp này cho cán bộ (USB hoặc thư điện tử).")
                                .replace("%1", out))
        self.open_folder_button.setVisible(True)
        self._update_buttons()
        self.provisioned.emit(info)

    def open_folder(self) -> None:
        if self.result_info:
            reveal.reveal(self.result_info["file"])
