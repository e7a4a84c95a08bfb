"""The one bridge to Qt: runs a pipeline loop on a QThread and hands its newest item to the UI.

A loop is a generator function taking a ``should_stop`` callable, which it checks at least every
100 ms and then finishes on its own terms (a chat reply still reports what it streamed). Only the newest item is
kept for the UI (latest wins, nothing piles up in the event queue); ``item_ready`` is emitted when a new one is
waiting and the UI takes it with ``take_item``.
Errors become one human message on ``failed``; the thread always ends cleanly.

Workers run below the UI thread's priority, and so do the native threads they start (onnxruntime,
CTranslate2 and llama.cpp pools inherit it): with three pipelines on two cores the scheduler then
serves the window first. The dashboard's heartbeat test (all three running) measured a worst UI
stall of 33-47 ms at equal priority, 24-32 ms with the workers lowered (2 cores, six runs each).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot

from app.phrases import error_line
from pipelines.errors import ShowcaseError, unexpected_error_message
from pipelines.runtime.thread_priority import lower_this_threads_priority

Loop = Callable[[Callable[[], bool]], Iterator[Any]]
STOP_TIMEOUT_MS = 1000
# A loop still loading its engine looks at no stop flag until it is loaded (then it ends at once): the longest it is
# waited for before the next run starts anyway. A load on two cores shared with the other pipelines took over 1 s, and
# starting the next run then loaded a second detector beside the first (a camera would be opened twice).
LOAD_TIMEOUT_MS = 30_000

log = logging.getLogger(__name__)

# Every QThread started (dropped once finished, at the next start), with the runner it drives. Qt aborts the whole
# process when a running QThread is destroyed: a worker whose owner (a panel, the window) is deleted
# while its native decode is still in flight must keep its thread alive until the thread ends.
_RUNNING: dict[QThread, QObject] = {}


class _LoopRunner(QObject):
    """Lives on the worker thread and drives the generator."""

    item_ready = Signal()
    failed = Signal(str)
    done = Signal()

    def __init__(self, loop: Loop, stop_flag: threading.Event) -> None:
        super().__init__()
        self._loop = loop
        self._stop = stop_flag
        self._lock = threading.Lock()
        self._item: Any = None
        self.produced = 0
        self.error: Exception | None = None  # what ended the loop, when something did

    def take_item(self) -> Any:
        with self._lock:
            item, self._item = self._item, None
            return item

    @Slot()
    def run(self) -> None:
        lower_this_threads_priority()
        try:
            for item in self._loop(self._stop.is_set):
                with self._lock:
                    signal_needed = self._item is None
                    self._item = item
                self.produced += 1
                if signal_needed:
                    self.item_ready.emit()
        except ShowcaseError as error:
            self.error = error
            self.failed.emit(error_line(error))
        except Exception as error:
            log.exception("pipeline loop crashed")
            self.error = error
            self.failed.emit(unexpected_error_message(error))
        finally:
            self.done.emit()


class PipelineWorker(QObject):
    """Owns one QThread running one loop. Create, connect the signals, ``start()``, ``stop()``."""

    item_ready = Signal()
    failed = Signal(str)
    finished = Signal()

    def __init__(self, loop: Loop, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stop = threading.Event()
        self._thread = QThread()
        self._thread.setObjectName(name)
        self._runner = _LoopRunner(loop, self._stop)
        self._runner.moveToThread(self._thread)
        self._thread.started.connect(self._runner.run)
        self._runner.item_ready.connect(self.item_ready)
        self._runner.failed.connect(self.failed)
        # Direct: the thread ends as soon as its loop has, without waiting for the UI thread to deliver a quit (at exit
        # no event loop runs, and a thread waiting for one kept the app's exit waiting its whole 30 s).
        self._runner.done.connect(self._thread.quit, Qt.ConnectionType.DirectConnection)
        self._thread.finished.connect(self.finished)

    def start(self) -> None:
        for ended in [thread for thread in _RUNNING if thread.isFinished()]:
            del _RUNNING[ended]
        _RUNNING[self._thread] = self._runner
        self._thread.start(QThread.Priority.LowPriority)  # Windows and macOS; Linux: see run()

    def take_item(self) -> Any:
        """The newest item the loop produced since the last call, or None."""
        return self._runner.take_item()

    def is_running(self) -> bool:
        return self._thread.isRunning()

    def is_loading(self) -> bool:
        """Running and nothing produced yet: a pipeline loop's first item comes once its engine is loaded."""
        return self._thread.isRunning() and self._runner.produced == 0

    def stop_requested(self) -> bool:
        """Its owner asked it to stop: what it still produces is not wanted."""
        return self._stop.is_set()

    @property
    def error(self) -> Exception | None:
        """The exception that ended the loop (read it in a ``failed`` handler), None if none did."""
        return self._runner.error

    def stop(self, timeout_ms: int = STOP_TIMEOUT_MS) -> bool:
        """Ask the loop to stop (thread-safe flag, never a queued call) and wait; True if it ended."""
        self._stop.set()
        if not self._thread.isRunning():
            return True
        self._thread.quit()
        return self._thread.wait(timeout_ms)

    def dispose(self) -> None:
        """Delete this worker once its thread has ended (never while it runs)."""
        self._stop.set()
        if self._thread.isRunning():
            self._thread.finished.connect(self.deleteLater)
        else:
            self.deleteLater()


def wait_for_all_workers(timeout_s: float) -> bool:
    """At exit: wait until every worker thread has ended (a decode in flight finishes); False if one is
    still running after ``timeout_s``, when the process must end without destroying it."""
    deadline = time.monotonic() + timeout_s
    for thread in list(_RUNNING):
        remaining_ms = int((deadline - time.monotonic()) * 1000)
        if thread.isRunning() and (remaining_ms <= 0 or not thread.wait(remaining_ms)):
            log.warning("worker thread %s still running at exit", thread.objectName())
            return False
    return True


def start_worker(
    loop: Loop,
    name: str,
    parent: QObject,
    on_item: Callable[[], None],
    on_failed: Callable[[str], None],
    on_finished: Callable[[], None],
) -> PipelineWorker:
    """A started worker with the panel's three handlers connected (they check ``sender()``)."""
    worker = PipelineWorker(loop, name, parent)
    worker.item_ready.connect(on_item)
    worker.failed.connect(on_failed)
    worker.finished.connect(on_finished)
    worker.start()
    return worker


def run_in_background(
    job: Callable[..., Any],
    on_result: Callable[[Any], None],
    on_error: Callable[[str], None],
    parent: QObject,
    name: str,
    stoppable: bool = False,
) -> PipelineWorker:
    """Run a one-shot job (a load, a query, a probe) off the UI thread; the callbacks run on the UI thread. A
    ``stoppable`` job is called with the worker's stop flag (a long one, a model measured, ends when it is set)."""

    def loop(should_stop: Callable[[], bool]) -> Iterator[Any]:
        yield job(should_stop) if stoppable else job()

    worker = PipelineWorker(loop, name, parent)
    # A result or a failure that arrives after its owner stopped the job (the window closed meanwhile) is dropped:
    # acting on it would start new work on a closed panel (a chat model load that nothing would stop).
    worker.item_ready.connect(lambda: None if worker.stop_requested() else on_result(worker.take_item()))
    worker.failed.connect(lambda message: None if worker.stop_requested() else on_error(message))
    worker.start()
    return worker


class BackgroundJobs:
    """An owner's one-shot jobs (history queries, catalog reads): each is deleted once it has ended, so an app
    that runs for days does not keep one finished worker per query; ``stop_all`` when the owner closes."""

    def __init__(self, owner: QObject) -> None:
        self._owner = owner
        self._running: set[PipelineWorker] = set()

    def run(
        self,
        job: Callable[..., Any],
        on_result: Callable[[Any], None],
        on_error: Callable[[str], None],
        name: str,
        stoppable: bool = False,
    ) -> None:
        worker = run_in_background(job, on_result, on_error, self._owner, name, stoppable)
        self._running.add(worker)
        worker.finished.connect(lambda: self._ended(worker))

    def _ended(self, worker: PipelineWorker) -> None:
        self._running.discard(worker)
        worker.dispose()

    def stop_all(self) -> None:
        for worker in list(self._running):
            worker.stop()
