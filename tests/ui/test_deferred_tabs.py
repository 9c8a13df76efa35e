"""The officer's window opens on its indicator tree; the export history and the office's
feedback tabs are built the first time they are shown or used (``DeferredTabs``), in their
place, with their texts, and the history lists the exports made before."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTabWidget

from lcdesk.core.exchange import bundle
from lcdesk.ui.main_window import MainWindow
from lcdesk.ui.widgets.deferred_tabs import DeferredTabs


def test_a_deferred_page_is_built_when_its_tab_is_clicked_and_keeps_its_tab(qtbot):
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    tabs.addTab(QLabel("cây"), "Chỉ số")
    built = []
    deferred = DeferredTabs(tabs, on_built=lambda name, widget: built.append(name))
    deferred.add("later", lambda: QLabel("đã dựng"))
    deferred.add("hidden", lambda: QLabel("ẩn"))
    tabs.setTabText(1, "Lịch sử xuất gói")
    tabs.setTabToolTip(1, "Các lần xuất gói")
    tabs.setTabVisible(2, False)
    tabs.show()
    qtbot.waitExposed(tabs)
    assert not deferred.built("later") and built == []
    tabs.tabBar().setCurrentIndex(1)  # as a click on the tab does
    assert deferred.built("later") and built == ["later"]
    page = deferred.page("later")
    assert tabs.currentWidget() is page and page.text() == "đã dựng"
    assert (tabs.tabText(1), tabs.tabToolTip(1), tabs.count()) == ("Lịch sử xuất gói", "Các lần xuất gói", 3)
    hidden = deferred.page("hidden")  # asked for in code: built in place, still hidden, not shown
    assert tabs.indexOf(hidden) == 2 and not tabs.isTabVisible(2) and tabs.currentIndex() == 1
    assert deferred.page("hidden") is hidden and built == ["later", "hidden"]


def test_the_officer_window_builds_its_history_and_feedback_tabs_on_first_use(qtbot, demo, tmp_path):
    exported = bundle.export_bundle(demo, tmp_path / "phuong-ba-dinh.lcb").path
    window = MainWindow(demo)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert not window.deferred_tabs.built("history") and not window.deferred_tabs.built("todo")
    assert [window.left_tabs.tabText(i) for i in range(3)] == ["Chỉ số", "Lịch sử xuất gói", "Phản hồi của văn phòng"]
    window.left_tabs.tabBar().setCurrentIndex(1)
    assert window.deferred_tabs.built("history") and window.left_tabs.currentWidget() is window.history
    assert window.history.isVisible() and window.history.list.topLevelItemCount() == len(window.history.exports) == 1
    assert window.history.exports[0]["path"] == str(exported)
    qtbot.mouseClick(window.left_tabs.tabBar(), Qt.MouseButton.LeftButton,
                     pos=window.left_tabs.tabBar().tabRect(2).center())
    assert window.deferred_tabs.built("todo") and window.left_tabs.currentWidget() is window.todo
    assert window.todo.isVisible()
