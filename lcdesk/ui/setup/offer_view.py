"""What a provisioning file from the office says, shown before it is trusted.

The first time, the officer reads the office's fingerprint to the office by phone
and ticks the confirmation box; an update is already signed by the pinned office
key, so it only lists what changes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from lcdesk.ui.officer.deadline_banner import parse_deadline
from lcdesk.ui.widgets.formatting import format_date
from lcdesk.ui.widgets.labels import plain_label


def fingerprint_font(base: QFont) -> QFont:
    font = QFont(base)
    font.setPointSizeF(base.pointSizeF() * 1.35)
    font.setBold(True)
    font.setStyleHint(QFont.StyleHint.Monospace)
    return font


class OfferView(QWidget):
    """``confirmation_changed(bool)`` when the officer ticks or unticks the phone check."""

    confirmation_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("offer_view")
        self.offer = None
        self.current: dict = {}
        self.heading = plain_label("offer_heading", self)
        self.fingerprint_caption = plain_label("offer_fingerprint_caption", self)
        self.fingerprint = plain_label("offer_fingerprint", self, selectable=True)
        self.fingerprint.setFont(fingerprint_font(self.font()))
        self.advice = plain_label("offer_advice", self)
        self.rows: dict[str, tuple[QLabel, QLabel]] = {}
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for key in ("units", "periods", "deadline", "catalog", "changes"):
            caption, value = plain_label(f"offer_{key}_caption", self), plain_label(f"offer_{key}", self, selectable=True)
            form.addRow(caption, value)
            self.rows[key] = (caption, value)
        self.confirm_check = QCheckBox(self)
        self.confirm_check.setObjectName("confirm_fingerprint_check")
        self.confirm_check.toggled.connect(self.confirmation_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.heading, self.fingerprint_caption, self.fingerprint, self.advice):
            layout.addWidget(widget)
        layout.addLayout(form)
        layout.addWidget(self.confirm_check)
        layout.addStretch(1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        captions = {"units": self.tr("Đơn vị báo cáo:"), "periods": self.tr("Năm báo cáo:"),
                    "deadline": self.tr("Hạn nộp:"), "catalog": self.tr("Danh mục chỉ số:"),
                    "changes": self.tr("Thay đổi:")}
        for key, text in captions.items():
            self.rows[key][0].setText(text)
        self.fingerprint_caption.setText(self.tr("Dấu vân tay của văn phòng:"))
        self.confirm_check.setText(self.tr("Tôi đã gọi điện cho văn phòng và dấu vân tay &khớp hoàn toàn"))
        self.confirm_check.setAccessibleName(self.tr("Xác nhận dấu vân tay của văn phòng"))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def set_offer(self, offer, current: dict | None = None) -> None:
        """Show ``offer`` (a provisioning.Offer); ``current`` is the provisioning in use (updates)."""
        self.offer, self.current = offer, dict(current or {})
        self.confirm_check.setChecked(False)
        self._fill()

    def needs_confirmation(self) -> bool:
        return self.offer is not None and not self.offer.pinned

    def confirmed(self) -> bool:
        return self.offer is not None and (self.offer.pinned or self.confirm_check.isChecked())

    def _fill(self) -> None:
        if self.offer is None:
            return
        header = self.offer.header
        office = header.get("office") or {}
        self.heading.setText(self.tr("Tệp cấu hình của: %1").replace(
            "%1", " — ".join(x for x in (office.get("name", ""), office.get("city_name", "")) if x)))
        self.fingerprint.setText(self.offer.office_fingerprint)
        self.fingerprint.setAccessibleName(self.tr("Dấu vân tay của văn phòng: %1").replace(
            "%1", self.offer.office_fingerprint))
        if self.offer.pinned:
            self.advice.setText(self.tr("Tệp được ký bởi đúng văn phòng đã đăng ký. Số liệu bạn đã nhập được giữ nguyên."))
        else:
            self.advice.setText(self.tr(
                "Trước khi tin cậy, hãy gọi điện cho văn phòng thành phố và đọc từng nhóm số của dấu vân tay "
                "này. Chỉ tiếp tục khi tất cả các nhóm số khớp."))
        self.confirm_check.setVisible(not self.offer.pinned)
        self._set("units", "\n".join(u.get("name", u.get("code", "")) for u in header.get("units", [])))
        self._set("periods", ", ".join(str(p) for p in header.get("periods", [])))
        deadline = parse_deadline(header.get("deadline"))
        self._set("deadline", format_date(deadline) if deadline else self.tr("(không quy định)"))
        self._set("catalog", ", ".join(header.get("catalogs", [])))
        self._set("changes", "\n".join(self.changes()) if self.offer.pinned else "")

    def _set(self, key: str, text: str) -> None:
        caption, value = self.rows[key]
        value.setText(text)
        caption.setVisible(bool(text))
        value.setVisible(bool(text))

    def changes(self) -> list[str]:
        """What an update changes, one line each ('Hạn nộp: 10/12/2025 → 15/12/2025')."""
        header, current, lines = self.offer.header, self.current, []
        old, new = parse_deadline(current.get("deadline")), parse_deadline(header.get("deadline"))
        if old != new:
            lines.append(self.tr("Hạn nộp: %1 → %2").replace("%1", format_date(old) if old else "—")
                         .replace("%2", format_date(new) if new else "—"))
        if list(current.get("catalogs", [])) != list(header.get("catalogs", [])):
            lines.append(self.tr("Danh mục: %1 → %2").replace("%1", ", ".join(current.get("catalogs", [])))
                         .replace("%2", ", ".join(header.get("catalogs", []))))
        if list(current.get("periods", [])) != list(header.get("periods", [])):
            lines.append(self.tr("Năm báo cáo: %1 → %2").replace("%1", ", ".join(map(str, current.get("periods", []))))
                         .replace("%2", ", ".join(map(str, header.get("periods", [])))))
        old_units = [u["code"] for u in current.get("units", [])]
        if old_units != [u["code"] for u in header.get("units", [])]:
            lines.append(self.tr("Danh sách đơn vị báo cáo thay đổi"))
        return lines or [self.tr("Không có thay đổi về hạn nộp, danh mục hay đơn vị")]
