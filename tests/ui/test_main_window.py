"""The first window: browse a catalog, read an indicator, switch language and catalog."""

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from lcdesk.core.catalog import model as catalog_model
from lcdesk.core.catalog.model import KIND_LABELS_VI
from lcdesk.ui import i18n
from lcdesk.ui.widgets import prompts
from lcdesk.ui.widgets.indicator_detail import KIND_LABELS
from lcdesk.ui.main_window import MainWindow

TEXT_A = "Tỷ lệ người trong độ tuổi 15–60 đạt chuẩn biết chữ mức độ 2 (≥ 95%)"
TEXT_B = "Số người học được hỗ trợ học tập suốt đời, chia theo giới tính"


def _indicator(code, kind, text, measures, target, responsible=("Sở Giáo dục và Đào tạo",)):
    return {"code": code, "criterion": code.rsplit(".", 1)[0], "text": text, "kind": kind,
            "responsible": list(responsible), "assign": ["dept:so-giao-duc-va-dao-tao"],
            "measures": measures, "target": target, "bounds": [0, 100]}


def small_catalog(catalog_id="thu-nghiem", version="1.0"):
    percent = [{"code": "value", "label": "Tỷ lệ", "unit": "%"}]
    by_sex = [{"code": "male", "label": "Nam", "unit": "người"}, {"code": "female", "label": "Nữ", "unit": "người"},
              {"code": "total", "label": "Tổng số", "unit": "người"}]
    return catalog_model.from_dict({
        "format": "lcdesk-catalog", "format_version": 1, "id": catalog_id, "version": version,
        "title": "Danh mục thử nghiệm – Đà Nẵng",
        "areas": [{"code": "1", "title": "Lợi ích của thành phố học tập"},
                  {"code": "2", "title": "Điều kiện cơ bản"}],
        "standards": [{"code": "1.1", "title": "Gắn kết xã hội"}, {"code": "2.1", "title": "Nguồn lực"}],
        "criteria": [{"code": "1.1.1", "title": "Biết chữ và học tập suốt đời"},
                     {"code": "2.1.1", "title": "Đánh giá của chuyên gia"}],
        "indicators": [
            _indicator("1.1.1.a", "percent", TEXT_A, percent,
                       {"text": "≥ 95%", "comparator": ">=", "value": 95}),
            _indicator("1.1.1.b", "count_by_sex", TEXT_B, by_sex,
                       {"text": "Năm 2025 đạt 90%, năm 2030 đạt 95%", "comparator": ">=", "value": 95,
                        "by_year": {"2025": {"comparator": ">=", "value": 90},
                                    "2030": {"comparator": ">=", "value": 95}}}),
            _indicator("2.1.1.a", "rating5", "Chất lượng nguồn lực cho học tập", [{"code": "rating", "label": "Mức",
                       "unit": "mức"}], {"text": "Rất tốt trở lên", "comparator": ">=", "value": 4},
                       responsible=("Hội đồng chuyên gia",)),
            _indicator("2.1.1.b", "trend", "Số thư viện cộng đồng", [{"code": "trend", "label": "Xu hướng",
                       "unit": ""}], {"text": "Tăng", "comparator": "increase"}),
        ],
    })


@pytest.fixture
def small_store(store):
    store.add_catalog(small_catalog())
    store.set_setting("catalog", "thu-nghiem")
    return store


def make_window(qtbot, store):
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def click_item(qtbot, window, code):
    """Click the tree row of ``code`` with the mouse, as an officer would."""
    view = window.tree.tree
    item = window.tree.item_for(code)
    assert item is not None, code
    view.scrollToItem(item)  # expands the collapsed ancestors, like clicking the arrows
    rect = view.visualItemRect(item)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.tree.current_code() == code


def type_text(qtbot, widget, text):
    """Type ``text`` key by key; letters outside ASCII arrive as key events carrying the
    character, as a Vietnamese input method (Unikey, the Windows keyboard) delivers them."""
    widget.setFocus()
    for ch in text:
        if ch.isascii():
            qtbot.keyClick(widget, ch)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))


def detail_text(window, key):
    return window.detail.label(key).text()


def test_window_opens_on_the_hanoi_catalog_with_its_counts(qtbot, store):
    window = make_window(qtbot, store)
    assert window.catalog_combo.currentData()[0] == "hanoi-2025"
    assert window.catalog.id == "hanoi-2025"
    assert window.tree.tree.topLevelItemCount() == 3
    assert window.counts_label.text() == "3 lĩnh vực · 12 tiêu chuẩn · 35 tiêu chí · 57 chỉ số"
    assert window.menu_file.title() == "&Tệp"


def test_clicking_a_hanoi_indicator_shows_its_exact_text(qtbot, store):
    window = make_window(qtbot, store)
    click_item(qtbot, window, "1.1.1.a")
    ind = window.catalog.indicator("1.1.1.a")
    assert detail_text(window, "text") == ind.text
    assert window.detail.heading.text() == "Chỉ số 1.1.1.a"
    assert window.catalog.node_title("1.1.1") in window.detail.path.text()
    assert window.catalog.node_title("1.1") in window.detail.path.text()
    assert detail_text(window, "responsible") == "\n".join(ind.responsible)


def test_percent_indicator_shows_kind_measures_and_target(qtbot, small_store):
    window = make_window(qtbot, small_store)
    click_item(qtbot, window, "1.1.1.a")
    assert detail_text(window, "text") == TEXT_A
    assert detail_text(window, "kind") == "Tỷ lệ (%)"
    assert window.detail.measure_rows() == [["Tỷ lệ", "%"]]  # labels only, never the code "value"
    assert detail_text(window, "target_text") == "≥ 95%"
    assert detail_text(window, "target_goal") == "Mục tiêu: ≥ 95%"
    assert detail_text(window, "responsible") == "Sở Giáo dục và Đào tạo"
    assert window.detail.label("text").isVisible()


def test_count_by_sex_indicator_lists_three_measures_and_per_year_targets(qtbot, small_store):
    window = make_window(qtbot, small_store)
    click_item(qtbot, window, "1.1.1.b")
    assert window.detail.measure_rows() == [["Nam", "người"], ["Nữ", "người"], ["Tổng số", "người"]]
    assert detail_text(window, "kind") == KIND_LABELS_VI["count_by_sex"]
    assert detail_text(window, "target_goal").splitlines() == [
        "Mục tiêu: ≥ 95%", "Năm 2025: ≥ 90%", "Năm 2030: ≥ 95%"]


def test_rating_and_trend_targets_read_as_words(qtbot, small_store):
    window = make_window(qtbot, small_store)
    click_item(qtbot, window, "2.1.1.a")
    assert detail_text(window, "target_goal") == "Mục tiêu: ≥ 4 (Rất tốt)"
    assert detail_text(window, "responsible") == "Hội đồng chuyên gia"
    click_item(qtbot, window, "2.1.1.b")
    assert detail_text(window, "kind") == "Tăng / Giảm so với năm trước"
    assert detail_text(window, "target_goal") == "Mục tiêu: Tăng so với năm trước"


def test_an_indicator_without_target_says_so(qtbot, store):
    window = make_window(qtbot, store)
    click_item(qtbot, window, "3.2.2.a")
    assert window.catalog.indicator("3.2.2.a").target is None
    assert detail_text(window, "target_text") == "(không quy định)"
    assert not window.detail.label("target_goal").isVisible()
    assert window.detail.measure_rows()[0][0] == window.catalog.indicator("3.2.2.a").measures[0].label != "rating"


def test_selecting_a_criterion_shows_its_title_and_indicator_count(qtbot, small_store):
    window = make_window(qtbot, small_store)
    click_item(qtbot, window, "1.1.1")
    assert window.detail.heading.text() == "Tiêu chí 1.1.1"
    assert detail_text(window, "text") == "Biết chữ và học tập suốt đời"
    assert detail_text(window, "count") == "2 chỉ số"
    assert not window.detail.values["measures"].isVisible()


def test_keyboard_navigation_reaches_an_indicator(qtbot, small_store):
    window = make_window(qtbot, small_store)
    view = window.tree.tree
    view.setFocus()
    view.setCurrentItem(view.topLevelItem(0))
    for key in (Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Right, Qt.Key.Key_Down,
                Qt.Key.Key_Right, Qt.Key.Key_Down):
        qtbot.keyClick(view, key)
    assert window.tree.current_code() == "1.1.1.a"
    assert detail_text(window, "text") == TEXT_A


def test_switching_to_english_relabels_live_and_is_remembered(qtbot, small_store):
    window = make_window(qtbot, small_store)
    click_item(qtbot, window, "1.1.1.a")
    window.language_actions["en"].trigger()
    qtbot.waitUntil(lambda: window.menu_file.title() == "&File")
    assert small_store.get_setting("ui_language") == "en"
    assert window.action_quit.text() == "E&xit"
    assert window.menu_help.title() == "&Help"
    assert window.catalog_label.text() == "&Indicator catalog:"
    assert window.detail.heading.text() == "Indicator 1.1.1.a"
    assert detail_text(window, "kind") == "Percentage (%)"
    assert window.detail.row_labels["text"].text() == "Text"
    assert detail_text(window, "target_goal") == "Target: ≥ 95%"
    assert detail_text(window, "text") == TEXT_A  # catalog wording is data: stays Vietnamese
    assert window.counts_label.text() == "2 areas · 2 standards · 2 criteria · 4 indicators"
    assert window.language_actions["en"].isChecked()
    window.language_actions["vi"].trigger()
    qtbot.waitUntil(lambda: window.menu_file.title() == "&Tệp")
    assert small_store.get_setting("ui_language") == "vi"
    assert detail_text(window, "kind") == "Tỷ lệ (%)"


def test_a_new_window_opens_in_the_stored_language(qtbot, qapp, small_store):
    small_store.set_setting("ui_language", "en")
    i18n.install_translator(qapp, small_store.get_setting("ui_language"))
    window = make_window(qtbot, small_store)
    assert window.menu_view.title() == "&View"
    assert window.language_actions["en"].isChecked()


def test_switching_catalog_in_the_selector_shows_the_other_tree(qtbot, small_store):
    window = make_window(qtbot, small_store)
    assert window.catalog.id == "thu-nghiem"
    assert window.tree.tree.topLevelItemCount() == 2
    assert window.select_catalog("haiphong-2026")
    assert window.catalog.id == "haiphong-2026"
    assert window.tree.tree.topLevelItemCount() == 3
    assert small_store.get_setting("catalog") == "haiphong-2026"
    assert "57 chỉ số" in window.counts_label.text()
    assert window.detail.heading.text() == "Chọn một mục trong danh mục"


def test_choosing_a_catalog_with_the_keyboard(qtbot, small_store):
    window = make_window(qtbot, small_store)
    combo = window.catalog_combo
    ids = [combo.itemData(i)[0] for i in range(combo.count())]
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Up)
    expected = ids[ids.index("thu-nghiem") - 1]
    assert window.catalog.id == expected
    assert small_store.get_setting("catalog") == expected


def test_the_remembered_catalog_opens_next_time(qtbot, store):
    store.set_setting("catalog", "learning-models")
    window = make_window(qtbot, store)
    assert window.catalog.id == "learning-models"


@pytest.mark.parametrize(("typed", "expected"), [
    ("1.1.1", ["1.1.1.a", "1.1.1.b"]),
    ("1.1", ["1.1.1.a", "1.1.1.b"]),  # a code is a prefix: 2.1.1.a does not match
    ("2.1.1.B", ["2.1.1.b"]),
    ("2.", ["2.1.1.a", "2.1.1.b"]),
    ("hoc tap suot doi", ["1.1.1.a", "1.1.1.b"]),  # criterion title matches: its indicators show
    ("GIỚI TÍNH", ["1.1.1.b"]),
    ("thu vien", ["2.1.1.b"]),
    ("không có gì như thế", []),
])
def test_filter_matches_code_and_text_without_diacritics(qtbot, small_store, typed, expected):
    window = make_window(qtbot, small_store)
    type_text(qtbot, window.tree.filter_edit, typed)
    assert window.tree.filter_edit.text() == typed
    assert window.tree.visible_codes() == expected
    window.tree.filter_edit.clear()
    assert len(window.tree.visible_codes()) == 4


def test_about_shows_version_and_data_folder(qtbot, small_store, monkeypatch):
    shown = []
    monkeypatch.setattr(prompts, "info", lambda parent, title, text: shown.append((title, text)))
    window = make_window(qtbot, small_store)
    window.action_about.trigger()
    assert shown and shown[0][0] == "Giới thiệu"
    assert str(small_store.home) in shown[0][1]


def test_quit_closes_the_window(qtbot, small_store):
    window = make_window(qtbot, small_store)
    window.action_quit.trigger()
    assert not window.isVisible()


def test_ui_kind_labels_match_the_core_wording():
    assert KIND_LABELS == KIND_LABELS_VI


def test_open_file_is_announced(qtbot, small_store):
    window = make_window(qtbot, small_store)
    with qtbot.waitSignal(window.file_open_requested) as blocker:
        window.open_file("báo cáo phường.lcb")
    assert blocker.args == ["báo cáo phường.lcb"]


def test_app_font_draws_vietnamese(qapp):
    from lcdesk.ui.app import covers_vietnamese, make_app

    app = make_app()
    assert app is QApplication.instance()
    assert app.applicationName() == "lcdesk"
    assert covers_vietnamese(app.font())


def test_run_gui_shows_the_window_in_the_stored_language(qtbot, qapp, small_store, monkeypatch):
    from lcdesk.ui import app as app_module

    seen = []

    def fake_exec():
        qtbot.wait(50)  # lets the queued open_file run
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        seen.extend((w.menu_file.title(), w.statusBar().currentMessage()) for w in windows)
        for w in windows:
            w.close()
        return 0

    small_store.set_setting("ui_language", "en")
    monkeypatch.setattr(QApplication, "exec", staticmethod(fake_exec))
    assert app_module.run_gui(small_store, ["lcdesk"], open_file="hồ sơ.lcb") == 0
    assert seen == [("&File", "File received: hồ sơ.lcb")]
