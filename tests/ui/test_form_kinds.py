"""Each kind of figure in the form: its widgets, its Vietnamese messages, its target check."""
# ruff: noqa: F811 - test parameters are the fixtures imported from form_helpers

from form_helpers import (  # noqa: F401 - the catalog fixture too
    KHCN,
    SGD,
    WARD,
    catalog,
    head,
    line,
    open_form,
    type_into,
)
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from lcdesk.core.officer import entry


def errors_of(form, measure):
    """{field: message} of the errors shown beside the fields of ``measure``."""
    labels = form.blocks[measure].input.error_labels
    return {name: label.text() for name, label in labels.items() if label.isVisible()}


# ----------------------------------------------------------------- percent
def test_percent_derives_the_rate_live_in_vietnamese_style(qtbot, demo, catalog):
    form = open_form(qtbot, demo, catalog, SGD, "2.4.1.a")
    type_into(qtbot, line(form, "truong_hoc", "numerator"), "6705", finish=False)
    type_into(qtbot, line(form, "truong_hoc", "denominator"), "9410", finish=False)
    assert form.blocks["truong_hoc"].input.derived["derived_rate"].text() == "71,25 %"


def test_percent_accepts_counts_with_thousands_dots(qtbot, demo, catalog):
    form = open_form(qtbot, demo, catalog, SGD, "2.4.1.a")
    type_into(qtbot, line(form, "truong_hoc", "numerator"), "5.521.300")
    type_into(qtbot, line(form, "truong_hoc", "denominator"), "5.690.000")
    payload = head(demo, catalog, SGD, "2.4.1.a", "truong_hoc").payload
    assert (payload["numerator"], payload["denominator"]) == (5521300, 5690000)
    assert form.blocks["truong_hoc"].input.derived["derived_rate"].text() == "97,04 %"


def test_a_direct_rate_is_saved_as_a_rate(qtbot, demo, catalog):
    form = open_form(qtbot, demo, catalog, SGD, "2.4.1.a")
    block = form.blocks["truong_hoc"].input
    block.mode_rate.click()
    assert not line(form, "truong_hoc", "numerator").isVisible() and line(form, "truong_hoc", "rate").isVisible()
    type_into(qtbot, line(form, "truong_hoc", "rate"), "95,2")
    assert head(demo, catalog, SGD, "2.4.1.a", "truong_hoc").payload == {"numerator": None, "denominator": None,
                                                                          "rate": 95.2}
    block.mode_counts.click()  # the counts typed before come back; the rate is not sent
    assert line(form, "truong_hoc", "numerator").isVisible()


def test_a_literacy_rate_cannot_pass_100_but_an_unbounded_rate_can(qtbot, demo, catalog):
    form = open_form(qtbot, demo, catalog, SGD, "1.1.1.a")
    form.blocks["value"].input.mode_rate.click()
    type_into(qtbot, line(form, "value", "rate"), "160")
    assert errors_of(form, "value") == {"rate": "Tỷ lệ không được lớn hơn 100%."}
    assert not form.complete_button.isEnabled()
    form = open_form(qtbot, demo, catalog, KHCN, "1.2.4.a")  # a rate with no upper bound, reported by KHCN
    form.blocks["value"].input.mode_rate.click()
    type_into(qtbot, line(form, "value", "rate"), "160")
    assert errors_of(form, "value") == {}
    assert head(demo, catalog, KHCN, "1.2.4.a", "value").payload["rate"] == 160.0
    assert form.blocks["value"].target_label.text() == "So với chỉ tiêu (> 0%): Đạt"


def test_a_count_must_be_a_number(qtbot, demo, catalog):
    form = open_form(qtbot, demo, catalog, SGD, "2.4.1.a")
    type_into(qtbot, line(form, "truong_hoc", "numerator"), "abc", finish=False)
    assert errors_of(form, "truong_hoc") == {"numerator": "Tử số: 'abc' không phải là số."}


def test_the_target_check_follows_the_figure(qtbot, demo, catalog):
    form = open_form(qtbot, demo, catalog, SGD, "1.1.1.a")
    target = form.blocks["value"].target_label
    assert target.isVisible() and target.text() == "So với chỉ tiêu (≥ 95%): Đạt"  # demo: 97,04 %
    type_into(qtbot, line(form, "value", "numerator"), "5000000", finish=False)
    assert target.text() == "So với chỉ tiêu (≥ 95%): Chưa đạt" and target.property("status") == "not_met"
    type_into(qtbot, line(form, "value", "numerator"), "", finish=False)
    assert target.text() == "So với chỉ tiêu (≥ 95%): Chưa có số liệu"


def test_several_measures_each_get_a_block_and_the_headline_carries_the_target(qtbot, demo, catalog):
    form = open_form(qtbot, demo, catalog, SGD, "2.4.1.a")
    assert list(form.blocks) == ["truong_hoc", "khong_gian_cong_dong"]
    assert form.blocks["khong_gian_cong_dong"].title() == "Các không gian học tập tại cộng đồng"
    assert form.blocks["truong_hoc"].target_label.isVisible()
    assert not form.blocks["khong_gian_cong_dong"].target_label.isVisible()
    type_into(qtbot, line(form, "khong_gian_cong_dong", "numerator"), "3")
    type_into(qtbot, line(form, "khong_gian_cong_dong", "denominator"), "4")
    assert head(demo, catalog, SGD, "2.4.1.a", "khong_gian_cong_dong").payload["rate"] == 75.0
    assert head(demo, catalog, SGD, "2.4.1.a", "truong_hoc") is None


# ----------------------------------------------------------------- count by sex
def test_male_plus_female_must_equal_the_total(qtbot, demo, catalog):
    form = open_form(qtbot, demo, catalog, SGD, "2.1.1.a")
    measure = "tre_5_tuoi"
    type_into(qtbot, line(form, measure, "male"), "10")
    type_into(qtbot, line(form, measure, "female"), "12")
    type_into(qtbot, line(form, measure, "total"), "25")
    assert errors_of(form, measure) == {"total": "Nam + Nữ = 22, khác Tổng = 25."}
    assert form.blocks[measure].input.derived["derived_total"].text() == "22"
    assert "draft_input" in head(demo, catalog, SGD, "2.1.1.a", measure).payload
    type_into(qtbot, line(form, measure, "total"), "22")
    type_into(qtbot, line(form, measure, "base"), "30")
    assert errors_of(form, measure) == {}
    assert form.blocks[measure].input.derived["derived_rate"].text() == "73,33 %"
    assert head(demo, catalog, SGD, "2.1.1.a", measure).payload == {
        "male": 10, "female": 12, "total": 22, "base": 30, "rate": 73.3333}


def test_counts_are_whole_and_not_negative(qtbot, demo, catalog):
    form = open_form(qtbot, demo, catalog, SGD, "2.1.1.a")
    type_into(qtbot, line(form, "tre_5_tuoi", "male"), "-3", finish=False)
    type_into(qtbot, line(form, "tre_5_tuoi", "female"), "2,5", finish=False)
    assert errors_of(form, "tre_5_tuoi") == {"male": "Số nam không được âm.", "female": "Số nữ phải là số nguyên."}


def test_the_total_cannot_exceed_the_base_population(qtbot, demo, catalog):
    form = open_form(qtbot, demo, catalog, SGD, "2.1.1.a")
    for field, text in (("male", "40"), ("female", "30"), ("base", "50")):
        type_into(qtbot, line(form, "tre_5_tuoi", field), text, finish=False)
    assert errors_of(form, "tre_5_tuoi") == {"base": "Tổng số không được lớn hơn dân số trong độ tuổi."}


# ----------------------------------------------------------------- rating
def test_a_rating_is_five_labelled_choices_saved_at_once(qtbot, demo, catalog):
    form = open_form(qtbot, demo, catalog, SGD, "2.6.1.a")
    buttons = form.blocks["rating"].input.buttons
    assert [buttons[r].text() for r in (5, 4, 3, 2, 1)] == ["5 – Xuất sắc", "4 – Rất tốt", "3 – Tốt", "2 – Khá",
                                                            "1 – Yếu"]
    with qtbot.waitSignal(form.saved):
        buttons[4].click()
    assert head(demo, catalog, SGD, "2.6.1.a", "rating").payload == {"rating": 4}
    assert form.complete_button.isEnabled()
    buttons[4].setFocus()
    QTest.keyClick(buttons[4], Qt.Key.Key_Down)  # the arrow keys move between levels
    assert buttons[3].isChecked()
    assert head(demo, catalog, SGD, "2.6.1.a", "rating").payload == {"rating": 3}
    assert not form.blocks["rating"].target_label.isVisible()  # 2.6.1.a has no target


# ----------------------------------------------------------------- trend
def test_a_trend_is_derived_from_last_years_figure(qtbot, demo, catalog):
    form = open_form(qtbot, demo, catalog, KHCN, "1.2.4.b")
    block = form.blocks["trend"]
    assert line(form, "trend", "previous").text() == "212"  # pre-filled from 2024
    assert block.previous_label.text() == "Năm 2024: Tăng (212)"
    type_into(qtbot, line(form, "trend", "figure"), "198")
    assert block.input.buttons["decrease"].isChecked()
    assert head(demo, catalog, KHCN, "1.2.4.b", "trend").payload == {"direction": "decrease", "figure": 198.0,
                                                                       "previous": 212.0}
    assert block.target_label.text() == "So với chỉ tiêu (Tăng so với năm trước): Chưa đạt"
    type_into(qtbot, line(form, "trend", "figure"), "230")
    assert block.input.buttons["increase"].isChecked()
    assert block.target_label.text() == "So với chỉ tiêu (Tăng so với năm trước): Đạt"


def test_a_trend_chosen_against_the_figures_is_an_error(qtbot, demo, catalog):
    form = open_form(qtbot, demo, catalog, KHCN, "1.2.4.b")
    type_into(qtbot, line(form, "trend", "figure"), "198")
    form.blocks["trend"].input.buttons["increase"].click()
    assert errors_of(form, "trend") == {"direction": "Hướng Tăng/Giảm không khớp với số liệu hai năm."}
    assert not form.complete_button.isEnabled()


def test_a_trend_can_be_chosen_without_figures(qtbot, demo, catalog):
    form = open_form(qtbot, demo, catalog, KHCN, "1.2.4.b", period=2024)
    type_into(qtbot, line(form, "trend", "figure"), "")  # the demo's 2024 figure, removed
    form.blocks["trend"].input.buttons["decrease"].click()
    assert head(demo, catalog, KHCN, "1.2.4.b", "trend", period=2024).payload == {"direction": "decrease",
                                                                                   "figure": None, "previous": None}
    form.complete_button.click()
    assert entry.form_status(catalog.indicator("1.2.4.b"), entry.my_heads(demo, catalog.id, KHCN, 2024)) == "complete"


def test_the_ward_sees_last_years_percent_beside_this_one(qtbot, demo, catalog):
    form = open_form(qtbot, demo, catalog, WARD, "1.1.2.a")
    assert form.blocks["value"].previous_label.text() == "Năm 2024: 65,45 % (6.120/9.350)"
    form = open_form(qtbot, demo, catalog, WARD, "1.1.2.a", period=2024)
    assert form.blocks["value"].previous_label.text() == "Năm 2023: chưa có số liệu"
