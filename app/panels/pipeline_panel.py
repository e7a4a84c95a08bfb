"""What every pipeline panel does the same way: one current worker, its items, failures and end; the seat in the
core plan; the durable writer; the source's notices; the heartbeat and the watchdog's side (``app/watchdog.py``).

A subclass supplies what differs: its controls, the live loop it runs (``start``), the items it shows (``take``)
and the few hooks below. Pipeline cores stay in ``pipelines/``; a panel only wires them to Qt.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, Protocol, TypeVar, cast

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont, QResizeEvent, QShortcut
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QPushButton, QWidget

from app.panels.core_share import CoreShare
from app.phrases import translated
from app.settings import AppSettings
from app.worker import LOAD_TIMEOUT_MS, STOP_TIMEOUT_MS, BackgroundJobs, Loop, PipelineWorker, start_worker
from pipelines.errors import ShowcaseError
from pipelines.names import Pipeline
from pipelines.runtime.supervision import is_engine_fault
from pipelines.source_notice import SourceNotice
from pipelines.storage.durable_writer import DurableWriter
from widgets.booth_header import BoothHeader
from widgets.factory import show_like_the_window, single_shot_timer
from widgets.wrapped_minimum import wrapped_minimum_size

if TYPE_CHECKING:
    from app.watchdog import Watchdog

Background = Callable[..., None]  # ``PipelinePanel.background``: (job, on_result, name, on_error=None)


class Comparison(Protocol):
    """A side-by-side comparison window (``ComparisonWindow``, ``TextComparisonWindow``)."""

    kind: str
    finished: Any

    def setAttribute(self, attribute: Qt.WidgetAttribute) -> None: ...
    def raise_(self) -> None: ...
    def activateWindow(self) -> None: ...
    def close(self) -> bool: ...


ComparisonT = TypeVar("ComparisonT", bound=Comparison)


class LiveLoop(Protocol):
    """A pipeline's live run (``LiveDetection``, ``LiveSpeech``): the source it reads and the loop a worker runs."""

    source: str

    def loop(self, should_stop: Callable[[], bool]) -> Iterator[Any]: ...


class PipelinePanel(QWidget):
    """A pipeline's panel. Emits ``status`` lines for the window's status bar."""

    status = Signal(str)
    storage_problem = Signal(str)  # from the writer's thread; shown by ``show_problem`` on the UI thread
    _writer_note = Signal(str)  # from the writer's thread; connected to ``status``, so said on the UI thread
    comparing = Signal(bool)  # its comparison opened (True) or ended (False): the window holds the other panels
    pipeline: Pipeline
    writes: tuple[str, str]  # what the durable writer keeps, and what is said once it can write again (translated)
    result_type: type | tuple[type, ...] = ()  # the items that count as the heartbeat (none: no heartbeat)
    shutdown_wait_ms = STOP_TIMEOUT_MS  # how long closing waits for the worker
    start_button: QPushButton  # a panel with a Start button; others override ``running_changed``
    # What a booth visitor must not reach (kiosk mode): controls that open a dialog, change the source, engine or
    # model, or stop the demo, and their keys.
    operator_controls: list[QWidget]
    operator_shortcuts: list[QShortcut]
    booth_title: tuple[str, str]  # the booth header's title and what it means ("Sees", "objects in live video"), in
    # QT_TRANSLATE_NOOP with the subclass's name: ``self.tr`` translates them
    view: QWidget  # the panel's live output
    booth_text_fifths = 0  # on the booth, ``view``'s text at this many fifths of the title's size (0: left as it is)

    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.watchdog: Watchdog | None = None  # set by the window's watchdog when it watches this panel
        self._worker: PipelineWorker | None = None
        self.failure: Exception | None = None  # what stopped the last run, until the next starts
        self._ending: PipelineWorker | None = None  # the last worker let go that has not ended yet
        self._pending: tuple[Callable[[], Loop], str] | None = None  # a run waiting for it (``_run``)
        self._stop_on_start = False  # that run was stopped while it waited: it starts with its stop flag set
        self._overdue_timer = single_shot_timer(self, STOP_TIMEOUT_MS, self._start_pending)
        self._live: LiveLoop | None = None
        self._last_result_at: float | None = None
        self._closing = False
        self.comparison: Comparison | None = None  # the side-by-side comparison open, one at a time
        self._resume_after_comparison = False  # the panel ran when it opened: it runs again when it closes
        self.held = False  # another panel's comparison is open (``hold_for_comparison``): nothing starts by itself
        self._resume_after_hold = False  # the hold stopped the panel: it runs again when the hold ends
        self._jobs = BackgroundJobs(self)
        self.cores = CoreShare(self, self.pipeline, self.threads_changed)
        self.storage_problem.connect(self.show_problem)
        self._writer_note.connect(self.status)
        name, writing_again = self.writes[0], self.tr(self.writes[1])
        self.writer = DurableWriter(name, self.storage_problem.emit, lambda: self._writer_note.emit(writing_again))
        title, subtitle = self.booth_title
        self.header = BoothHeader(self.tr(title), self.tr(subtitle))  # the subclass puts it on top of its layout
        self.header.setVisible(False)
        self.booth = False

    # ----- running ------------------------------------------------------------------------------
    def minimumSizeHint(self) -> QSize:
        """Qt's, made high enough for the rows as they wrap at the panel's width (the dashboard's splitters size the
        panels by it)."""
        return wrapped_minimum_size(self, super().minimumSizeHint())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()  # the rows may wrap onto more lines: the splitter asks the minimum again

    def start(self, source: str | None = None) -> None:
        """Run the live loop on ``source`` (default: the one picked); panels with a live source implement it."""
        raise NotImplementedError

    def is_running(self) -> bool:
        """A worker runs, or is about to (its start waits for the previous worker to end)."""
        return self._pending is not None or (self._worker is not None and self._worker.is_running())

    def toggle(self) -> None:
        """The Start / Stop button and its key: a stop does not wait (a model still loading ends on its worker)."""
        self.stop(0) if self.is_running() else self.start()

    def space_pressed(self) -> None:
        """Space: Start / Stop, except on a focused button, check box or list, which it works as everywhere else (a
        user tabbing to "Translate to English" and pressing Space stopped listening instead of ticking it)."""
        focused = QApplication.focusWidget()
        if isinstance(focused, QAbstractButton) and self.isAncestorOf(focused):
            focused.click()
        elif isinstance(focused, QComboBox) and self.isAncestorOf(focused):
            focused.showPopup()
        else:
            self.toggle()

    def restart(self) -> None:
        """Run again with the controls' new choices when running, or stopped by a failure (a new choice is the user's
        way out of it); a panel the user stopped stays stopped, its last error (about the old choice) gone."""
        if self.is_running() or self.failure is not None:
            self.start()
        else:
            self.clear_fault()

    def clear_fault(self) -> None:
        """Take the last run's error off the panel."""

    def stop(self, timeout_ms: int = STOP_TIMEOUT_MS) -> bool:
        """Stop the live loop and leave the core plan's live set; True when nothing is left running."""
        self.cores.set_live(False)
        return self._let_go(timeout_ms)

    def _go_live(self, make_live: Callable[[int], LiveLoop], name: str) -> None:
        """Take the panel's seat and run the live loop ``make_live`` makes for the seat's thread count then."""
        self.cores.set_live(True)

        def make_loop() -> Loop:
            self._live = make_live(self.cores.threads())
            return self._live.loop

        self._run(make_loop, name)

    def _run(self, make_loop: Callable[[], Loop], name: str) -> None:
        """Run the loop ``make_loop`` makes on a worker as the current one, once the worker let go before it has ended
        (the camera, the microphone or the engine is then free again) or has had ``STOP_TIMEOUT_MS`` to
        (``LOAD_TIMEOUT_MS`` while it still loads its engine): the UI thread never waits for it."""
        self._pending, self._stop_on_start = (make_loop, name), False
        self._last_result_at, self.failure = None, None
        self.running_changed(True)
        if self._ending is None:
            self._start_pending()
        else:
            self._overdue_timer.start(LOAD_TIMEOUT_MS if self._ending.is_loading() else STOP_TIMEOUT_MS)

    def _start_pending(self) -> None:
        if self._pending is None or self._closing:  # closing: a run still waiting never starts
            return
        (make_loop, name), self._pending = self._pending, None
        self._overdue_timer.stop()
        handlers = (self._take_item, self._worker_failed, self._worker_finished)
        self._worker = start_worker(make_loop(), name, self, *handlers)
        if self._stop_on_start:
            self._worker.stop(0)

    def _let_go(self, timeout_ms: int = 0) -> bool:
        """Stop the current worker (or the start still waiting) and ignore what it still reports; True when it ended
        within ``timeout_ms``. By default the UI thread does not wait: the next run does (``_run``)."""
        self._pending = None
        self._overdue_timer.stop()
        worker, self._worker = self._worker, None
        self.running_changed(False)
        if worker is None:
            return True
        stopped = worker.stop(timeout_ms)
        worker.dispose()
        if not stopped:
            self._ending = worker
            worker.finished.connect(self._let_go_ended)
        return stopped

    def _let_go_ended(self) -> None:
        if self.sender() is self._ending:
            self._ending = None
            self._start_pending()

    def previous_run_ended(self) -> bool:
        """No worker let go is still running (what it used, an engine, is free)."""
        return self._ending is None

    def _current_source(self) -> str | None:
        return self._live.source if self._live is not None else None

    # The worker's three signals: only the current worker is heard (an older one may still report as it ends).
    def _take_item(self) -> None:
        worker = self.sender()
        if worker is not self._worker:
            return
        item = worker.take_item()
        if isinstance(item, SourceNotice):
            message = translated(item.message)
            self.show_notice(message)
            self.status.emit(message)
            if self.watchdog is not None:
                self.watchdog.events.add(self.pipeline, message)
        elif item is not None:
            if isinstance(item, self.result_type):
                self._last_result_at = time.monotonic()
            self.take(item)

    def _worker_failed(self, message: str) -> None:
        worker = self.sender()
        if worker is not self._worker:
            return
        self.failure = worker.error
        if self.run_failed(message, is_engine_fault(worker.error)) and self.watchdog is not None:
            self.watchdog.report(self, worker.error)

    def _worker_finished(self) -> None:
        if self.sender() is self._worker:
            self.running_changed(False)
            self.run_ended()

    # ----- hooks ----------------------------------------------------------------------------------
    def take(self, item: object) -> None:
        """Show an item the live loop yielded (a source notice is handled already)."""
        raise NotImplementedError

    def show_notice(self, message: str) -> None:
        """Show a notice about the source in the panel (it also goes to the status bar and the event log)."""

    def run_failed(self, message: str, engine_fault: bool) -> bool:
        """Show why the run failed; True when the watchdog should restart the engine (an ``engine_fault``)."""
        raise NotImplementedError

    def run_ended(self) -> None:
        """The current worker's thread ended (stopped, failed or done)."""

    def running_changed(self, running: bool) -> None:
        self.start_button.setText(self.tr("Stop") if running else self.tr("Start"))

    def threads_changed(self, threads: int) -> None:
        """Another pipeline started or stopped while this one is live: ``threads`` is its new share."""

    def show_problem(self, message: str) -> None:
        """A write or a background job failed: say so."""
        self.status.emit(message)

    def free_engines(self) -> None:
        """Closing: free what the panel holds (engines, windows) before the writer's last write."""

    def report_ran_on(self) -> str:
        """What the pipeline runs on, in the session report's words ('' before its model loaded)."""
        return ""

    def set_booth(self, on: bool) -> None:
        """On the dashboard (and in kiosk mode): the big header with the figures that matter; subclasses trade
        their detail figures for it."""
        self.booth = on
        self.header.setVisible(on)
        if not on and self.booth_text_fifths:
            self.view.setFont(QFont())  # the application's font again

    def set_booth_text_px(self, px: int) -> None:
        """The booth's text size for this window's height (``widgets/booth_header.py``), the view's text with it."""
        self.header.set_text_px(px)
        if self.booth and self.booth_text_fifths:
            font = QFont()
            font.setPixelSize(px * self.booth_text_fifths // 5)  # read from the booth's distance
            self.view.setFont(font)

    def lock_for_booth(self) -> None:
        """Kiosk mode: the operator's controls and keys are gone; what visitors may use (the chat box) stays."""
        for widget in self.operator_controls:
            widget.setVisible(False)
        for shortcut in self.operator_shortcuts:
            shortcut.setEnabled(False)

    # ----- background work and closing ---------------------------------------------------------------
    def background(
        self, job: Callable[..., Any], on_result: Callable[[Any], None], name: str, on_error=None, stoppable=False
    ) -> None:
        """Run a one-shot job off the UI thread (``show_problem`` hears its failure unless ``on_error`` does); a
        ``stoppable`` one is given the stop flag set when the panel closes."""
        if not self._closing:
            self._jobs.run(job, on_result, on_error or self.show_problem, name, stoppable)

    # ----- side-by-side comparisons (the Vision panel's C and P, the Chat and Speech panels' View menu items) --------
    def open_comparison(self, kind: str, make: Callable[[str, QWidget], ComparisonT]) -> ComparisonT:
        """Open the comparison ``make`` builds: the panel stops meanwhile, so both sides get the machine, and runs
        again when it closes (``resume_after_comparison``). The same kind again brings the open one forward; another
        kind's takes its place (never two measuring at once). Full screen where the window is (the booth)."""
        current = self.comparison
        if current is not None and current.kind == kind:
            current.raise_()
            current.activateWindow()
            return cast(ComparisonT, current)  # a panel opens each kind with one window class
        # The new comparison resumes the panel when it closes, and what another's comparison had stopped here.
        self._resume_after_comparison = self.step_aside() or self._end_hold()
        window = make(kind, self)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.finished.connect(lambda: self._comparison_ended(window))
        show_like_the_window(window, self.window())
        self.comparison = window
        self.comparing.emit(True)
        return window

    def in_comparison(self) -> bool:
        """A comparison is open, this panel's or another's: the panel starts nothing by itself meanwhile."""
        return self.comparison is not None or self.held

    def step_aside(self) -> bool:
        """Make way for a comparison (this panel's next one, or another panel's: ``comparing``): stop, and close
        this panel's comparison open, without resuming. True where the panel ran (or its comparison had stopped it):
        it runs again when the comparison that took its place ends."""
        current, self.comparison = self.comparison, None  # replaced: its end resumes nothing
        resume = self.is_running() or (current is not None and self._resume_after_comparison)
        if current is not None:
            current.close()
        self.stop(0)
        return resume

    def hold_for_comparison(self) -> None:
        """Another panel's comparison opened: make way for it (``step_aside``) until ``release_after_comparison``."""
        self._resume_after_hold = self.step_aside() or self._resume_after_hold  # held already: what it had stopped
        self.held = True

    def release_after_comparison(self) -> None:
        """That comparison ended: what it stopped runs again."""
        if self._end_hold():
            self.resume_after_comparison()

    def _end_hold(self) -> bool:
        """No longer held; True where the hold stopped the panel."""
        resume = self._resume_after_hold  # set only while held
        self.held = self._resume_after_hold = False
        return resume

    def _comparison_ended(self, window: Comparison) -> None:
        if self.comparison is window:
            self.comparison = None
            if not self._closing:
                if self._resume_after_comparison:
                    self.resume_after_comparison()
                self.comparing.emit(False)

    def resume_after_comparison(self) -> None:
        """What a comparison stopped runs again (the Chat panel's stopped answer stays stopped); a closing panel
        stays stopped."""
        if not self._closing:
            self.start()

    def shutdown(self) -> None:
        """The window closes: the comparison first (the panel does not resume), then everything this panel runs,
        and what is queued is written."""
        self._closing = True
        if self.comparison is not None:
            self.comparison.close()
        self.stop(self.shutdown_wait_ms)
        self.cores.release()
        self._jobs.stop_all()
        self.free_engines()
        self.writer.close()

    # ----- watchdog (app/watchdog.py) ----------------------------------------------------------------
    def heartbeat_age_s(self) -> float | None:
        """Seconds since the last result while running (from the first one on)."""
        if not self.is_running() or self._last_result_at is None:
            return None
        return time.monotonic() - self._last_result_at

    def engine_fault(self) -> ShowcaseError | None:
        """An engine whose process died while the panel was idle (a run in flight reports it by failing)."""
        return None if self.is_running() else self.idle_engine_fault()

    def idle_engine_fault(self) -> ShowcaseError | None:
        return None  # in this process by default: a stall is what the watchdog can see

    def restart_engine(self) -> None:
        """Start the engine again on the same source, keeping what the user has."""
        self.start(self._current_source())

    def show_fault(self, message: str) -> None:
        self.show_problem(message)

    def fall_back(self) -> str:
        """Switch to the safer choice when restarts keep failing; says what it did."""
        raise NotImplementedError
