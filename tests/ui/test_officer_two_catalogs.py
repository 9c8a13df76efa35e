"""Both programs at once (issue 10 §6, officer side): export and `enter` with two catalogs."""

import pytest

from lcdesk.core.exchange import identity
from lcdesk.core.errors import EntryError
from lcdesk.core.officer import entry
from lcdesk.ui.officer.export_dialog import ExportDialog
from lcdesk.ui.widgets import drives

from tests.core.review_city import two_catalog_officer

WARD = "00004"


@pytest.fixture
def officer(tmp_path):
    office, officer, _cats = two_catalog_officer(tmp_path, [WARD], [2025])
    office.close()
    yield officer
    officer.close()


def test_the_export_dialog_offers_all_catalogs_or_one(qtbot, officer, tmp_path):
    dialog = ExportDialog(officer, places=[drives.Destination(str(tmp_path), "Thư mục", False)])
    qtbot.addWidget(dialog)
    dialog.show()
    combo = dialog.catalog_combo
    assert combo.isVisible() and combo.count() == 3 and combo.itemText(0) == "Mọi danh mục được giao"
    both = len(dialog.choice.pending)
    combo.setCurrentIndex(2)
    assert dialog.catalog_id().split("@")[0] == "learning-models"
    assert 0 < len(dialog.choice.pending) < both


def test_enter_needs_the_catalog_when_there_are_two(officer):
    from lcdesk.cli.officer_cmd import default_catalog

    with pytest.raises(EntryError, match="--catalog"):
        default_catalog(officer)


# ------------------------------------------------------------ the officer's window

def open_window(qtbot, store):
    from lcdesk.ui.main_window import MainWindow

    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)  # typing needs the active window
    return window


def fill_rate(qtbot, window, code, numerator, denominator):
    """Open ``code`` in the tree as the officer would and type a rate's counts."""
    from tests.ui.form_helpers import line, type_into

    assert window.tree.select_code(code)
    form = window.officer.form
    assert window.right.currentWidget() is form and form.key.catalog.id == window.toolbar.catalog()
    type_into(qtbot, line(form, "value", "numerator"), numerator)
    type_into(qtbot, line(form, "value", "denominator"), denominator)
    return form


def catalog_entries(window):
    combo = window.toolbar.catalog_combo
    return [(combo.itemData(i), combo.itemText(i)) for i in range(combo.count())]


def test_each_catalog_is_its_own_group_of_forms_saved_under_its_own_id(qtbot, officer):
    window = open_window(qtbot, officer)
    combo = window.toolbar.catalog_combo
    assert combo.isVisible() and window.toolbar.catalog_label.isVisible()
    titles = {c.id: c.title for c in identity.officer_catalogs(officer)}
    assert catalog_entries(window) == [("hanoi-2025", titles["hanoi-2025"] + " — 0/4 đã nhập"),
                                       ("learning-models", titles["learning-models"] + " — 0/18 đã nhập")]
    assert window.catalog.id == "hanoi-2025" and window.toolbar.progress_label.text() == "0/4 đã nhập"
    assert window.tree.visible_codes() == ["1.1.2.a", "1.3.2.a", "2.2.2.c", "2.2.2.d"]

    fill_rate(qtbot, window, "1.1.2.a", "700", "1000")  # the same code exists in both catalogs
    assert window.toolbar.progress_label.text() == "1/4 đã nhập"

    window.toolbar.select_catalog("learning-models")
    assert window.catalog.id == "learning-models" and window.right.currentWidget() is window.detail
    assert len(window.tree.visible_codes()) == 18 and window.toolbar.progress_label.text() == "0/18 đã nhập"
    assert window.tree.status_of("1.1.2.a") == "empty"  # the UNESCO form's figures are not this one's
    form = fill_rate(qtbot, window, "1.1.2.a", "450", "1000")
    assert window.toolbar.progress_label.text() == "1/18 đã nhập"
    assert catalog_entries(window)[0][1].endswith("— 1/4 đã nhập")
    assert catalog_entries(window)[1][1].endswith("— 1/18 đã nhập")
    # Hà Nội's own learning-society target (50 % in 2025), not another city's
    assert form.key.catalog.indicator("1.1.2.a").target.by_year["2025"].value == 50.0

    heads = {cid: entry.my_heads(officer, cid, WARD, 2025).get(("1.1.2.a", "value")) for cid in titles}
    assert heads["hanoi-2025"].payload["numerator"] == 700
    assert heads["learning-models"].payload["numerator"] == 450

    window.toolbar.select_catalog("hanoi-2025")  # back: the first group keeps its figures
    assert window.tree.status_of("1.1.2.a") == "draft" and window.toolbar.progress_label.text() == "1/4 đã nhập"


def test_the_chosen_catalog_is_remembered(qtbot, officer):
    window = open_window(qtbot, officer)
    window.toolbar.select_catalog("learning-models")
    window.close()
    again = open_window(qtbot, officer)
    assert again.toolbar.catalog() == "learning-models" and again.catalog.id == "learning-models"


def test_an_officer_with_one_catalog_sees_no_catalog_selector(qtbot, demo):
    window = open_window(qtbot, demo)
    assert not window.toolbar.catalog_combo.isVisible() and not window.toolbar.catalog_label.isVisible()
    assert window.catalog.key == identity.provisioning(demo)["catalogs"][0]
    assert window.toolbar.progress_label.text() == "3/4 đã nhập"


def test_a_feedback_item_opens_its_form_in_its_own_catalog(qtbot, officer):
    from PySide6.QtCore import Qt

    window = open_window(qtbot, officer)
    assert window.toolbar.catalog() == "hanoi-2025"
    # what feedback.todo lists after the office returned the learning-society form 1.1.2.a
    window.todo.items = [{"catalog": "learning-models", "catalog_title": "Mô hình học tập và xã hội học tập",
                          "unit": WARD, "period": 2025, "indicator": "1.1.2.a", "state": "returned", "comment": "Thiếu minh chứng", "comments": [], "approved": False,
                          "reviewed_at": "2025-12-01T09:00:00"}]
    window.todo.render()
    qtbot.mouseClick(window.todo.open_button, Qt.MouseButton.LeftButton)
    assert window.toolbar.catalog() == "learning-models" and window.catalog.id == "learning-models"
    form = window.officer.form
    assert window.right.currentWidget() is form
    assert (form.key.catalog.id, form.key.unit, form.key.indicator) == ("learning-models", WARD, "1.1.2.a")


def test_each_catalogs_progress_follows_the_language(qtbot, officer):
    window = open_window(qtbot, officer)
    try:
        window.language_actions["en"].trigger()
        qtbot.waitUntil(lambda: window.menu_file.title() == "&File")
        texts = [text for _id, text in catalog_entries(window)]
        assert texts[0].endswith("— 0/4 entered") and texts[1].endswith("— 0/18 entered")
        assert window.toolbar.progress_label.text() == "0/4 entered"
    finally:
        window.language_actions["vi"].trigger()
    qtbot.waitUntil(lambda: catalog_entries(window)[1][1].endswith("— 0/18 đã nhập"))
