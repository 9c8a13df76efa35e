"""Tăng / Giảm against last year, chosen directly or derived from two years' figures.

Last year's figure is pre-filled when the previous period has one (``set_previous``);
typing this year's figure then pre-selects Tăng or Giảm. Either figure may be left
empty: the choice alone is a complete answer.
"""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QRadioButton, QWidget

from lcdesk.core import numbers
from lcdesk.core.catalog.values import derive_direction
from lcdesk.ui.widgets.figure_text import DIRECTION_LABELS, tr
from lcdesk.ui.officer.kind_input import KindInput

DIRECTIONS = ("increase", "decrease")


def _number(text: str):
    """The figure as the form's validation reads it (``numbers.parse_number``); None if empty or not one."""
    return numbers.parse_number(text) if text.strip() else None


def _invalid(text: str) -> bool:
    return bool(text.strip()) and numbers.parse_number(text) is None


class TrendInput(KindInput):
    NUMBER_FIELDS = ("previous", "figure")

    def __init__(self, indicator, measure, parent: QWidget | None = None):
        super().__init__(indicator, measure, parent)
        self.setObjectName("trend_input")
        self.add_line("previous", self.tr("Số liệu năm trước"), self.tr("nếu biết"))
        self.add_line("figure", self.tr("Số liệu năm nay"), self.tr("nếu có"))
        self.auto_selected = False  # the choice shown was derived from the figures, not clicked
        self._build_choices()

    def _build_choices(self) -> None:
        box = QWidget(self)
        box.setObjectName("direction_choices")
        layout = QHBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        for index, direction in enumerate(DIRECTIONS):
            button = QRadioButton(tr(DIRECTION_LABELS[direction]), box)
            button.setObjectName(f"direction_{direction}")
            button.setAccessibleName(self.accessible(self.tr("Xu hướng: %1").replace("%1", button.text())))
            self.group.addButton(button, index)
            self.buttons[direction] = button
            layout.addWidget(button)
        layout.addStretch(1)
        self.group.idClicked.connect(self._on_clicked)
        row = self.grid.rowCount()
        self._caption("direction", self.tr("So với năm trước"), row)
        self.grid.addWidget(box, row, 1)
        self.add_error_label("direction", row)

    def _on_clicked(self, _index: int) -> None:
        self.auto_selected = False
        self.edited.emit()
        self.committed.emit()

    def on_field_edited(self, name: str) -> None:
        """Pre-select Tăng/Giảm from the two figures, before the form validates; while one of
        them is not a number, a choice derived from them is withdrawn (a click is kept)."""
        texts = [self.lines[field].text() for field in ("figure", "previous")]
        derived = derive_direction(*(_number(text) for text in texts))
        if derived is not None:
            self._select(derived)
            self.auto_selected = True
        elif self.auto_selected and any(_invalid(text) for text in texts):
            self._select(None)

    def _select(self, direction: str | None) -> None:
        self.group.setExclusive(False)
        for key, button in self.buttons.items():
            button.setChecked(key == direction)
        self.group.setExclusive(True)

    def direction(self) -> str:
        return next((key for key, button in self.buttons.items() if button.isChecked()), "")

    def set_previous(self, figure) -> None:
        """Last year's figure as stored (a number), unless the officer typed one already."""
        if figure is not None and not self.lines["previous"].text().strip():
            number = float(figure)
            text = str(int(number)) if number.is_integer() else repr(number)
            self.lines["previous"].setText(self.display_text("previous", text))

    def raw(self) -> dict:
        return {**super().raw(), "direction": self.direction()}

    def set_raw(self, raw: dict) -> None:
        previous = self.lines["previous"].text()
        super().set_raw(raw)
        if not raw.get("previous"):
            self.lines["previous"].setText(previous)  # keep the pre-filled figure
        direction = str(raw.get("direction", "") or "").strip().lower()
        direction = {"tăng": "increase", "giảm": "decrease"}.get(direction, direction)
        self._select(direction)
        figures = (_number(self.lines["figure"].text()), _number(self.lines["previous"].text()))
        self.auto_selected = bool(direction) and derive_direction(*figures) == direction

    def focus_widgets(self):
        return [*self.lines.values(), *self.buttons.values()]
