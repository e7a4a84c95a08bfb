"""The last hour of per-item timings of every pipeline, in memory, for the session report.

Each pipeline's live loop records one value per item (a detection frame's total time, a final
transcript's latency, a reply's tokens per second and first-token time). Bounded twice: samples older
than ``KEEP_S`` are dropped, and no series holds more than ``MAX_SAMPLES``. A sample is two C doubles
side by side in one array (16 bytes; a deque of (time, value) tuples took 112, 12 MB for an hour of
frames at 30 FPS, which ``soak`` showed as the window's process growing for its first hour); the expired
samples are dropped once they are half the array, so an hour at 30 FPS (108,000 frames) holds 2-4 MB.
Thread-safe: the loops run on worker threads.
"""

from __future__ import annotations

import threading
import time
from array import array

KEEP_S = 3600.0
MAX_SAMPLES = 120_000
SERIES = {  # name -> (pipeline, or "power", what one sample is, unit)
    "detection_frame_ms": ("detection", "time per frame", "ms"),
    "speech_final_ms": ("speech", "final text after the last word", "ms"),
    "chat_tokens_per_s": ("chat", "tokens per second of a reply", "tokens/s"),
    "chat_first_token_ms": ("chat", "first token of a reply", "ms"),
    "power_w": ("power", "the laptop's power draw", "W"),  # pipelines/measure/energy.py, where a source exists
}


class TimingLog:
    """Samples per series as (seconds since the log started, value)."""

    def __init__(self, keep_s: float = KEEP_S, max_samples: int = MAX_SAMPLES) -> None:
        self.keep_s = keep_s
        self.max_samples = max_samples
        self.started = time.monotonic()
        self._series = {name: array("d") for name in SERIES}  # time, value, time, value...
        self._first = dict.fromkeys(SERIES, 0)  # where the oldest kept sample starts
        self._lock = threading.Lock()

    def record(self, series: str, value: float) -> None:
        now = time.monotonic() - self.started
        with self._lock:
            samples = self._series[series]
            samples.extend((now, float(value)))
            first = max(self._first[series], len(samples) - 2 * self.max_samples)
            while samples[first] < now - self.keep_s:
                first += 2
            if first * 2 >= len(samples):
                del samples[:first]
                first = 0
            self._first[series] = first

    def snapshot(self) -> dict[str, list[tuple[float, float]]]:
        """A copy of every series (oldest first)."""
        with self._lock:
            return {name: list(zip(samples[self._first[name]::2], samples[self._first[name] + 1::2], strict=True))
                    for name, samples in self._series.items()}


SESSION = TimingLog()  # this process's session
