"""Issue 9: a number is shown as every figure is shown (``lcdesk.core.numbers``) as soon as its
field is finished, not only when something redraws; what is saved, and undo, stay the same."""
# ruff: noqa: F811 - test parameters are the fixtures imported from form_helpers

from form_helpers import KHCN, SGD, catalog, head, history, line, open_form, type_into  # noqa: F401


def test_a_count_typed_plain_or_with_commas_is_shown_grouped_when_the_field_is_finished(qtbot, demo, catalog):
    form = open_form(qtbot, demo, catalog, SGD, "2.4.1.a")
    numerator, denominator = line(form, "truong_hoc", "numerator"), line(form, "truong_hoc", "denominator")
    type_into(qtbot, numerator, "12000", finish=False)
    assert numerator.text() == "12000"  # not while typing
    numerator.editingFinished.emit()  # what focus out does
    assert numerator.text() == "12.000"
    type_into(qtbot, denominator, "15,000")  # Enter
    assert denominator.text() == "15.000"
    assert head(demo, catalog, SGD, "2.4.1.a", "truong_hoc").payload == {
        "numerator": 12000, "denominator": 15000, "rate": 80.0}
    assert len(history(demo, catalog, SGD, "2.4.1.a", "truong_hoc")) == 2  # reformatting wrote nothing
    assert form.undo_stack.count() == 2
    form.undo_button.click()
    assert denominator.text() == "" and numerator.text() == "12.000"
    assert head(demo, catalog, SGD, "2.4.1.a", "truong_hoc").payload == {"draft_input": {"numerator": "12000"}}
    form.redo_button.click()
    assert denominator.text() == "15.000"
    assert head(demo, catalog, SGD, "2.4.1.a", "truong_hoc").payload["denominator"] == 15000


def test_a_finished_count_that_is_not_a_number_stays_as_typed(qtbot, demo, catalog):
    form = open_form(qtbot, demo, catalog, SGD, "2.4.1.a")
    numerator = line(form, "truong_hoc", "numerator")
    type_into(qtbot, numerator, "12,0x")
    assert numerator.text() == "12,0x"
    assert head(demo, catalog, SGD, "2.4.1.a", "truong_hoc").payload == {"draft_input": {"numerator": "12,0x"}}


def test_a_rate_is_shown_with_a_decimal_comma_and_an_equal_rewrite_writes_nothing(qtbot, demo, catalog):
    form = open_form(qtbot, demo, catalog, SGD, "2.4.1.a")
    form.blocks["truong_hoc"].input.mode_rate.click()
    rate = line(form, "truong_hoc", "rate")
    type_into(qtbot, rate, "95.25")
    assert rate.text() == "95,25"
    assert head(demo, catalog, SGD, "2.4.1.a", "truong_hoc").payload["rate"] == 95.25
    records = len(history(demo, catalog, SGD, "2.4.1.a", "truong_hoc"))
    type_into(qtbot, rate, "95.250")  # the same figure, spelt otherwise
    assert rate.text() == "95,25"
    assert len(history(demo, catalog, SGD, "2.4.1.a", "truong_hoc")) == records


def test_a_trend_figure_is_grouped_only_where_it_reads_back_the_same(qtbot, demo, catalog):
    form = open_form(qtbot, demo, catalog, KHCN, "1.2.4.b")
    figure = line(form, "trend", "figure")
    type_into(qtbot, figure, "1234.5")
    assert figure.text() == "1.234,5"
    assert head(demo, catalog, KHCN, "1.2.4.b", "trend").payload["figure"] == 1234.5
    type_into(qtbot, figure, "12000")  # '12.000' would read back as twelve in a decimal field
    assert figure.text() == "12000"
    assert head(demo, catalog, KHCN, "1.2.4.b", "trend").payload["figure"] == 12000.0
