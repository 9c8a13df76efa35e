"""The data-quality warnings the officer sees before export: on the form and in the export dialog.

The same rules the office runs (``lcdesk.core.office.checks``): a warning does not stop
anything; it says what looks wrong, in words, so the officer can fix it before sending.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from lcdesk.core.errors import LcdeskError
from lcdesk.core.office import checks


class CheckWarnings(QFrame):
    """A yellow box listing failed checks; hidden when there are none."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("check_warnings")
        self.rows: list[dict] = []
        self.with_units = False
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#check_warnings { background: #fff8e1; border: 1px solid #e0b000; }")
        self.title = QLabel(self)
        self.title.setObjectName("check_warnings_title")
        self.body = QLabel(self)
        self.body.setObjectName("check_warnings_body")
        self.body.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.body)
        self.hide()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.show_rows(self.rows, self.with_units)
        super().changeEvent(event)

    def show_rows(self, rows: list[dict], with_units: bool = False) -> None:
        self.rows, self.with_units = list(rows), with_units
        self.setVisible(bool(self.rows))
        if not self.rows:
            return
        self.title.setText(self.tr("<b>Cảnh báo kiểm tra số liệu (%1)</b> — hãy xem lại trước khi gửi:")
                           .replace("%1", str(len(self.rows))))
        lines = []
        for r in self.rows[:20]:
            where = f"{r['unit_name']} · {r['indicator']}: " if with_units else ""
            lines.append(f"• {html.escape(where + r['message_vi'])}")
        if len(self.rows) > 20:
            lines.append(html.escape(self.tr("… và %1 cảnh báo khác").replace("%1", str(len(self.rows) - 20))))
        self.body.setText("<br>".join(lines))

    def show_form(self, store, key) -> None:
        """The failed rules of one form (``key``: the form's catalog, unit, period, indicator)."""
        from lcdesk.core.officer import entry

        heads = entry.my_heads(store, key.catalog.id, key.unit, key.period)
        values = {k: r.payload for k, r in heads.items() if r.payload is not None}
        self.show_rows(checks.form_warnings(key.catalog, key.period, key.unit, values, key.indicator))

    def show_export(self, store, catalog_id: str | None = None) -> None:
        """Every failed rule on the officer's figures (what the bundle would carry)."""
        try:
            rows = checks.officer_checks(store, catalog=catalog_id)
        except LcdeskError:
            rows = []
        self.show_rows(rows, with_units=True)
