"""The follow-up list under "Kiểm tra số liệu": open marks with their comments; closing one."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QPushButton, QTableWidgetItem, QVBoxLayout, QWidget

from lcdesk.core.errors import LcdeskError
from lcdesk.core.office import followups
from lcdesk.ui.widgets import prompts
from lcdesk.ui.widgets.labels import heading_label
from lcdesk.ui.widgets.tables import record_table


class FollowUpsBox(QWidget):
    COLUMNS = 5

    def __init__(self, store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.period: int | None = None
        self.rows: list[dict] = []
        self.setObjectName("follow_ups_box")
        self.heading = heading_label("follow_ups_heading", self)
        self.all_check = QCheckBox(self, objectName="follow_ups_all")
        self.close_button = QPushButton(self, objectName="follow_up_close")
        self.table = record_table(self, self.COLUMNS, "follow_ups_table")
        self.table.horizontalHeader().setStretchLastSection(True)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.all_check)
        top.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.all_check.toggled.connect(lambda _on: self.load(self.period))
        self.close_button.clicked.connect(self.close_selected)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Danh sách cần theo dõi"))
        self.all_check.setText(self.tr("Hiện cả các mục đã xong"))
        self.close_button.setText(self.tr("Đánh dấu đã &xong"))
        self.table.setHorizontalHeaderLabels([self.tr("Đơn vị"), self.tr("Chỉ số"), self.tr("Trạng thái"),
                                              self.tr("Nhận xét"), self.tr("Người ghi")])

    def load(self, period: int | None) -> None:
        self.period = period
        self.rows = followups.follow_up_list(self.store, period, open_only=not self.all_check.isChecked())
        states = {followups.OPEN: self.tr("Đang theo dõi"), followups.CLOSED: self.tr("Đã xong")}
        self.table.setRowCount(len(self.rows))
        for i, r in enumerate(self.rows):
            indicator = r["indicator"] + (f" [{r['measure']}]" if r["measure"] else "")
            for col, text in enumerate((r["name"], indicator, states[r["state"]], r["comment"], r["author"])):
                self.table.setItem(i, col, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.close_button.setEnabled(any(r["state"] == followups.OPEN for r in self.rows))

    def close_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        r = self.rows[rows[0].row()]
        try:
            followups.close(self.store, catalog=r["catalog"], unit=r["unit"], period=r["period"],
                            indicator=r["indicator"], measure=r["measure"])
        except LcdeskError as exc:
            prompts.user_error(self, exc)
            return
        self.load(self.period)
