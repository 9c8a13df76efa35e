"""Menu actions of the main windows (the officer's window and the office desk): named, with
their shortcut, and the language menu, whose entries name their language in itself."""

from __future__ import annotations

from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from lcdesk.ui import i18n


def make_action(parent: QWidget, name: str, slot, shortcut=None, checkable: bool = False) -> QAction:
    """An action called ``name`` (its object name, for tests and accessibility) running ``slot``."""
    action = QAction(parent)
    action.setObjectName(name)
    action.setCheckable(checkable)
    action.triggered.connect(slot)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    return action


def language_actions(window: QWidget, menu: QMenu) -> dict[str, QAction]:
    """{language code: its entry in ``menu``}, one checked at a time; choosing one calls
    ``window.set_language(code)``."""
    group = QActionGroup(window)
    actions: dict[str, QAction] = {}
    for code in i18n.available_languages():
        action = make_action(window, f"action_lang_{code}", lambda _checked=False, c=code: window.set_language(c),
                             checkable=True)
        action.setText(i18n.LANGUAGE_NAMES[code])  # a language names itself, untranslated
        group.addAction(action)
        menu.addAction(action)
        actions[code] = action
    return actions


def check_current_language(actions: dict[str, QAction]) -> None:
    current = i18n.current_language()
    if current in actions:
        actions[current].setChecked(True)


def use_language(store, language: str) -> None:
    """Switch the interface language now and remember it in ``store``."""
    installed = i18n.install_translator(QApplication.instance(), language)
    store.set_setting(i18n.SETTING_KEY, installed)
