"""A 1–5 rating as five labelled choices, from Xuất sắc (5) down to Yếu (1).

Tab enters the group at the chosen level; the arrow keys move between levels and
each choice is saved at once.
"""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QRadioButton, QVBoxLayout, QWidget

from lcdesk.ui.widgets.figure_text import RATING_LABELS, tr
from lcdesk.ui.officer.kind_input import KindInput


class RatingInput(KindInput):
    def __init__(self, indicator, measure, parent: QWidget | None = None):
        super().__init__(indicator, measure, parent)
        self.setObjectName("rating_input")
        box = QWidget(self)
        box.setObjectName("rating_choices")
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        self.group = QButtonGroup(self)
        self.buttons: dict[int, QRadioButton] = {}
        for rating in (5, 4, 3, 2, 1):
            button = QRadioButton(f"{rating} – {tr(RATING_LABELS[rating])}", box)
            button.setObjectName(f"rating_{rating}")
            button.setAccessibleName(self.accessible(self.tr("Mức %1").replace("%1", button.text())))
            self.group.addButton(button, rating)
            self.buttons[rating] = button
            column.addWidget(button)
        self.group.idClicked.connect(self._on_clicked)
        row = self.grid.rowCount()
        self._caption("rating", self.tr("Mức đánh giá"), row)
        self.grid.addWidget(box, row, 1)
        self.add_error_label("rating", row)

    def _on_clicked(self, _rating: int) -> None:
        self.edited.emit()
        self.committed.emit()

    def raw(self) -> dict:
        rating = self.group.checkedId()
        return {"rating": str(rating) if rating > 0 else ""}

    def set_raw(self, raw: dict) -> None:
        text = str(raw.get("rating", "") or "").strip()
        button = self.buttons.get(int(text)) if text.isdigit() else None
        self.group.setExclusive(False)  # an exclusive group cannot uncheck its last button
        for other in self.buttons.values():
            other.setChecked(other is button)
        self.group.setExclusive(True)

    def focus_widgets(self):
        return list(self.buttons.values())
