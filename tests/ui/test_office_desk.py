"""The office desk: what an office installation opens, its pages, header, keys and hand-over."""

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QMimeData, QObject, QPointF, Qt, QUrl, Signal
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication

from lcdesk.core.exchange import identity
from lcdesk.ui import app as gui_app
from lcdesk.ui.office import desk_pages
from lcdesk.ui.office.desk import OfficeDesk
from lcdesk.ui.widgets import prompts, tasks
from office_demo_fixture import inbox_folder, office, office_template  # noqa: F401  (fixtures)
from office_desk_fixture import desk  # noqa: F401  (fixture)


@pytest.fixture(autouse=True)
def synchronous(monkeypatch):
    monkeypatch.setattr(tasks, "runner", tasks.run_synchronously)


def test_an_office_installation_opens_the_desk(office, demo):
    windows = [gui_app.make_window(office), gui_app.make_window(demo)]
    kinds = [isinstance(w, OfficeDesk) for w in windows]
    for window in windows:
        window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert kinds == [True, False]


def test_the_side_bar_lists_the_pages_and_the_keyboard_reaches_them(desk, qtbot):
    names = [desk.nav.item(i).text() for i in range(desk.nav.count())]
    assert names[:6] == ["Nhận gói", "Cách ly", "Cán bộ", "Số liệu", "Xung đột", "Danh mục"]
    assert desk.current_key() == "inbox" and "inbox" in desk.pages and "officers" not in desk.pages
    qtbot.keyClick(desk, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert desk.current_key() == "officers" and desk.stack.currentWidget().objectName() == "holder_officers"
    qtbot.keyClick(desk, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    catalog = desk.page("catalog")
    assert [catalog.combo.itemData(i).split("@")[0] for i in range(catalog.combo.count())] == ["hanoi-2025", "learning-models"]
    assert catalog.tree.tree.topLevelItemCount() > 0


def test_the_desks_own_pages_load_and_a_missing_one_shows_a_placeholder(desk, office):
    for key, _title, target in desk_pages.OWN_PAGES:
        page = desk.show_page(key)
        assert page.parent() is desk.stack.widget(desk.keys().index(key))
        if desk_pages.load_class(target) is not None:
            assert type(page) is desk_pages.load_class(target)
    assert desk_pages.load_class("lcdesk.ui.office.no_such_page:Nothing") is None
    placeholder = desk_pages.make_page("lcdesk.ui.office.no_such_page:Nothing", office, desk)
    assert isinstance(placeholder, desk_pages.PlaceholderPage) and placeholder.label.text()


def test_the_header_and_help_show_the_office_key(desk, office, qtbot):
    fingerprint = identity.my_key(office).fingerprint
    assert desk.header.name_label.text() == identity.office_settings(office)["name"]
    details = desk.header.details.text()
    assert "Thành phố Hà Nội" in details and fingerprint in details and "Mô hình học tập" in details
    desk.action_office_key.trigger()
    dialog = desk.dialog
    assert dialog.fingerprint.text() == fingerprint
    assert dialog.fingerprint.font().pointSizeF() > 1.8 * desk.font().pointSizeF()


def test_a_bundle_handed_over_by_a_second_start_is_imported(desk, office, inbox_folder):
    class Server(QObject):  # what single_instance.InstanceServer emits
        file_received = Signal(str)

    server = Server()
    desk.connect_instance_server(server)
    desk.show_page("officers")
    bundle = next(inbox_folder.glob("01-*.lcb"))
    server.file_received.emit(str(bundle))
    assert desk.current_key() == "inbox"
    assert [r.status for r in desk.page("inbox").model.rows] == ["imported"]
    assert any(b["file_name"] == bundle.name for b in office.bundles())


def test_dropping_bundles_imports_them_and_refreshes_the_registry(desk, inbox_folder, monkeypatch):
    officers = desk.show_page("officers")
    desk.show_page("inbox")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in sorted(inbox_folder.glob("0[12]-*.lcb"))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    desk.dropEvent(event)
    assert [r.officer for r in desk.page("inbox").model.rows] == ["Ngô Văn Minh", "Lý Văn Phúc"]
    assert "officers" in desk.stale
    desk.show_page("officers")
    row = next(r for r in officers.rows if r["name"] == "Ngô Văn Minh")
    assert row["last_bundle_seq"] == 1 and "officers" not in desk.stale


def test_a_provisioning_file_is_refused_by_the_office(desk, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(prompts, "error", lambda parent, text, title=None: shown.append(text))
    desk.open_file(str(tmp_path / "x.lcp"))
    assert shown and "văn phòng thành phố" in shown[0]
    QApplication.processEvents()


def test_the_demo_officer_window_offers_the_demo_office(qtbot, demo):
    from lcdesk.ui.main_window import MainWindow

    window = MainWindow(demo)
    qtbot.addWidget(window)
    window.show()
    assert window.action_demo_office.isVisible()
    window.action_demo_office.trigger()
    desks = [w for w in QApplication.topLevelWidgets() if isinstance(w, OfficeDesk) and w.isVisible()]
    assert len(desks) == 1 and not window.isVisible()
    desk = desks[0]
    assert desk.store.home == demo.home / "demo-office" and "(dùng thử)" in desk.windowTitle()
    officers = desk.show_page("officers")
    assert len(officers.rows) >= 12
    labels = [desk.page("inbox").drive_combo.itemText(i) for i in range(desk.page("inbox").drive_combo.count())]
    assert labels[0].startswith("Hộp thư dùng thử")
    desk.close()  # deleted on close; its store closes with it
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_review_and_audit_pages_show_words_not_codes(desk, inbox_folder):
    """Values as "59,93 % (546/911)", actions as "Nhập gói", no JSON and no key ids."""
    import re

    desk.page("inbox").import_paths([str(inbox_folder)])
    from lcdesk.ui.office.review_page import identity_catalog, values_text

    catalog = identity_catalog(desk.store)
    ind = next(i for i in catalog.indicators if i.kind == "percent")
    payload = {"numerator": 546, "denominator": 1911, "rate": 28.5714}
    label = desk.page("review").measure_name
    assert values_text(catalog, ind.code, {ind.measures[0].code: payload}, label) == "28,57 % (546/1.911)"
    two = values_text(catalog, ind.code, {ind.measures[0].code: payload, "other": {"rate": 1.5}}, label)
    assert two.startswith("other: 1,5") and ind.measures[0].label + ": 28,57 %" in two  # labels, codes only if unknown
    audit_page = desk.show_page("audit")
    rows = range(audit_page.table.rowCount())
    assert "Nhập gói" in {audit_page.table.item(r, 2).text() for r in rows}
    assert not any(audit_page.table.item(r, 4).text().startswith("{") for r in rows)
    assert not any(re.search(r"[0-9a-f]{32}", audit_page.table.item(r, 3).text()) for r in rows)
    imports = [audit_page.table.item(r, 4).text() for r in rows if audit_page.table.item(r, 2).text() == "Nhập gói"]
    assert all(re.search(r"năm \d{4}$", text) for text in imports)  # "năm 2026", not "năm [, 2, 0, ..."
