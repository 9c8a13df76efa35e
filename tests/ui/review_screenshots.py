"""Screenshots of the review chain for docs/screenshots (run by hand, not collected):

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.ui.review_screenshots
    QT_QPA_PLATFORM=offscreen QT_SCALE_FACTOR=1.5 .venv/bin/python -m tests.ui.review_screenshots

Each shot is a 1366×768 screen: at 150 % the windows get 1366/1.5 × 768/1.5 logical pixels."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[2]


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    from lcdesk.ui import i18n

    i18n.install_translator(app, "vi")
    from lcdesk.core.exchange import feedback
    from lcdesk.core.office import review_actions
    from lcdesk.ui.main_window import MainWindow
    from lcdesk.ui.office.completeness_page import CompletenessPage
    from lcdesk.ui.office.review_page import ReviewPage
    from tests.core.review_city import CATALOG, PERIOD
    from tests.ui.review_scene import build

    scale = float(os.environ.get("QT_SCALE_FACTOR", "1"))
    size = (int(1366 / scale), int(768 / scale))
    suffix = "1366" if scale == 1 else "1366-150"
    out = ROOT / "docs" / "screenshots"
    work = Path(tempfile.mkdtemp())
    office, officers = build(work)
    review_actions.approve(office, CATALOG, PERIOD, "00004", ["1.1.2.a", "2.2.2.c"])
    review_actions.return_form(office, CATALOG, PERIOD, "00004", "1.3.2.a", "Mẫu số không khớp với dân số năm 2025",
                               measure="value")
    for name, widget in (("completeness", CompletenessPage(office)), ("review", ReviewPage(office))):
        widget.resize(*size)
        widget.show()
        app.processEvents()
        widget.grab().save(str(out / f"review-{name}-{suffix}.png"))
    key = next(k.key_id for k in office.trusted_keys() if "00004" in k.units)
    feedback.write_feedback(office, key, work / "a.lcf")
    window = MainWindow(officers["00004"])
    window.resize(*size)
    window.show()
    window.open_file(str(work / "a.lcf"))
    window.todo.list.setCurrentItem(window.todo.list.topLevelItem(0))
    window.todo.open_button.click()
    app.processEvents()
    window.grab().save(str(out / f"review-officer-returned-{suffix}.png"))
    print("written", suffix)


if __name__ == "__main__":
    main()
