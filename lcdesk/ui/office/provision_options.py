"""Reporting year(s) and deadline, as the enrolment and re-provisioning dialogs ask them."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QDate, QEvent
from PySide6.QtWidgets import QCheckBox, QDateEdit, QFormLayout, QLineEdit, QWidget

from lcdesk.ui.widgets.labels import plain_label

DEADLINE = (12, 10)  # 10 December, as in the cities' plans


def default_year(today: date | None = None) -> int:
    today = today or date.today()
    return today.year if (today.month, today.day) <= DEADLINE else today.year + 1


class ProvisionOptions(QWidget):
    def __init__(self, parent: QWidget | None = None, years: list[int] | None = None, deadline: str = ""):
        super().__init__(parent)
        self.setObjectName("provision_options")
        year = default_year()
        self.periods_caption = plain_label("periods_caption", self)
        self.periods_edit = QLineEdit(", ".join(map(str, years or [year])), self)
        self.periods_edit.setObjectName("periods_edit")
        self.deadline_check = QCheckBox(self, objectName="deadline_check")
        self.deadline_edit = QDateEdit(self, objectName="deadline_edit")
        self.deadline_edit.setCalendarPopup(True)
        self.deadline_edit.setDisplayFormat("dd/MM/yyyy")
        chosen = QDate.fromString(deadline, "yyyy-MM-dd") if deadline else QDate(year, *DEADLINE)
        self.deadline_edit.setDate(chosen if chosen.isValid() else QDate(year, *DEADLINE))
        self.deadline_check.setChecked(True)
        self.deadline_check.toggled.connect(self.deadline_edit.setEnabled)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.periods_caption, self.periods_edit)
        form.addRow(self.deadline_check, self.deadline_edit)
        self.periods_caption.setBuddy(self.periods_edit)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.periods_caption.setText(self.tr("Năm báo cáo:"))
        self.periods_edit.setToolTip(self.tr("Một hoặc nhiều năm, cách nhau bởi dấu phẩy: 2024, 2025"))
        self.deadline_check.setText(self.tr("&Hạn nộp:"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def periods(self) -> list[int]:
        """The years typed (four digits each), sorted, each once."""
        return sorted({int(y) for y in re.findall(r"\b\d{4}\b", self.periods_edit.text())})

    def deadline(self) -> str:
        return self.deadline_edit.date().toString("yyyy-MM-dd") if self.deadline_check.isChecked() else ""
