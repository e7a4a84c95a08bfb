"""What the app keeps about its user is readable by that user alone.

The settings file, the chat history and everything else the window writes (snapshots, saved
transcripts, exported chats) are created under a ``077`` umask: files 0600, folders 0700 on Linux
and macOS. Files an older version left readable by others are tightened at start. On Windows the
files live in the user's profile (``%APPDATA%``), whose access list already admits only that user
(and the system's administrators), so nothing is changed there.
"""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

PRIVATE_UMASK = 0o077
PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700


def keep_private(*places: Path) -> None:
    """From now on create every file user-only, and tighten ``places`` (files, or folders with their files)."""
    if sys.platform == "win32":
        return
    os.umask(PRIVATE_UMASK)
    for place in places:
        if place.is_dir():
            _tighten(place, PRIVATE_FOLDER)
            for child in place.iterdir():
                if child.is_file():
                    _tighten(child, PRIVATE_FILE)
        elif place.is_file():
            _tighten(place, PRIVATE_FILE)
            _tighten(place.parent, PRIVATE_FOLDER)


def _tighten(path: Path, mode: int) -> None:
    try:
        if stat.S_IMODE(path.stat().st_mode) & ~mode:
            path.chmod(mode)
    except OSError:  # not ours to change (a shared folder): leave it, the files in it are still created 0600
        pass
