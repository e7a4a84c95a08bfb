"""The window's watchdog: a pipeline whose engine died or stalled is restarted with back-off, and logged.

Panels report a failed worker (``report``); every half second the watchdog also asks each panel whether its
engine died while idle and how long its live source has gone without a result (its heartbeat). The
decisions (delays, giving up) are ``pipelines/runtime/supervision.py``'s, shared with the ``soak`` command.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject, QTimer, Signal

from app.locale_format import window_numbers
from app.phrases import translated
from pipelines.errors import ShowcaseError
from pipelines.names import Pipeline
from pipelines.phrases import QT_TRANSLATE_NOOP, Phrase
from pipelines.runtime.engine_host import EngineStalled
from pipelines.runtime.supervision import Event, EventLog, RestartPolicy, Supervisor, fault_message

CHECK_INTERVAL_MS = 500
PRODUCED_NOTHING = QT_TRANSLATE_NOOP("Pipelines", "The {pipeline} pipeline produced nothing for {seconds} s")


class Supervised(Protocol):
    """What a panel offers the watchdog (``app/panels/pipeline_panel.py`` implements it for every panel)."""

    pipeline: Pipeline
    watchdog: Watchdog | None  # set by ``Watchdog.watch``

    def heartbeat_age_s(self) -> float | None:
        """Seconds since the last result while the source is live; None when no result is expected."""

    def engine_fault(self) -> ShowcaseError | None:
        """The engine's child died while nothing was asked of it (seen before the user asks)."""

    def restart_engine(self) -> None:
        """Start the engine again, keeping what the user has (conversation, transcript, source)."""

    def show_fault(self, message: str) -> None:
        """Tell the user, in the panel, what happened."""

    def fall_back(self) -> str:
        """Switch to the safer choice (the CPU provider, the demo media) when restarts keep failing; says what it
        did (in English, marked with QT_TRANSLATE_NOOP in the "Watchdog" context: the log keeps it, the panel shows
        it translated)."""


class Watchdog(QObject):
    """Watches the panels; ``event_added`` carries every event (the event log view listens)."""

    event_added = Signal(object)

    def __init__(
        self,
        events: EventLog,
        stall_s: float,
        parent: QObject | None = None,
        policy: Callable[[], RestartPolicy] = RestartPolicy,
    ) -> None:
        super().__init__(parent)
        self.events, self.stall_s, self._policy = events, stall_s, policy
        self._panels: dict[Pipeline, tuple[Supervised, Supervisor]] = {}
        self._pending: set[Pipeline] = set()  # restarts scheduled: not checked again until they run
        events.listen(self._forward)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.check)
        self._timer.start(CHECK_INTERVAL_MS)

    def _forward(self, event: Event) -> None:
        self.event_added.emit(event)

    def watch(self, panel: Supervised) -> None:
        """Watch ``panel``; it gets ``panel.watchdog`` to report its engine's faults and its source's notices."""
        self._panels[panel.pipeline] = (panel, Supervisor(panel.pipeline, self.events, self._policy()))
        panel.watchdog = self

    def check(self) -> None:
        for name, (panel, _) in self._panels.items():
            if name in self._pending:
                continue
            fault = panel.engine_fault()
            age = panel.heartbeat_age_s()
            if fault is None and age is not None and age > self.stall_s:
                fault = EngineStalled(Phrase(PRODUCED_NOTHING, pipeline=Phrase(name.label), seconds=f"{age:.0f}"))
            if fault is not None:
                self.report(panel, fault)

    def report(self, panel: Supervised, error: Exception) -> None:
        """An engine fault: log it, tell the panel, restart after the back-off or fall back."""
        name = panel.pipeline
        if name in self._pending:
            return
        supervisor = self._panels[name][1]
        delay = supervisor.engine_failed(error)
        if delay is None:
            done = panel.fall_back()
            self.events.add(name, done)
            panel.show_fault(
                self.tr("{fault}. It keeps failing, so it is not restarted again. {done}").format(
                    fault=translated(fault_message(error)), done=self.tr(done)
                )
            )
            return
        panel.show_fault(self.tr("{fault}; restarting in {seconds} s").format(
            fault=translated(fault_message(error)), seconds=window_numbers().number(delay, 1)
        ))
        self._pending.add(name)
        QTimer.singleShot(round(delay * 1000), self, lambda: self._restart(panel))

    def _restart(self, panel: Supervised) -> None:
        self._pending.discard(panel.pipeline)
        panel.restart_engine()
        self.events.add(panel.pipeline, "restarted")
