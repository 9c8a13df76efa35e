"""The officers page: enrol after the phone check, re-provision, revoke with the policy."""

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from lcdesk.core.office import demo_office, registry
from lcdesk.ui.widgets import prompts, reveal
from office_demo_fixture import inbox_folder, office, office_template  # noqa: F401  (fixtures)
from office_desk_fixture import desk  # noqa: F401  (fixture)


def when_modal(qtbot, act):
    """Run ``act(dialog)`` on the next modal dialog once it is shown."""
    def run():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, run)
            return
        act(dialog)
    QTimer.singleShot(0, run)


def test_enrolment_needs_the_phone_check_then_writes_the_lcp(desk, office, inbox_folder, tmp_path, monkeypatch, qtbot):
    request = next(inbox_folder.glob("*.lcr"))
    desk.open_file(str(request))  # as a double-click hands it over
    assert desk.current_key() == "officers"
    dialog = desk.page("officers").enrol_dialog
    info = registry.read_request(office, request)
    assert dialog.rows["name"][1].text() == demo_office.NEWCOMER
    assert dialog.fingerprint.text() == info["fingerprint"]
    assert dialog.fingerprint.font().pointSizeF() > 1.5 * dialog.font().pointSizeF()
    assert dialog.chooser.chosen() == [info["requested_match"]["code"]]  # the unit asked for, pre-ticked
    assert not dialog.provision_button.isEnabled()
    qtbot.keyClicks(dialog.chooser.search, "bo de")
    assert [dialog.chooser.list.item(i).text() for i in range(dialog.chooser.list.count())
            if not dialog.chooser.list.item(i).isHidden()] == ["Phường Bồ Đề (00130)"]
    dialog.chooser.set_checked("00130")
    assert not dialog.provision_button.isEnabled()  # still: no phone check yet
    dialog.confirm_check.click()
    assert dialog.provision_button.isEnabled()
    out = tmp_path / "quynh"
    monkeypatch.setattr(prompts, "save_file", lambda *a, **k: str(out))
    qtbot.mouseClick(dialog.provision_button, Qt.MouseButton.LeftButton)
    written = tmp_path / "quynh.lcp"
    assert written.is_file() and str(written) in dialog.done_label.text()
    key = office.trusted_key(info["key_id"])
    assert set(key.units) == {"00130", info["requested_match"]["code"]}
    opened = []
    monkeypatch.setattr(reveal, "reveal", opened.append)
    assert dialog.open_folder_button.isVisibleTo(dialog)
    qtbot.mouseClick(dialog.open_folder_button, Qt.MouseButton.LeftButton)
    assert opened == [str(written)]
    page = desk.page("officers")
    assert page.select_officer(demo_office.NEWCOMER)
    assert page.selected()["units"][0]["code"] in key.units


def test_revoking_states_the_policy_and_needs_a_reason(desk, office, qtbot):
    page = desk.show_page("officers")
    assert page.select_officer("Ngô Văn Minh")
    seen = {}

    def fill(dialog):
        seen["policy"] = dialog.policy.text()
        seen["enabled_before"] = dialog.revoke_button.isEnabled()
        dialog.reason_edit.setFocus()
        dialog.reason_edit.insert("Cán bộ chuyển công tác")  # QTest types ASCII only
        qtbot.mouseClick(dialog.revoke_button, Qt.MouseButton.LeftButton)

    when_modal(qtbot, fill)
    qtbot.mouseClick(page.revoke_button, Qt.MouseButton.LeftButton)
    assert seen["policy"] == registry.POLICY_VI and seen["enabled_before"] is False
    row = next(r for r in registry.officers(office) if r["name"] == "Ngô Văn Minh")
    assert row["status"] == registry.REVOKED and row["revoke_reason"] == "Cán bộ chuyển công tác"
    page.select_officer("Ngô Văn Minh")
    assert page.table.item(page.table.currentRow(), 6).text() == "Đã thu hồi" and not page.revoke_button.isEnabled()


def test_reprovision_all_in_one_action(desk, office, tmp_path, monkeypatch, qtbot):
    page = desk.show_page("officers")

    def fill(dialog):
        dialog.options.periods_edit.setText("2026, 2027")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    monkeypatch.setattr(prompts, "choose_folder", lambda *a, **k: str(tmp_path / "lcp"))
    monkeypatch.setattr(prompts, "ask_yes_no", lambda *a, **k: False)
    when_modal(qtbot, fill)
    qtbot.mouseClick(page.reprovision_all_button, Qt.MouseButton.LeftButton)
    files = list((tmp_path / "lcp").glob("*.lcp"))
    assert len(files) == len(registry.officers(office)) >= 12
    assert all(r["periods"] == [2026, 2027] for r in registry.officers(office))
    assert "13 tệp cấu hình" in page.result.text() or f"{len(files)} tệp cấu hình" in page.result.text()
