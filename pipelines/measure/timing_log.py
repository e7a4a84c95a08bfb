"""The last hour of per-item timings of every pipeline, in memory, for the session report.

Each pipeline's live loop records one value per item (a detection frame's total time, a final
transcript's latency, a reply's tokens per second and first-token time). Bounded twice: samples older
than ``KEEP_S`` are dropped, and no series holds more than ``MAX_SAMPLES`` (an hour at 30 FPS is
108,000 frames: about 2 MB). Thread-safe: the loops run on worker threads.
"""

from __future__ import annotations

import threading
import time
from collections import deque

KEEP_S = 3600.0
MAX_SAMPLES = 120_000
SERIES = {  # name -> (pipeline, what one sample is, unit)
    "detection_frame_ms": ("detection", "time per frame", "ms"),
    "speech_final_ms": ("speech", "final text after the last word", "ms"),
    "chat_tokens_per_s": ("chat", "tokens per second of a reply", "tokens/s"),
    "chat_first_token_ms": ("chat", "first token of a reply", "ms"),
}


class TimingLog:
    """Samples per series as (seconds since the log started, value)."""

    def __init__(self, keep_s: float = KEEP_S, max_samples: int = MAX_SAMPLES) -> None:
        self.keep_s = keep_s
        self.started = time.monotonic()
        self._series: dict[str, deque[tuple[float, float]]] = {name: deque(maxlen=max_samples) for name in SERIES}
        self._lock = threading.Lock()

    def record(self, series: str, value: float) -> None:
        now = time.monotonic() - self.started
        with self._lock:
            samples = self._series[series]
            samples.append((now, float(value)))
            while samples and samples[0][0] < now - self.keep_s:
                samples.popleft()

    def snapshot(self) -> dict[str, list[tuple[float, float]]]:
        """A copy of every series (oldest first)."""
        with self._lock:
            return {name: list(samples) for name, samples in self._series.items()}


SESSION = TimingLog()  # this process's session
