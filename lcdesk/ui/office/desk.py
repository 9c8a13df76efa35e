"""The city office's window: a side bar of pages (Nhận gói, Cách ly, Cán bộ, Số liệu, Xung đột,
Danh mục, then the review and report pages), the office's name, city, catalogs and key.

Files reach the desk from the command line (``start``), a second start
(``single_instance.InstanceServer.file_received`` → ``open_file``), the menus and drag and
drop: a ``.lcb`` or a folder is imported, a ``.lcr`` opens the enrolment dialog.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication, QHBoxLayout, QListWidget, QMainWindow, QStackedWidget, QVBoxLayout, QWidget,
)

from lcdesk import APP_DISPLAY_NAME, __version__
from lcdesk.core.exchange import provisioning
from lcdesk.core.office.inbox import BUNDLE_SUFFIX
from lcdesk.ui.office import desk_pages
from lcdesk.ui.office.desk_header import DeskHeader
from lcdesk.ui.widgets.actions import check_current_language, language_actions, make_action, use_language
from lcdesk.ui.setup.provisioning_page import dropped_paths
from lcdesk.ui.widgets import prompts

DROPPABLE = (BUNDLE_SUFFIX, provisioning.ENROLMENT_SUFFIX, "")  # "": a folder


class OfficeDesk(QMainWindow):
    def __init__(self, store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.setObjectName("office_desk")
        self.setAcceptDrops(True)
        self.pages_spec = desk_pages.all_pages()
        self.pages: dict[str, QWidget] = {}
        self.stale: set[str] = set()
        self.pending: list[str] = []
        self.dialog = None
        self._build()
        self._build_menus()
        self.retranslate_ui()
        self.show_page("inbox")
        self._fit_to_screen(1200, 720)

    # ------------------------------------------------------------ building
    def _build(self) -> None:
        central = QWidget(self)
        self.header = DeskHeader(self.store, central)
        self.nav = QListWidget(central)
        self.nav.setObjectName("desk_nav")
        self.nav.setSpacing(0 if self._small_screen() else 2)  # every page in sight at 150 % on 1366×768
        font = self.nav.font()
        font.setPointSizeF(font.pointSizeF() * (1.05 if self._small_screen() else 1.15))
        self.nav.setFont(font)
        self.nav.setStyleSheet("QListWidget::item { padding: %s; }" % ("2px 6px" if self._small_screen() else "6px 8px"))
        self.stack = QStackedWidget(central)
        self.stack.setObjectName("desk_pages")
        for key, _title, _target in self.pages_spec:
            self.nav.addItem("")
            holder = QWidget(self.stack)
            holder.setObjectName(f"holder_{key}")
            QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
            self.stack.addWidget(holder)
        body = QHBoxLayout()
        body.addWidget(self.nav)
        body.addWidget(self.stack, 1)
        layout = QVBoxLayout(central)
        layout.addWidget(self.header)
        layout.addLayout(body, 1)
        self.setCentralWidget(central)
        self.nav.currentRowChanged.connect(self._on_nav)
        for i in range(min(9, len(self.pages_spec))):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{i + 1}"), self)
            shortcut.activated.connect(lambda row=i: self.nav.setCurrentRow(row))

    NAV_WIDTHS = (120, 190)

    def _fit_nav(self) -> None:
        """The side bar as wide as its longest title (within NAV_WIDTHS): at 150 % on a 1366×768
        screen every pixel it does not need goes to the page (the inbox's names, the grids)."""
        frame = 2 * self.nav.frameWidth() + self.nav.verticalScrollBar().sizeHint().width() // 2
        wanted = self.nav.sizeHintForColumn(0) + frame + 8
        low, high = self.NAV_WIDTHS
        self.nav.setFixedWidth(max(low, min(high, wanted)))

    def _small_screen(self) -> bool:
        screen = self.screen() or QApplication.primaryScreen()
        return screen is not None and screen.availableGeometry().height() < 700

    def _fit_to_screen(self, width: int, height: int) -> None:
        """Open at ``width``×``height``, but never larger than the screen (a 1366×768 laptop at 150 %)."""
        screen = self.screen() or QApplication.primaryScreen()
        if screen is not None:
            available = screen.availableGeometry()
            width, height = min(width, available.width()), min(height, available.height() - 30)
        self.resize(width, height)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.menu_file = bar.addMenu("")
        self.action_import = make_action(self, "action_import", lambda: self.page("inbox").choose_files(),
                                          QKeySequence.StandardKey.Open)
        self.action_import_folder = make_action(self, "action_import_folder", lambda: self.page("inbox").choose_folder())
        self.action_request = make_action(self, "action_open_request", lambda: self.page("officers").choose_request(), "Ctrl+R")
        self.action_quit = make_action(self, "action_quit", self.close, QKeySequence.StandardKey.Quit)
        for action in (self.action_import, self.action_import_folder, self.action_request):
            self.menu_file.addAction(action)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.action_quit)
        self.menu_view = bar.addMenu("")
        self.menu_language = self.menu_view.addMenu("")
        self.language_actions = language_actions(self, self.menu_language)
        self.menu_help = bar.addMenu("")
        self.action_office_key = make_action(self, "action_office_key", self.show_office_key, "F1")
        self.action_about = make_action(self, "action_about", self.show_about)
        self.menu_help.addAction(self.action_office_key)
        self.menu_help.addAction(self.action_about)

    def retranslate_ui(self) -> None:
        check_current_language(self.language_actions)
        title = f"{APP_DISPLAY_NAME} {__version__} — {self.header.name_label.text()}"
        if self.store.get_setting("demo") and self.tr("(dùng thử)") not in title:  # the demo office's name says it
            title += " " + self.tr("(dùng thử)")
        self.setWindowTitle(title)
        for row, (_key, text, _target) in enumerate(self.pages_spec):
            shortcut = f"  (Ctrl+{row + 1})" if row < 9 else ""
            self.nav.item(row).setText(desk_pages.title(text))
            self.nav.item(row).setToolTip(desk_pages.title(text) + shortcut)
        self.nav.setAccessibleName(self.tr("Các mục của văn phòng"))
        self._fit_nav()
        self.menu_file.setTitle(self.tr("&Tệp"))
        self.action_import.setText(self.tr("&Nhận gói dữ liệu…"))
        self.action_import_folder.setText(self.tr("Nhận cả &thư mục…"))
        self.action_request.setText(self.tr("Mở &yêu cầu đăng ký…"))
        self.action_quit.setText(self.tr("&Thoát"))
        self.menu_view.setTitle(self.tr("&Hiển thị"))
        self.menu_language.setTitle(self.tr("&Ngôn ngữ"))
        self.menu_help.setTitle(self.tr("Trợ &giúp"))
        self.action_office_key.setText(self.tr("&Khóa của văn phòng…"))
        self.action_about.setText(self.tr("&Giới thiệu"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # ------------------------------------------------------------ pages
    def keys(self) -> list[str]:
        return [key for key, _t, _m in self.pages_spec]

    def page(self, key: str) -> QWidget:
        """The page ``key``, created on first use."""
        if key not in self.pages:
            index = self.keys().index(key)
            holder = self.stack.widget(index)
            page = desk_pages.make_page(self.pages_spec[index][2], self.store, holder)
            holder.layout().addWidget(page)
            self.pages[key] = page
            self._connect(key, page)
        return self.pages[key]

    def _connect(self, key: str, page: QWidget) -> None:
        if key == "inbox":
            page.imported.connect(self._on_imported)
        elif key in ("quarantine", "officers"):
            page.changed.connect(self._on_data_changed)

    def show_page(self, key: str) -> QWidget:
        self.nav.setCurrentRow(self.keys().index(key))
        return self.page(key)

    def current_key(self) -> str:
        return self.keys()[self.nav.currentRow()]

    def _on_nav(self, row: int) -> None:
        if row < 0:
            return
        key = self.keys()[row]
        fresh = key not in self.pages
        page = self.page(key)
        self.stack.setCurrentIndex(row)
        if not fresh or key in self.stale:
            self._refresh(key, page)

    def _refresh(self, key: str, page: QWidget) -> None:
        self.stale.discard(key)
        refresh = getattr(page, "refresh", None)
        if callable(refresh):
            refresh()

    def _on_data_changed(self) -> None:
        """After an import, a retry, an enrolment: refresh what is shown, the rest when shown."""
        current = self.current_key()
        self.stale.update(k for k in self.pages if k != current)
        if current in self.pages and current != "inbox":
            self._refresh(current, self.pages[current])

    def _on_imported(self, run) -> None:
        self._on_data_changed()
        self.statusBar().showMessage(self.page("inbox").summary.text(), 20000)
        if self.pending:
            paths, self.pending = self.pending, []
            self.page("inbox").import_paths(paths)

    # ------------------------------------------------------------ files
    def start(self, open_file: str | None = None) -> None:
        if open_file:
            self.open_file(open_file)

    def open_file(self, path: str) -> None:
        """A file handed to the desk: a bundle or folder is imported, a request opens enrolment."""
        self.raise_()
        self.activateWindow()
        suffix = Path(path).suffix.lower()
        if suffix == provisioning.ENROLMENT_SUFFIX:
            self.show_page("officers").open_request(path)
        elif suffix == provisioning.PROVISIONING_SUFFIX:
            prompts.error(self, self.tr("Máy này là văn phòng thành phố, không nhận tệp cấu hình của cán bộ."))
        else:
            inbox = self.show_page("inbox")
            if inbox.runner.running:
                self.pending.append(path)
                self.statusBar().showMessage(self.tr("Sẽ nhập sau lần nhập đang chạy: %1").replace("%1", path), 10000)
            else:
                inbox.import_paths([path])

    def connect_instance_server(self, server) -> None:
        """Files from a second start (``single_instance.InstanceServer``) reach this window."""
        server.file_received.connect(self.open_file)

    def dragEnterEvent(self, event) -> None:
        if dropped_paths(event.mimeData(), DROPPABLE):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = dropped_paths(event.mimeData(), DROPPABLE)
        if not paths:
            return
        event.acceptProposedAction()
        requests = [p for p in paths if p.lower().endswith(provisioning.ENROLMENT_SUFFIX)]
        bundles = [p for p in paths if p not in requests]
        if bundles:
            self.show_page("inbox").import_paths(bundles)
        elif requests:
            self.open_file(requests[0])

    # ------------------------------------------------------------ help
    def show_office_key(self) -> None:
        from lcdesk.ui.office.office_key_dialog import OfficeKeyDialog

        self.dialog = OfficeKeyDialog(self.store, self)
        self.dialog.open()

    def show_about(self) -> None:
        text = self.tr("%1 %2\n\nBàn làm việc của văn phòng thành phố: nhận gói, đăng ký cán bộ, xem số liệu. "
                       "Dữ liệu lưu tại:\n%3")
        prompts.info(self, self.tr("Giới thiệu"), text.replace("%1", APP_DISPLAY_NAME).replace("%2", __version__)
                     .replace("%3", str(self.store.home)))

    def set_language(self, language: str) -> None:
        use_language(self.store, language)

    def closeEvent(self, event) -> None:
        inbox = self.pages.get("inbox")
        if inbox is not None and inbox.runner.running:
            if not prompts.ask_yes_no(self, self.tr("Đang nhập gói"),
                                      self.tr("Đang nhập gói dữ liệu. Dừng sau gói hiện tại và thoát?")):
                event.ignore()
                return
            inbox.runner.cancel()
            from lcdesk.ui.widgets import tasks

            tasks.wait_for_all()
        super().closeEvent(event)
