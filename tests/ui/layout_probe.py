"""Run in a subprocess by test_layout_150.py (QT_SCALE_FACTOR must be set before QApplication).

Opens the demo officer's window on a 1366×768 offscreen screen, shows every page the officer
sees and a form of every kind, then the first-run wizard's pages (the provisioning page with a
real office's offer), and prints JSON: the window's frame and the screen's available geometry,
and every visible label whose text does not fit (its size hint against its geometry)."""

import json
import os
import sys
import tempfile
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QLabel

KIND_CODES = {"percent": "1.1.2.a", "count_by_sex": "2.4.1.a", "rating5": "2.6.1.a", "trend": "1.3.2.a"}
UNIT_OF = {"1.1.2.a": "00004", "1.3.2.a": "00004", "2.4.1.a": "01-so-giao-duc-va-dao-tao",
           "2.6.1.a": "01-so-giao-duc-va-dao-tao"}


def clipped(window) -> list[str]:
    found = []
    for label in window.findChildren(QLabel):
        if not label.isVisibleTo(window) or not label.text() or label.width() <= 0:
            continue
        if label.wordWrap():
            need_h = label.heightForWidth(label.width())
            if need_h > label.height() + 1:
                found.append(f"{label.objectName() or '?'}: {label.text()[:40]!r} needs h {need_h} > {label.height()}")
        elif label.minimumSizeHint().width() > label.width() + 1:
            found.append(f"{label.objectName() or '?'}: {label.text()[:40]!r} needs w "
                         f"{label.minimumSizeHint().width()} > {label.width()}")
    return found


def settle(app) -> None:
    for _ in range(3):
        app.processEvents()


def wizard_pages(app) -> dict:
    """Each page of the first-run wizard on a fresh installation: {page: clipped labels}."""
    from pathlib import Path

    from lcdesk.core.exchange import identity, provisioning
    from lcdesk.core.store import Store
    from lcdesk.core.units import registry as units
    from lcdesk.core.units.city import city_units
    from lcdesk.ui.setup import first_run_wizard as pages

    base = Path(tempfile.mkdtemp())
    store, office = Store.open(base / "fresh"), Store.open(base / "office")
    identity.init_office(office, units.find_city("01"), office.get_catalog("hanoi-2025"), "Văn phòng Hà Nội")
    request = provisioning.write_enrolment_request(store, base / "yeu-cau.lcr", "Lê Thị Hồng",
                                                   "Cán bộ văn hóa", "Phường Ba Đình")
    request = getattr(request, "path", None) or base / "yeu-cau.lcr"
    offer = base / "cau-hinh.lcp"
    provisioning.enroll(office, request, ["00004"], offer, [2024, 2025], "2025-12-10",
                        city_units(office, units.find_city("01")))
    wizard = pages.FirstRunWizard(store)
    wizard.show()
    found = {}
    for name, page in (("role", pages.ROLE_PAGE), ("enrolment", pages.ENROLMENT_PAGE),
                       ("provisioning", pages.PROVISIONING_PAGE), ("office", pages.OFFICE_PAGE),
                       ("demo", pages.DEMO_PAGE)):
        wizard.setStartId(page)
        wizard.restart()
        if page == pages.PROVISIONING_PAGE:
            wizard.provisioning_page.load(str(offer))
        settle(app)
        found[f"wizard:{name}"] = clipped(wizard) + ([] if wizard.currentId() == page else ["page not shown"])
        if not app.primaryScreen().availableGeometry().contains(wizard.frameGeometry()):
            found[f"wizard:{name}"].append(f"the wizard {wizard.frameGeometry().getRect()} leaves the screen")
        if os.environ.get("LCDESK_PROBE_SHOTS"):
            wizard.grab().save(os.path.join(os.environ["LCDESK_PROBE_SHOTS"], f"wizard-{name}.png"))
        if page == pages.PROVISIONING_PAGE and not wizard.provisioning_page.view.isVisible():
            found[f"wizard:{name}"].append("the offer is not shown")
    wizard.close()
    store.close()
    office.close()
    return found


def main() -> None:
    from lcdesk.core.officer.demo_home import open_demo
    from lcdesk.ui import i18n
    from lcdesk.ui.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    i18n.install_translator(app, "vi")
    store = open_demo(tempfile.mkdtemp())
    window = MainWindow(store, clock=lambda: date(2025, 11, 23))
    window.show()
    settle(app)
    report = {"frame": window.frameGeometry().getRect(), "available": app.primaryScreen().availableGeometry().getRect(),
              "maximized": window.isMaximized(), "pages": {}}
    for kind, code in KIND_CODES.items():
        window.toolbar.select(unit=UNIT_OF[code])
        window.tree.select_code(code)
        settle(app)
        form = window.officer.form
        report["pages"][f"form:{kind}"] = clipped(window) + (
            ["form scrolls sideways"] if form.scroll.horizontalScrollBar().maximum() > 0 else [])
    window.left_tabs.setCurrentWidget(window.history)
    settle(app)
    report["pages"]["history"] = clipped(window)
    window.open_export_dialog()
    settle(app)
    report["pages"]["export"] = clipped(window.export_dialog)
    report["pages"].update(wizard_pages(app))
    print(json.dumps(report, ensure_ascii=False))
    window.export_dialog.close()
    window.close()
    QCoreApplication.processEvents()
    store.close()


if __name__ == "__main__":
    main()
