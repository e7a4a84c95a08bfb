"""Writes that must not be lost, done in order on one background thread, and retried when the disk refuses.

A full disk or a read-only data folder makes a write fail (``OSError``, ``sqlite3.Error``): the write and all
after it stay queued (the data stays in memory), ``on_problem`` gets one clear message, and the queue is
tried again every ``retry_s`` seconds until it goes through (``on_recovered``). Writes of the same ``key``
(a draft typed letter by letter, an answer growing token by token) replace each other while queued.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections import OrderedDict
from collections.abc import Callable

RETRY_S = 5.0

log = logging.getLogger(__name__)
Write = Callable[[], object]


class DurableWriter:
    """``submit`` never blocks on I/O; ``flush`` waits until everything queued is written (or has failed)."""

    def __init__(self, name: str, on_problem: Callable[[str], None] = lambda message: None,
                 on_recovered: Callable[[], None] = lambda: None, retry_s: float = RETRY_S) -> None:
        self.name, self.retry_s = name, retry_s
        self._on_problem, self._on_recovered = on_problem, on_recovered
        self._queue: OrderedDict[object, tuple[str, Write]] = OrderedDict()
        self._wake = threading.Condition()
        self._idle = threading.Event()
        self._idle.set()
        self._serial = 0
        self._closed = False
        self.problem = ""  # the current failure, "" when writes go through
        self._thread = threading.Thread(target=self._serve, name=f"writer-{name}", daemon=True)
        self._thread.start()

    def submit(self, what: str, write: Write, key: object | None = None) -> None:
        """Queue ``write`` (``what`` names it in messages); a queued write of the same ``key`` is replaced in place."""
        with self._wake:
            if key is None:
                self._serial += 1
                key = ("write", self._serial)
            self._queue[key] = (what, write)  # a replaced write keeps its place in the order
            self._idle.clear()
            self._wake.notify()

    def pending(self) -> int:
        with self._wake:
            return len(self._queue)

    def flush(self, timeout_s: float = 5.0) -> bool:
        """Wait until the queue is empty (or stuck on a failure); True when everything was written."""
        self._idle.wait(timeout_s)
        return self.pending() == 0

    def close(self, timeout_s: float = 5.0) -> bool:
        """Write what is queued (one last try) and end the thread; True when nothing was left unwritten."""
        with self._wake:
            self._closed = True
            self._wake.notify()
        self._thread.join(timeout_s)
        return self.pending() == 0

    def _serve(self) -> None:
        while True:
            with self._wake:
                while not self._queue and not self._closed:
                    self._idle.set()
                    self._wake.wait()
                if not self._queue:
                    self._idle.set()
                    return
                key, (what, write) = next(iter(self._queue.items()))
            try:
                write()
            except Exception as error:
                if not isinstance(error, (OSError, sqlite3.Error)):
                    log.exception("%s: writing %s failed", self.name, what)
                    self._on_problem(f"Could not save {what}: {type(error).__name__}: {error}")
                    self._forget(key, (what, write))
                    continue
                self._failed(what, error)
                with self._wake:
                    if self._closed:
                        self._idle.set()
                        return
                    self._idle.set()  # stuck, not busy: flush() returns
                    self._wake.wait(self.retry_s)
                continue
            self._forget(key, (what, write))
            if self.problem:
                self.problem = ""
                log.warning("%s: writing works again", self.name)
                self._on_recovered()

    def _forget(self, key: object, entry: tuple) -> None:
        """Drop a write that is done with, unless a newer one replaced it meanwhile (same key)."""
        with self._wake:
            if self._queue.get(key) == entry:
                del self._queue[key]

    def _failed(self, what: str, error: BaseException) -> None:
        message = f"Could not save {what}: {error}. It is kept in memory and saved as soon as the disk allows"
        if message != self.problem:
            self.problem = message
            log.warning("%s: %s", self.name, message)
            self._on_problem(message)
