"""How the machine's cores are shared between the live pipelines: a thread count per engine.

Each engine sizes its pool to the whole machine when left alone (onnxruntime's intra-op pool, llama.cpp's
``n_threads``, CTranslate2's ``cpu_threads``); three of them at once put six busy threads on two cores,
and llama.cpp's per-token barrier (every thread must finish its slice before the next token) collapses
first. The split gives each live pipeline a share: alone, a pipeline gets every core (chat all but one);
together, speech keeps a thread of its own (dropped audio loses words), chat gets about half of the rest (its barrier
needs threads that are not preempted), detection the remainder, and on larger machines two cores stay
free for the UI thread and the OS. The figures behind it are ``bench dashboard``'s (README, Performance).

``CorePlan`` tracks which pipelines are live in the running app and tells subscribers when the split
changes, so each engine can adopt its new count (llama.cpp live, between replies; onnxruntime by
re-creating its session; Whisper at its next load).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Collection

from pipelines.names import PIPELINES, Pipeline

RESERVED_FOR_UI = 2  # cores left to the UI thread and the OS on larger machines
# Past these the small bundled models stop scaling.
ENGINE_MAX_THREADS: dict[str, int] = {Pipeline.DETECTION: 4, Pipeline.SPEECH: 4, Pipeline.CHAT: 8}


def thread_split(cores: int, live: Collection[str]) -> dict[str, int]:
    """Threads per pipeline in ``live`` on a machine with ``cores`` logical cores (each at least 1)."""
    cores = max(1, cores)
    running = [pipeline for pipeline in PIPELINES if pipeline in live]
    if len(running) == 1:
        (only,) = running
        # Chat never takes the last core: llama.cpp's per-token barrier collapses as soon as anything else runs (on 2
        # cores, beside one busy process: 0.2 tokens/s with 2 threads, 90-98 with 1; alone 106-118 vs 81-91), and
        # onnxruntime-genai is as fast on 1 thread as on 2 (125-130 vs 104-145 alone, 140 vs 115-121 beside).
        spare = 1 if only == Pipeline.CHAT else 0
        return {only: max(1, min(cores - spare, ENGINE_MAX_THREADS[only]))}
    usable = cores - max(0, min(RESERVED_FOR_UI, cores - 6))  # from 8 cores on, two stay with the UI and the OS
    split: dict[str, int] = {}
    if Pipeline.SPEECH in running:
        split[Pipeline.SPEECH] = 1 if usable < 8 else 2
        usable -= split[Pipeline.SPEECH]
    if Pipeline.CHAT in running:
        split[Pipeline.CHAT] = max(1, (usable + 1) // 2 if Pipeline.DETECTION in running else usable)
        usable -= split[Pipeline.CHAT]
    if Pipeline.DETECTION in running:
        split[Pipeline.DETECTION] = max(1, usable)
    return {name: min(count, ENGINE_MAX_THREADS[name]) for name, count in split.items()}


class CorePlan:
    """The live pipelines of this process and their thread counts; subscribers hear of every change."""

    def __init__(self, cores: int | None = None) -> None:
        self.cores = cores or os.cpu_count() or 1
        self._live: set[str] = set()
        self._lock = threading.Lock()
        self._subscribers: list[Callable[[dict[str, int]], None]] = []

    def threads(self, pipeline: str) -> int:
        """The count ``pipeline`` gets now, counting it as live (it asks when it starts)."""
        with self._lock:
            return thread_split(self.cores, self._live | {pipeline})[pipeline]

    def alone(self, pipeline: str) -> bool:
        """No other pipeline is live beside ``pipeline``."""
        with self._lock:
            return not self._live - {pipeline}

    def split(self) -> dict[str, int]:
        with self._lock:
            return thread_split(self.cores, self._live)

    def subscribe(self, callback: Callable[[dict[str, int]], None]) -> None:
        self._subscribers.append(callback)

    def unsubscribe(self, callback: Callable[[dict[str, int]], None]) -> None:
        if callback in self._subscribers:
            self._subscribers.remove(callback)

    def set_live(self, pipeline: str, live: bool) -> None:
        """Mark ``pipeline`` started or stopped; subscribers get the new split if it changed."""
        with self._lock:
            before = set(self._live)
            (self._live.add if live else self._live.discard)(pipeline)
            if self._live == before:
                return
            split = thread_split(self.cores, self._live)
        for callback in list(self._subscribers):
            callback(split)


CORES = CorePlan()  # the running app's plan


def alone_threads(pipeline: str) -> int:
    """The count ``pipeline`` gets with the machine to itself (chat: every core but one): what an engine loaded
    outside the app's plan uses (the CLI, the benches, a comparison window's sides, each alone in turn)."""
    return thread_split(CORES.cores, {pipeline})[pipeline]
