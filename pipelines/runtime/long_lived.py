"""Python's garbage collector and the UI thread's 50 ms budget.

A full collection walks every tracked object while it holds the GIL: with the window built and the three pipelines
running (modules, widgets, their wrappers: 60,000-90,000 objects) one took 41-95 ms on a busy 2-core machine, a
frame missed at the booth. The objects alive once the window is built live as long as the app, so they are moved out
of the collector's reach (``gc.freeze``): a full collection then walks only what was made since, and costs next to
nothing. No collection is run to do it (collecting Qt wrappers at a new moment is what crashed). The window freezes
them for good once it is built; ``bench dashboard`` and the tests' UI heartbeat for as long as they measure.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


def freeze_long_lived_objects() -> None:
    """Exempt every object alive now from future collections (the app: once the window is built, before the event
    loop). Garbage alive now stays in memory: at start-up there is next to none."""
    gc.freeze()


def thaw_long_lived_objects() -> None:
    """Give the frozen objects back to the collector."""
    gc.unfreeze()


@contextmanager
def long_lived_objects_frozen() -> Iterator[None]:
    """The objects alive on entry frozen until the block ends (a measurement that stands in for the window's)."""
    freeze_long_lived_objects()
    try:
        yield
    finally:
        thaw_long_lived_objects()
