"""``edge-showcase soak``: all three pipelines on the bundled media for minutes, restarted when they fail.

Detection plays the demo video at its own frame rate (as the window does), speech hears the demo recording
in real time over and over, chat answers a scripted question in a loop; chat and speech run in their child
processes, each pipeline on its own thread with the app's core split. A pipeline whose engine dies or stalls
is restarted by the same policy as the window's watchdog (``pipelines/runtime/supervision.py``). With ``kill``, that
engine's child process gets SIGKILL halfway through. Memory, threads and file descriptors are summed over the
whole process tree after a warm-up (a minute, or a quarter of a shorter run, and a result from every pipeline:
no engine still loading) and at the end.

Every ``sample_s`` (a minute) and at the end the series gains a row: each process's memory (RSS and USS), threads
and open files, labelled "main" (this process: detection, the loops, the soak), "speech", "chat" (the engines'
processes) and "other" (multiprocessing's resource tracker); the results of each pipeline in that interval; the
worst stall of the interval. The soak has no window: a 10 ms ticker thread at the UI thread's priority stands in
for it (as in ``bench dashboard``), and how late it wakes, at worst, is the stall (loading the models at the start
is the worst: the figure after the warm-up leaves it out). Start and end alone cannot tell a leak from a warm-up
that levels off, so the trend is the least-squares slope (MB/hour) of the run's last half, projected over an 8-hour
day, and the growth from minute 10 (a quarter of a shorter run) to the end.
"""

from __future__ import annotations

import os
import signal
import threading
import time
from collections.abc import Callable, Generator, Sequence

import numpy as np

from pipelines.chat.hosted import HostedChatEngine, load_hosted_engine
from pipelines.detection.loading import load_detector
from pipelines.detection.pipeline import DetectionPipeline
from pipelines.errors import ShowcaseError
from pipelines.machine.process_tree import process_usages, tree_usage
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
SAMPLE_S = 60.0
STEADY_FROM_S = 600.0  # the memory budget holds from minute 10 on, once the models and caches are warm
MEMORY_BUDGET_PCT = 5.0
DAY_H = 8.0
PROJECT_FROM_MIN = 5.0  # a last half shorter than this is no ground for an 8-hour projection
MAIN, OTHER = "main", "other"


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
        with self._lock:
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


class _Ticker(threading.Thread):
    """A 10 ms ticker at the UI thread's priority, standing in for the window's UI thread: how late it wakes, at
    worst, is the stall the UI would have seen."""

    def __init__(self, stop: threading.Event) -> None:
        super().__init__(name="soak-ticker", daemon=True)
        self._stopping = stop
        self._worst = 0.0
        self._lock = threading.Lock()

    def run(self) -> None:
        last = time.perf_counter()
        while not self._stopping.is_set():
            time.sleep(TICK_S)
            now = time.perf_counter()
            with self._lock:
                self._worst = max(self._worst, now - last - TICK_S)
            last = now

    def take_worst_ms(self) -> float:
        """The worst stall (ms) since the last call."""
        with self._lock:
            worst, self._worst = self._worst, 0.0
        return round(worst * 1000, 1)


def _process_rows(engines: dict[str, HostedChatEngine | HostedRecognizer]) -> tuple[dict[str, dict[str, float]], int]:
    """Each process of the tree by what it runs: MB (RSS, USS), threads, fds (processes of one label summed); and
    how many processes there were."""
    labels = {_pid_of(engine): name for name, engine in engines.items()}
    usages = process_usages(uss=True) or []
    rows: dict[str, dict[str, float]] = {}
    for index, usage in enumerate(usages):
        label = MAIN if index == 0 else labels.get(usage.pid, OTHER)
        row = rows.setdefault(label, {"rss_mb": 0.0, "uss_mb": 0.0, "threads": 0, "fds": 0})
        row["rss_mb"] += usage.rss_mb
        row["uss_mb"] += usage.uss_mb or 0.0
        row["threads"] += usage.threads
        row["fds"] += usage.fds
    return {label: {field: round(value, 1) for field, value in row.items()} for label, row in rows.items()}, len(usages)


class _Series:
    """The run's rows: one per ``sample_s`` and one at the end."""

    def __init__(self, engines: dict, tally: _Tally, ticker: _Ticker) -> None:
        self.rows: list[dict] = []
        self._engines, self._tally, self._ticker = engines, tally, ticker
        self._counted = tally.totals()

    def sample(self, elapsed_s: float) -> dict:
        processes, count = _process_rows(self._engines)
        totals = self._tally.totals()
        row = {
            "minute": round(elapsed_s / 60, 2),
            "process_count": count,
            "memory_mb": round(sum(process["rss_mb"] for process in processes.values()), 1),
            "threads": sum(int(process["threads"]) for process in processes.values()),
            "fds": sum(int(process["fds"]) for process in processes.values()),
            "processes": processes,
            "results": {name: totals[name] - self._counted[name] for name in totals},
            "ui_stall_ms": self._ticker.take_worst_ms(),
        }
        self._counted = totals
        self.rows.append(row)
        return row


def slope_per_hour(minutes: Sequence[float], values: Sequence[float]) -> float | None:
    """The least-squares slope of ``values`` against time (per hour); None under three points."""
    if len(minutes) < 3 or min(minutes) == max(minutes):
        return None
    return float(np.polyfit(np.asarray(minutes) / 60, np.asarray(values, float), 1)[0])


def memory_trend(rows: list[dict], steady_from_s: float = STEADY_FROM_S) -> dict:
    """The slope of the last half of the run (total and per process, RSS: a process's USS moves whenever another
    process maps the same model files, so it is no trend), its projection over an 8-hour day
    (when the last half spans ``PROJECT_FROM_MIN``), and the growth from the first row at or after ``steady_from_s``
    to the last (%)."""
    end = rows[-1]["minute"]
    half = [row for row in rows if row["minute"] >= end / 2]
    minutes = [row["minute"] for row in half]
    labels = [label for label in rows[-1]["processes"] if all(label in row["processes"] for row in half)]
    slope = slope_per_hour(minutes, [row["memory_mb"] for row in half])
    day = slope * DAY_H if slope is not None and minutes[-1] - minutes[0] >= PROJECT_FROM_MIN else None
    steady = next((row for row in rows if row["minute"] >= steady_from_s / 60), None)
    if steady is rows[-1]:
        steady = None

    found = {label: slope_per_hour(minutes, [row["processes"][label]["rss_mb"] for row in half]) for label in labels}

    return {
        "last_half_from_minute": minutes[0],
        "slope_mb_per_h": None if slope is None else round(slope, 2),
        "rss_slope_mb_per_h": {label: None if value is None else round(value, 2) for label, value in found.items()},
        "day_h": DAY_H,
        "day_growth_mb": None if day is None else round(day, 1),
        "day_growth_pct": None if day is None or steady is None else round(day / steady["memory_mb"] * 100, 2),
        "steady_from_minute": None if steady is None else steady["minute"],
        "growth_from_steady_pct": None if steady is None else round(
            (rows[-1]["memory_mb"] / steady["memory_mb"] - 1) * 100, 2),
        "budget_pct": MEMORY_BUDGET_PCT,
    }


def soak(
    minutes: float,
    kill: str | None = None,
    report: Callable[[str], None] = lambda line: None,
    sample_s: float = SAMPLE_S,
) -> dict:
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
    ticker = _Ticker(stop)
    series = _Series(engines, tally, ticker)
    for thread in (ticker, *workers):
        thread.start()
    warm_up_s = min(WARM_UP_S, seconds / 4)
    start_usage, warm_at_s = None, seconds
    next_sample_s = sample_s
    while (elapsed := time.monotonic() - started) < seconds:
        if start_usage is None and elapsed >= warm_up_s and all(tally.totals().values()):  # every model loaded
            start_usage, warm_at_s = tree_usage(), elapsed
            report(f"warm: {start_usage}")
        if next_sample_s <= elapsed:
            report(row_line(series.sample(elapsed)))
            next_sample_s += sample_s
        if kill is not None and tally.killed_at is None and elapsed >= seconds / 2:
            pid = _pid_of(engines.get(kill))
            if pid is not None:
                tally.killed_at = time.monotonic()
                events.add(kill, f"soak: SIGKILL to the {kill} engine's process {pid}")
                os.kill(pid, signal.SIGKILL)
        time.sleep(TICK_S)
    end = series.sample(time.monotonic() - started)
    report(row_line(end))
    stop.set()
    for thread in (ticker, *workers):
        thread.join(30)
    silent = tally.silent_minutes(int(seconds // 60))
    errors += [f"{name}: no result in minute(s) {', '.join(str(m + 1) for m in gaps)}" for name, gaps in silent.items()]
    growth = (end["memory_mb"] / start_usage.memory_mb - 1) * 100 if start_usage else None
    return {
        "soak": {
            "minutes": minutes,
            "results": tally.totals(),
            "results_after_kill": tally.after_kill if kill else {},
            "killed": kill,
            "memory_start_mb": _round(start_usage, "memory_mb"),
            "memory_end_mb": end["memory_mb"],
            "memory_growth_pct": round(growth, 2) if growth is not None else None,
            "threads_start": _round(start_usage, "threads"),
            "threads_end": end["threads"],
            "fds_start": _round(start_usage, "fds"),
            "fds_end": end["fds"],
            "processes": end["process_count"],
            "restarts": {name: supervisor.restarts for name, supervisor in supervisors.items()},
            "ui_max_stall_ms": max(row["ui_stall_ms"] for row in series.rows),
            "ui_max_stall_after_warm_up_ms": max(
                (row["ui_stall_ms"] for before, row in zip(series.rows, series.rows[1:], strict=False)
                 if before["minute"] * 60 >= warm_at_s), default=None),
            "warm_up_s": round(warm_at_s, 1) if start_usage else None,
            "sample_s": sample_s,
            "trend": memory_trend(series.rows, min(STEADY_FROM_S, seconds / 4)),
            "series": series.rows,
            "errors": errors,
        }
    }


def _round(usage, field: str) -> float | int | None:
    if usage is None:
        return None
    value = getattr(usage, field)
    return round(value, 1) if isinstance(value, float) else value


def row_line(row: dict) -> str:
    """One row of the series in one line: minute, memory per process, results, stall."""
    processes = ", ".join(f"{label} {process['rss_mb']:.0f}" for label, process in row["processes"].items())
    results = ", ".join(f"{name} {count}" for name, count in row["results"].items())
    return (f"minute {row['minute']:g}: {row['memory_mb']:.0f} MB ({processes}), {row['threads']} threads, "
            f"{row['fds']} fds; results {results}; stall {row['ui_stall_ms']:.0f} ms")


def summary(result: dict) -> str:
    """The soak in words: results, restarts, memory per process with the trend, stalls, errors."""
    soak = result["soak"]
    trend, rows = soak["trend"], soak["series"]
    first, last = rows[0], rows[-1]

    def mb_per_h(value: float | None) -> str:
        return "-" if value is None else f"{value:+.1f} MB/h"

    lines = [
        f"Soak of {soak['minutes']:g} min: results {', '.join(f'{k} {v}' for k, v in soak['results'].items())}; "
        f"restarts {', '.join(f'{k} {v}' for k, v in soak['restarts'].items())}",
        f"Memory (RSS) minute {first['minute']:g} -> {last['minute']:g}, slope of the last half "
        f"(from minute {trend['last_half_from_minute']:g}):",
    ]
    for label, process in last["processes"].items():
        before = first["processes"].get(label, {}).get("rss_mb")
        lines.append(f"  {label:<8}{'-' if before is None else f'{before:.0f}':>6} -> {process['rss_mb']:.0f} MB  "
                     f"{mb_per_h(trend['rss_slope_mb_per_h'].get(label)):>12}")
    lines.append(f"  {'total':<8}{first['memory_mb']:>6.0f} -> {last['memory_mb']:.0f} MB  "
                 f"{mb_per_h(trend['slope_mb_per_h']):>12}")
    if trend["steady_from_minute"] is not None:
        lines.append(f"Growth from minute {trend['steady_from_minute']:g} to the end: "
                     f"{trend['growth_from_steady_pct']:+.2f} % (budget {trend['budget_pct']:g} %)")
    if trend["day_growth_mb"] is not None:
        lines.append(f"At the last half's slope an {trend['day_h']:g}-hour day adds {trend['day_growth_mb']:+.0f} MB"
                     + (f" ({trend['day_growth_pct']:+.1f} %)" if trend["day_growth_pct"] is not None else ""))
    worst = max(rows, key=lambda row: row["ui_stall_ms"])
    warm = soak["ui_max_stall_after_warm_up_ms"]
    lines += [
        f"Threads {soak['threads_start']} -> {soak['threads_end']}, fds {soak['fds_start']} -> {soak['fds_end']}; "
        f"worst stall of the UI stand-in (10 ms ticker) {worst['ui_stall_ms']:.0f} ms, in the minute to "
        f"{worst['minute']:g}" + ("" if warm is None else f"; after the warm-up {warm:.0f} ms"),
        *(f"error: {error}" for error in soak["errors"]),
    ]
    return "\n".join(lines)
