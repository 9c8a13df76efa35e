"""Chỉ số thành phố: every city figure with its target and coverage; a row opens to its units."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QSpinBox, QTableWidgetItem, QWidget

from lcdesk.core.errors import LcdeskError
from lcdesk.core.exchange import identity
from lcdesk.core.office import figures
from lcdesk.ui.office.figure_units import FigureUnits
from lcdesk.ui.widgets import prompts, tasks
from lcdesk.ui.widgets.labels import heading_label, plain_label
from lcdesk.ui.widgets.tables import choice_row, record_table, split_page

EVALUATION_COLOURS = {"met": "#1e7b34", "not_met": "#b42318", "no_figure": "#8a6d00", "no_target": "#555555"}


def compute_figures(home: str, period: int, catalog_key, only: str) -> list[dict]:
    """The worker's job: plain data in, plain data out, its own store connection."""
    from lcdesk.core.store import Store

    with Store.open(home) as store:
        rows = figures.city_figures(store, period, catalog_key, only=only)
        labels = {}
        for key in ([catalog_key] if catalog_key else identity.office_catalog_keys(store)):
            catalog = store.get_catalog(key)
            labels.update({(i.code, m.code): m.label for i in catalog.indicators for m in i.measures})
        return rows, labels


def default_period() -> int:
    today = date.today()
    return today.year - (1 if today.month < 7 else 0)


class FiguresPage(QWidget):
    COLUMNS = 6

    def __init__(self, store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.rows: list[dict] = []
        self.jobs = tasks.Latest()  # a newer request wins over an older one that finishes later
        self.labels: dict = {}  # (indicator, measure) -> the measure's label in the catalog
        self.setObjectName("figures_page")
        self.heading = heading_label("figures_heading", self)
        self.period_label = QLabel(self)
        self.period_spin = QSpinBox(self, objectName="figures_period")
        self.period_spin.setRange(2000, 2100)
        self.period_spin.setValue(default_period())
        self.period_label.setBuddy(self.period_spin)
        self.catalog_combo = QComboBox(self, objectName="figures_catalog")
        self.catalog_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.catalog_combo.setMinimumContentsLength(10)  # a long catalog title must not widen the window past the screen
        for key in identity.office_catalog_keys(store):
            self.catalog_combo.addItem(store.get_catalog(key).title, key)
        self.only_combo = QComboBox(self, objectName="figures_only")
        self.only_combo.addItems(["", ""])
        self.rating_button = QPushButton(self, objectName="figures_rating_button")
        self.summary = plain_label("figures_summary", self, selectable=True)
        self.table = record_table(self, self.COLUMNS, "figures_table")
        self.table.horizontalHeader().setStretchLastSection(True)
        self.units = FigureUnits(self)
        self._layout()
        self.period_spin.valueChanged.connect(lambda _v: self.refresh())
        self.catalog_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.only_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.table.itemSelectionChanged.connect(self.show_units)
        self.rating_button.clicked.connect(self.record_rating)
        self.retranslate_ui()
        self.refresh()

    def _layout(self) -> None:
        top = choice_row(self.period_label, self.period_spin, self.catalog_combo, self.only_combo,
                         after=(self.rating_button,))
        split_page(self, self.heading, top, self.summary, self.table, self.units)

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Chỉ số thành phố"))
        self.period_label.setText(self.tr("&Năm báo cáo:"))
        self.only_combo.setItemText(0, self.tr("Mọi số liệu đã nhận"))
        self.only_combo.setItemText(1, self.tr("Chỉ số liệu đã duyệt"))
        self.rating_button.setText(self.tr("Ghi đánh giá của thành phố…"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Chỉ số"), self.tr("Thành phần"), self.tr("Số liệu thành phố"), self.tr("Chỉ tiêu"),
            self.tr("Đánh giá"), self.tr("Độ phủ")])
        self.units.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            self.render_table()  # from what is loaded: no query
        super().changeEvent(event)

    def period(self) -> int:
        return self.period_spin.value()

    def only(self) -> str:
        return "approved" if self.only_combo.currentIndex() == 1 else "received"

    def catalog_key(self) -> str | None:
        return self.catalog_combo.currentData()

    def refresh(self) -> None:
        """Figures on a worker with its own connection (the first call after an upgrade derives
        ``city_cells`` from every record: seconds at national scale)."""
        self.summary.setText(self.tr("Đang tính số liệu thành phố…"))
        home, period, key, only = str(self.store.home), self.period(), self.catalog_key(), self.only()
        self.jobs.run(lambda: compute_figures(home, period, key, only), self.loaded, self.failed)

    def loaded(self, result: tuple[list[dict], dict]) -> None:
        self.rows, self.labels = result
        self.render()

    def failed(self, exc: BaseException) -> None:
        self.rows = []
        self.render()
        prompts.failure(self, exc)

    def evaluation_words(self, evaluation: str) -> str:
        return {"met": self.tr("Đạt"), "not_met": self.tr("Chưa đạt"), "no_figure": self.tr("Chưa có số liệu"),
                "no_target": self.tr("Không có chỉ tiêu")}[evaluation]

    def render(self) -> None:
        self.render_table()
        self.show_units()

    def render_table(self) -> None:
        self.table.setRowCount(len(self.rows))
        counts = {k: 0 for k in EVALUATION_COLOURS}
        for i, fig in enumerate(self.rows):
            counts[fig["evaluation"]] += 1
            texts = [fig["indicator"], self.labels.get((fig["indicator"], fig["measure"]), fig["measure"]),
                     figures.figure_text(fig) or "—",
                     fig["target"]["text"] if fig["target"] else "", self.evaluation_words(fig["evaluation"]),
                     fig["coverage"]]
            for col, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if col == 4:
                    item.setData(Qt.ItemDataRole.ForegroundRole, _colour(fig["evaluation"]))
                self.table.setItem(i, col, item)
        self.table.resizeColumnsToContents()
        # a long measure label must not push the figure, target and evaluation off the right edge
        limit = max(160, self.table.viewport().width() // 3)
        if self.table.columnWidth(1) > limit:
            self.table.setColumnWidth(1, limit)
        self.summary.setText(self.tr("Đạt %1 · Chưa đạt %2 · Chưa có số liệu %3 · Không có chỉ tiêu %4")
                             .replace("%1", str(counts["met"])).replace("%2", str(counts["not_met"]))
                             .replace("%3", str(counts["no_figure"])).replace("%4", str(counts["no_target"])))

    def selected(self) -> dict | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.rows[rows[0].row()] if rows and rows[0].row() < len(self.rows) else None

    def show_units(self) -> None:
        fig = self.selected()
        self.rating_button.setEnabled(bool(fig and fig["kind"] == "rating5"))
        if fig is None:
            self.units.show_figure(None, [])
            return
        drilled = figures.city_figures(self.store, self.period(), self.catalog_key(), fig["indicator"],
                                       only=self.only(), drill=True)
        match = next((f for f in drilled if f["measure"] == fig["measure"]), None)
        label = self.labels.get((fig["indicator"], fig["measure"])) or fig["measure"]
        self.units.show_figure(match, match["units"] if match else [], label)

    def record_rating(self, rating: int | None = None, note: str | None = None) -> None:
        from lcdesk.ui.office.city_rating_dialog import CityRatingDialog

        fig = self.selected()
        if fig is None or fig["kind"] != "rating5":
            return
        if rating is None:
            dialog = CityRatingDialog(fig, self)
            if not dialog.exec():
                return
            rating, note = dialog.rating(), dialog.note()
        try:
            figures.record_city_rating(self.store, self.period(), fig["indicator"], rating, note or "", self.catalog_key())
        except LcdeskError as exc:
            prompts.user_error(self, exc)
            return
        row = self.table.currentRow()
        self.refresh()
        self.table.selectRow(row)


def _colour(evaluation: str):
    from PySide6.QtGui import QColor

    return QColor(EVALUATION_COLOURS[evaluation])
