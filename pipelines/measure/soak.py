"""``edge-showcase soak``: all three pipelines on the bundled media for minutes, restarted when they fail.

Detection plays the demo video at its own frame rate (as the window does), speech hears the demo recording
in real time over and over, chat answers a scripted question in a loop; chat and speech run in their child
processes, each pipeline on its own thread with the app's core split. A pipeline whose engine dies or stalls
is restarted by the same policy as the window's watchdog (``pipelines/runtime/supervision.py``). With ``kill``, that
engine's child process gets SIGKILL halfway through. Memory, threads and file descriptors are summed over the
whole process tree after a warm-up (a minute, or a quarter of a shorter run) and at the end.
"""

from __future__ import annotations

import os
import signal
import threading
import time
from collections.abc import Callable, Generator

from pipelines.chat.hosted import HostedChatEngine, load_hosted_engine
from pipelines.detection.loading import load_detector
from pipelines.detection.pipeline import DetectionPipeline
from pipelines.errors import ShowcaseError
from pipelines.machine.process_tree import tree_usage
from pipelines.measure.dashboard_bench import TICK_S
from pipelines.measure.demo_loads import demo_answers, demo_detections, demo_speech
from pipelines.names import PIPELINES, Pipeline
from pipelines.runtime.core_split import thread_split
from pipelines.runtime.supervision import EventLog, Supervisor, fault_message, is_engine_fault
from pipelines.runtime.thread_priority import lower_this_threads_priority
from pipelines.speech.hosted import HostedRecognizer, load_hosted_recognizer
from pipelines.speech.pipeline import SpeechPipeline

KILLABLE = (Pipeline.CHAT, Pipeline.SPEECH)  # detection runs in the app's own process: it has no child to kill
WARM_UP_S = 60.0


class _Tally:
    """Results per pipeline, per minute of the run, and since the kill."""

    def __init__(self, started: float) -> None:
        self.started = started
        self.per_minute: dict[str, dict[int, int]] = {name: {} for name in PIPELINES}
        self.killed_at: float | None = None
        self.after_kill: dict[str, int] = {name: 0 for name in PIPELINES}
        self._lock = threading.Lock()

    def add(self, name: str) -> None:
        now = time.monotonic()
        with self._lock:
            minute = int((now - self.started) // 60)
            self.per_minute[name][minute] = self.per_minute[name].get(minute, 0) + 1
            if self.killed_at is not None and now > self.killed_at:
                self.after_kill[name] += 1

    def totals(self) -> dict[str, int]:
        return {name: sum(minutes.values()) for name, minutes in self.per_minute.items()}

    def silent_minutes(self, minutes: int) -> dict[str, list[int]]:
        """Whole minutes of the run in which a pipeline produced nothing."""
        return {name: [m for m in range(minutes) if not counts.get(m)] for name, counts in self.per_minute.items()
                if any(not counts.get(m) for m in range(minutes))}


def _detection(threads: int | None, engines: dict) -> Generator[None, None, None]:
    for _ in demo_detections(DetectionPipeline(load_detector(threads=threads)), paced=True):
        yield


def _speech(threads: int | None, engines: dict) -> Generator[None, None, None]:
    recognizer, _ = load_hosted_recognizer(threads=threads)
    engines["speech"] = recognizer
    try:
        for update in demo_speech(SpeechPipeline(recognizer)):
            for _ in update.finals:
                yield
    finally:
        recognizer.close()


def _chat(threads: int | None, engines: dict) -> Generator[None, None, None]:
    engine = engines["chat"] = load_hosted_engine(threads=threads)
    try:
        for _ in demo_answers(engine):
            yield
    finally:
        engine.close()


RUNS: dict[str, Callable[[int | None, dict], Generator[None, None, None]]] = {
    Pipeline.DETECTION: _detection,
    Pipeline.SPEECH: _speech,
    Pipeline.CHAT: _chat,
}


def _supervised(
    name: str,
    threads: int | None,
    engines: dict,
    tally: _Tally,
    supervisor: Supervisor,
    stop: threading.Event,
    errors: list[str],
) -> None:
    """Run one pipeline until ``stop``; an engine fault restarts it after the policy's delay."""
    lower_this_threads_priority()
    while not stop.is_set():
        results = RUNS[name](threads, engines)
        try:
            for _ in results:
                tally.add(name)
                if stop.is_set():
                    break
            return
        except Exception as error:
            if isinstance(error, ShowcaseError) and not is_engine_fault(error):
                errors.append(f"{name}: {error.one_line()}")
                return
            delay = supervisor.engine_failed(error)
            if delay is None:
                errors.append(f"{name}: gave up after repeated failures: {fault_message(error)}")
                return
            stop.wait(delay)
        finally:
            results.close()


def _pid_of(engine: HostedChatEngine | HostedRecognizer | None) -> int | None:
    return engine.pid if engine is not None else None


def soak(minutes: float, kill: str | None = None, report: Callable[[str], None] = lambda line: None) -> dict:
    """``{"soak": {...}}`` after ``minutes`` of all three pipelines at once (see the module's docstring)."""
    if kill is not None and kill not in KILLABLE:
        raise ShowcaseError(f"--kill {kill}: only {' and '.join(KILLABLE)} run in a child process")
    seconds = minutes * 60
    threads = thread_split(os.cpu_count() or 1, PIPELINES)
    events, stop = EventLog(), threading.Event()
    errors: list[str] = []
    engines: dict[str, HostedChatEngine | HostedRecognizer] = {}
    events.listen(lambda event: report(event.line()))
    supervisors = {name: Supervisor(name, events) for name in PIPELINES}
    started = time.monotonic()
    tally = _Tally(started)
    workers = [
        threading.Thread(
            target=_supervised,
            args=(name, threads.get(name), engines, tally, supervisors[name], stop, errors),
            name=f"soak-{name}",
            daemon=True,
        )
        for name in PIPELINES
    ]
    for worker in workers:
        worker.start()
    warm_up_s = min(WARM_UP_S, seconds / 4)
    start_usage = end_usage = None
    worst, last = 0.0, time.monotonic()
    while (now := time.monotonic()) < started + seconds:
        worst, last = max(worst, now - last), now
        if start_usage is None and now - started >= warm_up_s:
            start_usage = tree_usage()
            report(f"warm: {start_usage}")
        if kill is not None and tally.killed_at is None and now - started >= seconds / 2:
            pid = _pid_of(engines.get(kill))
            if pid is not None:
                tally.killed_at = now
                events.add(kill, f"soak: SIGKILL to the {kill} engine's process {pid}")
                os.kill(pid, signal.SIGKILL)
        time.sleep(TICK_S)
    end_usage = tree_usage()
    stop.set()
    for worker in workers:
        worker.join(30)
    silent = tally.silent_minutes(int(seconds // 60))
    errors += [f"{name}: no result in minute(s) {', '.join(str(m + 1) for m in gaps)}" for name, gaps in silent.items()]
    growth = (end_usage.memory_mb / start_usage.memory_mb - 1) * 100 if start_usage and end_usage else None
    return {
        "soak": {
            "minutes": minutes,
            "results": tally.totals(),
            "results_after_kill": tally.after_kill if kill else {},
            "killed": kill,
            "memory_start_mb": _round(start_usage, "memory_mb"),
            "memory_end_mb": _round(end_usage, "memory_mb"),
            "memory_growth_pct": round(growth, 2) if growth is not None else None,
            "threads_start": _round(start_usage, "threads"),
            "threads_end": _round(end_usage, "threads"),
            "fds_start": _round(start_usage, "fds"),
            "fds_end": _round(end_usage, "fds"),
            "processes": _round(end_usage, "processes"),
            "restarts": {name: supervisor.restarts for name, supervisor in supervisors.items()},
            "ui_max_stall_ms": round(max(0.0, worst - TICK_S) * 1000, 1),
            "warm_up_s": warm_up_s,
            "errors": errors,
        }
    }


def _round(usage, field: str) -> float | int | None:
    if usage is None:
        return None
    value = getattr(usage, field)
    return round(value, 1) if isinstance(value, float) else value
