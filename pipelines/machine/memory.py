"""Memory figures from psutil, the same on every platform: what is free (to refuse a model that cannot fit) and
what this process holds now."""

from __future__ import annotations

import psutil


def available_memory_bytes() -> int | None:
    """Memory available to a new allocation without swapping, or None where the platform does not tell."""
    try:
        return int(psutil.virtual_memory().available)
    except (OSError, RuntimeError, AttributeError):
        return None


def process_memory_bytes() -> int | None:
    """This process's resident memory now (the working set on Windows), or None where the platform does not tell."""
    try:
        return int(psutil.Process().memory_info().rss)
    except (OSError, psutil.Error):
        return None
