"""Write-then-rename: a file is either its old content or its new one, never half of each (a crash, a full disk)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from pipelines.errors import saving_to


def write_atomically(path: Path, text: str, mode: int | None = None) -> None:
    """Write ``text`` to a temporary file beside ``path``, flush it to disk, then rename it over ``path``; readable by
    the user alone (the temporary file's 0600) unless ``mode`` says otherwise."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        if mode is not None:
            os.chmod(temporary, mode)
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def export_text(path: Path | str, text: str) -> None:
    """An export to a place the user chose (a transcript, a chat): written atomically, a failure one clear line
    (``errors.saving_to``: the user picks another place, nothing is retried)."""
    with saving_to(path):
        write_atomically(Path(path), text)
