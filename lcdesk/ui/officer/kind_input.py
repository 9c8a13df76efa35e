"""What the four kind inputs share: a grid of labelled fields, each with its error beside it.

A kind input edits ONE measure. ``raw()`` gives the fields as typed (counts with
their thousands separators removed), ``set_raw`` shows stored fields without
emitting ``edited``, ``show_errors`` puts each Vietnamese message next to its
field and returns the ones it has no field for, ``show_derived`` shows what the
core derived (a rate, a total). ``edited`` fires on every keystroke or choice,
``committed`` when a field is finished (Enter, focus out) or a choice is made.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QSizePolicy, QWidget

from lcdesk.core import numbers
from lcdesk.core.officer.form_state import normalise_count
from lcdesk.core.catalog.values import FieldError, normalise_number_text
from lcdesk.ui import i18n
from lcdesk.ui.widgets.figure_text import format_count, format_number

ERROR_STYLE = "color:#a00000; font-weight:600;"
FIELD_ERROR_STYLE = "QLineEdit { border: 2px solid #c00000; border-radius: 3px; padding: 1px; }"


def error_text(errors: list[FieldError]) -> str:
    """The messages in the interface language, one per line."""
    english = i18n.current_language() == "en"
    return "\n".join(e.message_en if english else e.message_vi for e in errors)


LONG_WORD = 16  # characters; a longer run without a space gets break opportunities
_BREAK = "\u200b"  # zero-width space: where Qt may wrap a long word


def wrappable(text: str) -> str:
    """``text`` for a wrapping label: a long run without spaces (what was typed, quoted in a
    message) may break every LONG_WORD characters instead of widening the form."""
    return " ".join(_BREAK.join(word[i:i + LONG_WORD] for i in range(0, len(word), LONG_WORD))
                    if len(word) > LONG_WORD else word for word in text.split(" "))


def python_number_text(text: str) -> str | None:
    """A decimal as typed ('95,5', '95.50') in the one spelling stored payloads give back
    ('95.5', '12000'); None if it is not a finite number."""
    number = numbers.parse_number(text) if text.strip() else None
    if number is None:
        return None
    number = float(number)
    return str(int(number)) if number.is_integer() else repr(number)


def decimal_display(text: str) -> str:
    """A decimal in Python syntax ('95.5') as the screen shows it (``numbers.format_number``,
    every digit kept), unless a thousands separator would make it read back as another number
    ('12.000' is twelve in a decimal field): then only the decimal point is localised."""
    number = float(text)
    places = len(text.partition(".")[2]) if "e" not in text.lower() else None
    shown = format_number(number, places) if places is not None else ""
    if shown and float(normalise_number_text(shown)) == number:
        return shown
    point = format_number(0.5)[1]  # the interface language's decimal point
    return text.replace(".", point)


def make_error_label(name: str, parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setStyleSheet(ERROR_STYLE)
    label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    label.hide()
    return label


class KindInput(QWidget):
    edited = Signal()
    committed = Signal()
    COUNT_FIELDS: tuple[str, ...] = ()  # whole numbers: shown grouped, read without separators
    NUMBER_FIELDS: tuple[str, ...] = ()  # decimals: shown with the locale's decimal point
    DERIVED_FROM: dict[str, tuple[str, ...]] = {}  # derived figure -> the fields it is computed from

    def __init__(self, indicator, measure, parent: QWidget | None = None):
        super().__init__(parent)
        self.indicator, self.measure = indicator, measure
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(2, 2)
        self.lines: dict[str, QLineEdit] = {}
        self.captions: dict[str, QLabel] = {}
        self.error_labels: dict[str, QLabel] = {}
        self.derived: dict[str, QLabel] = {}
        self.hidden_rows: set[str] = set()
        self.invalid_derived: set[str] = set()  # derived figures whose inputs have errors: hidden

    # ------------------------------------------------------------ building
    def accessible(self, text: str) -> str:
        """An accessible name that says which measure a field belongs to."""
        return f"{text} – {self.measure.label}" if len(self.indicator.measures) > 1 else text

    def _caption(self, name: str, text: str, row: int) -> QLabel:
        caption = QLabel(text, self)
        caption.setObjectName(f"caption_{name}")
        self.captions[name] = caption
        self.grid.addWidget(caption, row, 0)
        return caption

    def add_line(self, name: str, text: str, placeholder: str = "") -> QLineEdit:
        row = self.grid.rowCount()
        line = QLineEdit(self)
        line.setObjectName(f"field_{name}")
        line.setAccessibleName(self.accessible(text))
        line.setPlaceholderText(placeholder)
        line.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._caption(name, text, row).setBuddy(line)
        line.textEdited.connect(lambda _text, field=name: self._text_edited(field))
        line.editingFinished.connect(lambda field=name: self.reformat(field))  # before it is written
        line.editingFinished.connect(self.committed)
        self.lines[name] = line
        self.grid.addWidget(line, row, 1)
        self.add_error_label(name, row)
        return line

    def _text_edited(self, name: str) -> None:
        self.on_field_edited(name)
        self.edited.emit()

    def on_field_edited(self, name: str) -> None:
        """Runs before ``edited`` is emitted for a keystroke in field ``name``."""

    def reformat(self, name: str) -> None:
        """A finished field shows its number as every figure is shown ('12000' and '12,000' in a
        count become '12.000'); what ``raw()`` gives, so what is written, stays the same."""
        line = self.lines[name]
        shown = self.display_text(name, self.raw_text(name))
        if shown != line.text():
            line.setText(shown)  # no textEdited: not a keystroke, no new undo step

    def add_error_label(self, name: str, row: int) -> QLabel:
        label = make_error_label(f"error_{name}", self)
        self.error_labels[name] = label
        self.grid.addWidget(label, row, 2)
        return label

    def add_derived(self, name: str, text: str) -> QLabel:
        row = self.grid.rowCount()
        self._caption(name, text, row)
        label = QLabel(self)
        label.setObjectName(f"derived_{name}")
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setAccessibleName(self.accessible(text))
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        self.derived[name] = label
        self.grid.addWidget(label, row, 1, 1, 2)
        return label

    def set_row_visible(self, name: str, visible: bool) -> None:
        (self.hidden_rows.discard if visible else self.hidden_rows.add)(name)
        visible = visible and name not in self.invalid_derived
        for widgets in (self.captions, self.lines, self.error_labels, self.derived):
            if name in widgets:
                widgets[name].setVisible(visible and (widgets is not self.error_labels
                                                      or bool(widgets[name].text())))

    def hide_derived_of(self, errors: list[FieldError]) -> None:
        """Hide each derived figure (caption and value) while a field it is computed from has an
        error, so that no figure stands beside the message saying its input is wrong."""
        bad = {e.field for e in errors}
        for name, inputs in self.DERIVED_FROM.items():
            invalid = bool(bad.intersection(inputs))
            (self.invalid_derived.add if invalid else self.invalid_derived.discard)(name)
            self.set_row_visible(name, name not in self.hidden_rows)

    # ------------------------------------------------------------ values
    def raw(self) -> dict:
        raw = {}
        for name in self.lines:
            if name not in self.hidden_rows:
                raw[name] = self.raw_text(name)
        return raw

    def raw_text(self, name: str) -> str:
        """Field ``name`` as written: counts without their separators, decimals in Python syntax
        when they are numbers; anything else (an error) as typed."""
        text = self.lines[name].text().strip()
        if name in self.COUNT_FIELDS:
            return normalise_count(text)
        if name in self.NUMBER_FIELDS:
            return python_number_text(text) or text
        return text

    def set_raw(self, raw: dict) -> None:
        for name, line in self.lines.items():
            line.setText(self.display_text(name, str(raw.get(name, "") or "")))

    def display_text(self, name: str, text: str) -> str:
        if name in self.COUNT_FIELDS and text.isdigit():
            return format_count(int(text))
        if name in self.NUMBER_FIELDS and python_number_text(text) == text:
            return decimal_display(text)
        return text

    def show_errors(self, errors: list[FieldError]) -> list[FieldError]:
        """Each error beside its field; returns the errors of fields this input does not have."""
        shown = {name: [e for e in errors if e.field == name] for name in self.error_labels}
        for name, label in self.error_labels.items():
            mine = shown[name]
            label.setText(wrappable(error_text(mine)))
            label.setVisible(bool(mine) and not self._row_hidden(name))
            line = self.lines.get(name)
            if line is not None:
                line.setStyleSheet(FIELD_ERROR_STYLE if mine else "")
                line.setAccessibleDescription(error_text(mine))
        return [e for e in errors if e.field not in self.error_labels or self._row_hidden(e.field)]

    def _row_hidden(self, name: str) -> bool:
        return name in self.hidden_rows

    def show_derived(self, payload: dict) -> None:
        """Show what the core derived from the input; nothing by default."""

    def focus_widgets(self) -> list[QWidget]:
        """The inputs in Tab order."""
        return list(self.lines.values())
