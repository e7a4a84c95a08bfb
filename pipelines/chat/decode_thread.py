"""One long-lived thread for every llama.cpp call of an engine.

llama.cpp's CPU backend parallelises each token with OpenMP (libgomp). libgomp keeps a team of threads
per calling thread, and once the process holds more OpenMP threads than cores it stops spin-waiting
at its barriers and sleeps instead: every token then pays a futex wake-up. Measured here (2 cores,
SmolLM2, 2 threads): 107-114 tokens/s from one thread, 31-42 tokens/s as soon as a second thread had
called in (a reply worker, the loader, the main thread). So an engine loads, decodes and unloads on
this one thread, whichever thread asks, below the other pipelines' priority (``CHAT_NICENESS``).
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Generator
from dataclasses import dataclass
from typing import Any, TypeVar

from pipelines.runtime.thread_priority import CHAT_NICENESS, lower_this_threads_priority

T = TypeVar("T")
R = TypeVar("R")


@dataclass(frozen=True)
class _Returned:
    """The end of a relayed stream, with its generator's return value."""

    value: Any


class DecodeThread:
    """Runs submitted calls in order on one thread; ``call`` waits for a result, ``stream`` relays an iterator."""

    def __init__(self, name: str) -> None:
        self._jobs: queue.SimpleQueue[Callable[[], None] | None] = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._serve, name=name, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        lower_this_threads_priority(CHAT_NICENESS)
        while (job := self._jobs.get()) is not None:
            job()

    def call(self, function: Callable[[], T]) -> T:
        """``function()`` on the decode thread; its exception is raised here."""
        done = threading.Event()
        outcome: dict[str, Any] = {}

        def job() -> None:
            try:
                outcome["value"] = function()
            except BaseException as error:
                outcome["error"] = error
            done.set()

        self._jobs.put(job)
        done.wait()
        if "error" in outcome:
            raise outcome["error"]
        return outcome["value"]

    def stream(self, produce: Callable[[], Generator[T, None, R]]) -> Generator[T, None, R]:
        """Items of ``produce()`` (run on the decode thread) as they come, then its return value; closing this
        iterator stops it at its next item."""
        items: queue.SimpleQueue = queue.SimpleQueue()
        stopped = threading.Event()

        def job() -> None:
            source = None
            try:
                source = produce()
                while not stopped.is_set():
                    items.put(next(source))
            except StopIteration as end:
                items.put(_Returned(end.value))
            except BaseException as error:
                items.put(error)
            finally:
                if source is not None:
                    source.close()

        self._jobs.put(job)
        try:
            while not isinstance(item := items.get(), _Returned):
                if isinstance(item, BaseException):
                    raise item
                yield item
            return item.value
        finally:
            stopped.set()

    def close(self) -> None:
        """End the thread once the calls already submitted are done."""
        self._jobs.put(None)
