"""sha256 of model files and folders, and a record of the ones already read so an unchanged file is not read again.

A model is checked against its recorded sha256 at every load: reading a whole model costs about 1 s per GB, and the
dashboard's start read 1.1 s of models on two cores while their engines loaded. As git's index does, a file is
taken as unchanged while its size, modification and change times (ns) and inode are the ones it had when it was last
hashed: any write or copy changes them, and the change time cannot be set back by a user's tools. A file written in
the last ``SETTLE_S`` is not remembered (git's "racily clean" files): file systems keep times in ticks of a few ms
(FAT: 2 s), so a write in the same tick as the hash would leave the state as it was.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from contextlib import suppress
from pathlib import Path

from pipelines.storage.atomic_file import write_atomically

SETTLE_S = 3.0


def file_sha256(path: Path) -> str:
    """sha256 of a file; of a model folder, over its files' relative paths and contents."""
    digest = hashlib.sha256()
    for file in _files(path):
        if path.is_dir():
            digest.update(file.relative_to(path).as_posix().encode() + b"\0")
        with file.open("rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    return digest.hexdigest()


def _files(path: Path) -> list[Path]:
    return sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]


def file_state(path: Path) -> tuple[str, int]:
    """What changes when a file (or any file of a folder) is written, replaced, added or removed; and the time of
    its latest change (ns)."""
    states, latest = [], 0
    for file in _files(path):
        stat = file.stat()
        states.append([file.as_posix(), stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns, stat.st_ino])
        latest = max(latest, stat.st_mtime_ns, stat.st_ctime_ns)
    return hashlib.sha256(json.dumps(states).encode()).hexdigest(), latest


def checked_sha256(path: Path, record: Path) -> str:
    """``path``'s sha256, read only when its state is not the one ``record`` (a JSON file) kept from the last read;
    a record that cannot be read or written only means hashing again."""
    key, (state, changed_ns) = str(path.resolve()), file_state(path)
    checked = _read(record)
    kept = checked.get(key)
    if isinstance(kept, dict) and kept.get("state") == state:
        return str(kept["sha256"])
    sha256 = file_sha256(path)
    settled = time.time_ns() - changed_ns > SETTLE_S * 1e9
    if settled and file_state(path)[0] == state:  # not changed lately, nor while it was read
        checked = {k: v for k, v in _read(record).items() if os.path.exists(k)}  # another process's, the live ones
        checked[key] = {"state": state, "sha256": sha256}
        with suppress(OSError):  # a read-only place: the next load reads the file again
            write_atomically(record, json.dumps(checked, indent=1, sort_keys=True))
    return sha256


def _read(record: Path) -> dict[str, dict]:
    try:
        checked = json.loads(record.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return checked if isinstance(checked, dict) else {}

