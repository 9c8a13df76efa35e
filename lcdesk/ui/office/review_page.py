"""Duyệt số liệu: approve forms (selected, or every clean one), return them with a comment, unapprove.

Only complete forms can be approved (``review_actions.approvable``): with a draft selected the
approve button is greyed out and a note under the buttons says which form and what to do.

Rows are the forms that arrived, returned and changed ones first; a form changed after
approval shows the approved value beside the new one."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QSpinBox, QVBoxLayout, QWidget,
)

from lcdesk.core.errors import LcdeskError
from lcdesk.core.exchange import identity
from lcdesk.core.office import completeness, review, review_actions
from lcdesk.core.office.unit_names import sort_key
from lcdesk.ui.office.completeness_page import default_period
from lcdesk.ui.office.review_labels import state_colour, state_name
from lcdesk.ui.widgets import prompts
from lcdesk.ui.widgets.figure_text import describe_payload, format_number
from lcdesk.ui.widgets.labels import heading_label, plain_label
from lcdesk.ui.widgets.tables import choice_row, record_table, set_row

def identity_catalog(store):
    """The office's first catalog (the one the review page shows)."""
    return store.get_catalog(identity.office_catalog_keys(store)[0])

ORDER = {"returned": 0, "changed_after_approval": 1, "answered": 2, "complete": 3, "draft": 4, "approved": 5}


def value_text(catalog, indicator: str, measure: str, payload) -> str:
    """One stored value as the clerk reads it ("59,93 % (546/911)"), in the interface language."""
    if not payload:
        return "—"
    try:
        ind = catalog.indicator(indicator)
        return describe_payload(ind.kind, payload, ind.measure(measure))
    except (LcdeskError, ValueError):
        shown = [format_number(v) if isinstance(v, (int, float)) else str(v) for k, v in sorted(payload.items()) if k != "input"]
        return " · ".join(shown)


def values_text(catalog, indicator: str, values: dict | None, label) -> str:
    """A form's values; a form of several measures names each by its label (never its code)."""
    if not values:
        return ""
    return "; ".join(value_text(catalog, indicator, m, v) if len(values) == 1
                     else f"{label(indicator, m)}: {value_text(catalog, indicator, m, v)}" for m, v in sorted(values.items()))


class ReviewPage(QWidget):
    def __init__(self, store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.rows: list[review.Form] = []
        self.catalog = identity_catalog(store)
        self.setObjectName("review_page")
        self.heading = heading_label("review_heading", self)
        self.period_label = QLabel(self)
        self.period_spin = QSpinBox(self, objectName="review_period")
        self.period_spin.setRange(2000, 2100)
        self.period_spin.setValue(default_period(store))
        self.unit_combo = QComboBox(self, objectName="review_unit")
        self.table = record_table(self, 6, "review_table", selection="extended")
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        for column, width in enumerate((170, 70, 130, 170, 170)):  # "85,96 % (888/1.033)" on one line
            self.table.setColumnWidth(column, width)
        self.comment_label = QLabel(self)
        self.comment_edit = QLineEdit(self, objectName="review_comment")
        self.comment_label.setBuddy(self.comment_edit)
        self.measure_label = QLabel(self)
        self.measure_combo = QComboBox(self, objectName="review_measure")
        self.measure_label.setBuddy(self.measure_combo)
        self.approve_button = QPushButton(self, objectName="approve_button")
        self.clean_button = QPushButton(self, objectName="approve_clean_button")
        self.return_button = QPushButton(self, objectName="return_button")
        self.unapprove_button = QPushButton(self, objectName="unapprove_button")
        self.outbox_button = QPushButton(self, objectName="write_files_button")
        self.approve_note = plain_label("review_approve_note", self)  # why the approve button is greyed out
        self.approve_note.hide()
        self.result = plain_label("review_result", self)
        self._lay_out()
        self.period_spin.valueChanged.connect(lambda _v: self.refresh())
        self.unit_combo.currentIndexChanged.connect(lambda _i: self.render())
        self.table.itemSelectionChanged.connect(self.fill_measures)
        self.table.itemSelectionChanged.connect(self.update_approve)
        self.approve_button.clicked.connect(self.approve_selected)
        self.clean_button.clicked.connect(self.approve_clean)
        self.return_button.clicked.connect(self.return_selected)
        self.unapprove_button.clicked.connect(self.unapprove_selected)
        self.outbox_button.clicked.connect(lambda: self.write_files())
        self.retranslate_ui()
        self.refresh()
        self.fill_measures()

    def _lay_out(self) -> None:
        top = choice_row(self.period_label, self.period_spin, self.unit_combo, after=(self.clean_button,))
        comment = QHBoxLayout()
        comment.addWidget(self.comment_label)
        comment.addWidget(self.comment_edit, 1)
        comment.addWidget(self.measure_label)
        comment.addWidget(self.measure_combo)
        buttons = QHBoxLayout()
        for b in (self.approve_button, self.return_button, self.unapprove_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.outbox_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(comment)
        layout.addLayout(buttons)
        layout.addWidget(self.approve_note)
        layout.addWidget(self.result)

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Duyệt số liệu"))
        self.period_label.setText(self.tr("&Năm báo cáo:"))
        self.period_label.setBuddy(self.period_spin)
        self.table.setHorizontalHeaderLabels([self.tr("Đơn vị"), self.tr("Chỉ số"), self.tr("Trạng thái"),
                                              self.tr("Giá trị"), self.tr("Giá trị đã duyệt"), self.tr("Nhận xét")])
        self.comment_label.setText(self.tr("Nhận xét / &lý do:"))
        self.comment_edit.setPlaceholderText(self.tr("Ví dụ: Mẫu số không khớp với dân số năm 2025"))
        self.measure_label.setText(self.tr("&Về ô:"))
        self.measure_combo.setToolTip(self.tr("Nhận xét về cả biểu mẫu, hoặc về một ô số liệu của chỉ số đã chọn; "
                                              "trả lại nhiều lần để ghi nhận xét cho từng ô"))
        if self.measure_combo.count():
            self.measure_combo.setItemText(0, self.tr("Cả biểu mẫu"))
        self.approve_button.setText(self.tr("&Duyệt các dòng đã chọn"))
        self.update_approve()
        self.clean_button.setText(self.tr("Duyệt mọi biểu mẫu &hợp lệ"))
        self.clean_button.setToolTip(self.tr("Hoàn thành, không xung đột và không có kiểm tra nào bị lỗi"))
        self.return_button.setText(self.tr("&Trả lại để sửa"))
        self.unapprove_button.setText(self.tr("&Bỏ duyệt"))
        self.outbox_button.setText(self.tr("&Ghi biên nhận và phản hồi cho cán bộ…"))
        self.outbox_button.setToolTip(self.tr("Mỗi cán bộ một tệp biên nhận (.lcx) và một tệp phản hồi (.lcf), "
                                              "ký bằng khóa của văn phòng, để gửi qua USB hoặc thư điện tử"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            self.render()
        super().changeEvent(event)

    def catalog_id(self) -> str:
        return identity.office_catalog_keys(self.store)[0].split("@")[0]

    def refresh(self) -> None:
        forms = review.forms(self.store, self.catalog_id(), self.period_spin.value())
        order = completeness.unit_order(self.store)  # units as on Số liệu and Tiến độ
        self.all_rows = sorted((f for f in forms.values() if f.state != review.NOT_RECEIVED),
                               key=lambda f: (ORDER.get(f.state, 9), sort_key(order, f.unit), f.indicator))
        names = completeness.unit_names(self.store)
        self.names = {code: name for code, (name, _kind) in names.items()}
        current = self.unit_combo.currentData()
        self.unit_combo.blockSignals(True)
        self.unit_combo.clear()
        self.unit_combo.addItem(self.tr("Mọi đơn vị"), None)
        for code in completeness.sort_units({f.unit for f in self.all_rows}, order):
            self.unit_combo.addItem(self.names.get(code, code), code)
        self.unit_combo.setCurrentIndex(max(0, self.unit_combo.findData(current)))
        self.unit_combo.blockSignals(False)
        self.render()

    def render(self) -> None:
        unit = self.unit_combo.currentData()
        self.rows = [f for f in self.all_rows if unit is None or f.unit == unit]
        self.table.setRowCount(len(self.rows))
        for i, f in enumerate(self.rows):
            comments = "\n".join(f"{self.measure_name(f.indicator, c['measure'])}: {c['text']}" if c["measure"]
                                 else c["text"] for c in f.comments)
            shown = values_text(self.catalog, f.indicator, f.values, self.measure_name)
            approved = values_text(self.catalog, f.indicator, f.approved, self.measure_name) if f.state == review.CHANGED else ""
            cells = (self.names.get(f.unit, f.unit), f.indicator, state_name(f.state), shown, approved, comments)
            set_row(self.table, i, cells, i)[2].setBackground(state_colour(f.state))
        self.table.resizeRowsToContents()
        self.update_approve()

    def measure_name(self, indicator: str, measure: str) -> str:
        """A measure's label from the catalog ("Tỷ lệ"), its code when the catalog does not know it."""
        try:
            return self.catalog.indicator(indicator).measure(measure).label
        except LcdeskError:
            return measure

    def fill_measures(self) -> None:
        """The measures of the selected indicator (one indicator selected), after "the whole form"."""
        current = self.measure_combo.currentData()
        self.measure_combo.clear()
        self.measure_combo.addItem(self.tr("Cả biểu mẫu"), "")
        chosen = {f.indicator for f in self.selected()} if self.table.selectionModel() else set()
        if len(chosen) == 1:
            try:
                measures = self.catalog.indicator(chosen.pop()).measures
            except LcdeskError:
                measures = ()
            for m in measures:
                self.measure_combo.addItem(f"{m.label} ({m.code})", m.code)
        self.measure_combo.setCurrentIndex(max(0, self.measure_combo.findData(current)))
        self.measure_combo.setEnabled(self.measure_combo.count() > 1)

    def not_approvable(self) -> list[review.Form]:
        """Selected forms the approve button would be refused for (``review_actions.approvable``)."""
        return [f for f in self.selected() if f.state != review.APPROVED and not review_actions.approvable(f)]

    def update_approve(self) -> None:
        """Only complete forms can be approved: with a draft selected the button is greyed out and says why."""
        blocked = self.not_approvable()
        self.approve_button.setEnabled(not blocked)
        if not blocked:
            self.approve_button.setToolTip(self.tr("Chỉ duyệt được biểu mẫu cán bộ đã đánh dấu hoàn thành"))
            self.approve_note.hide()
            return
        named = [f"{self.names.get(f.unit, f.unit)} — {f.indicator} ({state_name(f.data)})" for f in blocked[:5]]
        if len(blocked) > 5:
            named.append(self.tr("và %1 biểu mẫu khác").replace("%1", str(len(blocked) - 5)))
        text = self.tr("Không duyệt được: %1 chưa hoàn thành. Chỉ duyệt được biểu mẫu cán bộ đã đánh dấu hoàn thành: "
                       "bỏ chọn các dòng đó, trả lại để sửa, hoặc chờ cán bộ đánh dấu hoàn thành và gửi gói mới.") \
            .replace("%1", "; ".join(named))
        self.approve_button.setToolTip(text)
        self.approve_note.setText(text)
        self.approve_note.show()

    def selected(self) -> list[review.Form]:
        return [self.rows[r.row()] for r in self.table.selectionModel().selectedRows()]

    def _run(self, action) -> None:
        try:
            message = action()
        except LcdeskError as exc:
            prompts.user_error(self, exc)
            return
        self.refresh()
        self.result.setText(message)

    def approve_selected(self) -> None:
        chosen = self.selected()
        period = self.period_spin.value()

        def act():  # one transaction: a draft in the selection refuses all of it (the core names them)
            done = review_actions.approve_forms(self.store, self.catalog_id(), period,
                                                [(f.unit, f.indicator) for f in chosen])
            return self.tr("Đã duyệt %1 biểu mẫu.").replace("%1", str(len(done)))
        self._run(act)

    def approve_clean(self) -> None:
        rows = lambda: review_actions.approve(self.store, self.catalog_id(), self.period_spin.value(),  # noqa: E731
                                              self.unit_combo.currentData(), all_clean=True)
        self._run(lambda: self.tr("Đã duyệt %1 biểu mẫu hợp lệ.").replace("%1", str(len(rows()))))

    def return_selected(self) -> None:
        chosen, text, measure = self.selected(), self.comment_edit.text(), self.measure_combo.currentData() or ""

        def act():
            for f in chosen:
                review_actions.return_form(self.store, self.catalog_id(), self.period_spin.value(), f.unit,
                                           f.indicator, text, measure)
            self.comment_edit.clear()
            return self.tr("Đã trả lại %1 biểu mẫu để sửa.").replace("%1", str(len(chosen)))
        self._run(act)

    def write_files(self, folder: str | None = None) -> None:
        """Write every officer's receipt and feedback into ``folder`` (asked for when not given)."""
        from lcdesk.core.office import outbox

        folder = folder or prompts.choose_folder(self, self.tr("Chọn thư mục để ghi biên nhận và phản hồi"))
        if folder:
            self._run(lambda: self.tr("Đã ghi %1 tệp vào %2.").replace("%1", str(len(outbox.write_all(self.store, folder))))
                      .replace("%2", folder))

    def unapprove_selected(self) -> None:
        chosen, text = self.selected(), self.comment_edit.text()

        def act():
            for f in chosen:
                review_actions.unapprove(self.store, self.catalog_id(), self.period_spin.value(), f.unit,
                                         [f.indicator], text)
            self.comment_edit.clear()
            return self.tr("Đã bỏ duyệt %1 biểu mẫu.").replace("%1", str(len(chosen)))
        self._run(act)
