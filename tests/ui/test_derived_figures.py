"""Issue 9: a derived figure (the rate, the total, the Tăng/Giảm taken from two years) is hidden
while a field it is computed from is invalid, and shown again once the fields are valid."""
# ruff: noqa: F811 - test parameters are the fixtures imported from form_helpers

from form_helpers import KHCN, SGD, catalog, line, open_form, type_into  # noqa: F401


def shown(form, measure, name):
    derived = form.blocks[measure].input.derived[name]
    caption = form.blocks[measure].input.captions[name]
    assert derived.isVisible() == caption.isVisible()  # the caption goes with its figure
    return derived.text() if derived.isVisible() else None


def test_the_rate_is_hidden_beside_an_invalid_numerator_and_back_when_it_is_valid(qtbot, demo, catalog):
    form = open_form(qtbot, demo, catalog, SGD, "2.4.1.a")
    type_into(qtbot, line(form, "truong_hoc", "numerator"), "10000", finish=False)
    type_into(qtbot, line(form, "truong_hoc", "denominator"), "9410", finish=False)
    error = form.blocks["truong_hoc"].input.error_labels["numerator"]
    assert error.isVisible() and error.text() == "Tử số không được lớn hơn mẫu số."
    assert shown(form, "truong_hoc", "derived_rate") is None  # not "106,27 %"
    type_into(qtbot, line(form, "truong_hoc", "numerator"), "6705", finish=False)
    assert not error.isVisible()
    assert shown(form, "truong_hoc", "derived_rate") == "71,25 %"
    type_into(qtbot, line(form, "truong_hoc", "denominator"), "abc", finish=False)
    assert shown(form, "truong_hoc", "derived_rate") is None
    type_into(qtbot, line(form, "truong_hoc", "denominator"), "0", finish=False)
    assert shown(form, "truong_hoc", "derived_rate") is None
    type_into(qtbot, line(form, "truong_hoc", "denominator"), "9410", finish=False)
    assert shown(form, "truong_hoc", "derived_rate") == "71,25 %"


def test_the_rate_row_stays_hidden_in_the_direct_rate_mode(qtbot, demo, catalog):
    form = open_form(qtbot, demo, catalog, SGD, "2.4.1.a")
    block = form.blocks["truong_hoc"].input
    type_into(qtbot, line(form, "truong_hoc", "numerator"), "10000", finish=False)
    type_into(qtbot, line(form, "truong_hoc", "denominator"), "9410", finish=False)
    block.mode_rate.click()
    assert shown(form, "truong_hoc", "derived_rate") is None
    block.mode_counts.click()
    assert shown(form, "truong_hoc", "derived_rate") is None  # its inputs are still wrong
    type_into(qtbot, line(form, "truong_hoc", "numerator"), "9000", finish=False)
    assert shown(form, "truong_hoc", "derived_rate") == "95,64 %"


def test_the_total_and_rate_by_sex_are_hidden_while_their_counts_are_invalid(qtbot, demo, catalog):
    form = open_form(qtbot, demo, catalog, SGD, "2.1.1.a")
    measure = "tre_5_tuoi"
    type_into(qtbot, line(form, measure, "male"), "-3", finish=False)
    type_into(qtbot, line(form, measure, "female"), "12", finish=False)
    type_into(qtbot, line(form, measure, "base"), "30", finish=False)
    assert form.blocks[measure].input.error_labels["male"].isVisible()
    assert shown(form, measure, "derived_total") is None
    assert shown(form, measure, "derived_rate") is None
    type_into(qtbot, line(form, measure, "male"), "10", finish=False)
    assert shown(form, measure, "derived_total") == "22"
    assert shown(form, measure, "derived_rate") == "73,33 %"
    type_into(qtbot, line(form, measure, "base"), "20", finish=False)  # fewer than the total
    assert shown(form, measure, "derived_total") == "22"  # its own inputs are fine
    assert shown(form, measure, "derived_rate") is None
    type_into(qtbot, line(form, measure, "base"), "30", finish=False)
    assert shown(form, measure, "derived_rate") == "73,33 %"


def test_a_trend_derived_from_the_figures_is_withdrawn_while_a_figure_is_not_a_number(qtbot, demo, catalog):
    form = open_form(qtbot, demo, catalog, KHCN, "1.2.4.b")
    buttons = form.blocks["trend"].input.buttons
    assert line(form, "trend", "previous").text() == "212"
    type_into(qtbot, line(form, "trend", "figure"), "198", finish=False)
    assert buttons["decrease"].isChecked()
    type_into(qtbot, line(form, "trend", "figure"), "19x", finish=False)
    assert not buttons["decrease"].isChecked() and not buttons["increase"].isChecked()
    type_into(qtbot, line(form, "trend", "figure"), "230", finish=False)
    assert buttons["increase"].isChecked()
    type_into(qtbot, line(form, "trend", "figure"), "abc", finish=False)
    assert not buttons["increase"].isChecked()
    buttons["increase"].click()  # the officer's own choice stays while a figure is not a number
    type_into(qtbot, line(form, "trend", "previous"), "3x", finish=False)
    assert buttons["increase"].isChecked()
