"""Starting the GUI: the QApplication, its font, the translator, the main window."""

from __future__ import annotations

import logging
import os
import sys

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics
from PySide6.QtWidgets import QApplication

from lcdesk import APP_AUTHOR, APP_DISPLAY_NAME, APP_NAME, __version__
from lcdesk.ui import i18n
from lcdesk.ui.pyside_startup import read_feature_marks_from_bytes

# Letters a font must draw for Vietnamese: the stacked tone marks and the horn/bar letters.
VIETNAMESE_SAMPLE = "ĐđƠơƯưẠạẢảẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵẶặẸẹẺẻẼẽẾếỀềỂểỄễỆệỈỉỊịỌọỎỏỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢợỤụỦủỨứỪừỬửỮữỰựỲỳỴỵỶỷỸỹ"
log = logging.getLogger(__name__)
READY_FILE_ENV = "LCDESK_READY_FILE"
LISTEN_AFTER_PAINT_MS = 250  # the single-instance server starts listening this long after the window shows
FALLBACK_FAMILIES = ("Segoe UI", "Noto Sans", "DejaVu Sans", "Liberation Sans", "Arial", "Tahoma")


def covers_vietnamese(font: QFont) -> bool:
    """Whether ``font`` itself (without fallback) draws every Vietnamese letter."""
    metrics = QFontMetrics(font)
    return all(metrics.inFontUcs4(ord(ch)) for ch in VIETNAMESE_SAMPLE)


def choose_font(default: QFont) -> QFont:
    """Segoe UI on Windows (it has Vietnamese); elsewhere Qt's default unless it lacks
    Vietnamese letters, then the first installed family that has them."""
    if sys.platform == "win32":
        font = QFont(default)
        font.setFamilies(["Segoe UI"])
        return font
    if covers_vietnamese(default):
        return default
    installed = set(QFontDatabase.families())
    for family in FALLBACK_FAMILIES:
        if family in installed:
            font = QFont(default)
            font.setFamilies([family])
            if covers_vietnamese(font):
                return font
    return default


def make_app(argv: list[str] | None = None) -> QApplication:
    """The QApplication (created once), named and with a Vietnamese-capable font."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(list(argv) if argv else [APP_NAME])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_DISPLAY_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_AUTHOR)
    app.setFont(choose_font(app.font()))
    skip_icon_themes()
    return app


def skip_icon_themes() -> None:
    """lcdesk draws only its own and Qt's built-in icons. On Linux, Qt would first look each
    standard icon up in the desktop's icon themes: the first text field with a clear button
    cost ~0.1-0.2 s under X11 (plugin scan and theme index reads). A theme that does not
    exist makes Qt use its built-in icons at once. Windows has no icon themes."""
    if sys.platform.startswith("linux"):
        from PySide6.QtGui import QIcon

        QIcon.setThemeName("lcdesk-builtin-icons-only")
        QIcon.setFallbackThemeName("lcdesk-builtin-icons-only")


read_feature_marks_from_bytes()  # before the main window's modules are imported


def run_gui(store, argv: list[str], open_file: str | None = None) -> int:
    """Show the main window on ``store`` and run the event loop; returns the exit code.

    ``open_file`` is a file handed over on the command line (a double-clicked .lcp or .lcb)."""
    app = make_app(argv)
    i18n.install_translator(app, store.get_setting(i18n.SETTING_KEY, i18n.DEFAULT_LANGUAGE))
    window = make_window(store)
    window.show()
    QTimer.singleShot(0, collect_from_now_on)
    listen_for_later_starts(store.home, window)
    # After the event loop starts: open the file given (double-click of a .lcp), else the
    # first-run wizard when this installation is not set up yet.
    QTimer.singleShot(0, lambda: window.start(open_file))
    if os.environ.get(READY_FILE_ENV):
        report_when_shown(window, os.environ[READY_FILE_ENV])
    try:
        return app.exec()
    finally:
        instance = getattr(window, "instance_server", None)
        if instance is not None:
            instance.close()


def collect_from_now_on() -> None:
    """Once the first window is up: what the start-up made stays for the session, so it goes to
    the collector's permanent generation (``gc.freeze``: later passes skip it) and collection
    resumes (``lcdesk.__main__`` paused it for the start)."""
    import gc

    gc.freeze()
    gc.enable()


def report_when_shown(window, path: str) -> None:
    """``LCDESK_READY_FILE``: once ``window`` is exposed on the screen and painted, write
    {"title", "x", "y", "width", "height", "pid"} to ``path`` (``tools/window_smoke.py``
    waits for it to prove that the window really starts on a display)."""
    import json

    def check():
        handle = window.windowHandle()
        if handle is None or not handle.isExposed():
            QTimer.singleShot(50, check)
            return
        QApplication.processEvents()
        geometry = window.frameGeometry()
        data = {"title": window.windowTitle(), "x": geometry.x(), "y": geometry.y(), "width": geometry.width(),
                "height": geometry.height(), "pid": os.getpid()}
        tmp = f"{path}.part"
        with open(tmp, "w", encoding="utf-8") as out:
            json.dump(data, out, ensure_ascii=False)
        os.replace(tmp, path)

    QTimer.singleShot(0, check)


def make_window(store):
    """The office desk (``lcdesk.ui.office.desk``) when this installation is the city office,
    else the officer's window (which also runs the first-run wizard)."""
    from lcdesk.core.exchange import identity

    if identity.role(store) == identity.OFFICE:
        from lcdesk.ui.office.desk import OfficeDesk

        return OfficeDesk(store)
    from lcdesk.ui.main_window import MainWindow

    return MainWindow(store)


def listen_for_later_starts(home, window) -> None:
    """A later ``lcdesk [FILE]`` on this data folder brings ``window`` forward and hands it
    the file (``lcdesk.ui.single_instance``). The server (``window.instance_server``, whose
    ``file_received`` is the seam other windows connect to) is made and listens once the first
    window is painted: QtNetwork and its enums (~0.03 s) load after the first paint, not in the
    same turn of the event loop as it; a second start meanwhile keeps trying for
    ``HAND_OVER_WAIT_SECONDS``."""

    def start() -> None:
        from lcdesk.ui.single_instance import InstanceServer, bring_forward

        instance = InstanceServer(home, window)
        instance.activation_requested.connect(lambda: bring_forward(window))
        instance.file_received.connect(lambda path: log.info("file handed over by a later start: %s", path))
        if hasattr(window, "open_file"):  # the officer window opens .lcp; the desk connects its inbox itself
            instance.file_received.connect(window.open_file)
        window.instance_server = instance
        instance.listen()

    QTimer.singleShot(0, lambda: QTimer.singleShot(LISTEN_AFTER_PAINT_MS, start))


def show_startup_error(message: str) -> None:
    """A message box for a start that cannot go on (and the same text on stderr)."""
    print(message, file=sys.stderr)
    from lcdesk.ui.widgets import prompts

    make_app([APP_NAME])
    i18n.install_translator(QApplication.instance(), i18n.DEFAULT_LANGUAGE)
    prompts.error(None, message)
