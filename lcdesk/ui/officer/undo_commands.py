"""Undo and redo of the indicator form.

A command holds the form before and after one edit (``FormState``). Doing and
undoing both *write* a state through ``form_state.write_state`` (which calls
``entry.save_value``): undo appends records that bring the earlier figures back,
it never deletes one, so the history of a cell shows the undo too.

Keystrokes in one field are merged into one command while the field is being
edited (same ``merge_key``), so Ctrl+Z takes back a whole field, not a digit.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from lcdesk.core.officer.form_state import FormState

EDIT_ID = 4401

# apply(state, show): write ``state``; ``show`` also puts it back into the widgets.
Apply = Callable[[FormState, bool], None]


class FormEditCommand(QUndoCommand):
    def __init__(self, apply: Apply, before: FormState, after: FormState, text: str, merge_key=None):
        super().__init__(text)
        self.apply, self.before, self.after = apply, before, after
        self.merge_key = merge_key
        self._first = True

    def id(self) -> int:
        return EDIT_ID if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, FormEditCommand) or other.merge_key != self.merge_key:
            return False
        self.after = other.after
        self.setObsolete(self.after == self.before)  # typed and typed back: nothing to undo
        return True

    def redo(self) -> None:
        # The first time, the widgets already show ``after`` (the officer typed it).
        self.apply(self.after, not self._first)
        self._first = False

    def undo(self) -> None:
        self.apply(self.before, True)
