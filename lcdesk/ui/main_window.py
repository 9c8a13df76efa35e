"""The main window: a catalog selector, the catalog tree and the detail pane.

The officer's forms will grow inside it later (more tabs or docks beside the
browser); this module only wires widgets together and keeps the settings.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from lcdesk import APP_DISPLAY_NAME, __version__
from lcdesk.core.catalog import Catalog
from lcdesk.core.errors import LcdeskError
from lcdesk.ui import i18n, prompts
from lcdesk.ui.catalog_tree import CatalogTree
from lcdesk.ui.indicator_detail import IndicatorDetail

CATALOG_SETTING = "catalog"
PREFERRED_CATALOG = "hanoi-2025"


class MainWindow(QMainWindow):
    """``catalog_changed(catalog)`` is emitted after another catalog is shown;
    ``file_open_requested(path)`` when a file is handed to the app (``open_file``)."""

    catalog_changed = Signal(object)
    file_open_requested = Signal(str)

    def __init__(self, store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.catalog: Catalog | None = None
        self.setObjectName("main_window")
        self._build_central()
        self._build_menus()
        self.counts_label = QLabel(self)
        self.counts_label.setObjectName("status_counts")
        self.statusBar().setObjectName("status_bar")
        self.statusBar().addPermanentWidget(self.counts_label)
        self.retranslate_ui()
        self.reload_catalogs()
        self.resize(1100, 680)

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
        self.catalog_label = QLabel(central)
        self.catalog_label.setObjectName("catalog_label")
        self.catalog_combo = QComboBox(central)
        self.catalog_combo.setObjectName("catalog_combo")
        self.catalog_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.catalog_label.setBuddy(self.catalog_combo)
        top = QHBoxLayout()
        top.addWidget(self.catalog_label)
        top.addWidget(self.catalog_combo, 1)
        self.tree = CatalogTree(self.store, central)
        self.detail = IndicatorDetail(self.store, central)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, central)
        self.splitter.setObjectName("main_splitter")
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(central)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self.catalog_combo.currentIndexChanged.connect(self._on_catalog_chosen)
        self.tree.selected.connect(self._on_tree_selected)

    def _action(self, name: str, slot, checkable: bool = False) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        action.setCheckable(checkable)
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.menu_file = bar.addMenu("")
        self.menu_file.setObjectName("menu_file")
        self.action_quit = self._action("action_quit", self.close)
        self.action_quit.setShortcut(QKeySequence.StandardKey.Quit)
        self.menu_file.addAction(self.action_quit)
        self.menu_view = bar.addMenu("")
        self.menu_view.setObjectName("menu_view")
        self.menu_language = self.menu_view.addMenu("")
        self.menu_language.setObjectName("menu_language")
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code in i18n.available_languages():
            action = self._action(f"action_lang_{code}", lambda _checked=False, c=code: self.set_language(c), True)
            action.setText(i18n.LANGUAGE_NAMES[code])  # a language names itself, untranslated
            group.addAction(action)
            self.menu_language.addAction(action)
            self.language_actions[code] = action
        self.menu_help = bar.addMenu("")
        self.menu_help.setObjectName("menu_help")
        self.action_about = self._action("action_about", self.show_about)
        self.menu_help.addAction(self.action_about)

    # ------------------------------------------------------------ translation
    def retranslate_ui(self) -> None:
        self.setWindowTitle(f"{APP_DISPLAY_NAME} {__version__}")
        self.menu_file.setTitle(self.tr("&Tệp"))
        self.action_quit.setText(self.tr("&Thoát"))
        self.menu_view.setTitle(self.tr("&Hiển thị"))
        self.menu_language.setTitle(self.tr("&Ngôn ngữ"))
        self.menu_help.setTitle(self.tr("Trợ &giúp"))
        self.action_about.setText(self.tr("&Giới thiệu"))
        self.catalog_label.setText(self.tr("&Danh mục chỉ số:"))
        self.catalog_combo.setToolTip(self.tr("Bộ tiêu chí và chỉ số đang xem"))
        current = i18n.current_language()
        if current in self.language_actions:
            self.language_actions[current].setChecked(True)
        self._show_counts()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def set_language(self, language: str) -> None:
        """Switch the interface language now and remember it."""
        installed = i18n.install_translator(QApplication.instance(), language)
        self.store.set_setting(i18n.SETTING_KEY, installed)

    def show_about(self) -> None:
        text = self.tr(
            "%1 %2\n\nBáo cáo các chỉ số Thành phố học tập (UNESCO) cho cán bộ các sở, ngành "
            "và phường, xã. Làm việc không cần mạng; dữ liệu lưu tại:\n%3"
        )
        text = text.replace("%1", APP_DISPLAY_NAME).replace("%2", __version__).replace("%3", str(self.store.home))
        prompts.info(self, self.tr("Giới thiệu"), text)

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
        self.detail.show_code(self.catalog, code, level)

    # ------------------------------------------------------------ files
    def open_file(self, path: str) -> None:
        """A file handed to the app (command line, double-click); forms connect to
        ``file_open_requested`` to import bundles and workbooks."""
        self.statusBar().showMessage(self.tr("Đã nhận tệp: %1").replace("%1", path), 10000)
        self.file_open_requested.emit(path)
