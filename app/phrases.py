"""The pipelines' phrases (``pipelines/phrases.py``) in the window's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.locale_format import window_numbers
from pipelines.errors import ShowcaseError
from pipelines.phrases import CONTEXT, Figure, Phrase


def translated(text: str) -> str:
    """``text`` in the window's language where it is a phrase the translations know (its values too, a whole number
    or a ``Figure`` in the window's digits: an Arabic footer read 'توقف عند حد 512 رمزًا' among Arabic-Indic figures),
    else as is."""
    if not isinstance(text, Phrase):
        return text
    values = {name: _in_window(value) for name, value in text.values.items()}
    return QCoreApplication.translate(CONTEXT, text.template).format(**values)


def _in_window(value: object) -> object:
    if isinstance(value, str):
        return translated(value)
    if isinstance(value, Figure):
        return window_numbers().number(value, value.decimals)
    if isinstance(value, int) and not isinstance(value, bool):
        return window_numbers().number(value)
    return value


def error_line(error: ShowcaseError) -> str:
    """An error's one line (message, and its hint in parentheses) in the window's language."""
    message, hint = translated(error.message), translated(error.hint)
    return f"{message} ({hint})" if hint else message
