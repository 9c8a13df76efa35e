"""The officer's catalog selector at 150 % on a 1366×768 screen: the closed box names the chosen
catalog by its short title (whole words, "…" only if even that does not fit), not the first
characters of the long title cut by the box's edge; the list and the tooltip keep the full title.

At QT_SCALE_FACTOR=1.5 the screen is 911×512 logical pixels and fonts keep their logical size, so
the window resized to that size lays out as it does there (screenshots in the report: xvfb at 1.5
and 1.0)."""

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QComboBox

from lcdesk.core.exchange import identity

from tests.core.review_city import two_catalog_officer
from tests.ui.test_officer_two_catalogs import open_window

LOGICAL_150 = (911, 512)
WARDS = ["00004", "00008"]  # two units: the unit selector shows too and the row is full
SHORT = {"hanoi-2025": "Bộ tiêu chí Thành phố học tập toàn cầu của UNESCO",
         "learning-models": "Mô hình học tập và xã hội học tập"}


@pytest.fixture
def officer(tmp_path):
    """An officer of two wards provisioned for both Hà Nội catalogs (as test_officer_two_catalogs)."""
    office, officer, _cats = two_catalog_officer(tmp_path, WARDS, [2025])
    office.close()
    yield officer
    officer.close()


@pytest.fixture
def window(qtbot, officer):
    window = open_window(qtbot, officer)
    window.resize(*LOGICAL_150)
    qtbot.wait(20)
    return window


def painted(widget) -> QImage:
    return widget.grab().toImage()


def plain_box_reading(combo, text: str) -> QImage:
    """A plain combo box of the same size and font whose closed box reads ``text``."""
    plain = QComboBox(combo.parentWidget())
    plain.setFont(combo.font())
    plain.addItem(text)
    plain.setGeometry(combo.geometry())
    plain.show()
    image = painted(plain)
    plain.deleteLater()
    return image


def test_the_closed_box_reads_the_short_title_and_the_list_the_full_one(window, qtbot):
    combo = window.toolbar.catalog_combo
    window.toolbar.select_catalog("learning-models")
    qtbot.wait(20)
    # what the clerk sees in the closed box is exactly the short title, as a plain box would paint it
    assert painted(combo) == plain_box_reading(combo, SHORT["learning-models"])
    titles = {c.id: c.title for c in identity.officer_catalogs(window.store)}
    assert [combo.itemText(i) for i in range(combo.count())] == [
        titles["hanoi-2025"] + " — 0/4 đã nhập", titles["learning-models"] + " — 0/18 đã nhập"]
    assert combo.currentText() == titles["learning-models"] + " — 0/18 đã nhập"  # screen readers: in full
    assert combo.toolTip().splitlines()[0] == titles["learning-models"]


def test_a_short_title_too_long_for_the_box_keeps_whole_words(window, qtbot):
    combo = window.toolbar.catalog_combo
    window.toolbar.select_catalog("hanoi-2025")
    qtbot.wait(20)
    text = combo.closed_text()
    assert text.endswith("…") and SHORT["hanoi-2025"].startswith(text[:-1])
    assert SHORT["hanoi-2025"][len(text) - 1] == " "  # cut between words, not inside one
    assert len(text) >= 20  # "Bộ tiêu chí Thành phố…" at least: the box is not starved
    assert painted(combo) == plain_box_reading(combo, text)
    assert combo.toolTip().splitlines()[0] == identity.officer_catalogs(window.store)[0].title


def test_a_wide_window_shows_the_whole_short_title(window, qtbot):
    window.resize(1366, 768)
    qtbot.wait(20)
    combo = window.toolbar.catalog_combo
    window.toolbar.select_catalog("hanoi-2025")
    qtbot.wait(20)
    assert combo.closed_text() == SHORT["hanoi-2025"]
    assert painted(combo) == plain_box_reading(combo, SHORT["hanoi-2025"])
