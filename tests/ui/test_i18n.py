"""Translations: complete, current, compiled; and every visible string goes through tr()."""

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import PySide6
import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from lcdesk.paths import resource_path
from lcdesk.ui import i18n
from lcdesk.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
TS_FILES = sorted(resource_path("i18n").glob("lcdesk_*.ts"))
PLACEHOLDER = re.compile(r"%(?:\d|n)")


def messages(ts_path):
    return list(ET.parse(ts_path).getroot().iter("message"))


def translations_of(message):
    translation = message.find("translation")
    forms = translation.findall("numerusform")
    return translation, [f.text or "" for f in forms] if forms else [translation.text or ""]


def test_an_english_translation_ships():
    assert [p.name for p in TS_FILES] == ["lcdesk_en.ts"]
    assert i18n.available_languages() == ["vi", "en"]


@pytest.mark.parametrize("ts_path", TS_FILES, ids=lambda p: p.name)
def test_every_source_string_is_translated(ts_path):
    problems = []
    for message in messages(ts_path):
        source = message.find("source").text
        translation, texts = translations_of(message)
        if translation.get("type") in ("unfinished", "obsolete", "vanished"):
            problems.append(f"{translation.get('type')}: {source!r}")
        elif not all(t.strip() for t in texts):
            problems.append(f"empty: {source!r}")
        elif any(sorted(PLACEHOLDER.findall(t)) != sorted(PLACEHOLDER.findall(source)) for t in texts):
            problems.append(f"placeholders differ: {source!r} -> {texts!r}")
    assert not problems, "\n".join(problems)


def qt_tool(name: str) -> str:
    """lupdate/lrelease as shipped inside the PySide6 wheel (found without PATH, as in a venv)."""
    return str(Path(PySide6.__file__).parent / (f"{name}.exe" if sys.platform == "win32" else name))


def _lupdate(tmp_path) -> Path:
    out = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "lcdesk" / "ui").rglob("*.py"))
    subprocess.run([qt_tool("lupdate"), "-silent", "-no-obsolete", *sources, "-ts", str(out)],
                   check=True, timeout=120)
    return out


def _keys(ts_path):
    return {(m.find("source").text, m.get("numerus") == "yes") for m in messages(ts_path)}


@pytest.mark.parametrize("ts_path", TS_FILES, ids=lambda p: p.name)
def test_translation_files_are_up_to_date_with_the_code(ts_path, tmp_path):
    """Run tools/update_translations.sh after adding or changing a visible string."""
    assert _keys(_lupdate(tmp_path)) == _keys(ts_path)
    qm = ts_path.with_suffix(".qm")
    subprocess.run([qt_tool("lrelease"), "-silent", str(ts_path), "-qm", str(tmp_path / "x.qm")],
                   check=True, timeout=120)
    assert qm.read_bytes() == (tmp_path / "x.qm").read_bytes(), "the .qm is stale: rerun the script"


def test_unknown_language_falls_back_to_vietnamese(qapp):
    assert i18n.install_translator(qapp, "fr") == "vi"
    assert i18n.current_language() == "vi"


# Labels whose text is catalog data (Vietnamese as the plans wrote it), not interface text.
DATA_LABELS = {"measure_cell", "detail_text", "detail_target_text", "detail_responsible", "detail_note", "detail_path"}


def test_pseudo_locale_reaches_every_visible_interface_string(qtbot, qapp, store):
    """With a translator that brackets every string, nothing of the chrome stays bare."""
    i18n.install_translator(qapp, i18n.PSEUDO)
    try:
        window = MainWindow(store)
        qtbot.addWidget(window)
        window.show()
        window.tree.select_code("1.1.1.a")
        bare = []
        for label in window.findChildren(QLabel):
            if label.isVisible() and label.objectName() not in DATA_LABELS and label.text():
                bare += [] if "~]" in label.text() else [f"{label.objectName()}: {label.text()!r}"]
        for menu in (window.menu_file, window.menu_view, window.menu_language, window.menu_help):
            bare += [] if "~]" in menu.title() else [menu.title()]
        for action in (window.action_quit, window.action_about):
            bare += [] if "~]" in action.text() else [action.text()]
        headers = [window.tree.tree.headerItem().text(c) for c in range(2)]
        bare += [h for h in headers if "~]" not in h]
        bare += [] if "~]" in window.tree.filter_edit.placeholderText() else ["filter placeholder"]
        assert not bare, bare
    finally:
        i18n.install_translator(qapp, "vi")
        QCoreApplication.processEvents()
