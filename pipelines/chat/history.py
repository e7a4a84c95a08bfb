"""Chat history in a local SQLite file: conversations, messages (an answer with its figures and why it ended), the
unsent draft, search, delete, export.

Every call opens its own short connection (one transaction), so any worker thread may use the store;
nothing here ever touches the network. Ids are chosen by the app (``new_id``), so a write can wait in a
queue while the disk is full and later writes can still name what it creates. An answer is saved while it
streams (marked ``STREAMING``); one still so marked when the store opens was cut off by a crash and is
marked ``INTERRUPTED``.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from pipelines.locale_numbers import C_NUMBERS, NumberFormat
from pipelines.phrases import QT_TRANSLATE_NOOP

SCHEMA = """
CREATE TABLE IF NOT EXISTS conversations (
    id INTEGER PRIMARY KEY, title TEXT NOT NULL, created REAL NOT NULL, updated REAL NOT NULL);
CREATE TABLE IF NOT EXISTS messages (
    id INTEGER PRIMARY KEY, conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    role TEXT NOT NULL, content TEXT NOT NULL, stats TEXT NOT NULL DEFAULT '', created REAL NOT NULL);
CREATE INDEX IF NOT EXISTS messages_by_conversation ON messages(conversation_id, id);
CREATE TABLE IF NOT EXISTS drafts (name TEXT PRIMARY KEY, text TEXT NOT NULL);
"""
# Added later (a history from before has messages without it): why an answer ended, ``protocol.StopReason``;
# '' for questions and for answers still streaming, cut off, or saved before.
STOP_REASON_COLUMN = "ALTER TABLE messages ADD COLUMN stop_reason TEXT NOT NULL DEFAULT ''"
TITLE_CHARS = 60
STREAMING = "streaming..."
INTERRUPTED = QT_TRANSLATE_NOOP("Pipelines", "interrupted: the answer was cut off")
_last_id = 0
_id_lock = threading.Lock()


def new_id() -> int:
    """A fresh id for a conversation or message: microseconds since 1970, strictly increasing in this process."""
    global _last_id
    with _id_lock:
        _last_id = max(_last_id + 1, time.time_ns() // 1000)
        return _last_id


@dataclass(frozen=True)
class Conversation:
    id: int
    title: str
    updated: float


@dataclass(frozen=True)
class StoredMessage:
    role: str
    content: str
    stats: str
    stop_reason: str = ""


class HistoryStore:
    """All conversations of one user, in ``path``."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        with self._connect() as db:
            db.executescript(SCHEMA)
            if "stop_reason" not in {row[1] for row in db.execute("PRAGMA table_info(messages)")}:
                db.execute(STOP_REASON_COLUMN)
            db.execute("UPDATE messages SET stats = ? WHERE stats = ?", (INTERRUPTED, STREAMING))

    @contextlib.contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        db = sqlite3.connect(self.path, timeout=5)
        try:
            db.execute("PRAGMA foreign_keys = ON")
            with db:
                yield db
        finally:
            db.close()

    def new_conversation(self, first_message: str, conversation_id: int | None = None) -> int:
        title = " ".join(first_message.split())[:TITLE_CHARS] or "New chat"
        now = time.time()
        conversation_id = conversation_id or new_id()
        with self._connect() as db:
            db.execute("INSERT OR IGNORE INTO conversations (id, title, created, updated) VALUES (?, ?, ?, ?)",
                       (conversation_id, title, now, now))
        return conversation_id

    def add_message(
        self, conversation_id: int, role: str, content: str, stats: str = "", message_id: int | None = None,
        stop_reason: str = "",
    ) -> None:
        """Add a message, or (same ``message_id``) replace it: an answer saved again as it grows."""
        now = time.time()
        with self._connect() as db:
            db.execute(
                "INSERT OR REPLACE INTO messages (id, conversation_id, role, content, stats, created, stop_reason) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (message_id or new_id(), conversation_id, role, content, stats, now, stop_reason),
            )
            db.execute("UPDATE conversations SET updated = ? WHERE id = ?", (now, conversation_id))

    def set_draft(self, text: str) -> None:
        """Keep the unsent text of the chat box."""
        with self._connect() as db:
            db.execute("INSERT OR REPLACE INTO drafts (name, text) VALUES ('chat', ?)", (text,))

    def draft(self) -> str:
        with self._connect() as db:
            row = db.execute("SELECT text FROM drafts WHERE name = 'chat'").fetchone()
        return row[0] if row else ""

    def remove_last_reply(self, conversation_id: int) -> None:
        """Forget the newest assistant message (before regenerating it)."""
        with self._connect() as db:
            db.execute(
                "DELETE FROM messages WHERE id = (SELECT MAX(id) FROM messages WHERE conversation_id = ? AND role = "
                "'assistant')",
                (conversation_id,),
            )

    def conversations(self, search: str = "") -> list[Conversation]:
        """Newest first; ``search`` matches titles and message text (case-insensitive)."""
        query = "SELECT id, title, updated FROM conversations"
        params: tuple = ()
        if search.strip():
            pattern = f"%{search.strip()}%"
            query += " WHERE title LIKE ? OR id IN (SELECT conversation_id FROM messages WHERE content LIKE ?)"
            params = (pattern, pattern)
        with self._connect() as db:
            return [Conversation(*row) for row in db.execute(query + " ORDER BY updated DESC", params)]

    def messages(self, conversation_id: int) -> list[StoredMessage]:
        with self._connect() as db:
            rows = db.execute(
                "SELECT role, content, stats, stop_reason FROM messages WHERE conversation_id = ? ORDER BY id",
                (conversation_id,),
            )
            return [StoredMessage(*row) for row in rows]

    def delete(self, conversation_id: int) -> None:
        with self._connect() as db:
            db.execute("DELETE FROM conversations WHERE id = ?", (conversation_id,))

    def export_markdown(self, conversation_id: int, numbers: NumberFormat = C_NUMBERS) -> str:
        """The conversation as Markdown for a person: its title, when it began (the date and time in ``numbers``:
        the window gives its locale's), each message with the figures saved under it."""
        with self._connect() as db:
            row = db.execute("SELECT title, created FROM conversations WHERE id = ?", (conversation_id,)).fetchone()
        lines = [f"# {row[0] if row else 'Conversation'}", ""]
        if row:
            lines += [f"*{numbers.date_time(datetime.fromtimestamp(row[1]))}*", ""]
        for message in self.messages(conversation_id):
            lines += [f"**{message.role.capitalize()}:**", "", message.content, ""]
            if message.stats:
                lines += [f"*{message.stats}*", ""]
        return "\n".join(lines)
