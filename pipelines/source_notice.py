"""A message a live loop yields about its source (e.g. it fell back to the demo media), and when it falls back."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SourceNotice:
    """Something the user must know about the source."""

    message: str


def gives_way_to_demo(source: str, demo: str, allowed: bool, delivered: bool, device_prefix: str) -> bool:
    """A device (camera, microphone) that fails, or any source that fails after it delivered something (a file
    deleted while it plays), gives way to the demo media when the user allows it; a file that cannot be opened at
    all, or the demo itself, is an error to show."""
    return source != demo and allowed and (delivered or source.startswith(device_prefix))
