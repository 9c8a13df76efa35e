"""Kiểm tra số liệu: failed rules, peer outliers and year-on-year jumps, in words; follow-up marks.

The message is what the clerk reads, so it has the room: the level and indicator columns are as
wide as their words, the unit and the kind wrap onto a second line when the message would
otherwise get less than half the table (150 % on a 1366×768 screen), the message column takes the
rest, and every row is as tall as its whole message (the table scrolls by pixels, so even a row
taller than the table can be read to its end). The full message is also the row's tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView, QDoubleSpinBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSpinBox, QTableWidgetItem,
    QVBoxLayout, QWidget,
)

from lcdesk.core.errors import LcdeskError
from lcdesk.core.office import checks, followups
from lcdesk.ui.office.figures_page import default_period
from lcdesk.ui.office.follow_ups_box import FollowUpsBox
from lcdesk.ui.widgets import prompts, tasks
from lcdesk.ui.widgets.labels import heading_label, plain_label
from lcdesk.ui.widgets.tables import choice_row, record_table, split_page

TOP_LEFT = Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft


def compute_checks(home: str, period: int) -> list[dict]:
    """The worker's job: plain data in, plain data out, its own store connection."""
    from lcdesk.core.store import Store

    with Store.open(home) as store:
        return checks.office_checks(store, period)


class ChecksPage(QWidget):
    COLUMNS = 5
    MESSAGE = 4
    WRAPPED = (1, 3)  # the unit and the kind go onto two lines before the message is squeezed
    MESSAGE_SHARE = 0.5  # of the room the level and indicator columns leave

    def __init__(self, store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.rows: list[dict] = []
        self.jobs = tasks.Latest()  # a newer request wins over an older one that finishes later
        self.setObjectName("checks_page")
        self.heading = heading_label("checks_heading", self)
        self.period_label = QLabel(self)
        self.period_spin = QSpinBox(self, objectName="checks_period")
        self.period_spin.setRange(2000, 2100)
        self.period_spin.setValue(default_period())
        self.period_label.setBuddy(self.period_spin)
        self.factor_label = QLabel(self)
        self.factor_spin = QDoubleSpinBox(self, objectName="checks_jump_factor")
        self.factor_spin.setRange(1.1, 100.0)
        self.factor_spin.setSingleStep(0.5)
        self.factor_spin.setDecimals(1)
        self.factor_spin.setValue(checks.jump_factor(store))
        self.factor_label.setBuddy(self.factor_spin)
        self.summary = plain_label("checks_summary", self, selectable=True)
        self.table = record_table(self, self.COLUMNS, "checks_table")
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.natural: list[int] = []  # each short column's width on one line (set by ``render``)
        self.row_heights = QTimer(self, singleShot=True, interval=0)  # once per burst of column resizes
        self.row_heights.timeout.connect(self.table.resizeRowsToContents)
        self.table.horizontalHeader().sectionResized.connect(lambda *_a: self.row_heights.start())
        self.table.viewport().installEventFilter(self)  # its width is the room the columns share
        self.comment_edit = QLineEdit(self, objectName="follow_up_comment")
        self.mark_button = QPushButton(self, objectName="follow_up_mark")
        self.follow_ups = FollowUpsBox(store, self)
        self._layout()
        self.period_spin.valueChanged.connect(lambda _v: self.refresh())
        self.factor_spin.editingFinished.connect(self.set_factor)
        self.mark_button.clicked.connect(self.mark_selected)
        self.retranslate_ui()
        self.refresh()

    def _layout(self) -> None:
        top = choice_row(self.period_label, self.period_spin, self.factor_label, self.factor_spin)
        mark = QHBoxLayout()
        mark.addWidget(self.comment_edit, 1)
        mark.addWidget(self.mark_button)
        upper = QWidget(self)
        box = QVBoxLayout(upper)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.table, 1)
        box.addLayout(mark)
        split_page(self, self.heading, top, self.summary, upper, self.follow_ups)

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Kiểm tra số liệu"))
        self.period_label.setText(self.tr("&Năm báo cáo:"))
        self.factor_label.setText(self.tr("Cảnh báo khi số liệu thay đổi so với năm trước &gấp (lần):"))
        self.comment_edit.setPlaceholderText(self.tr("Nhận xét: cần kiểm tra lại điều gì với đơn vị?"))
        self.mark_button.setText(self.tr("Đánh dấu cần &theo dõi"))
        self.table.setHorizontalHeaderLabels([self.tr("Mức"), self.tr("Đơn vị"), self.tr("Chỉ số"), self.tr("Loại"),
                                              self.tr("Nội dung")])
        self.follow_ups.retranslate_ui()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self.fit_columns()
        return super().eventFilter(watched, event)

    def fit_columns(self) -> None:
        """Level and indicator on one line; unit and kind too unless the message would get less than
        ``MESSAGE_SHARE`` of the room they leave, then they shrink (wrapping, never below half their
        width); the message takes the rest (the last section stretches) and the rows follow."""
        if not self.natural:
            return
        header, widths = self.table.horizontalHeader(), list(self.natural)
        room = self.table.viewport().width() - sum(w for c, w in enumerate(widths) if c not in self.WRAPPED)
        budget, wanted = int(room * (1 - self.MESSAGE_SHARE)), sum(widths[c] for c in self.WRAPPED)
        if wanted > budget:
            for c in self.WRAPPED:
                widths[c] = max(widths[c] // 2, budget * widths[c] // wanted)
        for c, width in enumerate(widths):
            if header.sectionSize(c) != width:
                header.resizeSection(c, width)
        self.row_heights.start()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            self.render()
        super().changeEvent(event)

    def period(self) -> int:
        return self.period_spin.value()

    def refresh(self) -> None:
        """Checks on a worker with its own connection; the follow-up list at once."""
        self.summary.setText(self.tr("Đang kiểm tra số liệu…"))
        home, period = str(self.store.home), self.period()
        self.jobs.run(lambda: compute_checks(home, period), self.loaded, self.failed)
        self.follow_ups.load(period)

    def loaded(self, rows: list[dict]) -> None:
        self.rows = rows
        self.render()

    def failed(self, exc: BaseException) -> None:
        self.rows = []
        self.render()
        prompts.failure(self, exc)

    def words(self, row: dict) -> tuple[str, str]:
        importance = {"high": self.tr("Cao"), "medium": self.tr("Trung bình"), "low": self.tr("Thấp")}
        kind = {"rule": self.tr("Quy tắc"), "outlier": self.tr("Khác thường so với đơn vị khác"),
                "jump": self.tr("Thay đổi lớn so với năm trước")}
        return importance.get(row["importance"], row["importance"]), kind.get(row["kind"], row["kind"])

    def render(self) -> None:
        self.table.setRowCount(len(self.rows))
        for i, r in enumerate(self.rows):
            importance, kind = self.words(r)
            unit = r["unit_name"] or self.tr("(chung)")
            for col, text in enumerate((importance, unit, r["indicator"] or "—", kind, r["message_vi"])):
                item = QTableWidgetItem(text)
                item.setTextAlignment(TOP_LEFT)  # a tall row's unit and kind stay beside its message's start
                item.setToolTip(r["message_vi"])
                self.table.setItem(i, col, item)
        header = self.table.horizontalHeader()
        self.natural = [max(self.table.sizeHintForColumn(c), header.sectionSizeHint(c)) for c in range(self.MESSAGE)]
        self.fit_columns()  # the message column takes the rest and wraps
        self.table.resizeRowsToContents()
        flagged = [r for r in self.rows if r["unit"]]
        self.summary.setText(self.tr("%1 cảnh báo ở %2 đơn vị: %3 vi phạm quy tắc, %4 khác thường, %5 thay đổi lớn")
                             .replace("%1", str(len(flagged))).replace("%2", str(len({r["unit"] for r in flagged})))
                             .replace("%3", str(sum(r["kind"] == "rule" for r in flagged)))
                             .replace("%4", str(sum(r["kind"] == "outlier" for r in flagged)))
                             .replace("%5", str(sum(r["kind"] == "jump" for r in flagged))))
        self.mark_button.setEnabled(bool(flagged))

    def set_factor(self) -> None:
        try:
            checks.set_jump_factor(self.store, self.factor_spin.value())
        except LcdeskError as exc:
            prompts.user_error(self, exc)
            return
        self.refresh()

    def mark_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        row = self.rows[rows[0].row()] if rows else None
        if row is None or not row["unit"]:
            prompts.info(self, self.tr("Theo dõi"), self.tr("Hãy chọn một cảnh báo của một đơn vị."))
            return
        comment = self.comment_edit.text().strip() or row["message_vi"]
        try:
            followups.mark(self.store, catalog=row["catalog"], unit=row["unit"], period=row["period"],
                           indicator=row["indicator"], measure=row["measure"] or "", comment=comment)
        except LcdeskError as exc:
            prompts.user_error(self, exc)
            return
        self.comment_edit.clear()
        self.follow_ups.load(self.period())
