"""Tiến độ lists units in the order Số liệu does, and says what an on-time unit still owes."""

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QCoreApplication

from lcdesk.core.exchange import identity
from lcdesk.core.office import completeness, expected
from lcdesk.core.store import Store
from lcdesk.core.units import registry as units
from lcdesk.ui.office.completeness_page import CompletenessPage
from lcdesk.ui.office.values_page import ValuesPage

from tests.core.review_city import CATALOG, PERIOD, WARD_INDICATORS, enrol, fill, send
from tests.ui.plural_translator import install

# as the registry lists them (by code): a plain code-point sort puts Chương Mỹ before Cầu Giấy
# and Phú Diễn before Ô Chợ Dừa; Vietnamese readers expect the opposite
WARDS = {"00167": "Phường Cầu Giấy", "00190": "Phường Ô Chợ Dừa", "00619": "Phường Phú Diễn",
         "10015": "Phường Chương Mỹ"}
HEALTH = "01-so-y-te"
ORDER = ["Phường Cầu Giấy", "Phường Chương Mỹ", "Phường Ô Chợ Dừa", "Phường Phú Diễn", "Sở Y tế"]


@pytest.fixture
def office(tmp_path):
    store = Store.open(tmp_path / "office")
    identity.init_office(store, units.find_city("01"), store.get_catalog(CATALOG))
    city = units.find_city("01")
    store.replace_units("01", [city, units.Unit(HEALTH, "Sở Y tế", "department", "01", "01"),
                               *(units.Unit(c, n, "ward", "01", "01") for c, n in reversed(WARDS.items()))])
    expected.open_period(store, CATALOG, PERIOD, (date.today() + timedelta(days=7)).isoformat())
    officers = {code: enrol(store, tmp_path / f"o{code}", f"Cán bộ {name}", code, tmp_path) for code, name in WARDS.items()}
    fill(officers["00167"], "00167", WARD_INDICATORS[:2])  # Cầu Giấy: two of four, on time
    fill(officers["00619"], "00619", WARD_INDICATORS)  # Phú Diễn: everything, on time
    send(officers["00167"], store, tmp_path, "cau-giay")
    send(officers["00619"], store, tmp_path, "phu-dien")
    enrol(store, tmp_path / "health", "Cán bộ Sở Y tế", HEALTH, tmp_path).close()
    for o in officers.values():
        o.close()
    yield store
    store.close()


def unit_column(model, column=0):
    return {model.data(model.index(r, 0)): model.data(model.index(r, column)) for r in range(model.rowCount())}


def test_completeness_lists_units_in_the_values_pages_order(qtbot, office):
    values = ValuesPage(office)
    qtbot.addWidget(values)
    shown = [r.name for r in values.model.grid.rows]
    assert shown[:5] == ORDER
    page = CompletenessPage(office)
    qtbot.addWidget(page)
    page.period_spin.setValue(PERIOD)
    assert list(unit_column(page.model)) == [n for n in shown if n in unit_column(page.model)] == ORDER
    assert [u["name"] for u in completeness.summary(office, PERIOD)["units"]] == ORDER  # the CLI's order too


def test_an_on_time_unit_that_still_owes_forms_says_so(qtbot, office):
    page = CompletenessPage(office)
    qtbot.addWidget(page)
    page.period_spin.setValue(PERIOD)
    timeliness = unit_column(page.model, 2)
    assert timeliness["Phường Cầu Giấy"] == "Đúng hạn, còn thiếu 2 biểu"
    assert timeliness["Phường Phú Diễn"] == "Đúng hạn"
    assert timeliness["Phường Chương Mỹ"] == ""  # nothing yet, and the deadline is a week away
    row = list(unit_column(page.model)).index("Phường Cầu Giấy")
    tip = page.model.data(page.model.index(row, 2), role=0x03)  # Qt.ToolTipRole
    assert tip == "Còn thiếu: " + ", ".join(WARD_INDICATORS[2:])


def test_after_the_deadline_the_owed_forms_are_overdue(qtbot, office):
    # Phú Diễn's own deadline was a month ago: it sent everything, late
    expected.set_deadline(office, CATALOG, PERIOD, (date.today() - timedelta(days=30)).isoformat(), "Hạn riêng", unit="00619")
    page = CompletenessPage(office)
    qtbot.addWidget(page)
    page.period_spin.setValue(PERIOD)
    page.model.today = date.today() + timedelta(days=10)  # three days after the deadline (7 days from now)
    timeliness = unit_column(page.model, 2)
    assert timeliness["Phường Cầu Giấy"] == "Đúng hạn, còn thiếu 2 biểu, quá hạn 3 ngày"
    assert timeliness["Phường Phú Diễn"] == "Nộp trễ"  # sent after its (earlier) deadline, nothing owed


def test_in_english_one_form_is_owed_and_two_forms_are(qtbot, office, tmp_path):
    translator = install(tmp_path, {("CompletenessModel", "còn thiếu %n biểu"): ("%n form still owed", "%n forms still owed"),
                                    ("CompletenessModel", "quá hạn %n ngày"): ("%n day overdue", "%n days overdue")})
    try:
        page = CompletenessPage(office)
        qtbot.addWidget(page)
        page.period_spin.setValue(PERIOD)
        page.model.today = date.today() + timedelta(days=8)  # a day after the deadline
        assert unit_column(page.model, 2)["Phường Cầu Giấy"].endswith(", 2 forms still owed, 1 day overdue")
    finally:
        QCoreApplication.removeTranslator(translator)
