"""Recording the city's rating of a rating indicator (the expert panel's, area 3), with a note."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit, QWidget

from lcdesk.core.numbers import RATING_WORDS


class CityRatingDialog(QDialog):
    def __init__(self, figure: dict, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("city_rating_dialog")
        self.setWindowTitle(self.tr("Đánh giá của thành phố"))
        self.about = QLabel(self)
        self.about.setWordWrap(True)
        self.about.setText(self.tr("Chỉ số %1, năm %2").replace("%1", figure["indicator"])
                           .replace("%2", str(figure["period"])))
        self.rating_combo = QComboBox(self, objectName="city_rating_value")
        for r in (5, 4, 3, 2, 1):
            self.rating_combo.addItem(f"{r} — {RATING_WORDS['vi'][r]}", r)
        if figure.get("value") in range(1, 6):
            self.rating_combo.setCurrentIndex(5 - figure["value"])
        self.note_edit = QPlainTextEdit(self, objectName="city_rating_note")
        self.note_edit.setPlainText(figure.get("note") or "")
        self.note_edit.setPlaceholderText(self.tr("Căn cứ: biên bản họp hội đồng chuyên gia, ngày …"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Ghi"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.about)
        form.addRow(self.tr("&Mức đánh giá:"), self.rating_combo)
        form.addRow(self.tr("&Ghi chú:"), self.note_edit)
        form.addRow(buttons)

    def rating(self) -> int:
        return int(self.rating_combo.currentData())

    def note(self) -> str:
        return self.note_edit.toPlainText().strip()
