"""Cán bộ: the registry of enrolled officers; open an enrolment request, re-provision one
officer or all, revoke a key with a reason."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QPushButton, QWidget

from lcdesk.core.errors import LcdeskError
from lcdesk.core.exchange import provisioning
from lcdesk.core.office import registry
from lcdesk.core.text import slug
from lcdesk.ui.office.enrol_dialog import EnrolDialog
from lcdesk.ui.office.reprovision_dialog import ReprovisionDialog
from lcdesk.ui.office.revoke_dialog import RevokeDialog
from lcdesk.ui.widgets import prompts, reveal
from lcdesk.ui.widgets.formatting import format_timestamp
from lcdesk.ui.widgets.labels import heading_label, plain_label
from lcdesk.ui.widgets.tables import choice_row, column_page, record_table, set_row

KEY_ROLE = Qt.ItemDataRole.UserRole


class OfficersPage(QWidget):
    """``changed()`` after an enrolment or revocation."""

    changed = Signal()

    def __init__(self, store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.setObjectName("officers_page")
        self.rows: list[dict] = []
        self.enrol_dialog: EnrolDialog | None = None
        self.heading = heading_label("officers_heading", self)
        self.result = plain_label("officers_result", self, selectable=True)
        self.open_request_button = QPushButton(self, objectName="open_request_button")
        self.reprovision_button = QPushButton(self, objectName="reprovision_button")
        self.reprovision_all_button = QPushButton(self, objectName="reprovision_all_button")
        self.revoke_button = QPushButton(self, objectName="revoke_button")
        self.table = record_table(self, 7, "officers_table")
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # A to Z by name (Qt's default is Z to A)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 170), (1, 140), (3, 190), (4, 100), (5, 150), (6, 110)):
            self.table.setColumnWidth(column, width)
        buttons = choice_row(self.open_request_button, self.reprovision_button, self.reprovision_all_button,
                             self.revoke_button)
        column_page(self, self.heading, buttons, self.result, self.table)
        self.open_request_button.clicked.connect(self.choose_request)
        self.reprovision_button.clicked.connect(self.reprovision_selected)
        self.reprovision_all_button.clicked.connect(self.reprovision_all)
        self.revoke_button.clicked.connect(self.revoke_selected)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.retranslate_ui()
        self.refresh()

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Cán bộ đã đăng ký"))
        self.open_request_button.setText(self.tr("Mở &yêu cầu đăng ký…"))
        self.reprovision_button.setText(self.tr("Cấp &lại cấu hình…"))
        self.reprovision_all_button.setText(self.tr("Cấp lại cho &tất cả…"))
        self.revoke_button.setText(self.tr("Thu &hồi khóa…"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Cán bộ"), self.tr("Chức vụ"), self.tr("Đơn vị"), self.tr("Dấu vân tay"), self.tr("Đăng ký ngày"),
            self.tr("Gói gần nhất"), self.tr("Trạng thái")])

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            self.refresh()
        super().changeEvent(event)

    # ------------------------------------------------------------ table
    def refresh(self) -> None:
        self.rows = registry.officers(self.store)
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(self.rows))
        for i, row in enumerate(self.rows):
            for item in set_row(self.table, i, self._cells(row), row["key_id"]):
                if row["status"] == registry.REVOKED:
                    item.setForeground(Qt.GlobalColor.darkRed)
                    item.setToolTip(self.tr("Lý do thu hồi: %1").replace("%1", row["revoke_reason"]))
        self.table.setSortingEnabled(True)
        self._update_buttons()

    def _cells(self, row: dict) -> list[str]:
        if row["last_bundle_seq"]:
            last = self.tr("số %1, nhận %2").replace("%1", str(row["last_bundle_seq"])).replace(
                "%2", format_timestamp(row["last_received"]))
        else:
            last = self.tr("chưa có")
        status = self.tr("Đang hiệu lực") if row["status"] == registry.ACTIVE else self.tr("Đã thu hồi")
        units = ", ".join(u["name"] or u["code"] for u in row["units"])
        return [row["name"], row["position"], units, row["fingerprint"], format_timestamp(row["enrolled_at"]), last, status]

    def selected(self) -> dict | None:
        items = self.table.selectedItems()
        if not items:
            return None
        key = items[0].data(KEY_ROLE)
        return next((r for r in self.rows if r["key_id"] == key), None)

    def select_officer(self, name: str) -> bool:
        for i in range(self.table.rowCount()):
            if self.table.item(i, 0).text() == name:
                self.table.selectRow(i)
                return True
        return False

    def _update_buttons(self) -> None:
        row = self.selected()
        active = bool(row and row["status"] == registry.ACTIVE)
        self.reprovision_button.setEnabled(active)
        self.revoke_button.setEnabled(active)
        self.reprovision_all_button.setEnabled(any(r["status"] == registry.ACTIVE for r in self.rows))

    # ------------------------------------------------------------ enrolment
    def choose_request(self) -> None:
        path = prompts.open_file(self, self.tr("Mở yêu cầu đăng ký"), self.tr("Yêu cầu đăng ký lcdesk (*.lcr)"))
        if path:
            self.open_request(path)

    def open_request(self, path: str) -> EnrolDialog | None:
        """Verify a .lcr and open the enrolment dialog on it (None after explaining a bad file)."""
        try:
            request = registry.read_request(self.store, path)
        except LcdeskError as exc:
            prompts.user_error(self, exc)
            return None
        except OSError as exc:
            prompts.error(self, self.tr("Không đọc được tệp %1: %2").replace("%1", path).replace("%2", exc.strerror or str(exc)))
            return None
        self.enrol_dialog = EnrolDialog(self.store, path, request, self)
        self.enrol_dialog.provisioned.connect(self._on_provisioned)
        self.enrol_dialog.open()
        return self.enrol_dialog

    def _on_provisioned(self, info: dict) -> None:
        self.refresh()
        self.result.setText(self.tr("Đã đăng ký %1; tệp cấu hình: %2").replace("%1", info["name"]).replace("%2", info["file"]))
        self.changed.emit()

    # ------------------------------------------------------------ re-provisioning
    def reprovision_selected(self) -> None:
        row = self.selected()
        if row is None or row["status"] != registry.ACTIVE:
            return
        dialog = ReprovisionDialog([row], self)
        if dialog.exec() != ReprovisionDialog.DialogCode.Accepted:
            return
        name = f"{slug(row['name']) or 'can-bo'}{provisioning.PROVISIONING_SUFFIX}"
        out = prompts.save_file(self, self.tr("Lưu tệp cấu hình"), name, self.tr("Tệp cấu hình lcdesk (*.lcp)"))
        if out:
            self._write(lambda: [registry.reprovision(self.store, row["key_id"], out, dialog.options.periods(),
                                                      dialog.options.deadline())])

    def reprovision_all(self) -> None:
        active = [r for r in self.rows if r["status"] == registry.ACTIVE]
        if not active:
            return
        dialog = ReprovisionDialog(active, self)
        if dialog.exec() != ReprovisionDialog.DialogCode.Accepted:
            return
        folder = prompts.choose_folder(self, self.tr("Chọn thư mục để ghi các tệp cấu hình"))
        if folder:
            self._write(lambda: registry.reprovision_all(self.store, folder, dialog.options.periods(),
                                                         dialog.options.deadline()))

    def _write(self, action) -> None:
        try:
            written = action()
        except LcdeskError as exc:
            prompts.user_error(self, exc)
            return
        self.refresh()
        if written:
            text = self.tr("Đã ghi %n tệp cấu hình vào %1", "", len(written))
            self.result.setText(text.replace("%1", str(Path(written[0]["file"]).parent)))
            if prompts.ask_yes_no(self, self.tr("Đã ghi tệp cấu hình"), self.result.text() + "\n\n" + self.tr("Mở thư mục?")):
                reveal.reveal(written[0]["file"])

    # ------------------------------------------------------------ revocation
    def revoke_selected(self) -> None:
        row = self.selected()
        if row is None or row["status"] != registry.ACTIVE:
            return
        dialog = RevokeDialog(row, self)
        if dialog.exec() != RevokeDialog.DialogCode.Accepted:
            return
        try:
            registry.revoke(self.store, row["key_id"], dialog.reason())
        except LcdeskError as exc:
            prompts.user_error(self, exc)
            return
        self.refresh()
        self.result.setText(self.tr("Đã thu hồi khóa của %1.").replace("%1", row["name"]))
        self.changed.emit()
