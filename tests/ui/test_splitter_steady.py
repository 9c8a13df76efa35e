"""Issue 9: the splitter between the indicator list and the form stays where it is when an error
message appears in the form (the form's minimum width does not depend on its messages; they wrap)."""

import pytest
from test_officer_window import make_window

from PySide6.QtCore import QCoreApplication, Qt

WARD_PERCENT = "1.1.2.a"


def settle():
    for _ in range(3):
        QCoreApplication.processEvents()


@pytest.mark.parametrize("width", [1100, 820])
def test_an_error_in_the_form_does_not_move_the_splitter(qtbot, demo, width):
    window = make_window(qtbot, demo)
    window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMaximized)
    window.resize(width, 680)
    window.tree.select_code(WARD_PERCENT)
    settle()
    form = window.officer.form
    window.splitter.setSizes([sum(window.splitter.sizes()), 0])  # dragged as far right as the form allows
    settle()
    before = window.splitter.sizes()
    block = form.blocks["value"].input
    numerator, denominator = block.lines["numerator"], block.lines["denominator"]
    denominator.setText("12")
    denominator.textEdited.emit("12")
    numerator.setText("99999999999999999999")
    numerator.textEdited.emit("99999999999999999999")
    numerator.editingFinished.emit()  # written: the status says "Có lỗi"
    settle()
    error = block.error_labels["numerator"]
    assert error.isVisible() and error.text() == "Tử số không được lớn hơn mẫu số."
    assert form.status_label.text() == "Trạng thái: Có lỗi"
    assert window.splitter.sizes() == before
    assert form.scroll.horizontalScrollBar().maximum() == 0  # the message wraps, no sideways scrolling
    numerator.setText("abc" * 40)  # a long message, the typed text repeated in it
    numerator.textEdited.emit(numerator.text())
    numerator.editingFinished.emit()
    settle()
    assert error.isVisible() and "không phải là số" in error.text()
    assert window.splitter.sizes() == before
    assert form.scroll.horizontalScrollBar().maximum() == 0
