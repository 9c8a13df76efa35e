"""The main window: the catalog tree on the left, the indicator on the right.

For an officer it adds the deadline banner, the unit and year selectors with the
progress ('3/4 đã nhập'), status marks in the tree, the indicator form (from
``indicator_form.py``, when present) and the export history; for the city office
and an installation not yet set up it is the read-only catalog browser. Files
handed to the app (double-click, drag and drop) arrive at ``open_file``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, QRect, QSize, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from lcdesk import APP_DISPLAY_NAME, __version__
from lcdesk.core.exchange import identity
from lcdesk.core.catalog.model import Catalog
from lcdesk.core.errors import LcdeskError
from lcdesk.ui.widgets import prompts
from lcdesk.ui.widgets.catalog_tree import CatalogTree
from lcdesk.ui.officer.deadline_banner import DeadlineBanner
from lcdesk.ui.widgets.indicator_detail import IndicatorDetail
from lcdesk.ui.officer.officer_session import OfficerSession
from lcdesk.ui.widgets.actions import check_current_language, language_actions, make_action, use_language
from lcdesk.ui.widgets.deferred_tabs import DeferredTabs
from lcdesk.ui.widgets.drops import dropped_paths
from lcdesk.ui.officer.report_toolbar import ReportToolbar

CATALOG_SETTING = "catalog"
PREFERRED_CATALOG = "hanoi-2025"
OPENABLE = (".lcp", ".lcb", ".lcx", ".lcf")
PREFERRED_SIZE = QSize(1100, 680)


class MainWindow(QMainWindow):
    """``catalog_changed(catalog)`` is emitted after another catalog is shown;
    ``file_open_requested(path)`` when a file is handed to the app (``open_file``).
    ``clock`` gives today's date to the deadline banner (tests inject one)."""

    catalog_changed = Signal(object)
    file_open_requested = Signal(str)

    def __init__(self, store, parent: QWidget | None = None, clock: Callable[[], date] = date.today):
        super().__init__(parent)
        self.store = store
        self.clock = clock
        self.catalog: Catalog | None = None
        self.wizard = None
        self.export_dialog = None
        self.provisioning_dialog = None
        self.demo_window = None
        self.title_parts = ("", False, "")  # (officer's name, demo?, single unit's name) read in reload_role
        self.setObjectName("main_window")
        self.setAcceptDrops(True)
        self._build_central()
        self._build_menus()
        self.counts_label = QLabel(self)
        self.counts_label.setObjectName("status_counts")
        self.statusBar().setObjectName("status_bar")
        self.statusBar().addPermanentWidget(self.counts_label)
        self.officer = OfficerSession(self)
        self.retranslate_ui()
        self.reload_role()
        self.fit_to_screen()

    def fit_to_screen(self, wanted: QSize = PREFERRED_SIZE) -> None:
        """Open within the screen's available geometry (taskbar excluded): the preferred size when
        it fits, maximised when it does not (1366×768 at 150 % leaves about 910×490)."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        available = screen.availableGeometry() if screen is not None else QRect(0, 0, wanted.width(), wanted.height())
        if wanted.width() <= available.width() and wanted.height() <= available.height():
            self.resize(wanted)
            self.move(available.center() - self.rect().center())
            return
        self.resize(available.size().boundedTo(wanted))
        self.move(available.topLeft())
        self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)

    def showEvent(self, event) -> None:
        if not getattr(self, "_sized", False):  # first show: tree 45 %, detail 55 %
            self._sized = True
            width = self.splitter.width()
            self.splitter.setSizes([width * 45 // 100, width - width * 45 // 100])
        super().showEvent(event)

    # ------------------------------------------------------------ building
    def _build_central(self) -> None:
        central = QWidget(self)
        central.setObjectName("central")
        self.banner = DeadlineBanner(self.clock, central)
        self.toolbar = ReportToolbar(self.store, central)
        self.catalog_label = QLabel(central)
        self.catalog_label.setObjectName("catalog_label")
        self.catalog_combo = QComboBox(central)
        self.catalog_combo.setObjectName("catalog_combo")
        self.catalog_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.catalog_label.setBuddy(self.catalog_combo)
        self.catalog_row = QWidget(central)
        top = QHBoxLayout(self.catalog_row)
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.catalog_label)
        top.addWidget(self.catalog_combo, 1)
        self.left_tabs = QTabWidget(central)
        self.left_tabs.setObjectName("left_tabs")
        self.tree = CatalogTree(self.store, self.left_tabs)
        self.left_tabs.addTab(self.tree, "")
        # The export history and the office's feedback (issue 11) are built when first shown
        # or used (``history``, ``todo``): the window opens on the tree.
        self.deferred_tabs = DeferredTabs(self.left_tabs)
        self.deferred_tabs.add("history", self._build_history)
        self.deferred_tabs.add("todo", self._build_todo)
        self.right = QStackedWidget(central)
        self.right.setObjectName("right_pane")
        self.detail = IndicatorDetail(self.store, self.right)
        self.right.addWidget(self.detail)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, central)
        self.splitter.setObjectName("main_splitter")
        self.splitter.addWidget(self.left_tabs)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(central)
        for widget in (self.banner, self.toolbar, self.catalog_row):
            layout.addWidget(widget)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self.catalog_combo.currentIndexChanged.connect(self._on_catalog_chosen)
        self.tree.selected.connect(self._on_tree_selected)

    def _build_history(self):
        from lcdesk.ui.officer.export_history import ExportHistory

        return ExportHistory(self.store, self.left_tabs)

    def _build_todo(self):
        from lcdesk.ui.officer.todo_panel import TodoPanel

        todo = TodoPanel(self.store, self.left_tabs)
        todo.form_requested.connect(self.open_feedback_form)
        return todo

    @property
    def history(self):
        """The export history tab's page (``ExportHistory``), built on first use."""
        return self.deferred_tabs.page("history")

    @property
    def todo(self):
        """The office's feedback tab's page (``TodoPanel``), built on first use."""
        return self.deferred_tabs.page("todo")

    def refresh_history(self) -> None:
        """Re-read the export history if its tab was built (it reads the store when built)."""
        if self.deferred_tabs.built("history"):
            self.history.refresh()

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.menu_file = bar.addMenu("")
        self.menu_file.setObjectName("menu_file")
        self.action_open = make_action(self, "action_open", self.choose_provisioning_file, shortcut=QKeySequence.StandardKey.Open)
        self.action_export = make_action(self, "action_export", self.open_export_dialog, shortcut="Ctrl+E")
        self.action_first_run = make_action(self, "action_first_run", self.show_first_run)
        self.action_demo_office = make_action(self, "action_demo_office", self.open_demo_office)
        self.action_quit = make_action(self, "action_quit", self.close, shortcut=QKeySequence.StandardKey.Quit)
        for action in (self.action_open, self.action_export, self.action_first_run, self.action_demo_office):
            self.menu_file.addAction(action)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.action_quit)
        self.menu_view = bar.addMenu("")
        self.menu_view.setObjectName("menu_view")
        self.action_history = make_action(self, "action_history", self.show_history, shortcut="Ctrl+H")
        self.action_indicators = make_action(self, "action_indicators", self.show_indicators, shortcut="Ctrl+L")
        self.menu_view.addAction(self.action_indicators)
        self.menu_view.addAction(self.action_history)
        self.menu_language = self.menu_view.addMenu("")
        self.menu_language.setObjectName("menu_language")
        self.language_actions = language_actions(self, self.menu_language)
        self.menu_help = bar.addMenu("")
        self.menu_help.setObjectName("menu_help")
        self.action_about = make_action(self, "action_about", self.show_about)
        self.menu_help.addAction(self.action_about)

    # ------------------------------------------------------------ translation
    def retranslate_ui(self) -> None:
        self._set_title()
        self.menu_file.setTitle(self.tr("&Tệp"))
        self.action_open.setText(self.tr("&Mở tệp cấu hình từ văn phòng…"))
        self.action_export.setText(self.tr("&Xuất gói dữ liệu…"))
        self.action_first_run.setText(self.tr("Thiết &lập lần đầu…"))
        self.action_demo_office.setText(self.tr("Mở &văn phòng thành phố dùng thử…"))
        self.action_quit.setText(self.tr("&Thoát"))
        self.menu_view.setTitle(self.tr("&Hiển thị"))
        self.action_indicators.setText(self.tr("&Danh mục chỉ số"))
        self.action_history.setText(self.tr("&Lịch sử xuất gói"))
        self.menu_language.setTitle(self.tr("&Ngôn ngữ"))
        self.menu_help.setTitle(self.tr("Trợ &giúp"))
        self.action_about.setText(self.tr("&Giới thiệu"))
        self.catalog_label.setText(self.tr("&Danh mục chỉ số:"))
        self.catalog_combo.setToolTip(self.tr("Bộ tiêu chí và chỉ số đang xem"))
        self.catalog_combo.setAccessibleName(self.tr("Danh mục chỉ số"))
        self.left_tabs.setTabText(0, self.tr("Chỉ số"))
        self.left_tabs.setTabText(1, self.tr("Lịch sử xuất gói"))
        self.left_tabs.setTabText(2, self.tr("Phản hồi của văn phòng"))
        check_current_language(self.language_actions)
        self._show_counts()

    def _set_title(self) -> None:
        title = f"{APP_DISPLAY_NAME} {__version__}"
        name, demo, unit = self.title_parts
        if name:
            title += f" — {name}"
        if unit:
            title += f" — {unit}"
        if demo:
            title += " " + self.tr("(dùng thử)")
        self.setWindowTitle(title)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def set_language(self, language: str) -> None:
        """Switch the interface language now and remember it."""
        use_language(self.store, language)

    def show_about(self) -> None:
        text = self.tr(
            "%1 %2\n\nBáo cáo các chỉ số Thành phố học tập (UNESCO) cho cán bộ các sở, ngành "
            "và phường, xã. Làm việc không cần mạng; dữ liệu lưu tại:\n%3"
        )
        text = text.replace("%1", APP_DISPLAY_NAME).replace("%2", __version__).replace("%3", str(self.store.home))
        prompts.info(self, self.tr("Giới thiệu"), text)

    # ------------------------------------------------------------ role
    def is_officer(self) -> bool:
        return identity.role(self.store) == identity.OFFICER

    def reload_role(self) -> None:
        """Lay the window out for what this installation is (officer, office, not set up)."""
        officer = self.is_officer()
        self.catalog_row.setVisible(not officer)
        self.toolbar.setVisible(officer)
        self.left_tabs.setTabVisible(1, officer)
        self.left_tabs.setTabVisible(2, officer)
        self.left_tabs.tabBar().setVisible(officer)
        self.action_export.setEnabled(officer)
        self.action_history.setEnabled(officer)
        self.action_open.setEnabled(identity.role(self.store) != identity.OFFICE)
        self.action_first_run.setVisible(identity.role(self.store) is None)
        self.action_demo_office.setVisible(self.is_officer() and bool(self.store.get_setting("demo")))
        name = identity.my_name(self.store) if identity.role(self.store) else ""
        units = identity.provisioning(self.store).get("units", []) if officer else []
        self.title_parts = (name, bool(self.store.get_setting("demo")), units[0]["name"] if len(units) == 1 else "")
        self._set_title()
        if officer:
            self.officer.start()
        else:
            self.officer.stop()
            if identity.role(self.store) == identity.OFFICE:
                self.store.set_setting(CATALOG_SETTING, identity.office_settings(self.store)["catalog"].split("@")[0])
            self.reload_catalogs()

    # ------------------------------------------------------------ catalogs
    def reload_catalogs(self) -> None:
        """Fill the selector from the store and show the remembered (or preferred) catalog."""
        entries = self.store.list_catalogs()
        self.catalog_combo.blockSignals(True)
        self.catalog_combo.clear()
        for entry in entries:
            self.catalog_combo.addItem(f"{entry['title']} ({entry['version']})", (entry["id"], entry["version"]))
        self.catalog_combo.blockSignals(False)
        index = self._default_index(entries)
        if index < 0:
            self.show_catalog(None)
        elif index == self.catalog_combo.currentIndex():
            self._on_catalog_chosen(index)
        else:
            self.catalog_combo.setCurrentIndex(index)

    def _default_index(self, entries: list[dict]) -> int:
        ids = [entry["id"] for entry in entries]
        for wanted in (self.store.get_setting(CATALOG_SETTING), PREFERRED_CATALOG):
            if wanted in ids:
                return len(ids) - 1 - ids[::-1].index(wanted)  # the newest version of it
        return 0 if ids else -1

    def select_catalog(self, catalog_id: str, version: str | None = None) -> bool:
        """Choose a catalog in the selector, as the user would; False if it is not listed."""
        for index in range(self.catalog_combo.count() - 1, -1, -1):
            cid, cversion = self.catalog_combo.itemData(index)
            if cid == catalog_id and version in (None, cversion):
                self.catalog_combo.setCurrentIndex(index)
                return True
        return False

    def _on_catalog_chosen(self, index: int) -> None:
        if index < 0:
            return
        catalog_id, version = self.catalog_combo.itemData(index)
        try:
            catalog = self.store.get_catalog(catalog_id, version)
        except LcdeskError as exc:
            prompts.user_error(self, exc)
            return
        self.store.set_setting(CATALOG_SETTING, catalog_id)
        self.show_catalog(catalog)

    def show_catalog(self, catalog: Catalog | None) -> None:
        if catalog is not None:  # per-city targets (learning-models): this installation's city only
            from lcdesk.core.catalog.targets import catalog_for_city

            office = self.store.get_setting("office") or (self.store.get_setting("provisioning") or {}).get("office")
            catalog = catalog_for_city(catalog, (office or {}).get("city"))
        self.catalog = catalog
        self.tree.set_catalog(catalog)
        self._show_counts()
        self.catalog_changed.emit(catalog)

    def _show_counts(self) -> None:
        if self.catalog is None:
            self.counts_label.setText(self.tr("Chưa có danh mục chỉ số"))
            return
        counts = self.catalog.counts()
        self.counts_label.setText(" · ".join([
            self.tr("%n lĩnh vực", "", counts["areas"]),
            self.tr("%n tiêu chuẩn", "", counts["standards"]),
            self.tr("%n tiêu chí", "", counts["criteria"]),
            self.tr("%n chỉ số", "", counts["indicators"]),
        ]))

    def _on_tree_selected(self, code: str, level: str) -> None:
        if self.is_officer() and level == "indicator" and self.officer.show_form(code):
            return
        self.right.setCurrentWidget(self.detail)
        self.detail.show_code(self.catalog, code, level)

    # ------------------------------------------------------------ views and dialogs
    def show_indicators(self) -> None:
        self.left_tabs.setCurrentWidget(self.tree)
        self.tree.tree.setFocus()

    def show_history(self) -> None:
        if self.is_officer():
            self.left_tabs.setCurrentWidget(self.history)
            self.history.list.setFocus()

    def open_export_dialog(self) -> None:
        if not self.is_officer():
            return
        from lcdesk.ui.officer.export_dialog import ExportDialog

        self.export_dialog = ExportDialog(self.store, self)
        self.export_dialog.exported.connect(self._on_exported)
        self.export_dialog.open()

    def _on_exported(self, result) -> None:
        self.refresh_history()
        self.statusBar().showMessage(self.tr("Đã xuất gói dữ liệu: %1").replace("%1", str(result.path)), 15000)

    def show_first_run(self) -> None:
        """The first-run wizard (officer, city office or demo), while nothing is set up."""
        from lcdesk.ui.setup.first_run_wizard import FirstRunWizard

        if identity.role(self.store) is not None:
            return
        self.wizard = FirstRunWizard(self.store, self)
        self.wizard.finished.connect(self._on_wizard_finished)
        self.wizard.open()

    def _on_wizard_finished(self, result: int) -> None:
        from lcdesk.ui.setup.role_page import DEMO

        wizard = self.sender() or self.wizard
        if result and wizard is not None and wizard.choice() == DEMO:
            self.open_demo()
        else:
            self.reload_role()
            if identity.role(self.store) == identity.OFFICE:
                self.open_office_desk()

    def open_office_desk(self, store=None) -> None:
        """The city office works in the office desk (``lcdesk.ui.office.desk``); this window
        hands it the files it receives from then on. ``store``: another office (the demo's)."""
        from lcdesk.ui.office.desk import OfficeDesk

        desk = OfficeDesk(store or self.store)
        if store is not None:
            desk.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            desk.destroyed.connect(lambda *_a, s=store: s.close())
        else:
            self.office_desk = desk
        desk.show()
        self.hide()

    def open_demo_office(self) -> None:
        """The demo city office (twelve officers, an inbox to import), beside the demo officer."""
        from lcdesk.core.office.demo_office import open_office_of_demo

        store = self._open_demo_store(open_office_of_demo)
        if store is not None:
            self.open_office_desk(store)

    def _open_demo_store(self, opener):
        """``opener(data folder)`` under a wait cursor; None (the error shown) when it fails."""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return opener(self.store.home)
        except LcdeskError as exc:
            prompts.user_error(self, exc)
            return None
        finally:
            QApplication.restoreOverrideCursor()

    def open_demo(self) -> None:
        """Open the demo officer's window (a separate store below this data folder)."""
        from lcdesk.core.officer.demo_home import open_demo

        store = self._open_demo_store(open_demo)
        if store is None:
            return
        window = MainWindow(store, clock=self.clock)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.destroyed.connect(lambda *_a, s=store: s.close())
        self.demo_window = window
        window.show()
        self.hide()

    def start(self, open_file: str | None = None) -> None:
        """What the app does once the window shows: open the file it was given, else
        run the first-run wizard when the installation is not set up yet."""
        if open_file:
            self.open_file(open_file)
        elif identity.role(self.store) is None:
            self.show_first_run()

    # ------------------------------------------------------------ files
    def open_file(self, path: str) -> None:
        """A file handed to the app (command line, double-click, drop): a provisioning file
        (.lcp) is verified and offered; a bundle (.lcb) is pointed to the office's import."""
        if getattr(self, "office_desk", None) is not None:
            self.office_desk.open_file(path)
            return
        self.statusBar().showMessage(self.tr("Đã nhận tệp: %1").replace("%1", path), 10000)
        self.file_open_requested.emit(path)
        suffix = Path(path).suffix.lower()
        if suffix == ".lcp":
            self.open_provisioning(path)
        elif suffix in (".lcx", ".lcf"):
            self.open_office_file(path)
        elif suffix == ".lcb" and identity.role(self.store) == identity.OFFICE:
            self.open_office_desk()
            self.office_desk.open_file(path)
        elif suffix == ".lcb" and self.is_officer():
            prompts.info(self, self.tr("Gói dữ liệu"), self.tr(
                "Tệp .lcb là gói dữ liệu gửi cho văn phòng thành phố; máy của cán bộ không nhập gói. "
                "Hãy trao tệp này cho văn phòng."))

    def open_office_file(self, path: str) -> None:
        """A receipt (.lcx) or feedback (.lcf) from the office (issue 11)."""
        from lcdesk.ui.officer.receipt_opener import open_office_file

        if open_office_file(self, self.store, path):
            self.refresh_history()
            self.officer.refresh_statuses()  # the tree's marks say the office's word
            self.todo.refresh()
            if self.todo.returned_count():
                self.left_tabs.setCurrentWidget(self.todo)
            if self.officer.form is not None and self.officer.form.key is not None:
                self.officer.form.review_note.show_form(self.officer.form.key)

    def open_feedback_form(self, catalog: str, unit: str, period: int, indicator: str) -> None:
        """Show the form a feedback item names (the to-do tab), in its own catalog."""
        self.toolbar.select_catalog(catalog)
        self.toolbar.select(unit, period)
        self.left_tabs.setCurrentWidget(self.tree)
        self.tree.select_code(indicator)
        self.officer.show_form(indicator)

    def choose_provisioning_file(self) -> None:
        path = prompts.open_file(self, self.tr("Mở tệp cấu hình"), self.tr("Tệp cấu hình lcdesk (*.lcp)"))
        if path:
            self.open_provisioning(path)

    def open_provisioning(self, path: str) -> None:
        from lcdesk.ui.setup.provisioning_dialog import open_provisioning_file

        if identity.role(self.store) == identity.OFFICE:
            prompts.error(self, self.tr("Máy này là văn phòng thành phố, không nhận tệp cấu hình của cán bộ."))
            return
        dialog = open_provisioning_file(self.store, path, self)
        if dialog is not None:
            self.provisioning_dialog = dialog
            dialog.accepted.connect(self._on_provisioned)

    def _on_provisioned(self) -> None:
        if self.wizard is not None and self.wizard.isVisible():
            self.wizard.reject()
        self.reload_role()
        self.statusBar().showMessage(self.tr("Đã nhận cấu hình từ văn phòng; số liệu đã nhập được giữ nguyên."), 15000)

    def dragEnterEvent(self, event) -> None:
        if dropped_paths(event.mimeData(), OPENABLE):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = dropped_paths(event.mimeData(), OPENABLE)
        if paths:
            event.acceptProposedAction()
            self.open_file(paths[0])
