"""Rolling latency statistics per stage (last, p50, p95) and event rates (FPS, tokens/s)."""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import numpy as np

DEFAULT_WINDOW = 120


def percentiles(values: Iterable[float], *quantiles: float, digits: int | None = None) -> tuple[float, ...]:
    """The ``quantiles`` (0-100) of ``values``, rounded to ``digits`` when given; zeros when there are none.
    The one percentile of the app: the overlays, the benches, the report."""
    samples = np.fromiter(values, float)
    if not samples.size:
        return tuple(0.0 for _ in quantiles)
    found = (float(value) for value in np.percentile(samples, quantiles))
    return tuple(round(value, digits) if digits is not None else value for value in found)


def median(values: Iterable[float], digits: int | None = 1) -> float:
    """The median of ``values`` rounded to ``digits`` (0.0 when there are none): the benches' and the report's
    figure."""
    return percentiles(values, 50, digits=digits)[0]


@dataclass(frozen=True)
class StatSummary:
    """Latency figures of one stage in milliseconds."""

    last: float
    p50: float
    p95: float
    count: int


class RollingStat:
    """The last ``window`` samples of one quantity."""

    def __init__(self, window: int = DEFAULT_WINDOW) -> None:
        self._values: deque[float] = deque(maxlen=window)

    def add(self, value: float) -> None:
        self._values.append(float(value))

    def summary(self) -> StatSummary:
        if not self._values:
            return StatSummary(0.0, 0.0, 0.0, 0)
        p50, p95 = percentiles(self._values, 50, 95)
        return StatSummary(self._values[-1], p50, p95, len(self._values))


class RateMeter:
    """Events per second over the last ``window`` events (FPS for frames, tokens/s for tokens)."""

    def __init__(self, window: int = DEFAULT_WINDOW, clock=time.perf_counter) -> None:
        self._stamps: deque[float] = deque(maxlen=window)
        self._clock = clock

    def tick(self, at: float | None = None) -> None:
        self._stamps.append(self._clock() if at is None else at)

    def rate(self) -> float:
        if len(self._stamps) < 2:
            return 0.0
        span = self._stamps[-1] - self._stamps[0]
        return (len(self._stamps) - 1) / span if span > 0 else 0.0


class StageMetrics:
    """Rolling stats for a fixed set of named stages plus a rate of completed items."""

    def __init__(self, stages: Iterable[str], window: int = DEFAULT_WINDOW) -> None:
        self._stats = {stage: RollingStat(window) for stage in stages}
        self.rate = RateMeter(window)

    @property
    def stages(self) -> tuple[str, ...]:
        return tuple(self._stats)

    def record(self, timings_ms: Mapping[str, float]) -> None:
        """Add one item's timings; stages not tracked here are ignored."""
        for stage, value in timings_ms.items():
            stat = self._stats.get(stage)
            if stat is not None:
                stat.add(value)

    def summary(self) -> dict[str, StatSummary]:
        return {stage: stat.summary() for stage, stat in self._stats.items()}
