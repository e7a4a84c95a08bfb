"""``bench energy``: the laptop's power draw with each pipeline alone, and the energy one result costs.

The draw is read from the best source here (``pipelines/machine/power.py``: the battery while it discharges, else
RAPL) on a thread every ``interval_s`` and integrated over the run. First the machine idles for ``seconds``
(nothing loaded): that baseline is subtracted, so a pipeline's watts are what it adds. Then each pipeline, loaded
first and then timed alone for ``seconds`` on the bundled media (the dashboard bench's loads, engines sized to the
whole machine): detection as fast as it goes (millijoules per frame), speech hearing the demo recording in real time
(per second of audio), chat answering the scripted question (per generated token). Without a source the report
says why instead of a number.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType

from pipelines.machine.power import PowerSource, PowerUnavailable, find_power_source
from pipelines.measure.dashboard_bench import LOADS
from pipelines.measure.timing_log import SESSION, TimingLog
from pipelines.names import PIPELINES, Pipeline
from pipelines.runtime.engine_support import require

INTERVAL_S = 0.5
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
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, name="power-sampler", daemon=True)
        self.started = self.ended = 0.0

    def __enter__(self) -> PowerSampler:
        try:
            self.source.watts()  # starts an energy counter's interval (RAPL); a battery's first reading is dropped
        except PowerUnavailable as error:
            self.lost = error.reason
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
                self.lost = error.reason
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
        raise PowerUnavailable(f"the source stopped during the run: {sampler.lost}")
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
            added_w, mj = per_result(sampler.mean_w(), idle.mean_w(), sampler.ended - sampler.started,
                                     result[count_key])
            report[pipeline] = {"w": added_w, "total_w": round(sampler.mean_w(), 2), energy_key: mj,
                                count_key: round(result[count_key], 1), "samples": len(sampler.samples)}
    except PowerUnavailable as error:
        return {"energy": {"source": "none", "reason": error.reason}}
    return {"energy": report}
