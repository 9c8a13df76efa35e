"""Nhận gói: add bundles (files, a folder, a removable drive, drag and drop, hand-over),
import them off the GUI thread with progress and Cancel, and read one row per file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLineEdit, QProgressBar, QPushButton, QTableView,
    QVBoxLayout, QWidget,
)

from lcdesk.core.exchange import importer
from lcdesk.core.office import inbox
from lcdesk.ui.office.import_results import REASON_COLUMN, ResultsFilter, ResultsModel, reason_text, status_text
from lcdesk.ui.office.import_runner import ImportRunner
from lcdesk.ui.setup.provisioning_page import dropped_paths
from lcdesk.ui.widgets import drives, prompts
from lcdesk.ui.widgets.labels import heading_label, plain_label


class InboxPage(QWidget):
    """``imported(run)`` after every import (the desk refreshes its pages)."""

    imported = Signal(object)

    def __init__(self, store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.setObjectName("inbox_page")
        self.setAcceptDrops(True)
        self.runner = ImportRunner(str(store.home), self)
        self.runner.progressed.connect(self._on_progress)
        self.runner.finished.connect(self._on_finished)
        self.runner.failed.connect(self._on_failed)
        self.last_run = None
        self._build()
        self.retranslate_ui()
        self.refresh_drives()
        self._set_busy(False)

    def _build(self) -> None:
        self.heading = heading_label("inbox_heading", self)
        self.hint = plain_label("inbox_hint", self)
        self.add_files_button = QPushButton(self, objectName="add_files_button")
        self.add_folder_button = QPushButton(self, objectName="add_folder_button")
        self.drive_combo = QComboBox(self, objectName="drive_combo")
        self.drive_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.drive_combo.setMinimumContentsLength(16)  # long paths must not widen the window past the screen
        self.drive_button = QPushButton(self, objectName="import_drive_button")
        self.progress = QProgressBar(self, objectName="import_progress")
        self.progress_label = plain_label("import_progress_label", self)
        self.cancel_button = QPushButton(self, objectName="cancel_import_button")
        self.summary = plain_label("import_summary", self)
        self.status_filter = QComboBox(self, objectName="status_filter")
        self.search = QLineEdit(self, objectName="results_search")
        self.search.setClearButtonEnabled(True)
        self.export_button = QPushButton(self, objectName="export_results_button")
        self.model = ResultsModel(self)
        self.proxy = ResultsFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = self._make_table()
        self.detail = plain_label("result_detail", self, selectable=True)
        self._lay_out()

    def _make_table(self) -> QTableView:
        table = QTableView(self, objectName="results_table")
        table.setModel(self.proxy)
        table.setSortingEnabled(True)
        table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # in import order until sorted
        self.proxy.sort(-1)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setWordWrap(False)  # one line per file; the selected row's reason is shown in full below
        table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for column in (0, 4, 5, 6):  # short texts: as wide as their header or contents, no wider
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        table.viewport().installEventFilter(self)  # names, file and reason share the width left over: fit_columns
        return table

    NAME_COLUMNS, NAME_WIDTHS = (1, 2), (90, 220)  # officer, unit: their longest text, within these
    FILE_COLUMN, FILE_WIDTHS = 7, (90, 220)
    REASON_WIDTH = 180

    def fit_columns(self) -> None:
        """Officer and unit as wide as their longest text (names are what the clerk scans for), the
        file a share of what is left (its name is also under the table), the reason the rest but
        never less than REASON_WIDTH: on a narrow window (150 % on a 1366×768 screen) the table
        scrolls sideways rather than squeeze a column to a few letters; the selected row's reason
        and file are read in full under the table."""
        header = self.table.horizontalHeader()
        left = self.table.viewport().width() - sum(header.sectionSize(c) for c in (0, 4, 5, 6))
        low, high = self.NAME_WIDTHS
        for column in self.NAME_COLUMNS:
            wanted = max(self.table.sizeHintForColumn(column), header.sectionSizeHint(column))
            self.table.setColumnWidth(column, max(low, min(high, wanted)))
            left -= self.table.columnWidth(column)
        low, high = self.FILE_WIDTHS
        file_width = max(low, min(high, (left - self.REASON_WIDTH) // 2))
        self.table.setColumnWidth(self.FILE_COLUMN, file_width)
        self.table.setColumnWidth(REASON_COLUMN, max(self.REASON_WIDTH, left - file_width))

    def eventFilter(self, watched, event) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self.fit_columns()
        return super().eventFilter(watched, event)

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addLayout(self._row(self.add_files_button, self.add_folder_button, self.drive_combo, self.drive_button, stretch=2))
        layout.addLayout(self._row(self.progress, self.progress_label, self.cancel_button, stretch=1))
        layout.addWidget(self.summary)
        layout.addLayout(self._row(self.status_filter, self.search, self.export_button, stretch=1))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        self.table.selectionModel().currentRowChanged.connect(self._show_detail)
        self.add_files_button.clicked.connect(self.choose_files)
        self.add_folder_button.clicked.connect(self.choose_folder)
        self.drive_button.clicked.connect(self.import_drive)
        self.cancel_button.clicked.connect(self.cancel)
        self.export_button.clicked.connect(self.export_results)
        self.status_filter.currentIndexChanged.connect(lambda _i: self.proxy.set_status(self.status_filter.currentData() or ""))
        self.search.textChanged.connect(self.proxy.setFilterFixedString)

    @staticmethod
    def _row(*widgets, stretch: int) -> QHBoxLayout:
        row = QHBoxLayout()
        for i, widget in enumerate(widgets):
            row.addWidget(widget, 1 if i == stretch else 0)
        return row

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Nhận gói dữ liệu của cán bộ"))
        self.hint.setText(self.tr("Chọn các tệp .lcb, một thư mục (mọi tệp .lcb bên trong) hoặc ổ USB; cũng có thể "
                                  "kéo thả tệp vào cửa sổ. Mỗi gói được kiểm tra chữ ký rồi nhập riêng; gói lỗi được "
                                  "đưa vào mục Cách ly kèm lý do."))
        self.add_files_button.setText(self.tr("Thêm &tệp…"))
        self.add_folder_button.setText(self.tr("Thêm thư &mục…"))
        self.drive_button.setText(self.tr("Nhập từ ổ &này"))
        self.drive_combo.setAccessibleName(self.tr("Ổ đĩa hoặc thư mục"))
        self.cancel_button.setText(self.tr("&Dừng sau gói này"))
        self.export_button.setText(self.tr("&Xuất Excel…"))
        self.search.setPlaceholderText(self.tr("Tìm theo cán bộ, đơn vị, tệp…"))
        self.search.setAccessibleName(self.tr("Tìm trong kết quả"))
        current = self.status_filter.currentIndex()
        self.status_filter.blockSignals(True)
        self.status_filter.clear()
        self.status_filter.addItem(self.tr("Mọi kết quả"), "")
        self.status_filter.addItem(self.tr("Đã nhập"), importer.IMPORTED)
        self.status_filter.addItem(self.tr("Đã nhập trước đó"), importer.DUPLICATE)
        self.status_filter.addItem(self.tr("Bị từ chối"), importer.REJECTED)
        self.status_filter.setCurrentIndex(max(current, 0))
        self.status_filter.blockSignals(False)
        self.status_filter.setAccessibleName(self.tr("Lọc theo kết quả"))
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def refresh(self) -> None:
        self.refresh_drives()

    def refresh_drives(self, found: list | None = None) -> None:
        """Removable drives first (as the officer's export lists them), then Documents."""
        self.drive_combo.clear()
        demo_inbox = (self.store.get_setting("demo_office") or {}).get("inbox")
        if demo_inbox:
            self.drive_combo.addItem(self.tr("Hộp thư dùng thử: %1").replace("%1", demo_inbox), demo_inbox)
        for dest in drives.destinations() if found is None else found:
            label = self.tr("USB: %1").replace("%1", dest.label) if dest.removable else dest.label
            self.drive_combo.addItem(label, dest.path)

    # ------------------------------------------------------------ adding files
    def choose_files(self) -> None:
        paths = prompts.open_files(self, self.tr("Chọn gói dữ liệu"), self.tr("Gói dữ liệu lcdesk (*.lcb)"))
        if paths:
            self.import_paths(paths)

    def choose_folder(self) -> None:
        folder = prompts.choose_folder(self, self.tr("Chọn thư mục chứa gói dữ liệu"))
        if folder:
            self.import_paths([folder])

    def import_drive(self) -> None:
        folder = self.drive_combo.currentData()
        if folder:
            self.import_paths([folder])

    def dragEnterEvent(self, event) -> None:
        if dropped_paths(event.mimeData(), (inbox.BUNDLE_SUFFIX, "")):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = dropped_paths(event.mimeData(), (inbox.BUNDLE_SUFFIX, ""))
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    # ------------------------------------------------------------ importing
    def import_paths(self, paths: list[str]) -> bool:
        """Import files and folders (every .lcb inside); False when an import is running or nothing to do."""
        if self.runner.running:
            prompts.info(self, self.tr("Đang nhập gói"), self.tr("Hãy đợi lần nhập đang chạy kết thúc."))
            return False
        files = inbox.collect(paths)
        if not files:
            prompts.info(self, self.tr("Nhận gói"), self.tr("Không tìm thấy tệp .lcb nào ở đó."))
            return False
        self.model.clear_rows()
        self.summary.clear()
        self.detail.clear()
        self.progress.setRange(0, len(files))
        self.progress.setValue(0)
        self.progress_label.setText(self.tr("Đang nhập %1 tệp…").replace("%1", str(len(files))))
        self._set_busy(True)
        self.runner.start(files)
        return True

    def cancel(self) -> None:
        self.runner.cancel()
        self.cancel_button.setEnabled(False)
        self.progress_label.setText(self.tr("Sẽ dừng sau gói đang nhập…"))

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.add_files_button, self.add_folder_button, self.drive_button, self.drive_combo):
            widget.setEnabled(not busy)
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.cancel_button.setEnabled(busy)
        self.progress_label.setVisible(busy)

    def _on_progress(self, n: int, total: int, row) -> None:
        self.progress.setValue(n)
        who = " · ".join(p for p in (row.officer, ", ".join(row.units)) if p) or Path(row.file).name
        self.progress_label.setText(self.tr("%1/%2 — %3").replace("%1", str(n)).replace("%2", str(total)).replace("%3", who))
        self.model.add(row)

    def _on_finished(self, run) -> None:
        self.last_run = run
        self._set_busy(False)
        self.summary.setText(self.summary_text(run))
        self.fit_columns()  # the short columns have grown to their contents
        self.imported.emit(run)

    def _show_detail(self, current, _previous=None) -> None:
        """The selected file's outcome in full: name, reason, what to do next."""
        if not current.isValid():
            self.detail.clear()
            return
        row = self.model.rows[self.proxy.mapToSource(current).row()]
        self.detail.setText(f"{row.file}: {reason_text(row) or status_text(row.status)}")

    def _on_failed(self, exc) -> None:
        self._set_busy(False)
        message = getattr(exc, "message_vi", None) or str(exc)
        self.summary.setText(self.tr("Không nhập được: %1").replace("%1", message))
        prompts.error(self, self.summary.text())

    def summary_text(self, run) -> str:
        counts = {s: sum(1 for r in run.rows if r.status == s) for s in (importer.IMPORTED, importer.DUPLICATE, importer.REJECTED)}
        text = self.tr("%1 tệp: %2 đã nhập, %3 đã nhập trước đó, %4 bị từ chối.")
        text = text.replace("%1", str(len(run.rows))).replace("%2", str(counts[importer.IMPORTED]))
        text = text.replace("%3", str(counts[importer.DUPLICATE])).replace("%4", str(counts[importer.REJECTED]))
        if run.cancelled:
            text += " " + self.tr("Đã dừng theo yêu cầu: %1 tệp chưa nhập.").replace("%1", str(run.total - len(run.rows)))
        if counts[importer.REJECTED]:
            text += " " + self.tr("Xem lý do trong bảng và trong mục Cách ly.")
        return text

    def export_results(self) -> None:
        if not self.model.rows:
            prompts.info(self, self.tr("Xuất Excel"), self.tr("Chưa có kết quả nhập để xuất."))
            return
        path = prompts.save_file(self, self.tr("Lưu bảng kết quả"), "ket-qua-nhap-goi.xlsx", self.tr("Bảng tính Excel (*.xlsx)"))
        if path:
            inbox.export_rows(self.model.rows, path)
            self.summary.setText(self.tr("Đã lưu bảng kết quả: %1").replace("%1", path))
