"""A panel's seat in the machine's core plan (``pipelines/runtime/core_split.py``): live while its pipeline
runs, told its new thread count when another pipeline starts or stops, and gone with the panel."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from pipelines.runtime.core_split import CORES


class CoreShare:
    """``pipeline``'s share for ``owner``; ``on_change(threads)`` runs (on the UI thread) when it changes."""

    def __init__(self, owner: QObject, pipeline: str, on_change: Callable[[int], None]) -> None:
        self.pipeline = pipeline
        self._on_change = on_change
        self._live = False
        CORES.subscribe(self._split_changed)
        owner.destroyed.connect(self.release)

    def threads(self) -> int:
        return CORES.threads(self.pipeline)

    def alone(self) -> bool:
        """No other pipeline runs beside this one."""
        return CORES.alone(self.pipeline)

    def set_live(self, live: bool) -> None:
        if live != self._live:
            self._live = live
            CORES.set_live(self.pipeline, live)

    def release(self) -> None:
        """Out of the plan for good (the panel closes or is destroyed)."""
        CORES.unsubscribe(self._split_changed)
        self.set_live(False)

    def _split_changed(self, split: dict[str, int]) -> None:
        if self._live and self.pipeline in split:
            self._on_change(split[self.pipeline])
