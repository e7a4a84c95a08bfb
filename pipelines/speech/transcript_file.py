"""The transcript so far, kept on disk as it grows and read back at start.

One JSON line per sentence, each with its place in the transcript (``"at"``): a new sentence is appended, so saving
costs the same at the 20,000th sentence as at the first (rewriting the whole file took 1 s there, holding the GIL);
a sentence completed later (its original under a translation) is appended again at its place, and the later line
wins. A clear, or the demo's last pass making way, rewrites the file atomically. Appends are idempotent: one retried
after a failed write lands at the same place. Files of the first format (one JSON array) are read too.
"""

from __future__ import annotations

import contextlib
import json
import os
import threading
from collections.abc import Callable
from pathlib import Path

from pipelines.speech.protocol import Final, Word, merge_final
from pipelines.storage.atomic_file import write_atomically

Submit = Callable[[Callable[[], object]], None]  # queues a write on the durable writer's thread


def _line(at: int, final: Final) -> str:
    return json.dumps(
        {
            "at": at,
            "text": final.text,
            "start": final.start_s,
            "end": final.end_s,
            "words": [[w.word, w.start, w.end, w.conf] for w in final.words],
            "source": final.source,
            "language": final.language,
            "translated": final.translated,
            "original": final.original,
        },
        ensure_ascii=False,
    ) + "\n"


def _final(item: dict) -> Final:
    return Final(
        item["text"],
        tuple(Word(*word) for word in item["words"]),
        item["start"],
        item["end"],
        item.get("source", ""),
        item.get("language", ""),
        translated=bool(item.get("translated", False)),
        original=item.get("original", ""),
    )


def save_finals(path: Path, finals: list[Final]) -> None:
    """Write the whole transcript (atomically: the old file or the new one, never half of each)."""
    write_atomically(path, "".join(_line(at, final) for at, final in enumerate(finals)))


def append_finals(path: Path, at: int, finals: list[Final]) -> None:
    """Add ``finals`` from place ``at`` on (flushed to disk). A line cut short by an earlier failed write is ended
    first, so it costs itself only."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a+b") as stream:
        if stream.tell() > 0:
            stream.seek(-1, os.SEEK_END)
            if stream.read(1) != b"\n":
                stream.write(b"\n")
        stream.write("".join(_line(at + index, final) for index, final in enumerate(finals)).encode("utf-8"))
        stream.flush()
        os.fsync(stream.fileno())


def load_finals(path: Path) -> list[Final]:
    """The saved transcript; empty when there is none or it cannot be read (a damaged line is skipped, a damaged
    file is not fatal). A file with lines to spare (sentences completed later, damage, the first format) is written
    again compact."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, ValueError):
        return []
    if text.lstrip().startswith("["):  # the first format: one JSON array
        try:
            finals = [_final(item) for item in json.loads(text)]
        except (ValueError, KeyError, TypeError):
            return []
        lines = -1
    else:
        finals, lines = _read_lines(text)
    if lines != len(finals):
        with contextlib.suppress(OSError):  # read-only or full: the next start tries again
            save_finals(path, finals)
    return finals


def _read_lines(text: str) -> tuple[list[Final], int]:
    """The finals of a JSON-lines file, each line at its place (a later line for a place replaces the earlier one),
    and the number of lines."""
    finals: list[Final] = []
    lines = text.splitlines()
    for line in lines:
        try:
            item = json.loads(line)
            final, at = _final(item), int(item["at"])
        except (ValueError, KeyError, TypeError):
            continue
        if 0 <= at < len(finals):
            finals[at] = final
        else:
            finals.append(final)
    return finals, len(lines)


Change = Callable[[list[Final]], list[Final]]


class KeptTranscript:
    """Every sentence said so far, surviving app restarts: read on a thread at start (20,000 sentences took 2 s), then
    each change saved through ``submit`` (the durable writer's queue, in order). Nothing waits for that read: a change
    made before it ends applies at once to the sentences heard since the start, and to the whole transcript when the
    read ends (saved then); ``on_read`` is called on the reading thread once it has."""

    def __init__(self, path: Path, submit: Submit, on_read: Callable[[], None] = lambda: None) -> None:
        self.path = path
        self._submit = submit
        self._finals: list[Final] = []
        self._lock = threading.Lock()  # the reading thread's hand-over against the UI thread's changes
        self._before_read: list[Change] | None = []  # the changes made while the file was read; None once read
        self._reading = threading.Thread(target=self._read, args=(on_read,), name="transcript-read", daemon=True)
        self._reading.start()

    def _read(self, on_read: Callable[[], None]) -> None:
        finals = load_finals(self.path)
        with self._lock:
            changes, self._before_read = self._before_read or [], None
            for change in changes:
                finals = change(finals)
            self._finals = finals
            if changes:
                self._save_whole()
        on_read()

    def wait_for_read(self, timeout_s: float) -> bool:
        """Closing: the read at start gets ``timeout_s`` to end, so the changes made meanwhile reach the writer."""
        self._reading.join(timeout_s)
        return not self._reading.is_alive()

    def is_read(self) -> bool:
        with self._lock:
            return self._before_read is None

    @property
    def finals(self) -> list[Final]:
        """The sentences, those read from the file once they are (not to be changed in place: ``add``, ``merge``,
        ``drop`` and ``clear`` save what they change)."""
        return self._finals

    def add(self, finals: list[Final]) -> None:
        if finals:
            before = self._change(lambda kept: [*kept, *finals])
            if before is not None:
                self._append(len(before), finals)

    def merge(self, final: Final) -> None:
        """``final`` added, or in place of the last sentence where it is the same one completed (``merge_final``)."""
        if self._change(lambda kept: merge_final(kept, final)) is not None:
            self._append(len(self._finals) - 1, [final])

    def drop(self, unwanted: Callable[[Final], bool]) -> None:
        """The sentences ``unwanted`` picks removed (the demo's last pass): the file is written again whole."""
        before = self._change(lambda kept: [final for final in kept if not unwanted(final)])
        if before is not None and len(before) != len(self._finals):
            self._save_whole()

    def clear(self) -> None:
        if self._change(lambda kept: []) is not None:
            self._save_whole()

    def _change(self, change: Change) -> list[Final] | None:
        """``change`` applied to the sentences; returns those before it for the caller to save what changed, or None
        while the file is being read (the change is applied to it and saved when the read ends)."""
        with self._lock:
            before = self._finals
            self._finals = change(before)
            if self._before_read is not None:
                self._before_read.append(change)
                return None
            return before

    def _save_whole(self) -> None:
        path, kept = self.path, self._finals
        self._submit(lambda: save_finals(path, kept))

    def _append(self, at: int, finals: list[Final]) -> None:
        path = self.path
        self._submit(lambda: append_finals(path, at, finals))
