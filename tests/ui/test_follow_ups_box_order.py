"""The office's follow-up list under "Kiểm tra số liệu" lists units in the office's one order (by name,
as on Số liệu), with their names, never by code."""

from lcdesk.ui.office.follow_ups_box import FollowUpsBox
from lcdesk.core.office import followups

from tests.core import city_fixture
from tests.core.test_officer_checks_order import PERIOD


def test_the_box_lists_units_as_the_office_does(qtbot, tmp_path):
    office = city_fixture.make_office(tmp_path / "office", "learning-models")
    try:
        for unit in ("00025", "00008", "00004"):
            followups.mark(office, catalog="learning-models", unit=unit, period=PERIOD, indicator="1.1.2.b",
                           comment="Kiểm tra mẫu số")
        box = FollowUpsBox(office)
        qtbot.addWidget(box)
        box.load(PERIOD)
        assert [box.table.item(i, 0).text() for i in range(box.table.rowCount())] == [
            "Phường Ba Đình", "Phường Giảng Võ", "Phường Ngọc Hà"]
        box.table.selectRow(2)  # closing acts on the row shown, in the new order
        box.close_selected()
        assert [box.table.item(i, 0).text() for i in range(box.table.rowCount())] == ["Phường Ba Đình",
                                                                                        "Phường Giảng Võ"]
        assert followups.current(office, catalog="learning-models", unit="00008", period=PERIOD,
                                 indicator="1.1.2.b")["state"] == followups.CLOSED
        box.resize(800, 240)
        box.show()
        qtbot.waitExposed(box)
        import os

        os.makedirs("/tmp/shots/feedback-note-changed", exist_ok=True)
        box.grab().save("/tmp/shots/feedback-note-changed/follow-ups-by-name.png")
    finally:
        office.close()
