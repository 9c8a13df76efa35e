"""Settling one conflict: the candidates side by side, the clerk's choice and a required note.

Each candidate shows its value, officer, key fingerprint, unit, sequence number, when
the office received it, the officer's note and evidence (openable). The clerk picks
one ("Chọn giá trị này") or types a value, writes why, and the decision is recorded
through ``core/office/conflicts.settle`` (``merge/resolve.py``). No key id is typed.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup, QDialog, QDialogButtonBox, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QRadioButton,
    QScrollArea, QVBoxLayout, QWidget,
)

from lcdesk.core import numbers
from lcdesk.core.errors import LcdeskError
from lcdesk.core.office import conflicts, values_view
from lcdesk.ui import i18n
from lcdesk.ui.office.evidence_files import EvidenceFiles
from lcdesk.ui.widgets import prompts
from lcdesk.ui.widgets.formatting import format_timestamp
from lcdesk.ui.widgets.labels import heading_label, plain_label

TYPED = 10_000  # the typed-value radio's id (QButtonGroup's -1 means 'none checked')
VALUE_HINTS = {
    "percent": QT_TRANSLATE_NOOP("ConflictDialog", "71,25 hoặc 285/400"),
    "count_by_sex": QT_TRANSLATE_NOOP("ConflictDialog", "nam=120, nu=115, tong=235"),
    "rating5": QT_TRANSLATE_NOOP("ConflictDialog", "4 hoặc Rất tốt"),
    "trend": QT_TRANSLATE_NOOP("ConflictDialog", "tăng hoặc giảm"),
}


class ConflictDialog(QDialog):
    def __init__(self, store, item: conflicts.ConflictItem, indicator, parent: QWidget | None = None):
        super().__init__(parent)
        self.store, self.item, self.indicator = store, item, indicator
        self.setObjectName("conflict_dialog")
        self.view = conflicts.current(store, item)
        self.record = None
        self.choice = QButtonGroup(self)
        self._build()
        self.resize(980, 620)

    def _build(self) -> None:
        item, ind = self.item, self.indicator
        self.setWindowTitle(self.tr("Quyết định xung đột"))
        title = heading_label("conflict_title", self)
        unit = item.unit_name or item.unit
        title.setText(self.tr("%1 · năm %2 · chỉ số %3").replace("%1", unit).replace("%2", str(item.period))
                      .replace("%3", item.indicator + (f" ({self._measure_label()})" if self._measure_label() else "")))
        text = plain_label("conflict_indicator_text", self, selectable=True)
        text.setText(ind.text if ind else "")
        row = QHBoxLayout()
        for number, source in enumerate(self.view.sources if self.view else ()):
            row.addWidget(self._candidate_box(number, source))
        candidates = QWidget(self)
        candidates.setLayout(row)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(candidates)
        self.typed_radio = QRadioButton(self.tr("Nhập giá trị khác:"), self, objectName="typed_value_radio")
        self.choice.addButton(self.typed_radio, TYPED)
        self.typed_edit = QLineEdit(self, objectName="typed_value_edit")
        hint = VALUE_HINTS.get(ind.kind if ind else "")
        self.typed_edit.setPlaceholderText(QCoreApplication.translate("ConflictDialog", hint) if hint else "")
        self.typed_edit.textEdited.connect(lambda _t: self.typed_radio.setChecked(True))
        typed = QHBoxLayout()
        typed.addWidget(self.typed_radio)
        typed.addWidget(self.typed_edit, 1)
        note_label = QLabel(self.tr("&Lý do quyết định (bắt buộc):"), self)
        self.note_edit = QPlainTextEdit(self, objectName="resolution_note")
        self.note_edit.setMaximumHeight(70)
        note_label.setBuddy(self.note_edit)
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(self.tr("Ghi quyết định"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("save_resolution_button")
        self.buttons.addButton(self.tr("Hủy"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (title, text):
            layout.addWidget(widget)
        layout.addWidget(scroll, 1)
        layout.addLayout(typed)
        layout.addWidget(note_label)
        layout.addWidget(self.note_edit)
        layout.addWidget(self.buttons)

    def _measure_label(self) -> str:
        ind = self.indicator
        if ind is None or len(ind.measures) <= 1:
            return ""
        return next((m.label for m in ind.measures if m.code == self.item.measure), self.item.measure)

    def _figure(self, payload) -> str:
        if self.indicator is None:
            return str(payload)
        measure = next((m for m in self.indicator.measures if m.code == self.item.measure), None)
        return numbers.format_figure(self.indicator.kind, payload, measure, language=i18n.current_language())

    def _candidate_box(self, number: int, source: values_view.SourceView) -> QGroupBox:
        p = values_view.provenance(self.store, source)
        box = QGroupBox(self.tr("Nguồn %1").replace("%1", str(number + 1)), self)
        box.setObjectName(f"candidate_{number}")
        value = heading_label(f"candidate_value_{number}", box)
        value.setText(self._figure(source.payload))
        details = plain_label(f"candidate_details_{number}", box, selectable=True)
        details.setText("\n".join([
            self.tr("Cán bộ: %1").replace("%1", p["officer"]),
            self.tr("Mã nhận dạng khóa: %1").replace("%1", p["fingerprint"] or "—"),
            self.tr("Đơn vị: %1").replace("%1", self.item.unit_name or self.item.unit),
            self.tr("Số thứ tự: %1").replace("%1", str(p["seq"])),
            self.tr("Văn phòng nhận lúc: %1").replace("%1", format_timestamp(p["received_at"]) if p["received_at"] else "—"),
            self.tr("Trạng thái: %1").replace("%1", self.tr("hoàn thành") if source.status == "complete" else self.tr("nháp")),
            self.tr("Ghi chú: %1").replace("%1", source.note or self.tr("(không có)")),
        ] + ([self.tr("Khóa này đã bị thu hồi.")] if source.revoked else [])))
        files = EvidenceFiles(self.store, box)
        files.setObjectName(f"candidate_evidence_{number}")
        files.set_hashes(source.evidence)
        radio = QRadioButton(self.tr("Chọn giá trị này"), box, objectName=f"choose_candidate_{number}")
        self.choice.addButton(radio, number)
        layout = QVBoxLayout(box)
        for widget in (radio, value, details, files):  # the choice first: always in view
            layout.addWidget(widget)
        layout.addStretch(1)
        return box

    def save(self) -> None:
        chosen = self.choice.checkedId()
        if chosen == -1:
            prompts.warning(self, self.tr("Chưa chọn giá trị"),
                            self.tr("Hãy chọn giá trị của một nguồn hoặc nhập giá trị khác."))
            return
        typed = chosen == TYPED
        try:
            self.record = conflicts.settle(
                self.store, self.item, note=self.note_edit.toPlainText(),
                choose=None if typed else self.view.sources[chosen].key_id,
                value_text=self.typed_edit.text() if typed else None)
        except LcdeskError as exc:
            prompts.user_error(self, exc)
            return
        self.accept()
