"""The conversation view: Markdown messages, each answer with its metrics line; the streaming one re-rendered in
place."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent, QTextCursor, QTextFormat
from PySide6.QtWidgets import QPlainTextEdit, QTextBrowser, QWidget

from pipelines.chat.conversation import ChatEntry

ROLE_TITLES = {
    "user": QT_TRANSLATE_NOOP("ChatView", "You"),
    "assistant": QT_TRANSLATE_NOOP("ChatView", "Assistant"),
    "note": QT_TRANSLATE_NOOP("ChatView", "Note"),
}
RULE = QTextFormat.Property.BlockTrailingHorizontalRulerWidth  # the block of a Markdown '---' between messages


def role_title(role: str) -> str:
    """The title over a message, in the window's language."""
    return QCoreApplication.translate("ChatView", ROLE_TITLES[role]) if role in ROLE_TITLES else role


def conversation_markdown(entries: Sequence[ChatEntry], italic_footers: bool = True) -> str:
    """The messages as Markdown, each answer's figures under it (in italics but right to left: fonts with Arabic
    often have no italic face, and the figures came out as empty boxes)."""
    emphasis = "*" if italic_footers else ""
    blocks = []
    for entry in entries:
        block = f"**{role_title(entry.role)}**\n\n{entry.text or '…'}"
        if entry.footer:
            block += f"\n\n{emphasis}{entry.footer}{emphasis}"
        blocks.append(block)
    return "\n\n---\n\n".join(blocks)


class ChatView(QTextBrowser):
    """Read-only conversation; keeps the view pinned to the bottom while the user is there.

    While an answer streams only the last message is re-rendered (the ones before it do not change),
    so a long conversation costs no more per update than a short one.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenExternalLinks(False)  # a link in an answer must never open the network
        self.setOpenLinks(False)
        self._entries: list[ChatEntry] = []
        self._last_starts_at: int | None = None  # document position where the last message begins

    def set_entries(self, entries: Sequence[ChatEntry]) -> None:
        bar = self.verticalScrollBar()
        at_bottom = bar.value() >= bar.maximum() - 4
        entries = list(entries)
        unchanged_before_last = len(entries) == len(self._entries) and entries[:-1] == self._entries[:-1]
        if entries and unchanged_before_last and self._last_starts_at is not None:
            self._replace_last(entries[-1])
        else:
            self.setMarkdown(conversation_markdown(entries, self._italic_footers()))
            self._last_starts_at = self._start_of_last(entries)
        self._entries = entries
        if at_bottom:
            bar.setValue(bar.maximum())

    def _start_of_last(self, entries: list[ChatEntry]) -> int | None:
        """Where the last message begins: its title's block, the first one or right after a rule
        (None when not found: the next update renders everything again)."""
        if not entries:
            return None
        title = role_title(entries[-1].role)
        block = self.document().lastBlock()
        while block.isValid():
            before = block.previous()
            if block.text() == title and (not before.isValid() or before.blockFormat().hasProperty(RULE)):
                return block.position()
            block = before
        return None

    def _replace_last(self, entry: ChatEntry) -> None:
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._last_starts_at)
        cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        cursor.insertMarkdown(conversation_markdown([entry], self._italic_footers()))

    def entries(self) -> list[ChatEntry]:
        return list(self._entries)

    def _italic_footers(self) -> bool:
        return self.layoutDirection() != Qt.LayoutDirection.RightToLeft


class ChatInput(QPlainTextEdit):
    """Enter sends, Shift+Enter starts a new line; Tab moves on to the buttons (a tab in a question is noise)."""

    submitted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self.submitted.emit()
            return
        super().keyPressEvent(event)
