"""A year between two milestones is measured against the next one, and the form says so."""

from lcdesk.core.catalog.builtin import load_builtin
from lcdesk.core.catalog.targets import catalog_for_city
from lcdesk.ui.officer.form_header import FormHeader


def test_a_2027_form_shows_the_2030_goal_and_the_2025_one_as_passed(qtbot):
    hanoi = catalog_for_city(load_builtin("learning-models"), "01")
    header = FormHeader()
    qtbot.addWidget(header)
    header.show_indicator(hanoi, hanoi.indicator("1.1.1.a"), 2027)
    text = header.values["goal"].text()
    assert text.startswith("≥ 70% (mốc năm 2030)")
    assert "Mốc đã qua: 2025: ≥ 50%" in text
    header.show_indicator(hanoi, hanoi.indicator("1.1.1.a"), 2025)
    assert header.values["goal"].text() == "≥ 50%"


def test_an_hcmc_form_shows_hcmc_goals(qtbot):
    hcmc = catalog_for_city(load_builtin("learning-models"), "79")
    header = FormHeader()
    qtbot.addWidget(header)
    header.show_indicator(hcmc, hcmc.indicator("1.1.1.a"), 2025)
    assert header.values["goal"].text() == "≥ 40%"
    header.show_indicator(hcmc, hcmc.indicator("1.2.1.a"), 2025)  # HCMC set none: no goal, not Hà Nội's
    assert header.values["goal"].text() == "" and header.values["target"].text() == "(không quy định)"


def test_the_officer_window_judges_by_its_own_citys_targets(qtbot, demo):
    """The demo officer is provisioned by a Hà Nội office: learning-models shows Hà Nội's goals."""
    from lcdesk.ui.main_window import MainWindow

    assert (demo.get_setting("provisioning") or {}).get("office", {}).get("city") == "01"
    window = MainWindow(demo)
    qtbot.addWidget(window)
    window.show_catalog(load_builtin("learning-models"))
    assert window.catalog.indicator("1.1.1.a").target.goal_for(2025).value == 50
    demo.set_setting("provisioning", {**demo.get_setting("provisioning"), "office": {"city": "79"}})
    window.show_catalog(load_builtin("learning-models"))
    assert window.catalog.indicator("1.1.1.a").target.goal_for(2025).value == 40
    assert window.catalog.indicator("1.2.1.a").target is None
