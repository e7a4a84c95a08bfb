"""Restarting a pipeline whose engine died or stalled: back-off, giving up, and the record of what happened.

Qt-free, so the window's watchdog and the ``soak`` command decide the same way: the first restart after
``first_delay_s``, each next one after twice as long (at most ``max_delay_s``); after ``max_failures``
failures within ``window_s`` the pipeline is given up and the user is offered its fallback.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field

from pipelines.errors import ShowcaseError, unexpected_error_message
from pipelines.runtime.engine_host import EngineFailed, EngineStalled, EngineStopped

log = logging.getLogger("edge_showcase.events")
log.addHandler(
    logging.NullHandler()
)  # the window's log file gets events through the root logger; the CLI prints them itself
EVENTS_KEPT = 500
ENGINE_FAULTS = (EngineStopped, EngineStalled, EngineFailed)


def is_engine_fault(error: BaseException | None) -> bool:
    """True for a dead, hung or unexpectedly raising engine or worker (a restart may help); False for an error the
    user can act on, such as a bad model or input (a restart would fail the same way)."""
    return error is not None and (isinstance(error, ENGINE_FAULTS) or not isinstance(error, ShowcaseError))


def fault_message(error: Exception) -> str:
    """The one line that names a fault: an engine's own message, or the unexpected exception."""
    return error.message if isinstance(error, ShowcaseError) else unexpected_error_message(error)


@dataclass(frozen=True)
class Event:
    """One line of the event log."""

    at: float  # time.time()
    pipeline: str
    message: str

    def line(self) -> str:
        return f"{time.strftime('%H:%M:%S', time.localtime(self.at))}  {self.pipeline:<9} {self.message}"


class EventLog:
    """The last ``EVENTS_KEPT`` events in memory (the event log view), each also sent to the log file's logger."""

    def __init__(self) -> None:
        self._events: deque[Event] = deque(maxlen=EVENTS_KEPT)
        self._lock = threading.Lock()
        self._listeners: list[Callable[[Event], None]] = []

    def add(self, pipeline: str, message: str) -> Event:
        event = Event(time.time(), pipeline, message)
        with self._lock:
            self._events.append(event)
        log.warning("%s: %s", pipeline, message)
        for listener in list(self._listeners):
            listener(event)
        return event

    def listen(self, listener: Callable[[Event], None]) -> None:
        self._listeners.append(listener)

    def events(self) -> list[Event]:
        with self._lock:
            return list(self._events)


@dataclass
class RestartPolicy:
    """When to restart a failed pipeline, and when to stop trying."""

    first_delay_s: float = 1.0
    max_delay_s: float = 30.0
    max_failures: int = 4
    window_s: float = 300.0
    clock: Callable[[], float] = time.monotonic
    _failures: deque[float] = field(default_factory=deque)

    def failed(self) -> float | None:
        """Record a failure; the delay before the restart, or None when the pipeline should be given up."""
        now = self.clock()
        self._failures.append(now)
        while self._failures and now - self._failures[0] > self.window_s:
            self._failures.popleft()
        if len(self._failures) >= self.max_failures:
            return None
        return min(self.max_delay_s, self.first_delay_s * 2 ** (len(self._failures) - 1))

    def reset(self) -> None:
        """Forget past failures (the user restarted the pipeline by hand)."""
        self._failures.clear()


class Supervisor:
    """One pipeline's restarts: counts them, writes the events, says what the panel shows."""

    def __init__(self, pipeline: str, events: EventLog, policy: RestartPolicy | None = None) -> None:
        self.pipeline, self.events = pipeline, events
        self.policy = policy or RestartPolicy()
        self.restarts = 0

    def engine_failed(self, error: Exception) -> float | None:
        """Log the failure; the delay before restarting, or None (given up: the message says so)."""
        delay = self.policy.failed()
        message = fault_message(error)
        if delay is None:
            times = self.policy.max_failures
            self.events.add(
                self.pipeline,
                f"{message}; it failed {times} time{'s' if times != 1 else ''} in "
                f"{self.policy.window_s / 60:.0f} minutes, so it is not restarted again",
            )
        else:
            self.restarts += 1
            self.events.add(self.pipeline, f"{message}; restarting in {delay:.1f} s")
        return delay
