"""The transcript so far, kept on disk as it grows (JSON, written atomically) and read back at start."""

from __future__ import annotations

import json
from pathlib import Path

from pipelines.speech.protocol import Final, Word
from pipelines.storage.atomic_file import write_atomically


def save_finals(path: Path, finals: list[Final]) -> None:
    data = [
        {
            "text": f.text,
            "start": f.start_s,
            "end": f.end_s,
            "words": [[w.word, w.start, w.end, w.conf] for w in f.words],
            "source": f.source,
            "language": f.language,
            "translated": f.translated,
            "original": f.original,
        }
        for f in finals
    ]
    write_atomically(path, json.dumps(data, ensure_ascii=False))


def load_finals(path: Path) -> list[Final]:
    """The saved transcript; empty when there is none or it cannot be read (a damaged file is not fatal)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return [
            Final(
                item["text"],
                tuple(Word(*word) for word in item["words"]),
                item["start"],
                item["end"],
                item.get("source", ""),
                item.get("language", ""),
                translated=bool(item.get("translated", False)),
                original=item.get("original", ""),
            )
            for item in data
        ]
    except (OSError, ValueError, KeyError, TypeError):
        return []
