"""Python's garbage collector and the UI thread's 50 ms budget.

A full collection walks every tracked object while it holds the GIL: with the window built and the three pipelines
running (modules, widgets, their wrappers: 60,000-90,000 objects) one took 51-95 ms on a busy 2-core machine, a
frame missed at the booth. The objects alive once the window is built live as long as the app, so they are moved out
of the collector's reach (``gc.freeze``): a full collection then walks only what was made since, and costs
next to nothing. No collection is run to do it (collecting Qt wrappers at a new moment is what crashes).
"""

from __future__ import annotations

import gc


def freeze_long_lived_objects() -> None:
    """Exempt every object alive now from future collections (call once the window is built, before the event loop).
    Garbage alive now stays in memory: at start-up there is next to none."""
    gc.freeze()
