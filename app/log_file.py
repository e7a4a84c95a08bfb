"""The app's log file: events and warnings, rotated, in the user's log folder, written on a thread of its own (a
warning logged on the UI thread never waits for the disk: a slow or network home folder, a rotation's renames)."""

from __future__ import annotations

import atexit
import logging
import queue
import threading
from logging.handlers import QueueHandler, QueueListener, RotatingFileHandler
from pathlib import Path

from pipelines.storage import user_folders

MAX_BYTES = 1 << 20
BACKUPS = 3
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
CLOSE_WAIT_S = 2.0
_installed: list[tuple[QueueHandler, QueueListener]] = []


class _ToLogFile(QueueHandler):
    """Hands records to the log file's writer thread; ``path`` is the file it writes."""

    def __init__(self, records: queue.SimpleQueue, path: Path) -> None:
        super().__init__(records)
        self.path = path


def install_log_file() -> Path | None:
    """Send warnings and the watchdog's events to ``edge-showcase.log`` in the log folder (1 MiB, 3 old files kept);
    None when the folder cannot be written (the app runs on, the event log view still has the events). What is
    queued is written out when the process exits. One file per process: each one's writer thread wakes for every
    warning (a window built again with another log folder, as the tests do, had left a writer per folder)."""
    path = user_folders.log_folder() / "edge-showcase.log"
    root = logging.getLogger()
    if any(isinstance(h, _ToLogFile) and h.path == path for h in root.handlers):
        return path
    close_log_file()  # one log file per process: one elsewhere (another log folder since) is closed first
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.setLevel(logging.WARNING)
    records: queue.SimpleQueue = queue.SimpleQueue()
    writer = QueueListener(records, handler, respect_handler_level=True)
    writer.start()
    to_file = _ToLogFile(records, path)
    to_file.setLevel(logging.WARNING)
    root.addHandler(to_file)
    if not _installed:
        atexit.register(close_log_file)
    _installed.append((to_file, writer))
    return path


def close_log_file(timeout_s: float = CLOSE_WAIT_S) -> None:
    """Write out what is queued and close the file (at exit; also before an exit that skips ``atexit``), waiting at
    most ``timeout_s`` for a disk that hangs."""
    while _installed:
        to_file, writer = _installed.pop()
        logging.getLogger().removeHandler(to_file)
        stopping = threading.Thread(target=writer.stop, name="log-file-close", daemon=True)
        stopping.start()
        stopping.join(timeout_s)
        if not stopping.is_alive():
            for handler in writer.handlers:
                handler.close()
