"""Tiến độ: who is expected, what arrived, who is late; the chase list to .xlsx."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox, QFrame, QLabel, QPushButton, QScrollArea, QSpinBox, QSplitter, QTableView, QVBoxLayout, QWidget,
)

from lcdesk.core.errors import LcdeskError
from lcdesk.core.office import chase_list, completeness, expected, review
from lcdesk.ui.office.completeness_model import CompletenessModel
from lcdesk.ui.office.expected_panel import ExpectedPanel
from lcdesk.ui.office.review_labels import legend_html
from lcdesk.ui.widgets import prompts
from lcdesk.ui.widgets.labels import heading_label, plain_label
from lcdesk.ui.widgets.tables import choice_row


def default_period(store) -> int:
    periods = [p["period"] for p in store.review_periods()]
    return max(periods) if periods else date.today().year - (1 if date.today().month < 7 else 0)


class CompletenessPage(QWidget):
    def __init__(self, store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.data: dict = {}
        self.setObjectName("completeness_page")
        self.heading = heading_label("completeness_heading", self)
        self.period_label = QLabel(self)
        self.period_spin = QSpinBox(self, objectName="completeness_period")
        self.period_spin.setRange(2000, 2100)
        self.period_spin.setValue(default_period(store))
        self.period_label.setBuddy(self.period_spin)
        self.columns_combo = QComboBox(self, objectName="completeness_columns")
        self.columns_combo.addItems(["", ""])
        self.chase_button = QPushButton(self, objectName="chase_list_button")
        self.summary = plain_label("completeness_summary", self, selectable=True)
        self.legend = QLabel(self, objectName="completeness_legend")
        self.legend.setWordWrap(True)
        self.model = CompletenessModel(self)
        self.table = QTableView(self, objectName="completeness_table")
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.setColumnWidth(0, 200)
        self.adjust_panel = ExpectedPanel(store, self.period, self)
        top = choice_row(self.period_label, self.period_spin, self.columns_combo, after=(self.chase_button,))
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.legend)
        # The grid and the adjustment panel share the height: on a short screen (150 %) the
        # clerk drags the divider instead of losing the grid to a fixed-height panel.
        self.splitter = QSplitter(Qt.Orientation.Vertical, self, objectName="completeness_splitter")
        self.splitter.addWidget(self.table)
        panel_scroll = QScrollArea(self, objectName="adjust_panel_scroll")
        panel_scroll.setWidget(self.adjust_panel)
        panel_scroll.setWidgetResizable(True)
        panel_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.splitter.addWidget(panel_scroll)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        layout.addWidget(self.splitter, 1)
        self.adjust_panel.changed.connect(self.refresh)
        self.table.clicked.connect(self.choose_cell)
        self.period_spin.valueChanged.connect(lambda _v: self.refresh())
        self.chase_button.clicked.connect(lambda: self.export_chase_list())
        self.columns_combo.currentIndexChanged.connect(
            lambda i: self.model.load(self.data, self.model.forms, by_standard=i == 1) if self.data else None)
        self.retranslate_ui()
        self.refresh()

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Tiến độ báo cáo"))
        self.period_label.setText(self.tr("&Năm báo cáo:"))
        self.chase_button.setText(self.tr("Xuất danh sách &đôn đốc (.xlsx)…"))
        self.columns_combo.setItemText(0, self.tr("Theo từng chỉ số"))
        self.columns_combo.setItemText(1, self.tr("Theo tiêu chuẩn (hoàn thành/phải nộp)"))
        self.legend.setText(legend_html())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            if self.data:
                self.render_summary()
                self.model.load(self.data, self.model.forms)
                self.fit_timeliness()
        super().changeEvent(event)

    def choose_cell(self, index) -> None:
        """A click on the grid chooses that unit (and indicator) in the adjustment panel."""
        unit = self.model.units[index.row()]["code"]
        column = index.column() - 3
        by_indicator = not self.model.by_standard and 0 <= column < len(self.model.indicators)
        self.adjust_panel.choose(unit, self.model.indicators[column] if by_indicator else None)

    def period(self) -> int:
        return self.period_spin.value()

    def refresh(self) -> None:
        period = self.period()
        self.data = completeness.summary(self.store, period)
        forms = {}
        for key in self.data["catalogs"][:1]:
            forms = review.forms(self.store, expected.office_catalog(self.store, key).id, period)
        self.model.load(self.data, forms)
        self.fit_timeliness()
        self.render_summary()
        self.adjust_panel.show_history()

    TIMELINESS_WIDTH = 300  # at most: "Nộp trễ, còn thiếu 12 biểu, quá hạn 30 ngày" on one line

    def fit_timeliness(self) -> None:
        """The "Đúng hạn" column as wide as its longest text (the rows in view), on one line."""
        self.table.resizeColumnToContents(2)
        self.table.setColumnWidth(2, min(self.TIMELINESS_WIDTH, self.table.columnWidth(2)))

    def render_summary(self) -> None:
        d = self.data
        self.summary.setText(self.tr(
            "Hoàn thành %1/%2 biểu mẫu (%3 %) · đã nhận %4 · đã duyệt %5 · trả lại chờ sửa %6 · đúng hạn %7 % · "
            "%8 đơn vị chưa gửi, %9 đơn vị nộp trễ")
            .replace("%1", str(d["complete"])).replace("%2", str(d["expected"])).replace("%3", f"{d['rate']:g}")
            .replace("%4", str(d["received"])).replace("%5", str(d["approved"])).replace("%6", str(d["returned"]))
            .replace("%7", f"{d['on_time_rate']:g}").replace("%8", str(d["missing_units"]))
            .replace("%9", str(d["late_units"])))

    def export_chase_list(self, path: str | None = None) -> None:
        path = path or prompts.save_file(self, self.tr("Lưu danh sách đôn đốc"), f"don-doc-{self.period()}.xlsx",
                                         self.tr("Bảng tính Excel (*.xlsx)"))
        if not path:
            return
        try:
            chase_list.write_xlsx(path, chase_list.rows(self.store, self.data), self.period())
        except (LcdeskError, OSError) as exc:
            prompts.error(self, str(getattr(exc, "message_vi", exc)))
            return
        self.summary.setText(self.summary.text() + "\n" + self.tr("Đã ghi %1.").replace("%1", path))
