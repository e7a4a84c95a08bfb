"""The app's log file: events and warnings, rotated, in the user's log folder."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from pipelines.storage import user_folders

MAX_BYTES = 1 << 20
BACKUPS = 3
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def install_log_file() -> Path | None:
    """Send warnings and the watchdog's events to ``edge-showcase.log`` in the log folder (1 MiB, 3 old files kept);
    None when the folder cannot be written (the app runs on, the event log view still has the events)."""
    path = user_folders.log_folder() / "edge-showcase.log"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.setLevel(logging.WARNING)
    root = logging.getLogger()
    if not any(isinstance(h, RotatingFileHandler) and h.baseFilename == handler.baseFilename for h in root.handlers):
        root.addHandler(handler)
    else:
        handler.close()
    return path
