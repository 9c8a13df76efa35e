"""Fixtures and helpers of the indicator form tests (imported by test_indicator_form.py,
test_form_kinds.py and test_evidence.py)."""


import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from lcdesk.core.officer import entry
from lcdesk.core.store import Cell
from lcdesk.ui.officer.indicator_form import IndicatorForm

WARD, SGD, KHCN = "00004", "01-so-giao-duc-va-dao-tao", "01-so-khoa-hoc-va-cong-nghe"
CATALOG = "hanoi-2025"
OFFICER = "Nguyễn Thị Minh Anh"



@pytest.fixture
def catalog(demo):
    return demo.get_catalog(CATALOG)


def show_active(qtbot, widget, width: int, height: int):
    """Show ``widget`` at that size and make it the active window (typing and keyboard focus need it)."""
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow, timeout=2000)
    return widget


def open_form(qtbot, store, catalog, unit, code, period=2025):
    form = show_active(qtbot, IndicatorForm(store), 1000, 800)
    form.show_indicator(catalog, unit, period, code)
    return form


def line(form, measure, field):
    return form.blocks[measure].input.lines[field]


def type_into(qtbot, widget, text, finish=True):
    """Click into ``widget``, replace its text by typing, and press Enter when ``finish``."""
    widget.setFocus()
    widget.selectAll()
    if text:
        qtbot.keyClicks(widget, text)
    else:
        QTest.keyClick(widget, Qt.Key.Key_Delete)
    if finish:
        QTest.keyClick(widget, Qt.Key.Key_Return)


def head(store, catalog, unit, code, measure, period=2025):
    return entry.my_heads(store, catalog.id, unit, period).get((code, measure))


def history(store, catalog, unit, code, measure, period=2025):
    return store.history(Cell(catalog.id, unit, period, code, measure))
