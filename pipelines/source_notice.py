"""A message a live loop yields about its source (e.g. it fell back to the demo media)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SourceNotice:
    """Something the user must know about the source."""

    message: str
