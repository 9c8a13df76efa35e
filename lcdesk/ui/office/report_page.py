"""Báo cáo: the official report workbook, its cover settings, and the charts (QPainter).

The clerk chooses the year, the catalog and which figures count (received, or approved
only), checks the cover's names, number and signer (saved once, used by every report),
and presses "Lập báo cáo": the workbook is written on a worker thread (its own store
connection, plain arguments) with a progress bar. The same three charts the workbook
carries are drawn below and can be saved as PNG.
"""

from __future__ import annotations

from datetime import date
import json

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox, QFormLayout, QFrame, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QProgressBar, QPushButton, QScrollArea,
    QSpinBox, QSplitter, QTabWidget, QVBoxLayout, QWidget,
)

from lcdesk.core.errors import LcdeskError
from lcdesk.core.office import registry
from lcdesk.core.office.report import settings as cover
from lcdesk.ui.office.chart_widget import ChartWidget
from lcdesk.ui.widgets import prompts, tasks
from lcdesk.ui.widgets.labels import plain_label

ONLY_CHOICES = (("received", QT_TRANSLATE_NOOP("ReportPage", "Mọi số liệu đã nhận")),
                ("approved", QT_TRANSLATE_NOOP("ReportPage", "Chỉ số liệu đã duyệt")))
PER_CHOICES = (("auto", QT_TRANSLATE_NOOP("ReportPage", "Tự động")),
               ("unit", QT_TRANSLATE_NOOP("ReportPage", "Từng đơn vị")),
               ("district", QT_TRANSLATE_NOOP("ReportPage", "Từng quận, huyện")),
               ("none", QT_TRANSLATE_NOOP("ReportPage", "Không")))


def build_report(home: str, period: int, out: str, catalog: str | None, only: str, per: str, progress) -> dict:
    """The worker: its own store, plain arguments, the core's writer."""
    from lcdesk.core.office.report import write_report
    from lcdesk.core.store import Store

    with Store.open(home) as store:
        return write_report(store, period, out, catalog=catalog, only=only, per=per, day=date.today(),
                            progress=progress)


def load_charts(home: str, period: int, catalog: str | None, only: str) -> list:
    from lcdesk.core.office.report.chart_data import all_charts
    from lcdesk.core.office.report.gather import gather
    from lcdesk.core.store import Store

    with Store.open(home) as store:
        return all_charts(gather(store, period, catalog, only))


class _Progress(QObject):
    """Carries the worker's progress to the GUI thread (a queued signal)."""

    moved = Signal(int, int)


class ReportPage(QWidget):
    def __init__(self, store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.setObjectName("report_page")
        self.last_result: dict | None = None
        self.charts: list = []
        self._period_set = False
        self._split = False
        self._relay = _Progress(self)
        self._relay.moved.connect(self._on_progress)
        self._build()
        self.retranslate_ui()
        self.refresh()

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        self.options_box = QGroupBox(self, objectName="report_options")
        self.period_spin = QSpinBox(self, objectName="report_period")
        self.period_spin.setRange(2000, 2100)
        self.catalog_combo = QComboBox(self, objectName="report_catalog")
        self.only_combo = QComboBox(self, objectName="report_only")
        self.per_combo = QComboBox(self, objectName="report_per")
        for combo in (self.catalog_combo, self.only_combo, self.per_combo):  # they shrink with the window
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
        self.options_form = QFormLayout(self.options_box)
        self.option_labels: list[QLabel] = []
        for widget in (self.period_spin, self.catalog_combo, self.only_combo, self.per_combo):
            label = QLabel(self.options_box)
            label.setBuddy(widget)
            self.option_labels.append(label)
            self.options_form.addRow(label, widget)
        self._build_cover()
        self._build_actions()
        self._build_layout()
        self.save_settings_button.clicked.connect(self.save_settings)
        self.write_button.clicked.connect(self.write_report)
        self.reveal_button.clicked.connect(self._reveal)
        self.draw_button.clicked.connect(self.draw_charts)
        self.save_png_button.clicked.connect(self.save_png)

    def _build_cover(self) -> None:
        self.cover_box = QGroupBox(self, objectName="report_cover")
        self.cover_form = QFormLayout(self.cover_box)
        self.cover_edits, self.cover_labels = {}, {}
        for key in cover.KEYS:
            edit = QLineEdit(self, objectName="cover_" + key.replace(".", "_"))
            edit.setMaxLength(cover.MAX_LENGTH)
            label = QLabel(self.cover_box)
            label.setBuddy(edit)
            self.cover_edits[key], self.cover_labels[key] = edit, label
            self.cover_form.addRow(label, edit)
        self.save_settings_button = QPushButton(self, objectName="save_cover_settings")
        self.cover_form.addRow(self.save_settings_button)

    def _build_actions(self) -> None:
        self.write_button = QPushButton(self, objectName="write_report")
        self.progress = QProgressBar(self, objectName="report_progress")
        self.progress.setVisible(False)
        self.status = plain_label("report_status", self, selectable=True)
        self.reveal_button = QPushButton(self, objectName="reveal_report")
        self.reveal_button.setEnabled(False)
        self.draw_button = QPushButton(self, objectName="draw_charts")
        self.save_png_button = QPushButton(self, objectName="save_chart_png")
        self.chart_tabs = QTabWidget(self, objectName="report_charts")
        self.chart_widgets = [ChartWidget(self) for _ in range(3)]
        for widget in self.chart_widgets:
            widget.setMinimumSize(280, 220)
        for widget in self.chart_widgets:
            self.chart_tabs.addTab(widget, "")

    def _build_layout(self) -> None:
        """The form on the left (scrolling when the window is small), the charts on the right."""
        self.left_panel = QWidget(self, objectName="report_left_panel")
        left = QVBoxLayout(self.left_panel)
        left.addWidget(self.options_box)
        left.addWidget(self.cover_box)
        left.addWidget(self.write_button)
        left.addWidget(self.progress)
        left.addWidget(self.status)
        left.addWidget(self.reveal_button)
        left.addStretch(1)
        chart_buttons = QHBoxLayout()
        chart_buttons.addWidget(self.draw_button)
        chart_buttons.addWidget(self.save_png_button)
        chart_buttons.addStretch(1)
        right = QVBoxLayout()
        right.addLayout(chart_buttons)
        right.addWidget(self.chart_tabs, 1)
        self.left_scroll = QScrollArea(self, objectName="report_left_scroll")
        self.left_scroll.setWidget(self.left_panel)
        self.left_scroll.setWidgetResizable(True)
        self.left_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.left_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.left_scroll.setMinimumWidth(300)
        self.right_panel = QWidget(self, objectName="report_right_panel")
        self.right_panel.setLayout(right)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self, objectName="report_splitter")
        self.splitter.addWidget(self.left_scroll)
        self.splitter.addWidget(self.right_panel)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

    def retranslate_ui(self) -> None:
        self.options_box.setTitle(self.tr("Báo cáo"))
        labels = (self.tr("&Năm báo cáo:"), self.tr("&Danh mục:"), self.tr("Số liệu được &tính:"),
                  self.tr("Trang &theo:"))
        for label, text in zip(self.option_labels, labels):
            label.setText(text)
        self._fill(self.only_combo, [(k, self.tr(t)) for k, t in ONLY_CHOICES])
        self._fill(self.per_combo, [(k, self.tr(t)) for k, t in PER_CHOICES])
        self.cover_box.setTitle(self.tr("Trang bìa (theo Nghị định 30/2020/NĐ-CP)"))
        cover_labels = {
            "office.parent_body": self.tr("Cơ quan chủ quản:"), "office.body": self.tr("Cơ quan ban hành:"),
            "office.place": self.tr("Địa danh:"), "report.number": self.tr("Số báo cáo:"),
            "report.recipient": self.tr("Kính gửi:"), "signer.title": self.tr("Thẩm quyền ký:"),
            "signer.name": self.tr("Người ký:"),
        }
        for key, label in self.cover_labels.items():
            label.setText(cover_labels[key])
        self.save_settings_button.setText(self.tr("&Lưu trang bìa"))
        self.write_button.setText(self.tr("&Lập báo cáo…"))
        self.reveal_button.setText(self.tr("&Mở thư mục chứa báo cáo"))
        self.draw_button.setText(self.tr("&Vẽ biểu đồ"))
        self.save_png_button.setText(self.tr("Lưu ảnh &PNG…"))
        for index, text in enumerate((self.tr("Tiến độ theo tiêu chuẩn"), self.tr("Mức độ đầy đủ"),
                                      self.tr("Xã hội học tập"))):
            self.chart_tabs.setTabText(index, text)

    def showEvent(self, event) -> None:
        if not self._split:  # the first time shown: two fifths for the form, the rest for the charts
            self._split = True
            total = max(1, self.splitter.width())
            self.splitter.setSizes([total * 2 // 5, total - total * 2 // 5])
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "cover_labels"):
            self.retranslate_ui()
        super().changeEvent(event)

    @staticmethod
    def _fill(combo: QComboBox, items: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for key, text in items:
            combo.addItem(text, key)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    # ------------------------------------------------------------------ data
    def refresh(self) -> None:
        keys = registry.office_catalogs(self.store)
        items = []
        for key in keys:
            try:
                items.append((key, f"{self.store.get_catalog(key).title} ({key.split('@')[-1]})"))
            except LcdeskError:
                items.append((key, key))
        self._fill(self.catalog_combo, items)
        if not self._period_set:  # the first time only: later the clerk's choice stays
            self.period_spin.setValue(self.latest_period())
            self._period_set = True
        values = cover.cover_settings(self.store)
        for key, edit in self.cover_edits.items():
            edit.setText(values[key])
            edit.setCursorPosition(0)  # show the start of a long name

    def latest_period(self) -> int:
        periods = [p for b in self.store.bundles() for p in json.loads(b["periods"])]
        return max(periods) if periods else date.today().year

    def options(self) -> dict:
        return {"period": self.period_spin.value(), "catalog": self.catalog_combo.currentData(),
                "only": self.only_combo.currentData() or "received", "per": self.per_combo.currentData() or "auto"}

    def save_settings(self) -> bool:
        try:
            cover.save_all(self.store, {key: edit.text() for key, edit in self.cover_edits.items()})
        except LcdeskError as exc:
            prompts.user_error(self, exc)
            return False
        self.refresh()
        self.status.setText(self.tr("Đã lưu trang bìa."))
        return True

    # ------------------------------------------------------------------ the workbook
    def write_report(self) -> None:
        if not self.save_settings():
            return
        o = self.options()
        suggested = f"bao-cao-thanh-pho-hoc-tap-{o['period']}.xlsx"
        out = prompts.save_file(self, self.tr("Lưu báo cáo"), suggested, self.tr("Sổ tính Excel (*.xlsx)"))
        if not out:
            return
        self.write_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.status.setText(self.tr("Đang lập báo cáo…"))
        home, emit = str(self.store.home), self._relay.moved.emit
        tasks.run_in_background(
            lambda: build_report(home, o["period"], out, o["catalog"], o["only"], o["per"], emit),
            self._written, self._failed)

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)

    def _written(self, result: dict) -> None:
        self.last_result = result
        self.write_button.setEnabled(True)
        self.progress.setVisible(False)
        self.reveal_button.setEnabled(True)
        self.status.setText(self.tr("Đã ghi báo cáo {path}: {n} chỉ số, {met} đạt, {not_met} chưa đạt, "
                                    "{missing} chưa có số liệu; {received}/{expected} đơn vị đã gửi.").format(
            path=result["out"], n=result["indicators"], met=result["met"], not_met=result["not_met"],
            missing=result["no_figure"], received=result["units_received"], expected=result["units_expected"]))

    def _failed(self, exc: BaseException) -> None:
        self.write_button.setEnabled(True)
        self.draw_button.setEnabled(True)
        self.progress.setVisible(False)
        self.status.setText("")
        if isinstance(exc, LcdeskError):
            prompts.user_error(self, exc)
        else:
            prompts.error(self, self.tr("Không lập được báo cáo: {error}").format(error=exc))

    def _reveal(self) -> None:
        from lcdesk.ui.widgets.reveal import reveal

        if self.last_result:
            reveal(self.last_result["out"])

    # ------------------------------------------------------------------ charts
    def draw_charts(self) -> None:
        o = self.options()
        self.draw_button.setEnabled(False)
        home = str(self.store.home)
        tasks.run_in_background(lambda: load_charts(home, o["period"], o["catalog"], o["only"]),
                                self._charts_ready, self._failed)

    def _charts_ready(self, charts: list) -> None:
        self.draw_button.setEnabled(True)
        self.charts = charts
        for index, widget in enumerate(self.chart_widgets):
            widget.set_chart(charts[index] if index < len(charts) else None)

    def save_png(self) -> None:
        widget = self.chart_widgets[self.chart_tabs.currentIndex()]
        if widget.chart is None:
            self.draw_charts()
        out = prompts.save_file(self, self.tr("Lưu biểu đồ"), "bieu-do.png", self.tr("Ảnh PNG (*.png)"))
        if out:
            widget.save_png(out)
            self.status.setText(self.tr("Đã lưu biểu đồ {path}.").format(path=out))
