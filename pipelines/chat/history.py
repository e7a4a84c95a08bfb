"""Chat history in a local SQLite file: conversations, messages, search, delete, Markdown export.

Every call opens its own short connection, so any worker thread may use the store; nothing here
ever touches the network.
"""

from __future__ import annotations

import contextlib
import sqlite3
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

SCHEMA = """
CREATE TABLE IF NOT EXISTS conversations (
    id INTEGER PRIMARY KEY, title TEXT NOT NULL, created REAL NOT NULL, updated REAL NOT NULL);
CREATE TABLE IF NOT EXISTS messages (
    id INTEGER PRIMARY KEY, conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    role TEXT NOT NULL, content TEXT NOT NULL, stats TEXT NOT NULL DEFAULT '', created REAL NOT NULL);
CREATE INDEX IF NOT EXISTS messages_by_conversation ON messages(conversation_id, id);
"""
TITLE_CHARS = 60


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


class HistoryStore:
    """All conversations of one user, in ``path``."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        with self._connect() as db:
            db.executescript(SCHEMA)

    @contextlib.contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        db = sqlite3.connect(self.path, timeout=5)
        try:
            db.execute("PRAGMA foreign_keys = ON")
            with db:
                yield db
        finally:
            db.close()

    def new_conversation(self, first_message: str) -> int:
        title = " ".join(first_message.split())[:TITLE_CHARS] or "New chat"
        now = time.time()
        with self._connect() as db:
            return db.execute("INSERT INTO conversations (title, created, updated) VALUES (?, ?, ?)", (title, now, now)).lastrowid

    def add_message(self, conversation_id: int, role: str, content: str, stats: str = "") -> None:
        now = time.time()
        with self._connect() as db:
            db.execute("INSERT INTO messages (conversation_id, role, content, stats, created) VALUES (?, ?, ?, ?, ?)",
                       (conversation_id, role, content, stats, now))
            db.execute("UPDATE conversations SET updated = ? WHERE id = ?", (now, conversation_id))

    def remove_last_reply(self, conversation_id: int) -> None:
        """Forget the newest assistant message (before regenerating it)."""
        with self._connect() as db:
            db.execute("DELETE FROM messages WHERE id = (SELECT MAX(id) FROM messages WHERE conversation_id = ? AND role = 'assistant')",
                       (conversation_id,))

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
            rows = db.execute("SELECT role, content, stats FROM messages WHERE conversation_id = ? ORDER BY id", (conversation_id,))
            return [StoredMessage(*row) for row in rows]

    def delete(self, conversation_id: int) -> None:
        with self._connect() as db:
            db.execute("DELETE FROM conversations WHERE id = ?", (conversation_id,))

    def export_markdown(self, conversation_id: int) -> str:
        with self._connect() as db:
            row = db.execute("SELECT title FROM conversations WHERE id = ?", (conversation_id,)).fetchone()
        lines = [f"# {row[0] if row else 'Conversation'}", ""]
        for message in self.messages(conversation_id):
            lines += [f"**{message.role.capitalize()}:**", "", message.content, ""]
            if message.stats:
                lines += [f"*{message.stats}*", ""]
        return "\n".join(lines)
