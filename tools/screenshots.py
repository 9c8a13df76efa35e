"""Screenshots of the main window for your own eyes (docs/screenshots/).

Run under a virtual X server, e.g.::

    xvfb-run -a -s "-screen 0 1366x768x24" python3 tools/screenshots.py docs/screenshots/main-window.png
    QT_SCALE_FACTOR=1.5 xvfb-run -a -s "-screen 0 1366x768x24" \
        python3 tools/screenshots.py docs/screenshots/main-window-150.png
    xvfb-run -a -s "-screen 0 1366x768x24" python3 tools/screenshots.py --language en out.png

``--language pseudo`` brackets and lengthens every interface string (clipping check).
The window uses a throw-away data folder, so the user's settings are untouched.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

from lcdesk.core.store import Store
from lcdesk.ui import i18n
from lcdesk.ui.app import make_app
from lcdesk.ui.main_window import MainWindow


def settle(msecs: int = 300) -> None:
    loop = QEventLoop()
    QTimer.singleShot(msecs, loop.quit)
    loop.exec()
    QCoreApplication.processEvents()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", help="PNG file to write")
    parser.add_argument("--language", default="vi", help="vi, en or pseudo")
    parser.add_argument("--catalog", default="hanoi-2025")
    parser.add_argument("--select", default="2.1.2.a", help="code of the item to select")
    parser.add_argument("--filter", default="", help="text typed into the filter box")
    parser.add_argument("--window-only", action="store_true", help="grab the window, not the screen")
    args = parser.parse_args(argv)
    app = make_app([sys.argv[0]])
    with tempfile.TemporaryDirectory() as home, Store.open(home) as store:
        store.set_setting("catalog", args.catalog)
        i18n.install_translator(app, args.language)
        window = MainWindow(store)
        window.setGeometry(app.primaryScreen().availableGeometry())
        window.show()
        window.tree.filter_edit.setText(args.filter)
        window.tree.select_code(args.select)
        settle()
        screen = app.primaryScreen()
        image = window.grab() if args.window_only else screen.grabWindow(0)
        Path(args.output).parent.mkdir(parents=True, exist_ok=True)
        ok = image.save(args.output)
        print(f"{args.output}: {image.width()}x{image.height()} (device pixel ratio {screen.devicePixelRatio()})")
        window.close()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
