"""The officer's main window on the demo: unit and year, deadline, marks, progress, updates."""

import warnings
from datetime import date

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from lcdesk.core.officer import entry

from lcdesk.core.exchange import identity

from lcdesk.core.exchange import provisioning

from lcdesk.core.units import registry as units
from lcdesk.core.units.city import city_units
from lcdesk.core.officer.demo import DEMO_UNITS
from lcdesk.core.store import Store
from lcdesk.ui.widgets import prompts
from lcdesk.ui.widgets.catalog_tree import STATUS_COLUMN
from lcdesk.ui.main_window import MainWindow

TODAY = date(2025, 11, 23)  # 17 days before the demo deadline (10/12/2025)
WARD, SGD = "00004", "01-so-giao-duc-va-dao-tao"





def make_window(qtbot, store, today=TODAY):
    window = MainWindow(store, clock=lambda: today)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def statuses_shown(window, codes):
    return {code: window.tree.item_for(code).text(STATUS_COLUMN) for code in codes}


def office_store(demo):
    return Store.open(demo.home / "demo-office")


def reprovision(demo, out, deadline="2025-12-15", periods=(2024, 2025)):
    with office_store(demo) as office:
        key = identity.my_key(demo).key_id
        provisioning.reprovision(office, key, out, list(periods), deadline,
                                 city_units(office, units.find_city("01")))
    return out


def drop(widget, path):
    """Drag a file from Explorer onto ``widget`` and let go."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    with warnings.catch_warnings():  # the QPoint constructor is the only one PySide offers
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime, buttons, modifiers)
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(widget, QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, buttons, modifiers))


def test_demo_window_opens_on_2025_and_the_ward_with_its_progress(qtbot, demo):
    window = make_window(qtbot, demo)
    assert window.toolbar.isVisible() and not window.catalog_row.isVisible()
    assert window.toolbar.unit() == WARD and window.toolbar.unit_combo.currentText() == "Phường Ba Đình"
    assert window.toolbar.period() == 2025
    assert window.toolbar.progress_label.text() == "3/4 đã nhập"
    assert window.tree.visible_codes() == ["1.1.2.a", "1.3.2.a", "2.2.2.c", "2.2.2.d"]
    assert statuses_shown(window, window.tree.visible_codes()) == {
        "1.1.2.a": "Hoàn thành", "1.3.2.a": "Nháp", "2.2.2.c": "Nháp", "2.2.2.d": "Chưa nhập"}
    assert window.catalog.key == identity.provisioning(demo)["catalogs"][0]
    assert "(dùng thử)" in window.windowTitle() and "Nguyễn Thị Minh Anh" in window.windowTitle()


def test_progress_counts_match_the_core(qtbot, demo):
    window = make_window(qtbot, demo)
    cat = window.catalog
    assigned = units.indicators_for_unit(cat, units.from_dict(identity.provisioning(demo)["units"][0]))
    progress = entry.progress(demo, cat, WARD, 2025, assigned)
    done = sum(1 for s in progress.values() if s != "empty")
    assert window.toolbar.progress_label.text() == f"{done}/{len(assigned)} đã nhập"


@pytest.mark.parametrize(("today", "text", "state"), [
    (date(2025, 11, 23), "Hạn nộp: 10/12/2025 — còn 17 ngày", "normal"),
    (date(2025, 12, 5), "Hạn nộp: 10/12/2025 — còn 5 ngày", "soon"),
    (date(2025, 12, 10), "Hạn nộp: 10/12/2025 — hôm nay là hạn cuối", "soon"),
    (date(2025, 12, 13), "Hạn nộp: 10/12/2025 — đã quá hạn 3 ngày", "late"),
])
def test_deadline_banner_counts_days_and_turns_red_when_late(qtbot, demo, today, text, state):
    window = make_window(qtbot, demo, today)
    assert window.banner.isVisible()
    assert window.banner.text() == text
    assert window.banner.state == state
    assert ("#8a0000" in window.banner.styleSheet()) == (state == "late")


def test_period_selector_lists_the_provisioned_years_and_switches_marks(qtbot, demo):
    window = make_window(qtbot, demo)
    combo = window.toolbar.period_combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["2024", "2025"]
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Up)  # keyboard: the previous year
    assert window.toolbar.period() == 2024
    assert window.toolbar.progress_label.text() == "2/4 đã nhập"
    assert statuses_shown(window, ["1.3.2.a", "2.2.2.c"]) == {"1.3.2.a": "Hoàn thành", "2.2.2.c": "Chưa nhập"}
    assert demo.get_setting("report_period") == 2024
    again = make_window(qtbot, demo)  # remembered next time
    assert again.toolbar.period() == 2024


def test_unit_selector_switches_to_a_department_and_its_assigned_indicators(qtbot, demo):
    window = make_window(qtbot, demo)
    combo = window.toolbar.unit_combo
    assert combo.isVisible()
    assert [combo.itemData(i) for i in range(combo.count())] == DEMO_UNITS
    window.toolbar.select(unit=SGD)
    expected = [i.code for i in units.indicators_for_unit(window.catalog, demo.get_unit(SGD))]
    assert window.tree.visible_codes() == expected
    assert window.toolbar.progress_label.text() == f"1/{len(expected)} đã nhập"
    assert window.tree.status_of("1.1.1.a") == "complete"


def test_show_all_reveals_every_indicator_with_marks(qtbot, demo):
    window = make_window(qtbot, demo)
    check = window.tree.show_all_check
    assert check.isVisible() and not check.isChecked()
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton, pos=check.rect().center())
    assert check.isChecked()
    assert len(window.tree.visible_codes()) == 57
    assert window.tree.item_for("1.1.1.a").text(STATUS_COLUMN) == "Chưa nhập"  # the ward has none there
    check.click()
    assert len(window.tree.visible_codes()) == 4
    assert window.toolbar.progress_label.text() == "3/4 đã nhập"  # always the assigned ones


def test_inputs_have_accessible_names_and_keyboard_shortcuts(qtbot, demo):
    window = make_window(qtbot, demo)
    for widget in (window.toolbar.unit_combo, window.toolbar.period_combo, window.tree.filter_edit,
                   window.tree.tree, window.history.list):
        assert widget.accessibleName(), widget.objectName()
    assert window.toolbar.period_label.buddy() is window.toolbar.period_combo
    assert window.toolbar.unit_label.buddy() is window.toolbar.unit_combo
    assert window.action_export.shortcut().toString() == "Ctrl+E"
    assert window.action_open.shortcut().toString() == "Ctrl+O"
    assert window.action_export.isEnabled()


def test_a_single_unit_officer_has_no_unit_selector(qtbot, demo, tmp_path):
    fresh = Store.open(tmp_path / "single")
    try:
        request = tmp_path / "req.lcr"
        provisioning.write_enrolment_request(fresh, request, "Trần Văn Bình", "", WARD)
        with office_store(demo) as office:
            provisioning.enroll(office, request, [WARD], tmp_path / "p.lcp", [2025], "2025-12-10",
                                city_units(office, units.find_city("01")))
        provisioning.setup(fresh, tmp_path / "p.lcp")
        window = make_window(qtbot, fresh)
        assert not window.toolbar.unit_combo.isVisible()
        assert window.toolbar.progress_label.text() == "0/4 đã nhập"
        assert window.toolbar.period() == 2025
    finally:
        fresh.close()


def test_provisioning_update_shows_changes_and_keeps_the_figures(qtbot, demo, tmp_path):
    window = make_window(qtbot, demo)
    before = [(h.cell, h.payload) for h in demo.heads()]
    window.open_file(str(reprovision(demo, tmp_path / "update.lcp")))
    dialog = window.provisioning_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.view.offer.pinned
    assert not dialog.view.confirm_check.isVisible()  # already the pinned office
    assert "Hạn nộp: 10/12/2025 → 15/12/2025" in dialog.view.rows["changes"][1].text()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert identity.provisioning(demo)["deadline"] == "2025-12-15"
    assert window.banner.text() == "Hạn nộp: 15/12/2025 — còn 22 ngày"
    assert window.toolbar.progress_label.text() == "3/4 đã nhập"
    assert [(h.cell, h.payload) for h in demo.heads()] == before


def test_an_old_provisioning_file_is_refused_with_a_vietnamese_reason(qtbot, demo, monkeypatch):
    errors = []
    monkeypatch.setattr(prompts, "error", lambda parent, text, title=None: errors.append(text))
    window = make_window(qtbot, demo)
    window.open_file(str(demo.home / "demo-files" / "cau-hinh.lcp"))  # the one already accepted
    assert errors == ["Tệp cấu hình này cũ hơn cấu hình đang dùng; không có gì thay đổi."]
    assert window.provisioning_dialog is None


def test_a_damaged_provisioning_file_shows_the_message_of_the_core(qtbot, demo, tmp_path, monkeypatch):
    errors = []
    monkeypatch.setattr(prompts, "error", lambda parent, text, title=None: errors.append(text))
    damaged = tmp_path / "hỏng.lcp"
    good = reprovision(demo, tmp_path / "good.lcp").read_bytes()
    damaged.write_bytes(good[: len(good) // 2])
    with pytest.raises(Exception) as raised:
        provisioning.inspect(demo, damaged)
    window = make_window(qtbot, demo)
    window.open_file(str(damaged))
    assert errors == [raised.value.message_vi]
    assert window.provisioning_dialog is None


def test_a_file_from_another_office_is_refused(qtbot, demo, tmp_path, monkeypatch):
    errors = []
    monkeypatch.setattr(prompts, "error", lambda parent, text, title=None: errors.append(text))
    request = tmp_path / "req.lcr"
    provisioning.write_enrolment_request(demo, request, "Nguyễn Thị Minh Anh", "", WARD)
    with Store.open(tmp_path / "other-office") as other:
        identity.init_office(other, units.find_city("01"), other.get_catalog("hanoi-2025"), "Văn phòng giả mạo")
        provisioning.enroll(other, request, [WARD], tmp_path / "fake.lcp", [2025], "2025-12-01",
                            city_units(other, units.find_city("01")))
    window = make_window(qtbot, demo)
    window.open_file(str(tmp_path / "fake.lcp"))
    assert errors and "không do văn phòng thành phố đã đăng ký ký" in errors[0]
    assert identity.provisioning(demo)["deadline"] == "2025-12-10"


def test_dropping_a_provisioning_file_on_the_window_opens_the_dialog(qtbot, demo, tmp_path):
    window = make_window(qtbot, demo)
    path = reprovision(demo, tmp_path / "kéo thả.lcp")
    drop(window, path)
    assert window.provisioning_dialog is not None and window.provisioning_dialog.isVisible()
    window.provisioning_dialog.reject()


def test_a_bundle_opened_on_an_office_goes_to_the_office_desk(qtbot, tmp_path, monkeypatch):
    from PySide6.QtCore import QCoreApplication, QEvent

    from lcdesk.ui.widgets import tasks

    monkeypatch.setattr(tasks, "runner", tasks.run_synchronously)
    with Store.open(tmp_path / "office") as office:
        identity.init_office(office, units.find_city("01"), office.get_catalog("hanoi-2025"))
        window = make_window(qtbot, office)
        assert window.catalog_row.isVisible() and not window.toolbar.isVisible()
        assert window.catalog.id == "hanoi-2025"
        window.open_file(str(tmp_path / "gói.lcb"))  # issue 10: imported by the desk, no command to type
        desk = window.office_desk
        assert desk.isVisible() and desk.current_key() == "inbox"
        assert [r.status for r in desk.page("inbox").model.rows] == ["rejected"]  # the file is not there
        assert not window.action_export.isEnabled()
        desk.deleteLater()  # before its store closes
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_without_the_form_an_indicator_shows_its_details(qtbot, demo):
    window = make_window(qtbot, demo)
    window.officer.form_missing, window.officer.form = True, None
    window.tree.select_code("1.1.2.a")
    assert window.right.currentWidget() is window.detail
    assert window.detail.heading.text() == "Chỉ số 1.1.2.a"


def test_the_form_is_embedded_and_a_save_refreshes_mark_and_progress(qtbot, demo):
    pytest.importorskip("lcdesk.ui.officer.indicator_form")
    window = make_window(qtbot, demo)
    window.tree.select_code("2.2.2.d")
    form = window.officer.form
    assert form is not None and window.right.currentWidget() is form
    assert hasattr(form, "undo_stack")
    entry.save_value(demo, window.catalog, unit=WARD, period=2025, indicator="2.2.2.d", measure="value",
                     raw={"rate": 75}, status="draft")
    form.saved.emit("2.2.2.d")
    assert window.tree.status_of("2.2.2.d") == "draft"
    assert window.tree.item_for("2.2.2.d").text(STATUS_COLUMN) == "Nháp"
    assert window.toolbar.progress_label.text() == "4/4 đã nhập"
    window.toolbar.select(period=2024)  # the open form follows the year
    assert window.right.currentWidget() is form
