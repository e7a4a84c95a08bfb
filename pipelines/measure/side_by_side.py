"""What the comparisons of text have in common (the Chat panel's answers, the Speech panel's transcripts): one side
as it stands, and which of two finished sides was how many times as fast."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

DEVICE, ENGINES = "device", "engines"  # the two kinds: the CPU against the best accelerator, one engine against another

@dataclass(frozen=True)
class Side:
    """One side as it stands: where it runs (``title``), what tells it from the other side (``name``: its device, or
    its engine), its text so far, and whether it is done."""

    title: str
    name: str
    text: str = ""
    done: bool = False


S = TypeVar("S", bound=Side)


def faster_side(left: S | None, right: S | None, speed: Callable[[S], float]) -> tuple[S, S, float] | None:
    """Once both are done: the faster side, the slower one, and how many times as fast (``speed``: higher is
    faster)."""
    if left is None or right is None or not (left.done and right.done):
        return None
    fast, slow = sorted((left, right), key=speed, reverse=True)
    return fast, slow, speed(fast) / max(speed(slow), 1e-9)
