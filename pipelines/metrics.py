"""Rolling latency statistics per stage (last, p50, p95) and event rates (FPS, tokens/s)."""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import numpy as np

DEFAULT_WINDOW = 120


def median(values: Iterable[float], digits: int = 1) -> float:
    """The median of ``values`` rounded to ``digits`` (0.0 when there are none): the benches' and the report's figure."""
    values = list(values)
    return round(float(np.median(values)), digits) if values else 0.0


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
        p50, p95 = np.percentile(np.fromiter(self._values, float), (50, 95))
        return StatSummary(self._values[-1], float(p50), float(p95), len(self._values))


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
