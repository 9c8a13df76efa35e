"""The entry script PyInstaller freezes into ``lcdesk.exe`` (see ``build.spec``).

``--self-check`` goes straight to ``lcdesk.selfcheck`` so that the build's smoke test
depends on nothing but the check itself; everything else is ``lcdesk.__main__.main``.

Until the main window exists (``lcdesk.ui.app``), a plain window with a Vietnamese title
stands in for it so that the GUI smoke test has something to show.

``bench/startup.py`` sets ``LCDESK_BENCH_STARTUP``: ``app`` prints ``lcdesk-ready`` and quits
as soon as lcdesk's main window is visible; ``bare`` does the same for a bare PySide6 window
in the same runtime (the floor the startup time is measured against). Nothing else changes.
"""

import importlib.util
import os
import sys

BENCH_ENV = "LCDESK_BENCH_STARTUP"


def _home_from_argv(argv):
    for i, arg in enumerate(argv):
        if arg == "--home" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--home="):
            return arg.split("=", 1)[1]
    return None


def _install_startup_probe() -> None:
    """Make QApplication.exec report the first visible main window on stdout, then quit."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    original = QApplication.exec

    def exec_and_probe(self=None):
        app = QApplication.instance()

        def poll():
            if any(isinstance(w, QMainWindow) and w.isVisible() for w in app.topLevelWidgets()):
                app.processEvents()  # one full paint of the window before "usable"
                print("lcdesk-ready", flush=True)
                app.quit()
            else:
                QTimer.singleShot(5, poll)

        QTimer.singleShot(0, poll)
        return original()

    QApplication.exec = exec_and_probe


def _bare_window() -> int:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("Thành phố học tập")
    window.resize(720, 360)
    window.show()
    return app.exec()


def _stand_in_window() -> int:
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    from lcdesk import APP_DISPLAY_NAME, __version__
    from lcdesk.paths import resource_path

    app = QApplication(sys.argv)
    app.setWindowIcon(QIcon(str(resource_path("icons", "lcdesk.png"))))
    window = QMainWindow()
    window.setWindowTitle(f"{APP_DISPLAY_NAME} — Thành phố học tập {__version__}")
    label = QLabel("Báo cáo chỉ số thành phố học tập: Hà Nội, Hải Phòng.\nTỷ lệ người dân được học tập suốt đời (%)")
    label.setMargin(24)
    window.setCentralWidget(label)
    window.resize(720, 360)
    window.show()
    return app.exec()


def launch() -> int:
    argv = sys.argv[1:]
    if "--self-check" in argv:
        from lcdesk.selfcheck import run

        return run(_home_from_argv(argv))
    bench = os.environ.get(BENCH_ENV)
    if bench:
        _install_startup_probe()
        if bench == "bare":
            return _bare_window()
    if importlib.util.find_spec("lcdesk.ui.app") is None:
        return _stand_in_window()
    from lcdesk.__main__ import main

    return main()


if __name__ == "__main__":
    raise SystemExit(launch())
