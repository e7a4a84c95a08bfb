"""Listening for a passer-by: the default microphone's level, and a signal when it stays loud.

The kiosk's attract loop opens the microphone only while it plays (kiosk mode, ``kiosk/wake_on_sound``),
keeps no audio, and hands back to the live panels as soon as someone speaks near the booth.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from pipelines.speech.sources import MicrophoneSource

WAKE_DBFS = -35.0  # louder than a quiet room, quieter than a voice at a metre
WAKE_HOLD_S = 0.3  # this long above it: a voice, not a click


def loud_sound(should_stop: Callable[[], bool], threshold_dbfs: float = WAKE_DBFS, hold_s: float = WAKE_HOLD_S,
               device: int | None = None) -> Iterator[float]:
    """Yield the level (dBFS) each time the microphone stays at or above ``threshold_dbfs`` for ``hold_s``."""
    source = MicrophoneSource(device)
    try:
        loud_s = 0.0
        for chunk in source.chunks(should_stop):
            level = chunk.level_dbfs()
            loud_s = loud_s + chunk.duration_s if level >= threshold_dbfs else 0.0
            if loud_s >= hold_s:
                loud_s = 0.0
                yield level
    finally:
        source.close()
