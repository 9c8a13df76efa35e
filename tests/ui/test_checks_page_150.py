"""Kiểm tra số liệu at 150 % on a 1366×768 screen: the message, what the clerk reads, has the
room and is shown whole, not cut after a line.

At QT_SCALE_FACTOR=1.5 the screen is 911×512 logical pixels and fonts keep their logical size, so
the desk resized to that size lays out as it does there (the screenshots in the report were taken
under xvfb at 1.5 and 1.0)."""

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QStyle

from lcdesk.core.officer.demo import demo_year
from lcdesk.ui.widgets import tasks
from office_demo_fixture import inbox_folder, office, office_template  # noqa: F401  (fixtures)
from office_desk_fixture import desk  # noqa: F401  (fixture)

LOGICAL_150 = (911, 512)  # 1366×768 at 150 %
MESSAGE = 4  # Nội dung


@pytest.fixture(autouse=True)
def synchronous(monkeypatch):
    monkeypatch.setattr(tasks, "runner", tasks.run_synchronously)


@pytest.fixture
def page(desk, qtbot):
    desk.resize(*LOGICAL_150)
    desk.show_page("checks")
    page = desk.page("checks")
    page.period_spin.setValue(demo_year())
    qtbot.wait(50)  # the column fitting and the row heights follow the resize on the event loop
    return page


def needed_height(table, row: int, column: int) -> int:
    """The height the cell's text takes wrapped at its column's width (the item view's margins)."""
    margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    width = table.columnWidth(column) - 2 * margin
    text = table.item(row, column).text()
    return QFontMetrics(table.font()).boundingRect(QRect(0, 0, width, 100000), Qt.TextFlag.TextWordWrap, text).height()


def test_the_message_column_has_the_room_and_nothing_scrolls_sideways(page):
    table = page.table
    viewport = table.viewport().width()
    widths = [table.columnWidth(c) for c in range(table.columnCount())]
    assert sum(widths) <= viewport + 1, (widths, viewport)
    assert widths[MESSAGE] >= 0.4 * viewport, (widths, viewport)  # was 165 of 707 px
    assert widths[MESSAGE] == max(widths)


def test_every_message_is_shown_whole_without_hovering(page):
    table = page.table
    assert table.rowCount() >= 4
    for row in range(table.rowCount()):
        for column in (1, 3, MESSAGE):  # the unit and the kind wrap too; none is cut
            assert needed_height(table, row, column) <= table.rowHeight(row), (row, column, table.item(row, column).text())
    # a row taller than the table (the peer check that could not run, 44 figures named) is read by scrolling
    assert table.verticalScrollMode() == QAbstractItemView.ScrollMode.ScrollPerPixel


def test_the_warnings_about_units_come_before_the_note_about_no_unit(page):
    units = [page.table.item(r, 1).text() for r in range(page.table.rowCount())]
    assert units[-1] == "(chung)" and "(chung)" not in units[:-1]


def test_a_wide_window_keeps_the_unit_and_kind_on_one_line(page, desk, qtbot):
    desk.resize(1366, 768)
    qtbot.wait(50)
    table = page.table
    names = [table.item(r, 1).text() for r in range(table.rowCount())]
    longest = max(QFontMetrics(table.font()).horizontalAdvance(n) for n in names)
    assert table.columnWidth(1) >= longest
    assert table.columnWidth(MESSAGE) >= 0.4 * table.viewport().width()
