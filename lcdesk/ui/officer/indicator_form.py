"""The indicator form: one indicator of one unit and year, saved as it is typed.

There is no Save button. Validation runs on every keystroke (``MeasureBlock.refresh``);
what is typed is written when a field is finished (Enter, Tab, focus out), at once
for a choice, and 400 ms after the last keystroke, so a crash or a power cut loses
at most the field being typed. Each write is an undoable command
(``undo_commands.FormEditCommand``) that appends records through the core
(``form_state.write_state`` -> ``entry.save_value``); a form with errors is kept as a
draft and cannot be marked complete. ``saved(code)`` is emitted after every write,
mark complete and evidence change.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from lcdesk.core.officer import entry
from lcdesk.core.errors import LcdeskError
from lcdesk.core.officer.form_state import (
    FormKey,
    FormState,
    bundle_evidence_size,
    clean_raw,
    load_state,
    write_state,
)
from lcdesk.ui.widgets import prompts
from lcdesk.ui.officer.cell_history import CellHistory
from lcdesk.ui.officer.evidence_list import EvidenceList, local_files
from lcdesk.ui.officer.form_actions import FormActions
from lcdesk.ui.officer.feedback_note import FeedbackNote
from lcdesk.ui.officer.form_header import FormHeader
from lcdesk.ui.officer.form_keys import FormKeys
from lcdesk.ui.officer.measure_block import MeasureBlock
from lcdesk.ui.officer.undo_commands import FormEditCommand
from lcdesk.ui.officer.check_warnings import CheckWarnings

DEBOUNCE_MS = 400


class IndicatorForm(QWidget):
    saved = Signal(str)

    def __init__(self, store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.setObjectName("indicator_form")
        self.setAcceptDrops(True)
        self.key: FormKey | None = None
        self.indicator = None
        self.blocks: dict[str, MeasureBlock] = {}
        self.stored = FormState()  # what the database holds, as the widgets read it
        self.status = entry.EMPTY
        self._stale = False  # the language changed while hidden: rebuild when shown
        self._session = 0  # keystrokes of one field session merge into one undo command
        self._loading = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.commit)
        self.keys = FormKeys(self)
        self._build()
        # Created after the bar that shows it: children are destroyed in creation order, and
        # a stack emits its signals once more while it is destroyed.
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(500)
        self.actions.follow(self.undo_stack)
        self.retranslate_ui()
        self.clear()

    # ------------------------------------------------------------ building
    def _build(self) -> None:
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("form_scroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(self.scroll)
        body.setObjectName("form_body")
        self.empty_label = QLabel(body)
        self.empty_label.setObjectName("form_empty")
        self.empty_label.setWordWrap(True)
        self.content = QWidget(body)
        self.content.setObjectName("form_content")
        self.header = FormHeader(self.content)
        self.review_note = FeedbackNote(self.store, self.content)  # the office's comment (issue 11)
        self.check_warnings = CheckWarnings(self.content)  # failed data-quality rules (issue 12)
        self.blocks_layout = QVBoxLayout()
        self._build_extras()
        column = QVBoxLayout(self.content)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.header)
        column.addWidget(self.review_note)
        column.addWidget(self.check_warnings)
        column.addLayout(self.blocks_layout)
        for widget in (self.note_label, self.note_edit, self.evidence_label, self.evidence,
                       self.history_toggle, self.history):
            column.addWidget(widget)
        outer = QVBoxLayout(body)
        outer.addWidget(self.empty_label)
        outer.addWidget(self.content)
        outer.addStretch(1)
        self.scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll, 1)
        self.actions = FormActions(self)
        self.actions.undo_requested.connect(self.undo)
        self.actions.redo_requested.connect(self.redo)
        self.actions.complete_requested.connect(self.mark_complete)
        self.undo_button, self.redo_button = self.actions.undo_button, self.actions.redo_button
        self.complete_button, self.status_label = self.actions.complete_button, self.actions.status_label
        self.saved_label = self.actions.saved_label
        layout.addWidget(self.actions)
        self.keys.watch(self.note_edit)

    def _build_extras(self) -> None:
        """The note, the evidence and the (collapsed) history under the measures."""
        self.note_label = QLabel(self.content)
        self.note_edit = QPlainTextEdit(self.content)
        self.note_edit.setObjectName("note_edit")
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setMaximumHeight(self.note_edit.fontMetrics().lineSpacing() * 5)
        self.note_edit.textChanged.connect(self._on_note_changed)
        self.note_label.setBuddy(self.note_edit)
        self.evidence_label = QLabel(self.content)
        self.evidence = EvidenceList(self.store, self.content)
        self.evidence.changed.connect(self._on_evidence_changed)
        self.history_toggle = QToolButton(self.content)
        self.history_toggle.setObjectName("history_toggle")
        self.history_toggle.setCheckable(True)
        self.history_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.history_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.history_toggle.toggled.connect(self._toggle_history)
        self.history = CellHistory(self.store, self.content)
        self.history.hide()
        for label in (self.note_label, self.evidence_label):
            font = label.font()
            font.setBold(True)
            label.setFont(font)

    def retranslate_ui(self) -> None:
        self.empty_label.setText(self.tr("Chọn một chỉ số trong danh mục để nhập số liệu."))
        self.note_label.setText(self.tr("Ghi chú"))
        self.note_edit.setAccessibleName(self.tr("Ghi chú"))
        self.note_edit.setPlaceholderText(self.tr("Nguồn số liệu, cách tính, điều cần lưu ý…"))
        self.evidence_label.setText(self.tr("Minh chứng"))
        self.history_toggle.setText(self.tr("Lịch sử thay đổi"))
        self.history_toggle.setAccessibleName(self.tr("Hiện hoặc ẩn lịch sử thay đổi"))

    def hideEvent(self, event) -> None:
        self.commit()  # another page or the window closing: nothing typed is left behind
        super().hideEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            self._stale = self.key is not None  # the blocks are rebuilt in the new language when shown
            if self.isVisible():
                self._rebuild_if_stale()
        super().changeEvent(event)

    def showEvent(self, event) -> None:
        self._rebuild_if_stale()
        super().showEvent(event)

    def _rebuild_if_stale(self) -> None:
        if self._stale and self.key is not None:
            self._stale = False
            k = self.key
            self.show_indicator(k.catalog, k.unit, k.period, k.indicator)

    # ------------------------------------------------------------ showing a form
    def show_indicator(self, catalog, unit_code: str, period: int, indicator_code: str) -> None:
        """Open the form of ``indicator_code`` for ``unit_code`` and ``period`` (what was typed
        in the previous form is written first)."""
        self.commit()
        self.key = FormKey(catalog, unit_code, int(period), indicator_code)
        self.indicator = catalog.indicator(indicator_code)
        self.undo_stack.clear()
        self._session += 1
        self.actions.saved_label.clear()
        self.header.show_indicator(catalog, self.indicator, int(period), entry.own_unit(self.store, unit_code))
        self.review_note.show_form(self.key)
        self._loading = True
        try:
            self._build_blocks()
            self._show_state(load_state(self.store, self.key))
        finally:
            self._loading = False
        self.stored = self.current_state()
        self.history.show_cells(self.indicator.kind, [(m.label, self.key.cell(m.code)) for m in self.indicator.measures])
        self.empty_label.hide()
        self.content.show()
        self._set_tab_order()
        self._after_change(saved=False)
        self.scroll.verticalScrollBar().setValue(0)  # another indicator opens at its top
        self.scroll.horizontalScrollBar().setValue(0)

    def clear(self) -> None:
        """Show no form (what was typed is written first)."""
        self.commit()
        self.key, self.indicator = None, None
        self.undo_stack.clear()
        self._remove_blocks()
        self.content.hide()
        self.empty_label.show()
        self.status = entry.EMPTY
        self.actions.clear()

    def _remove_blocks(self) -> None:
        for block in self.blocks.values():
            block.input.blockSignals(True)
            block.blockSignals(True)
            block.hide()
            block.setParent(None)
            block.deleteLater()
        self.blocks = {}

    def _build_blocks(self) -> None:
        self._remove_blocks()
        headline = self.indicator.headline_measure.code
        for measure in self.indicator.measures:
            block = MeasureBlock(self.indicator, measure, self.content)
            previous = entry.previous_value(self.store, self.key.cell(measure.code))
            block.set_context(self.indicator.target, self.key.period, measure.code == headline, previous)
            block.edited.connect(self._on_edited)
            block.committed.connect(self._on_committed)
            for widget in block.focus_widgets():
                self.keys.watch(widget)
            self.blocks_layout.addWidget(block)
            self.blocks[measure.code] = block

    def _set_tab_order(self) -> None:
        chain = [w for block in self.blocks.values() for w in block.focus_widgets()]
        chain += [self.note_edit, self.evidence.items, self.evidence.add_button, self.evidence.open_button,
                  self.evidence.remove_button, self.history_toggle, self.history.measure_combo, self.history.tree,
                  self.complete_button, self.undo_button, self.redo_button]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def first_input(self) -> QWidget | None:
        block = next(iter(self.blocks.values()), None)
        return block.focus_widgets()[0] if block is not None else None

    # ------------------------------------------------------------ state
    def current_state(self) -> FormState:
        raws = {code: clean_raw(block.raw()) for code, block in self.blocks.items()}
        return FormState(raws, self.note_edit.toPlainText(), self.evidence.hashes())

    def _show_state(self, state: FormState) -> None:
        was_loading, self._loading = self._loading, True
        try:
            for code, block in self.blocks.items():
                block.set_raw(state.raw(code))
            if self.note_edit.toPlainText() != state.note:
                self.note_edit.setPlainText(state.note)
            self.evidence.set_hashes(state.evidence)
        finally:
            self._loading = was_loading

    def commit(self) -> None:
        """Write what the widgets show, if it differs from what is stored (an undoable command)."""
        self.timer.stop()
        if self.key is None or self._loading:
            return
        state = self.current_state()
        if state != self.stored:
            self.undo_stack.push(FormEditCommand(self._apply, self.stored, state, self._describe(state),
                                                 merge_key=self._session))

    def commit_field(self) -> None:
        """A field is finished: write it; the next keystrokes start a new undo command."""
        self.commit()
        self._session += 1

    def next_field(self) -> None:
        self.focusNextChild()

    def _describe(self, state: FormState) -> str:
        for code, block in self.blocks.items():
            if state.raw(code) != self.stored.raw(code):
                return self.tr("Sửa “%1”").replace("%1", block.measure.label)
        if state.note != self.stored.note:
            return self.tr("Sửa ghi chú")
        return self.tr("Thay đổi minh chứng")

    def _apply(self, state: FormState, show: bool) -> None:
        """Write ``state`` (called by the undo commands); ``show`` puts it into the widgets too."""
        if self.key is None:
            return
        try:
            write_state(self.store, self.key, self.stored, state)
        except LcdeskError as exc:
            prompts.user_error(self, exc)
            return
        self.stored = state
        if show:
            self._show_state(state)
        was_complete = self.status == entry.COMPLETE
        self._after_change(saved=True)
        if was_complete and self.status != entry.COMPLETE:  # said plainly, never silently
            self.actions.saved_label.setText(self.tr("Biểu mẫu đã hoàn thành được mở lại (nháp) vì số liệu thay "
                                                     "đổi. Bấm “Đánh dấu hoàn thành” khi đã xong."))

    def _after_change(self, saved: bool) -> None:
        heads = entry.my_heads(self.store, self.key.catalog.id, self.key.unit, self.key.period)
        self.status = entry.form_status(self.indicator, heads)
        self.check_warnings.show_form(self.store, self.key)
        self.actions.show_status(self.status)
        self._update_complete_button()
        self.history.refresh()
        self.evidence.set_bundle_size(bundle_evidence_size(self.store, self.key, self.evidence.hashes()))
        if saved:
            self.actions.show_saved()
            self.review_note.show_form(self.key)  # "returned" becomes "you corrected it"
            self.saved.emit(self.key.indicator)

    def _update_complete_button(self) -> None:
        ready = bool(self.blocks) and all(block.is_ready() for block in self.blocks.values())
        unchanged_complete = self.status == entry.COMPLETE and self.current_state() == self.stored
        self.actions.set_can_complete(ready, ready and not unchanged_complete)

    # ------------------------------------------------------------ reacting
    def _on_edited(self, _measure: str) -> None:
        if self._loading:
            return
        self._update_complete_button()
        self.timer.start()

    def _on_committed(self, measure: str) -> None:
        if self._loading:
            return
        self.commit_field()
        self.history.select_measure(list(self.blocks).index(measure) if measure in self.blocks else 0)

    def _on_note_changed(self) -> None:
        if not self._loading and self.key is not None:
            self.timer.start()

    def _on_evidence_changed(self, hashes: tuple) -> None:
        if self.key is None:
            return
        self.commit_field()  # what was being typed is its own step
        self.evidence.set_hashes(hashes)
        self.commit_field()

    def _toggle_history(self, shown: bool) -> None:
        self.history.setVisible(shown)
        self.history_toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)

    # ------------------------------------------------------------ commands
    def undo(self) -> None:
        self.commit_field()
        if self.undo_stack.canUndo():
            self.undo_stack.undo()
        self._session += 1

    def redo(self) -> None:
        self.commit_field()
        if self.undo_stack.canRedo():
            self.undo_stack.redo()
        self._session += 1

    def mark_complete(self) -> None:
        """'Đánh dấu hoàn thành': every measure complete; refused (with the reason) otherwise."""
        if self.key is None:
            return
        self.commit_field()
        k = self.key
        try:
            entry.mark_complete(self.store, k.catalog, unit=k.unit, period=k.period, indicator=k.indicator)
        except LcdeskError as exc:
            prompts.user_error(self, exc)
            return
        self._after_change(saved=True)

    # ------------------------------------------------------------ drops
    def dragEnterEvent(self, event) -> None:
        if self.key is not None and local_files(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        if self.key is not None and local_files(event.mimeData()):
            event.acceptProposedAction()
            self.evidence.add_paths(local_files(event.mimeData()))

