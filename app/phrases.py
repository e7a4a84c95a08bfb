"""The pipelines' phrases (``pipelines/phrases.py``) in the window's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from pipelines.errors import ShowcaseError
from pipelines.phrases import CONTEXT, Phrase


def translated(text: str) -> str:
    """``text`` in the window's language where it is a phrase the translations know (its values too), else as is."""
    if not isinstance(text, Phrase):
        return text
    values = {name: translated(value) if isinstance(value, str) else value for name, value in text.values.items()}
    return QCoreApplication.translate(CONTEXT, text.template).format(**values)


def error_line(error: ShowcaseError) -> str:
    """An error's one line (message, and its hint in parentheses) in the window's language."""
    message, hint = translated(error.message), translated(error.hint)
    return f"{message} ({hint})" if hint else message
