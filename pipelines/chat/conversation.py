"""One chat as data, without Qt: the messages the engine reads, the entries the view shows, the conversation's id in
the history, and what is saved there and when. The Chat panel (``app/panels/chat_panel.py``) shows it.

Writes go through a ``DurableWriter`` in order (kept in memory while the disk refuses). A question is saved as it is
sent, its answer while it streams (at most every ``ANSWER_SAVE_S``) and once more when it ends, or with the part
streamed when it fails. A scripted chat (the attract loop's) is never saved, and the chat it set aside comes back.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from pipelines.chat.history import INTERRUPTED, STREAMING, HistoryStore, StoredMessage, new_id
from pipelines.chat.protocol import ChatEngine, GenerationSettings, Message
from pipelines.chat.reply import ReplyDone, ReplyEvent, ReplyPiece, stream_reply
from pipelines.errors import ShowcaseError
from pipelines.locale_numbers import C_NUMBERS, NumberFormat
from pipelines.phrases import QT_TRANSLATE_NOOP, Phrase, with_detail
from pipelines.storage.durable_writer import DurableWriter

ANSWER_SAVE_S = 0.5  # a streaming answer is saved at most this often
THINKING = QT_TRANSLATE_NOOP("Pipelines", "thinking...")
NOTE = QT_TRANSLATE_NOOP("Pipelines", "note: {note}")
ReplyLoop = Callable[[Callable[[], bool]], Iterator[ReplyEvent]]


@dataclass(frozen=True)
class ChatEntry:
    """One message as shown: who ('user', 'assistant' or 'note'), the Markdown text, and the line under it."""

    role: str
    text: str
    footer: str = ""


@dataclass(frozen=True)
class _Chat:
    """A conversation on screen, as set aside while a script plays."""

    messages: list[Message]
    entries: list[ChatEntry]
    id: int | None


class Conversation:
    """The chat on screen; ``store`` (once opened) keeps it in the history through ``writer``."""

    def __init__(
        self, writer: DurableWriter, store: HistoryStore | None = None, numbers: NumberFormat = C_NUMBERS
    ) -> None:
        self.writer, self.store = writer, store
        self.numbers = numbers  # the answers' figures, as shown and saved (the window gives its locale's)
        self.messages: list[Message] = []
        self.entries: list[ChatEntry] = []
        self.id: int | None = None  # in the history; chosen when the first answer starts
        self.last_done: ReplyDone | None = None
        self._set_aside: _Chat | None = None  # the visitor's chat, while a script plays

    @property
    def scripted(self) -> bool:
        """True while a script holds the chat."""
        return self._set_aside is not None

    @property
    def saving(self) -> bool:
        """What is said is kept in the history (a store is open and no script plays)."""
        return self.store is not None and not self.scripted

    def ask(self, text: str) -> None:
        self.messages.append(Message("user", text))
        self.entries.append(ChatEntry("user", text))

    def note(self, message: str) -> None:
        self.entries.append(ChatEntry("note", message))

    def last_answer(self) -> str:
        return next((m.content for m in reversed(self.messages) if m.role == "assistant"), "")

    def has_answer_text(self) -> bool:
        return bool(self.entries) and self.entries[-1].role == "assistant" and bool(self.entries[-1].text)

    def can_regenerate(self) -> bool:
        return bool(self.messages) and self.messages[-1].role == "assistant"

    def start_answer(
        self, engine: ChatEngine, system_prompt: str, settings: GenerationSettings, regenerating: bool = False
    ) -> ReplyLoop:
        """Begin the answer to the last question: the question (or, ``regenerating``, the last answer's removal)
        and the emptied draft are queued for the history, a 'thinking...' entry added, and the loop returned that
        streams the answer on a worker, saving it as it grows."""
        if regenerating:
            self.messages.pop()
            while self.entries and self.entries[-1].role != "user":
                self.entries.pop()
        store, writer, numbers = (self.store if self.saving else None), self.writer, self.numbers
        messages = [Message("system", system_prompt), *self.messages] if system_prompt else list(self.messages)
        question, earlier = self.messages[-1].content, self.id
        conversation = self.id = self.id or new_id()
        question_id, answer_id = new_id(), new_id()  # chosen now: the history's order is the conversation's
        if store is not None:
            if regenerating and earlier is not None:
                writer.submit("the chat history", lambda: store.remove_last_reply(conversation))
            writer.submit("the chat history", lambda: store.new_conversation(question, conversation))
            if not regenerating:
                writer.submit(
                    "your message", lambda: store.add_message(conversation, "user", question, message_id=question_id)
                )
            writer.submit("the chat draft", lambda: store.set_draft(""), key="draft")
        self.entries.append(ChatEntry("assistant", "", Phrase(THINKING)))

        def save_answer(text: str, stats: str, stop_reason: str = "") -> None:
            if store is not None:
                writer.submit(
                    "the answer",
                    lambda: store.add_message(conversation, "assistant", text, stats, answer_id, stop_reason),
                    key=answer_id,
                )

        def loop(should_stop: Callable[[], bool]) -> Iterator[ReplyEvent]:
            """On the worker: stream the answer, saving it as it grows; a failure keeps the part streamed."""
            text, saved_at = "", 0.0
            try:
                for event in stream_reply(engine, messages, settings, should_stop):
                    if isinstance(event, ReplyPiece):
                        text = event.text_so_far
                        if time.monotonic() - saved_at > ANSWER_SAVE_S:
                            save_answer(text, STREAMING)
                            saved_at = time.monotonic()
                    else:
                        save_answer(event.text, event.footer(numbers), event.stop_reason)
                    yield event
            except ShowcaseError as error:
                if text:
                    save_answer(text, with_detail(Phrase(INTERRUPTED), error.message))
                raise

        return loop

    def show_piece(self, piece: ReplyPiece) -> None:
        """The answer so far, with the context note while the prompt had to be shortened."""
        note = piece.context_note and Phrase(NOTE, note=piece.context_note)
        self.entries[-1] = ChatEntry("assistant", piece.text_so_far, note)

    def finish(self, done: ReplyDone) -> None:
        self.last_done = done
        self.messages.append(Message("assistant", done.text))
        self.entries[-1] = ChatEntry("assistant", done.text, done.footer(self.numbers))

    def fail(self, message: str) -> None:
        """The answer failed: the part already streamed stays (the loop saved it), marked; else a note says why."""
        partial = self.entries[-1].text if self.entries and self.entries[-1].role == "assistant" else ""
        if partial:
            self.entries[-1] = ChatEntry("assistant", partial, with_detail(Phrase(INTERRUPTED), message))
            self.messages.append(Message("assistant", partial))
        else:
            self.entries[-1] = ChatEntry("note", message)

    def clear(self) -> None:
        """A new, empty chat (saved from its first answer on)."""
        self.messages, self.entries, self.id, self.last_done = [], [], None, None

    def open(self, conversation_id: int, stored: Sequence[StoredMessage]) -> None:
        """Show a conversation from the history; it goes on where it ended."""
        self.id = conversation_id
        self.messages = [Message(m.role, m.content) for m in stored]
        self.entries = [ChatEntry(m.role, m.content, m.stats) for m in stored]

    def begin_script(self) -> None:
        """A script takes the chat: the one on screen is set aside (``end_script`` brings it back) and a new one
        begins, kept out of the history."""
        if self._set_aside is None:
            self._set_aside = _Chat(self.messages, self.entries, self.id)
        self.clear()

    def end_script(self) -> bool:
        """The chat set aside is back, as it was left; False when no script played."""
        if self._set_aside is None:
            return False
        chat, self._set_aside = self._set_aside, None
        self.messages, self.entries, self.id, self.last_done = chat.messages, chat.entries, chat.id, None
        return True

    def save_draft(self, text: str) -> None:
        """Keep the unsent text of the chat box (the newest only, while writes wait)."""
        if self.store is not None:
            store = self.store
            self.writer.submit("the chat draft", lambda: store.set_draft(text), key="draft")
