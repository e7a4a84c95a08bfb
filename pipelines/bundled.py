"""Paths of the small files bundled with the app (demo media, labels, icons) in the assets package."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def asset_path(relative: str) -> Path:
    """Absolute path of a bundled asset, e.g. ``asset_path("demo/people_walking.mp4")``."""
    return Path(str(resources.files("assets").joinpath(relative)))


DEMO_VIDEO = "demo"  # the source spec that means the bundled demo video


def demo_video_path() -> Path:
    return asset_path("demo/people_walking.mp4")
