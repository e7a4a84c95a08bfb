"""Sentences the pipelines say to users, in English, that the window shows in its own language.

The pipelines are Qt-free and the CLI prints English: a ``Phrase`` is the English text itself (a ``str``, so logs,
JSON and ``in`` tests see nothing new) that also carries its template and values. The window looks the template up
in its translations and fills the values in (``app/phrases.py``); a value that is itself a ``Phrase`` is translated
too. Templates are marked ``QT_TRANSLATE_NOOP("Pipelines", ...)`` where they are written (the context spelled out:
lupdate reads only literals; it is ``CONTEXT``), which is how ``packaging/update_translations.py`` (pyside6-lupdate)
finds them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

CONTEXT = "Pipelines"  # the translations' context of every template here


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for translation (lupdate reads the call); returns it unchanged."""
    return text


WITH_DETAIL = QT_TRANSLATE_NOOP("Pipelines", "{text} ({detail})")


class Figure(float):
    """A measured number with its decimals: written ``decimals`` places in a phrase's English, in the window's digits
    and separators where the window shows the phrase (``app/phrases.py``)."""

    decimals: int

    def __new__(cls, value: float, decimals: int = 0) -> Figure:
        figure = super().__new__(cls, value)
        figure.decimals = decimals
        return figure

    def __format__(self, spec: str) -> str:
        return format(float(self), spec or f".{self.decimals}f")

    def __reduce__(self):  # across processes with its decimals
        return Figure, (float(self), self.decimals)


class Phrase(str):
    """English text made from a template and its values, which the window translates."""

    template: str
    values: dict[str, Any]

    def __new__(cls, template: str, **values: Any) -> Phrase:
        phrase = super().__new__(cls, template.format(**values))
        phrase.template, phrase.values = template, values
        return phrase

    def __reduce__(self):  # across processes (an engine's child) as template and values, not as the English text
        return _rebuild, (self.template, self.values)


def _rebuild(template: str, values: dict[str, Any]) -> Phrase:
    return Phrase(template, **values)


def with_detail(text: str, detail: str) -> Phrase:
    """'``text`` (``detail``)', translatable as a whole (Chinese and Japanese write full-width parentheses)."""
    return Phrase(WITH_DETAIL, text=text, detail=detail)


def joined(parts: Sequence[str], separator: str = " · ") -> str:
    """The non-empty ``parts`` joined; a phrase among them keeps the whole translatable (the separators need no
    translation: the template of the joined phrase is found in none, its parts are)."""
    parts = [part for part in parts if part]
    if not any(isinstance(part, Phrase) for part in parts):
        return separator.join(parts)
    return Phrase(separator.join(f"{{p{index}}}" for index in range(len(parts))),
                  **{f"p{index}": part for index, part in enumerate(parts)})
