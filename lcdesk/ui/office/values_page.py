"""Số liệu: what the city has received, units x indicators for one catalog and period.

The table is a model over the store (``values_model``): it reads the rows it shows,
so 3,321 units x 60 indicators scroll without delay. Filters: unit search (ignoring
case and diacritics), one indicator, a status; the table can be turned (indicators as
rows). Selecting a cell shows its provenance, evidence and history (``cell_panel``).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QScrollArea, QSplitter, QTableView,
    QVBoxLayout, QWidget,
)

from lcdesk.core.exchange import identity
from lcdesk.core.office.values_grid import STATUSES, ValuesGrid
from lcdesk.ui import i18n
from lcdesk.ui.office.cell_panel import CellPanel
from lcdesk.ui.office.values_model import ValuesModel
from lcdesk.ui.widgets.labels import heading_label, plain_label


class ValuesPage(QWidget):
    def __init__(self, store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.setObjectName("values_page")
        self.catalogs = identity.office_catalogs(store)
        self.model: ValuesModel | None = None
        self._build()
        self.retranslate_ui()
        self._fill_catalogs()

    def _build(self) -> None:
        self.heading = heading_label("values_heading", self)
        self.catalog_combo = QComboBox(self, objectName="values_catalog")
        self.period_combo = QComboBox(self, objectName="values_period")
        self.search_edit = QLineEdit(self, objectName="values_search")
        self.search_edit.setClearButtonEnabled(True)
        self.indicator_combo = QComboBox(self, objectName="values_indicator")
        self.status_combo = QComboBox(self, objectName="values_status")
        self.transpose_box = QCheckBox(self, objectName="values_transpose")
        self.count_label = plain_label("values_count", self)
        self.legend_label = plain_label("values_legend", self)
        self.table = QTableView(self, objectName="values_table")
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.horizontalHeader().setDefaultSectionSize(130)
        self.table.verticalHeader().setMaximumWidth(self.fontMetrics().averageCharWidth() * 34)  # long names elide
        for combo in (self.catalog_combo, self.indicator_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(18)
        self.panel = CellPanel(self.store, self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(320)
        scroll.setWidget(self.panel)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([900, 420])
        self.labels = {name: QLabel(self) for name in ("catalog", "period", "search", "indicator", "status")}
        for name, widget in zip(self.labels, (self.catalog_combo, self.period_combo, self.search_edit,
                                              self.indicator_combo, self.status_combo)):
            self.labels[name].setBuddy(widget)
        top, filters = QHBoxLayout(), QHBoxLayout()
        for name, widget in (("catalog", self.catalog_combo), ("period", self.period_combo)):
            top.addWidget(self.labels[name])
            top.addWidget(widget, 1 if name == "catalog" else 0)
        top.addWidget(self.transpose_box)
        for name, widget in (("search", self.search_edit), ("indicator", self.indicator_combo),
                             ("status", self.status_combo)):
            filters.addWidget(self.labels[name])
            filters.addWidget(widget, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.legend_label)
        self.catalog_combo.currentIndexChanged.connect(lambda _i: self._fill_periods())
        self.period_combo.currentIndexChanged.connect(lambda _i: self._load())
        self.search_edit.textChanged.connect(lambda _t: self._apply_filters())
        self.indicator_combo.currentIndexChanged.connect(lambda _i: self._apply_filters())
        self.status_combo.currentIndexChanged.connect(lambda _i: self._apply_filters())
        self.transpose_box.toggled.connect(self._transpose)

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Số liệu đã nhận"))
        for name, text in (("catalog", self.tr("&Danh mục:")), ("period", self.tr("&Năm:")),
                           ("search", self.tr("&Tìm đơn vị:")), ("indicator", self.tr("C&hỉ số:")),
                           ("status", self.tr("&Trạng thái:"))):
            self.labels[name].setText(text)
        self.search_edit.setPlaceholderText(self.tr("tên hoặc mã, gõ có dấu hay không dấu"))
        self.transpose_box.setText(self.tr("Chỉ số theo hàng"))
        self.legend_label.setText(self.tr("Chữ nghiêng, màu xám: nháp · nền đỏ: xung đột · gạch ngang, nền cam: "
                                          "từ khóa đã bị thu hồi · ô trống: chưa nhận số liệu."))
        self.table.setAccessibleName(self.tr("Bảng số liệu theo đơn vị và chỉ số"))
        self._fill_statuses()
        self._update_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # ---------------------------------------------------------- choices
    def _fill_catalogs(self) -> None:
        self.catalog_combo.blockSignals(True)
        self.catalog_combo.clear()
        for cat in self.catalogs:
            self.catalog_combo.addItem(f"{cat.title} ({cat.id})", cat.id)
        self.catalog_combo.blockSignals(False)
        self._fill_periods()

    def _fill_statuses(self) -> None:
        current = self.status_combo.currentData()
        words = {"draft": self.tr("Nháp"), "complete": self.tr("Hoàn thành"), "conflict": self.tr("Có xung đột"),
                 "revoked": self.tr("Từ khóa đã thu hồi")}
        self.status_combo.blockSignals(True)
        self.status_combo.clear()
        self.status_combo.addItem(self.tr("Tất cả"), None)
        for status in STATUSES:
            self.status_combo.addItem(words[status], status)
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(current)))
        self.status_combo.blockSignals(False)

    def current_catalog(self):
        cat_id = self.catalog_combo.currentData()
        return next((c for c in self.catalogs if c.id == cat_id), None)

    def _fill_periods(self) -> None:
        cat = self.current_catalog()
        periods = self.store.recorded_periods(cat.id) if cat else []
        if not periods:
            periods = sorted({*(self._provisioned_periods()), 2025}, reverse=True)
        self.period_combo.blockSignals(True)
        current = self.period_combo.currentData()
        self.period_combo.clear()
        for p in periods:
            self.period_combo.addItem(str(p), p)
        self.period_combo.setCurrentIndex(max(0, self.period_combo.findData(current)))
        self.period_combo.blockSignals(False)
        self._fill_indicators(cat)
        self._load()

    def _provisioned_periods(self) -> list[int]:
        return [int(p) for p in (identity.office_settings(self.store).get("periods") or [])]

    def _fill_indicators(self, cat) -> None:
        current = self.indicator_combo.currentData()
        self.indicator_combo.blockSignals(True)
        self.indicator_combo.clear()
        self.indicator_combo.addItem(self.tr("Tất cả chỉ số"), None)
        for ind in cat.indicators if cat else ():
            text = ind.text if len(ind.text) <= 70 else ind.text[:67] + "…"
            self.indicator_combo.addItem(f"{ind.code} — {text}", ind.code)
        self.indicator_combo.setCurrentIndex(max(0, self.indicator_combo.findData(current)))
        self.indicator_combo.blockSignals(False)

    # ------------------------------------------------------------- table
    def _load(self) -> None:
        cat, period = self.current_catalog(), self.period_combo.currentData()
        if cat is None or period is None:
            return
        grid = ValuesGrid(self.store, cat, period, language=i18n.current_language())
        self.model = ValuesModel(grid, self)
        self.model.set_transposed(self.transpose_box.isChecked())
        self.table.setModel(self.model)
        self.table.selectionModel().currentChanged.connect(self._on_current)
        self._apply_filters()

    def _apply_filters(self) -> None:
        if self.model is None:
            return
        self.model.reload(query=self.search_edit.text(), indicator=self.indicator_combo.currentData(),
                          status=self.status_combo.currentData())
        self.panel.clear()
        self._update_count()

    def _transpose(self, on: bool) -> None:
        if self.model is not None:
            self.model.set_transposed(on)
            self.panel.clear()

    def _update_count(self) -> None:
        if self.model is None:
            self.count_label.setText(self.tr("Chưa có số liệu."))
            return
        grid = self.model.grid
        self.count_label.setText(self.tr("%1 đơn vị × %2 cột số liệu").replace("%1", str(len(grid.rows)))
                                 .replace("%2", str(len(grid.columns))))

    def _on_current(self, index: QModelIndex, _previous=None) -> None:
        if not index.isValid() or self.model is None:
            self.panel.clear()
            return
        row, column = self.model.unit_and_column(index)
        grid = self.model.grid
        self.panel.show_cell(grid.cell_view(row, column), grid.columns[column], grid.rows[row].name)

    def select_cell(self, unit: str, indicator: str, measure: str) -> bool:
        """Select the cell of ``unit`` x (indicator, measure), as a click would; False if not shown."""
        grid = self.model.grid if self.model else None
        if grid is None:
            return False
        rows = [i for i, r in enumerate(grid.rows) if r.code == unit]
        cols = [i for i, c in enumerate(grid.columns) if (c.indicator, c.measure) == (indicator, measure)]
        if not rows or not cols:
            return False
        r, c = (cols[0], rows[0]) if self.model.transposed else (rows[0], cols[0])
        self.table.setCurrentIndex(self.model.index(r, c))
        return True

    def refresh(self) -> None:
        """After an import or a resolution: re-read periods and cells, keeping the choices."""
        self.catalogs = identity.office_catalogs(self.store)
        if self.catalog_combo.count() != len(self.catalogs):
            self._fill_catalogs()
            return
        self._fill_periods()
