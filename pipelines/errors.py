"""Errors a user can act on: what went wrong and where, plus what to do about it."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from pipelines.phrases import QT_TRANSLATE_NOOP, Phrase

FILE_UNREADABLE = QT_TRANSLATE_NOOP("Pipelines", "Cannot read {path} ({reason})")
CANNOT_SAVE = QT_TRANSLATE_NOOP("Pipelines", "Cannot save {path} ({reason})")
PICK_ANOTHER_PLACE = QT_TRANSLATE_NOOP("Pipelines", "pick another folder, or free some space")


class ShowcaseError(Exception):
    """Base of every error shown to users as one line (never as a traceback)."""

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def one_line(self) -> str:
        """The message and the hint joined on one line, for the CLI and the status bar."""
        return f"{self.message} ({self.hint})" if self.hint else self.message


class ModelError(ShowcaseError):
    """A model file is missing, corrupt, of the wrong format or of the wrong shape."""


class SourceError(ShowcaseError):
    """A frame source cannot be opened or stopped delivering frames."""


class ProviderError(ShowcaseError):
    """No usable execution provider, or a forced one that is absent."""


def check_readable(path: Path) -> None:
    """SourceError saying why a file that is there cannot be opened for reading: its permissions, or on macOS a
    folder (Desktop, Documents) the app was not granted."""
    try:
        with path.open("rb"):
            pass
    except OSError as error:
        raise SourceError(Phrase(FILE_UNREADABLE, path=str(path), reason=error.strerror or str(error))) from error


@contextlib.contextmanager
def saving_to(path: Path | str) -> Iterator[None]:
    """Around a write to a place the user chose (an export): a folder that cannot be written, or a full disk, is one
    clear line; the user picks another place (nothing is retried: it is theirs to choose)."""
    try:
        yield
    except OSError as error:
        raise ShowcaseError(
            Phrase(CANNOT_SAVE, path=str(path), reason=error.strerror or str(error)), Phrase(PICK_ANOTHER_PLACE)
        ) from error


def first_line(error: BaseException | str, limit: int = 200) -> str:
    """An error's own text as one line: its first line (the rest is usually a native stack), at most ``limit`` long."""
    text = str(error).strip() or (type(error).__name__ if isinstance(error, BaseException) else "no details")
    return text.splitlines()[0][:limit]


def unexpected_error_message(error: BaseException) -> str:
    """The one line for an exception nobody expected (a bug, not a bad model or input)."""
    return f"Unexpected error: {type(error).__name__}: {error}"
