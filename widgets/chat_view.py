"""The conversation view: Markdown answers, a lighter style for the text still streaming, metrics lines."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QPlainTextEdit, QTextBrowser, QWidget

ROLE_TITLES = {"user": "You", "assistant": "Assistant", "note": "Note"}


@dataclass(frozen=True)
class ChatEntry:
    """One message as shown: who, the Markdown text, and the line under it (metrics or a note)."""

    role: str
    text: str
    footer: str = ""


def conversation_markdown(entries: Sequence[ChatEntry]) -> str:
    blocks = []
    for entry in entries:
        block = f"**{ROLE_TITLES.get(entry.role, entry.role)}**\n\n{entry.text or '…'}"
        if entry.footer:
            block += f"\n\n*{entry.footer}*"
        blocks.append(block)
    return "\n\n---\n\n".join(blocks)


class ChatView(QTextBrowser):
    """Read-only conversation; keeps the view pinned to the bottom while the user is there."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenExternalLinks(False)  # a link in an answer must never open the network
        self.setOpenLinks(False)
        self._entries: list[ChatEntry] = []

    def set_entries(self, entries: Sequence[ChatEntry]) -> None:
        bar = self.verticalScrollBar()
        at_bottom = bar.value() >= bar.maximum() - 4
        self._entries = list(entries)
        self.setMarkdown(conversation_markdown(self._entries))
        if at_bottom:
            bar.setValue(bar.maximum())

    def entries(self) -> list[ChatEntry]:
        return list(self._entries)


class ChatInput(QPlainTextEdit):
    """Enter sends, Shift+Enter starts a new line."""

    submitted = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.submitted.emit()
            return
        super().keyPressEvent(event)
