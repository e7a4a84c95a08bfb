"""The window's languages: which one it speaks (``--lang``, else the ``app/language`` setting, else the system's),
the translators that load it (the app's ``assets/i18n/edge_showcase_<lang>.qm``, compiled by ``models build``, and
Qt's own ``qtbase_<lang>.qm`` for the standard dialogs' buttons), the list the View > Language menu offers, and the
command that restarts the app in a new language.

Qt is imported only where a translator is installed: the CLI's parser checks ``--lang`` without it.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from pipelines.bundled import asset_path
from pipelines.chat.languages import ENGLISH, LANGUAGE_NAMES, UnknownLanguage, normalize_language

if TYPE_CHECKING:
    from PySide6.QtCore import QTranslator
    from PySide6.QtWidgets import QApplication

SYSTEM = ""  # the setting's value that means "the system's language"
FILE_CODES = {"zh": "zh_CN"}  # a language's code in its .ts/.qm file names where it differs (the one Chinese here)
# Each language in its own name, in the menu's order: the chat's languages (its default prompt follows the window's).
LANGUAGES = {FILE_CODES.get(code, code): name for code, name in LANGUAGE_NAMES.items()}
RIGHT_TO_LEFT = {"ar"}
TRANSLATIONS = "i18n"  # the assets folder holding the .ts sources and the compiled .qm files


def qm_path(code: str) -> Path:
    """The compiled translation of the window into ``code``."""
    return asset_path(f"{TRANSLATIONS}/edge_showcase_{code}.qm")


def supported(code: str) -> str | None:
    """The window's language for a language tag ('de', 'de_DE', 'de-AT' -> 'de'; every Chinese -> 'zh_CN', the one
    Chinese the window has), None when the window does not speak it."""
    try:
        base = normalize_language(code)
    except UnknownLanguage:
        return None
    return FILE_CODES.get(base, base)


def chosen_language(requested: str | None, remembered: str, system: Iterable[str]) -> str:
    """The language to start in: ``--lang``, else the remembered setting, else the first of the system's UI
    languages the window speaks, else English."""
    for code in (requested or "", remembered, *system):
        if code and (language := supported(code)):
            return language
    return ENGLISH


def load_translators(code: str) -> tuple[QTranslator | None, QTranslator | None]:
    """``code``'s translators, the app's own and Qt's (the standard dialogs' buttons), each None where its .qm file
    is missing or unreadable."""
    from PySide6.QtCore import QLibraryInfo, QTranslator

    own, qt = QTranslator(), QTranslator()
    own_found = own.load(str(qm_path(code)))
    qt_found = qt.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    return own if own_found else None, qt if qt_found else None


def install_translators(app: QApplication, code: str) -> str:
    """Load ``code``'s translations into ``app`` (right to left for Arabic); '' when done, else the one line saying
    why the window stays in English (a missing or unreadable .qm file)."""
    from PySide6.QtCore import Qt

    if code == ENGLISH:
        return ""
    own, qt = load_translators(code)
    if own is None:
        return (f"The window stays in English: no translation for {LANGUAGES[code]} at {qm_path(code)} "
                "('edge-showcase models build' compiles it)")
    for translator in (own, qt) if qt is not None else (own,):
        translator.setParent(app)  # kept as long as the application
        app.installTranslator(translator)
    if code in RIGHT_TO_LEFT:
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    return ""


def restart_command(argv: list[str]) -> list[str]:
    """The command that starts the app again as it was started, without a ``--lang`` that would override the language
    just chosen in the menu."""
    kept, skip = [], False
    for argument in argv[1:]:
        if skip:
            skip = False
        elif argument == "--lang":
            skip = True
        elif not argument.startswith("--lang="):
            kept.append(argument)
    if getattr(sys, "frozen", False):  # the installers' bundle: the executable is the app
        return [sys.executable, *kept]
    return [sys.executable, "-m", "app", *kept]
