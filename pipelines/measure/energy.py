"""``bench energy``: the laptop's power draw with each pipeline alone, and the energy one result costs.

The draw is read from the best source here (``pipelines/machine/power.py``: the battery while it discharges, else
RAPL) on a thread every ``interval_s`` and integrated over the run. First the machine idles for ``seconds``
(nothing loaded): that baseline is subtracted, so a pipeline's watts are what it adds. Then each pipeline, loaded
first and then timed alone for ``seconds`` on the bundled media (the dashboard bench's loads, engines sized to the
whole machine): detection as fast as it goes (millijoules per frame), speech hearing the demo recording in real time
(per second of audio), chat answering the scripted question (per generated token). Without a source the report
says why instead of a number.

``PhasedMeter`` serves comparisons (the window's C and P): a power reading averages over seconds, so two detectors
taking turns every frame cannot be told apart. The phases take turns in blocks of seconds instead (an idle baseline,
then each side alone), and each reading goes to the block it falls in.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from pipelines.machine.power import PowerSource, PowerUnavailable, find_power_source
from pipelines.measure.dashboard_bench import LOADS
from pipelines.measure.timing_log import SESSION, TimingLog
from pipelines.names import PIPELINES, Pipeline
from pipelines.runtime.engine_support import require

INTERVAL_S = 0.5
# Readings left out at the start of each phase's block: a battery gauge's rate lags the work by a second or two; an
# energy counter's reading is exact over its interval, so only the one that straddles the switch goes (one interval).
SETTLE_S = {"battery": 2.0, "rapl": 0.0}
PER_RESULT = {  # pipeline -> (the load's count of results, the report's key)
    Pipeline.DETECTION: ("frames", "mj_per_frame"),
    Pipeline.SPEECH: ("audio_s", "mj_per_audio_s"),
    Pipeline.CHAT: ("tokens", "mj_per_token"),
}


class PowerSampler:
    """Reads ``source`` on a thread every ``interval_s`` while in its ``with`` block, each reading also recorded as
    the session's ``power_w`` series (``log``). ``lost``: why the source stopped answering mid-run ('' if it did
    not: a charger plugged in stops a battery's)."""

    def __init__(self, source: PowerSource, interval_s: float = INTERVAL_S, log: TimingLog | None = SESSION) -> None:
        self.source = source
        self.interval_s = interval_s
        self.log = log
        self.samples: list[tuple[float, float]] = []  # (time.monotonic(), W)
        self.lost = ""
        self.lost_cause = ""  # PowerUnavailable's cause, with ``lost``
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, name="power-sampler", daemon=True)
        self.started = self.ended = 0.0

    def __enter__(self) -> PowerSampler:
        try:
            self.source.watts()  # starts an energy counter's interval (RAPL); a battery's first reading is dropped
        except PowerUnavailable as error:
            self.lost, self.lost_cause = error.reason, error.cause
        self.started = time.monotonic()
        self._thread.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
                 ) -> None:
        self._stop.set()
        self._thread.join()
        self.ended = time.monotonic()

    def _sample(self) -> None:
        while not self.lost and not self._stop.wait(self.interval_s):
            try:
                watts = self.source.watts()
            except PowerUnavailable as error:
                self.lost, self.lost_cause = error.reason, error.cause
                return
            self.samples.append((time.monotonic(), watts))
            if self.log is not None:
                self.log.record("power_w", watts)

    def mean_w(self) -> float:
        """The average draw: each reading weighted by the time since the one before (an energy counter's reading
        is the average over exactly that time)."""
        energy, last = 0.0, self.started
        for at, watts in self.samples:
            energy, last = energy + watts * (at - last), at
        return energy / (last - self.started) if last > self.started else 0.0


@contextmanager
def power_samples(root: Path = Path("/")) -> Iterator[None]:
    """The draw recorded in the session's timing log while in the block, where a source exists (the report's
    plot); nothing otherwise."""
    try:
        source = find_power_source(root)
    except PowerUnavailable:
        yield
        return
    with PowerSampler(source):
        yield


def _run_for(source: PowerSource, seconds: float, interval_s: float,
             work: Callable[[threading.Event], dict]) -> tuple[dict, PowerSampler]:
    """``work`` until ``seconds`` have passed (it stops when its event is set), with the draw sampled throughout."""
    stop = threading.Event()
    timer = threading.Timer(seconds, stop.set)
    with PowerSampler(source, interval_s) as sampler:
        timer.start()
        result = work(stop)
    timer.cancel()
    if sampler.lost:
        raise PowerUnavailable(f"the source stopped during the run: {sampler.lost}", sampler.lost_cause)
    return result, sampler


def _idle(stop: threading.Event) -> dict:
    stop.wait()
    return {}


def per_result(total_w: float, idle_w: float, seconds: float, count: float) -> tuple[float, float | None]:
    """The watts a pipeline adds to the idle draw, and the millijoules each of the ``count`` results it gave in
    ``seconds`` took (None without a result)."""
    added_w = total_w - idle_w
    return round(added_w, 2), round(added_w * seconds * 1000 / count, 2) if count else None


def bench_energy(seconds: float = 30.0, root: Path = Path("/"), interval_s: float = INTERVAL_S) -> dict:
    """``{"energy": {"source", "idle_w", "seconds", per pipeline {"w", "total_w", "mj_per_...", ...}}}``, or
    ``{"energy": {"source": "none", "reason"}}``; ``root``: where Linux's /sys is."""
    try:
        source = find_power_source(root)
        for pipeline in PIPELINES:
            require(pipeline)
        _, idle = _run_for(source, seconds, interval_s, _idle)
        report: dict = {"source": source.kind, "idle_w": round(idle.mean_w(), 2), "seconds": seconds,
                        "interval_s": interval_s}
        for pipeline in PIPELINES:
            load = LOADS[pipeline](None)
            try:
                result, sampler = _run_for(source, seconds, interval_s, load.run)
            finally:
                load.close()
            count_key, energy_key = PER_RESULT[pipeline]
            measured_s = sampler.ended - sampler.started  # the pipeline's last result may end past ``seconds``
            added_w, mj = per_result(sampler.mean_w(), idle.mean_w(), measured_s, result[count_key])
            report[pipeline] = {"w": added_w, "total_w": round(sampler.mean_w(), 2), energy_key: mj,
                                count_key: round(result[count_key], 1), "samples": len(sampler.samples),
                                "measured_s": round(measured_s, 2)}
    except PowerUnavailable as error:
        return {"energy": {"source": "none", "reason": error.reason}}
    return {"energy": report}


@dataclass
class Block:
    """One phase's turn: when it ran (``time.monotonic()``) and how many results it gave."""

    phase: str
    started: float
    ended: float = 0.0
    count: float = 0.0


def attribute(samples: list[tuple[float, float]], blocks: list[Block], settle_s: float) -> dict[str, list[float]]:
    """Each reading (time, W) to the phase whose finished block it falls in, the first ``settle_s`` of every block
    left out; readings between blocks or in a block still running count nowhere."""
    by_phase: dict[str, list[float]] = {}
    for at, watts in samples:
        for block in blocks:
            if block.ended and block.started + settle_s < at <= block.ended:
                by_phase.setdefault(block.phase, []).append(watts)
                break
    return by_phase


@dataclass(frozen=True)
class PhaseDraw:
    """A phase over all its blocks: the mean draw of its readings (None without one), its seconds and results."""

    total_w: float | None
    seconds: float
    count: float
    readings: int


class PhasedMeter:
    """The draw sampled while phases take turns in blocks (``begin``, then ``end`` with the results the block gave):
    ``draw(phase)`` averages the readings that fell in that phase's blocks. ``phase`` is the one running now ('' between
    blocks). ``settle_s``: at least one sampling interval is always left out at a block's start."""

    def __init__(self, source: PowerSource, interval_s: float = INTERVAL_S, settle_s: float | None = None,
                 log: TimingLog | None = SESSION) -> None:
        self.sampler = PowerSampler(source, interval_s, log)
        settle = SETTLE_S.get(source.kind, 0.0) if settle_s is None else settle_s
        self.settle_s = max(settle, interval_s)
        self.blocks: list[Block] = []
        self.phase = ""

    def __enter__(self) -> PhasedMeter:
        self.sampler.__enter__()
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
                 ) -> None:
        self.sampler.__exit__(kind, error, trace)

    @property
    def lost(self) -> str:
        return self.sampler.lost

    def begin(self, phase: str) -> None:
        self.blocks.append(Block(phase, time.monotonic()))
        self.phase = phase

    def end(self, count: float) -> None:
        block = self.blocks[-1]
        block.ended, block.count = time.monotonic(), count
        self.phase = ""

    def now_w(self) -> float | None:
        """The latest reading (the laptop's draw now), None before the first."""
        samples = self.sampler.samples
        return samples[-1][1] if samples else None

    def draw(self, phase: str) -> PhaseDraw:
        readings = attribute(list(self.sampler.samples), self.blocks, self.settle_s).get(phase, [])
        blocks = [block for block in self.blocks if block.phase == phase and block.ended]
        return PhaseDraw(
            sum(readings) / len(readings) if readings else None,
            sum(block.ended - block.started for block in blocks),
            sum(block.count for block in blocks),
            len(readings),
        )
