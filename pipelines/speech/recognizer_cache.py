"""The recognizers the Speech panel keeps loaded between runs (loading one again would make each start wait), each
under its key: the engine list's choice and the device asked for. One per choice: the same engine on another device
is closed once the new one is ready. Whatever the cache lets go it closes (a hosted recognizer's child process
would otherwise live on, a Whisper's 200 MB with it)."""

from __future__ import annotations

from pipelines.errors import ShowcaseError
from pipelines.speech.protocol import Recognizer

Key = tuple[str, str | None]  # (the engine list's choice, the device asked for: None for the best ranked)


class RecognizerCache:
    def __init__(self) -> None:
        self._kept: dict[Key, Recognizer] = {}

    def get(self, key: Key) -> Recognizer | None:
        return self._kept.get(key)

    def engine_of(self, key: Key) -> str:
        """The engine of the recognizer kept for ``key`` ("" when none is kept)."""
        recognizer = self._kept.get(key)
        return recognizer.info.engine if recognizer is not None else ""

    def loaded(self) -> list[Recognizer]:
        return list(self._kept.values())

    def keep(self, key: Key, recognizer: Recognizer) -> None:
        """``recognizer`` is ready for ``key``: the same choice's recognizer on another device is closed."""
        for other in [other for other in self._kept if other[0] == key[0] and other != key]:
            self.discard(other)
        self._kept[key] = recognizer

    def discard(self, key: Key) -> None:
        """Close and forget ``key``'s recognizer: dead, hung, in an unknown state, or still decoding for a run let
        go (it is ended under that decode, whose result nobody waits for)."""
        recognizer = self._kept.pop(key, None)
        if recognizer is not None:
            recognizer.close()

    def take_fault(self) -> ShowcaseError | None:
        """The fault of a kept recognizer whose process died while the panel was idle (that one discarded)."""
        for key, recognizer in list(self._kept.items()):
            fault = recognizer.fault()
            if fault is not None:
                self.discard(key)
                return fault
        return None

    def close_all(self) -> None:
        for key in list(self._kept):
            self.discard(key)
