"""The first-run wizard: officer (key, request, provisioning), city office, demo."""

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QWizard
from test_main_window import type_text  # typing Vietnamese as an input method does
from test_officer_window import drop

from lcdesk.core.exchange import identity

from lcdesk.core.exchange import container as package

from lcdesk.core.exchange import provisioning

from lcdesk.core.units import registry as units
from lcdesk.core.units.city import city_units
from lcdesk.core.store import Store
from lcdesk.ui import i18n
from lcdesk.ui.widgets import prompts
from lcdesk.ui.setup.first_run_wizard import (
    ENROLMENT_PAGE,
    OFFICE_PAGE,
    PROVISIONING_PAGE,
    ROLE_PAGE,
)
from lcdesk.ui.main_window import MainWindow


@pytest.fixture
def office(tmp_path):
    """A Hà Nội city office in its own data folder."""
    store = Store.open(tmp_path / "office")
    identity.init_office(store, units.find_city("01"), store.get_catalog("hanoi-2025"), "Văn phòng Hà Nội")
    yield store
    store.close()


def answer(office, request: Path, out: Path, unit="00004", deadline="2025-12-10") -> Path:
    """The office enrols the officer's request and writes the provisioning file."""
    provisioning.enroll(office, request, [unit], out, [2024, 2025], deadline, city_units(office, units.find_city("01")))
    return out


def open_wizard(qtbot, store):
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    window.start()
    wizard = window.wizard
    assert wizard is not None
    qtbot.waitUntil(wizard.isVisible)
    return window, wizard


def click(qtbot, button):
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def next_button(wizard):
    return wizard.button(QWizard.WizardButton.NextButton)


def finish_button(wizard):
    return wizard.button(QWizard.WizardButton.FinishButton)


def test_wizard_opens_when_the_installation_is_not_set_up(qtbot, store):
    _window, wizard = open_wizard(qtbot, store)
    assert wizard.currentId() == ROLE_PAGE
    radios = wizard.role_page.radios
    assert [radios[r].text() for r in ("officer", "office", "demo")] == ["&Cán bộ báo cáo", "&Văn phòng thành phố",
                                                                          "&Dùng thử"]
    assert radios["officer"].isChecked()
    assert all(label.isVisible() and label.text() for label in wizard.role_page.descriptions.values())


def test_no_wizard_once_set_up_or_when_a_file_is_given(qtbot, store, office):
    window = MainWindow(office)
    qtbot.addWidget(window)
    window.start()
    assert window.wizard is None
    fresh = MainWindow(store)
    qtbot.addWidget(fresh)
    fresh.start("báo cáo.lcb")
    assert fresh.wizard is None


def test_officer_creates_key_saves_request_and_trusts_the_office(qtbot, store, office, tmp_path, monkeypatch):
    window, wizard = open_wizard(qtbot, store)
    click(qtbot, next_button(wizard))
    page = wizard.enrolment_page
    assert wizard.currentId() == ENROLMENT_PAGE
    mine = identity.describe_key(identity.my_key(store))
    assert page.fingerprint.text() == mine["fingerprint"]
    assert not next_button(wizard).isEnabled()  # no request yet
    assert not page.save_button.isEnabled()  # no name yet
    type_text(qtbot, page.name_edit, "Lê Thị Hồng")
    type_text(qtbot, page.position_edit, "Cán bộ văn hóa")
    type_text(qtbot, page.unit_edit, "Phường Ba Đình")
    request = tmp_path / "usb" / "yêu cầu.lcr"
    request.parent.mkdir()
    suggested = []
    monkeypatch.setattr(prompts, "save_file", lambda parent, title, name="", filters="": suggested.append(name) or str(request))
    click(qtbot, page.save_button)
    assert suggested[0].endswith("yeu-cau-dang-ky-le-thi-hong.lcr")
    assert request.exists()
    assert package.read_package(request, expected_kind="enrolment").author_key_id == mine["key_id"]
    assert str(request) in page.message.text()
    assert store.get_setting("me") == {"name": "Lê Thị Hồng", "position": "Cán bộ văn hóa"}
    click(qtbot, next_button(wizard))
    assert wizard.currentId() == PROVISIONING_PAGE
    lcp = answer(office, request, tmp_path / "cấu hình.lcp")
    monkeypatch.setattr(prompts, "open_file", lambda *a, **k: str(lcp))
    prov_page = wizard.provisioning_page
    click(qtbot, prov_page.open_button)
    office_fp = identity.describe_key(identity.my_key(office))["fingerprint"]
    assert prov_page.view.isVisible() and prov_page.view.fingerprint.text() == office_fp
    assert "Văn phòng Hà Nội" in prov_page.view.heading.text()
    assert prov_page.view.rows["deadline"][1].text() == "10/12/2025"
    assert not finish_button(wizard).isEnabled()  # not before the phone check
    prov_page.view.confirm_check.setFocus()
    qtbot.keyClick(prov_page.view.confirm_check, Qt.Key.Key_Space)
    click(qtbot, finish_button(wizard))
    assert not wizard.isVisible()
    assert identity.role(store) == "officer"
    assert store.get_setting("office_key")["fingerprint"] == office_fp
    assert window.toolbar.isVisible() and window.toolbar.period() == 2025
    assert window.toolbar.progress_label.text() == "0/4 đã nhập"
    assert window.banner.text().startswith("Hạn nộp: 10/12/2025")


def test_coming_back_after_the_request_goes_straight_on(qtbot, store, tmp_path):
    provisioning.write_enrolment_request(store, tmp_path / "r.lcr", "Phạm Văn Cường")
    _window, wizard = open_wizard(qtbot, store)
    click(qtbot, next_button(wizard))
    assert wizard.enrolment_page.name_edit.text() == "Phạm Văn Cường"
    assert "trước đây" in wizard.enrolment_page.message.text()
    assert next_button(wizard).isEnabled()


def go_to_provisioning(qtbot, store, tmp_path):
    provisioning.write_enrolment_request(store, tmp_path / "mine.lcr", "Phạm Văn Cường")
    window, wizard = open_wizard(qtbot, store)
    click(qtbot, next_button(wizard))
    click(qtbot, next_button(wizard))
    assert wizard.currentId() == PROVISIONING_PAGE
    return window, wizard, wizard.provisioning_page


def test_a_damaged_file_is_explained_in_vietnamese(qtbot, store, office, tmp_path):
    _window, wizard, page = go_to_provisioning(qtbot, store, tmp_path)
    good = answer(office, tmp_path / "mine.lcr", tmp_path / "good.lcp").read_bytes()
    damaged = tmp_path / "hỏng.lcp"
    damaged.write_bytes(good[:-200])
    with pytest.raises(package.PackageError) as raised:
        provisioning.inspect(store, damaged)
    assert not page.load(str(damaged))
    assert page.error_label.isVisible() and page.error_label.text() == raised.value.message_vi
    assert not page.view.isVisible()
    assert not finish_button(wizard).isEnabled()
    assert identity.role(store) is None


def test_a_file_meant_for_another_officer_is_explained(qtbot, store, office, tmp_path):
    _window, _wizard, page = go_to_provisioning(qtbot, store, tmp_path)
    with Store.open(tmp_path / "someone") as other:
        provisioning.write_enrolment_request(other, tmp_path / "other.lcr", "Người khác")
    answer(office, tmp_path / "other.lcr", tmp_path / "other.lcp")
    assert not page.load(str(tmp_path / "other.lcp"))
    assert page.error_label.text() == "Tệp cấu hình này dành cho một cán bộ khác (khóa không khớp với máy này)."


def test_an_error_reads_in_english_when_english_is_chosen(qtbot, qapp, store, tmp_path):
    _window, _wizard, page = go_to_provisioning(qtbot, store, tmp_path)
    (tmp_path / "junk.lcp").write_bytes(b"not a zip at all")
    i18n.install_translator(qapp, "en")
    page.load(str(tmp_path / "junk.lcp"))
    with pytest.raises(package.PackageError) as raised:
        provisioning.inspect(store, tmp_path / "junk.lcp")
    assert page.error_label.text() == raised.value.message_en


def test_dropping_the_provisioning_file_on_the_page_loads_it(qtbot, store, office, tmp_path):
    _window, _wizard, page = go_to_provisioning(qtbot, store, tmp_path)
    lcp = answer(office, tmp_path / "mine.lcr", tmp_path / "thả.lcp")
    drop(page, lcp)
    assert page.offer is not None and page.view.isVisible()


def test_double_clicked_provisioning_file_on_a_fresh_install_asks_for_the_phone_check(qtbot, store, office, tmp_path):
    provisioning.write_enrolment_request(store, tmp_path / "mine.lcr", "Phạm Văn Cường")
    lcp = answer(office, tmp_path / "mine.lcr", tmp_path / "p.lcp")
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    window.start(str(lcp))
    dialog = window.provisioning_dialog
    assert window.wizard is None and dialog is not None and dialog.isVisible()
    assert dialog.view.confirm_check.isVisible() and not dialog.ok_button.isEnabled()
    dialog.view.confirm_check.click()
    click(qtbot, dialog.ok_button)
    assert identity.role(store) == "officer"
    assert window.toolbar.isVisible()


def test_office_path_sets_up_the_city_office(qtbot, store):
    window, wizard = open_wizard(qtbot, store)
    wizard.role_page.radios["office"].click()
    click(qtbot, next_button(wizard))
    page = wizard.office_page
    assert wizard.currentId() == OFFICE_PAGE
    assert page.catalog_combo.currentData() == "hanoi-2025@2025.1"
    assert page.city_edit.text() == "Hà Nội"
    page.city_edit.setText("Hà Nội mới")
    click(qtbot, finish_button(wizard))
    assert wizard.isVisible() and "Hà Nội mới" in page.error_label.text()  # a clear reason, not a crash
    page.city_edit.setText("01")
    click(qtbot, finish_button(wizard))
    assert not wizard.isVisible()
    assert identity.role(store) == "office"
    assert identity.office_settings(store)["city"] == "01"
    desk = window.office_desk  # the office works in the office desk from now on (issue 10)
    assert desk.isVisible() and not window.isVisible() and desk.current_key() == "inbox"
    desk.deleteLater()  # before its store closes
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_demo_opens_the_demo_officer_window_and_leaves_this_store_alone(qtbot, store):
    window, wizard = open_wizard(qtbot, store)
    wizard.role_page.radios["demo"].click()
    click(qtbot, next_button(wizard))
    assert "không bị ảnh hưởng" in wizard.demo_page.text.text()
    click(qtbot, finish_button(wizard))
    demo_window = window.demo_window
    assert demo_window is not None
    qtbot.addWidget(demo_window)
    assert demo_window.isVisible() and not window.isVisible()
    assert demo_window.store.home == store.home / "demo"
    assert demo_window.toolbar.period() == 2025 and demo_window.toolbar.unit() == "00004"
    assert demo_window.toolbar.progress_label.text() == "3/4 đã nhập"
    assert identity.role(store) is None  # the real installation is still to be set up


def test_cancelling_leaves_the_catalog_browser(qtbot, store):
    window, wizard = open_wizard(qtbot, store)
    click(qtbot, wizard.button(QWizard.WizardButton.CancelButton))
    assert not wizard.isVisible() and window.isVisible()
    assert identity.role(store) is None
    assert window.action_first_run.isVisible()
    assert window.catalog is not None and not window.toolbar.isVisible()
