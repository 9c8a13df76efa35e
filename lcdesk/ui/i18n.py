"""Installing the translators for the user interface language.

The source strings are Vietnamese (the officers' language), so "vi" needs no
``.qm`` of lcdesk's own strings; "en" loads ``resources/i18n/lcdesk_en.qm``. Qt's own
strings (the context menu of text fields, message-box and wizard buttons, Qt's file
dialog) come from ``qtbase_<lang>.qm`` when the Qt installation ships it; PySide6 ships
no ``qtbase_vi``, so for Vietnamese lcdesk loads its own ``resources/i18n/qt_vi.qm``
(written by hand in ``qt_vi.ts``). ``tools/update_translations.sh`` compiles the files.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from lcdesk.paths import resource_path

DEFAULT_LANGUAGE = "vi"
PSEUDO = "pseudo"  # for layout checks: every string bracketed and 40 % longer
SETTING_KEY = "ui_language"
# Each language names itself, in its own words (not translated on purpose).
LANGUAGE_NAMES = {"vi": "Tiếng Việt", "en": "English"}
_LOCALES = {"vi": QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam),
            "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)}

_installed: list[QTranslator] = []
_current = {"language": DEFAULT_LANGUAGE}


def qm_path(language: str):
    """The compiled translation of lcdesk's own strings into ``language``."""
    return resource_path("i18n", f"lcdesk_{language}.qm")


def available_languages() -> list[str]:
    """The language codes the interface can show: Vietnamese plus each shipped ``.qm``."""
    return [code for code in LANGUAGE_NAMES if code == DEFAULT_LANGUAGE or qm_path(code).exists()]


def current_language() -> str:
    """The language last installed by ``install_translator``."""
    return _current["language"]


def _load(directory: str, name: str) -> QTranslator | None:
    translator = QTranslator()
    return translator if translator.load(name, directory) else None


def install_translator(app: QCoreApplication, language: str) -> str:
    """Make ``language`` the interface language; returns the language actually installed.

    Unknown languages fall back to Vietnamese. Installing or removing a
    translator makes Qt post ``QEvent.LanguageChange`` to every window, whose
    widgets then re-translate themselves (``retranslate_ui``).
    """
    if language not in available_languages() and language != PSEUDO:
        language = DEFAULT_LANGUAGE
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language == PSEUDO:
        candidates = [PseudoTranslator()]
    else:
        candidates = _real_translators(language)
    for translator in candidates:
        if translator is not None and app.installTranslator(translator):
            _installed.append(translator)
    QLocale.setDefault(_LOCALES.get(language, _LOCALES["en"]))
    _current["language"] = language
    return language


def qt_qm_path(language: str):
    """lcdesk's own translation of Qt's strings, for a language Qt ships none for."""
    return resource_path("i18n", f"qt_{language}.qm")


def _real_translators(language: str) -> list[QTranslator | None]:
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates = [_load(qt_dir, f"qtbase_{language}")]
    if candidates[0] is None and qt_qm_path(language).exists():
        candidates = [_load(str(qt_qm_path(language).parent), qt_qm_path(language).stem)]
    if language != DEFAULT_LANGUAGE:
        candidates.append(_load(str(qm_path(language).parent), qm_path(language).stem))
    return candidates


class PseudoTranslator(QTranslator):
    """Brackets every string and makes it 40 % longer: strings that bypass ``tr()`` show
    up unbracketed, and layouts that clip longer translations show it (``--language pseudo``
    of ``tools/screenshots.py``)."""

    def translate(self, context, source_text, disambiguation=None, n=-1):
        padding = "~" * max(2, (len(source_text) * 2) // 5)
        return f"[{source_text}{padding}]"

    def isEmpty(self) -> bool:
        return False
