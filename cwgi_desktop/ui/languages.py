"""The interface language: which one, loading its translations, and its writing direction.

Our strings are English in the code (`self.tr`); `resources/translations/cwgi_desktop_<code>.qm`
(built from the `.ts` sources by `build/translations.py build`) translates them. Without a
`.qm` the interface stays in English. `CWGI_TRANSLATIONS_DIR` points at another folder of
`.qm` files (a translator trying their work, or the tests).
"""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator

# The six ITU languages, by their own names; English is the source language.
INTERFACE_LANGUAGES: dict[str, str] = {
    "en": "English",
    "fr": "Français",
    "es": "Español",
    "ru": "Русский",
    "zh": "中文",
    "ar": "العربية",
}
RTL_INTERFACE_LANGUAGES = frozenset({"ar"})
QT_CATALOGUE_NAMES = {"zh": "zh_CN"}
CATALOGUE = "cwgi_desktop"

_installed: list[QTranslator] = []


def translations_folder() -> Path:
    """Where our `.qm` files are: $CWGI_TRANSLATIONS_DIR, else inside the package."""
    override = os.environ.get("CWGI_TRANSLATIONS_DIR")
    if override:
        return Path(override)
    return Path(str(resources.files("cwgi_desktop").joinpath("resources").joinpath("translations")))


def system_language() -> str:
    """The system locale's language if the interface has it, else English."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("-", "_").split("_")[0].lower()
        if code in INTERFACE_LANGUAGES:
            return code
    return "en"


def effective_language(choice: str) -> str:
    """The language to show for a setting ('' = the system's; 'pseudo' for the tests)."""
    if choice == "pseudo" or choice in INTERFACE_LANGUAGES:
        return choice
    return system_language()


def catalogue_path(code: str, folder: Path | None = None) -> Path:
    return (folder or translations_folder()) / f"{CATALOGUE}_{code}.qm"


def has_translation(code: str) -> bool:
    """Whether a built catalogue with at least one translated string exists for `code`."""
    if code == "en":
        return True
    path = catalogue_path(code)
    if not path.is_file():
        return False
    probe = QTranslator()
    return probe.load(str(path)) and not probe.isEmpty()


def install_translations(app: QCoreApplication, choice: str = "") -> str:
    """Replace the installed translators with those of `choice`; returns the language used.

    Loads Qt's own strings (qtbase_<lang>) and ours, then sets the layout direction:
    right to left for Arabic. A missing catalogue leaves the English source strings.
    """
    code = effective_language(choice)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if code not in ("en", "pseudo"):
        qt = QTranslator(app)
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(f"qtbase_{QT_CATALOGUE_NAMES.get(code, code)}", qt_folder):
            app.installTranslator(qt)
            _installed.append(qt)
    if code != "pseudo":
        # English too: its catalogue holds the singular of each plural ("1 draft").
        english = QTranslator(app)
        if english.load(str(catalogue_path("en"))) and not english.isEmpty():
            app.installTranslator(english)
            _installed.append(english)
    if code != "en":
        ours = QTranslator(app)
        if ours.load(str(catalogue_path(code))):
            app.installTranslator(ours)
            _installed.append(ours)
    direction = Qt.LayoutDirection.RightToLeft if code in RTL_INTERFACE_LANGUAGES \
        else Qt.LayoutDirection.LeftToRight
    if hasattr(app, "setLayoutDirection"):
        app.setLayoutDirection(direction)
    return code


def installed_translators() -> list[QTranslator]:
    return list(_installed)
