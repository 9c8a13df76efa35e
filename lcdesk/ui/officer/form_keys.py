"""The indicator form's keyboard.

Ctrl+Z, Ctrl+Y and Ctrl+Shift+Z reach the form's undo stack wherever the focus is in
the form: a field's own undo would only take back characters of what is being
typed, not the saved values. Enter in a field or on a choice writes it and moves
to the next field; leaving the note writes it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QRadioButton, QWidget

REDO_KEYS = ("Ctrl+Y", "Ctrl+Shift+Z")


def undo_or_redo(event) -> str:
    """'undo', 'redo' or '' for a key event."""
    combo = QKeySequence(event.keyCombination()).toString(QKeySequence.SequenceFormat.PortableText)
    if event.matches(QKeySequence.StandardKey.Redo) or combo in REDO_KEYS:
        return "redo"
    return "undo" if event.matches(QKeySequence.StandardKey.Undo) else ""


class FormKeys(QObject):
    """Keyboard of ``form``, which has ``undo()``, ``redo()``, ``commit_field()`` and ``next_field()``."""

    def __init__(self, form: QWidget):
        super().__init__(form)
        self.form = form
        self._add_shortcuts()

    def _add_shortcuts(self) -> None:
        """For focus on the form's buttons and lists (fields are handled by ``eventFilter``)."""
        keys = {"undo": QKeySequence.keyBindings(QKeySequence.StandardKey.Undo),
                "redo": [*QKeySequence.keyBindings(QKeySequence.StandardKey.Redo), *map(QKeySequence, REDO_KEYS)]}
        seen = set()
        for action, sequences in keys.items():
            for sequence in sequences:
                if sequence.toString() in seen:  # one key bound twice would be ambiguous: neither fires
                    continue
                seen.add(sequence.toString())
                shortcut = QShortcut(sequence, self.form, getattr(self.form, action))
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def watch(self, widget: QWidget) -> None:
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.ShortcutOverride and undo_or_redo(event):
            event.accept()  # keep the key from the field's own undo; it arrives as a key press
            return True
        if kind == QEvent.Type.KeyPress:
            which = undo_or_redo(event)
            if which:
                getattr(self.form, which)()
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and isinstance(watched, (QLineEdit, QRadioButton)):
                self.form.commit_field()
                self.form.next_field()
                return True
        if kind == QEvent.Type.FocusOut and isinstance(watched, QPlainTextEdit):
            self.form.commit_field()
        return super().eventFilter(watched, event)
