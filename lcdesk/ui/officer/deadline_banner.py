"""The deadline banner: 'Hạn nộp: 10/12/2025 — còn 17 ngày', amber in the last week, red when late.

The date of today comes from a clock the window passes in (tests inject one):
officers' laptop clocks are often wrong, so the banner only informs, never blocks.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QWidget

from lcdesk.ui.widgets.formatting import format_date

SOON_DAYS = 7
STYLES = {
    "normal": "background:#e8f1fb; color:#0b3a66; border:1px solid #9cc0e6;",
    "soon": "background:#fff4d6; color:#5c4200; border:1px solid #e0b84a;",
    "late": "background:#fbe3e3; color:#8a0000; border:1px solid #d98080;",
}


def parse_deadline(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None


class DeadlineBanner(QLabel):
    """``state`` is 'none', 'normal', 'soon' or 'late' (also a dynamic property for styling)."""

    def __init__(self, clock: Callable[[], date] = date.today, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("deadline_banner")
        self.clock = clock
        self.deadline: date | None = None
        self.state = "none"
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setMargin(6)
        self.hide()

    def set_deadline(self, deadline: str | date | None) -> None:
        """The deadline from the provisioning (ISO 'YYYY-MM-DD'); None or '' hides the banner."""
        self.deadline = deadline if isinstance(deadline, date) else parse_deadline(deadline)
        self.refresh()

    def days_left(self) -> int | None:
        return None if self.deadline is None else (self.deadline - self.clock()).days

    def refresh(self) -> None:
        days = self.days_left()
        if days is None:
            self.state = "none"
            self.setText("")
            self.hide()
            return
        when = format_date(self.deadline)
        if days > 0:
            text = self.tr("Hạn nộp: %1 — còn %n ngày", "", days)
        elif days == 0:
            text = self.tr("Hạn nộp: %1 — hôm nay là hạn cuối")
        else:
            text = self.tr("Hạn nộp: %1 — đã quá hạn %n ngày", "", -days)
        self.state = "late" if days < 0 else "soon" if days <= SOON_DAYS else "normal"
        self.setText(text.replace("%1", when))
        self.setAccessibleName(self.text())
        self.setStyleSheet(f"QLabel#deadline_banner {{ {STYLES[self.state]} border-radius:4px; font-weight:600; }}")
        self.setProperty("state", self.state)
        self.show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()
        super().changeEvent(event)
