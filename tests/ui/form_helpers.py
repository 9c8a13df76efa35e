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


def open_form(qtbot, store, catalog, unit, code, period=2025):
    form = IndicatorForm(store)
    qtbot.addWidget(form)
    form.resize(1000, 800)
    form.show()
    qtbot.waitExposed(form)
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow, timeout=2000)  # keyboard focus needs the active window
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
