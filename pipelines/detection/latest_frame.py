"""Latest frame wins: a reader thread keeps only the newest frame, so a slow model drops frames."""

from __future__ import annotations

import threading
import time

from pipelines.detection.sources import Frame, FrameSource
from pipelines.errors import ShowcaseError, SourceError

JOIN_TIMEOUT_S = 1.0


class SourceEnded(Exception):
    """The finite source has no more frames."""


class LatestFrameGrabber:
    """Reads ``source`` on its own thread; ``get()`` returns the newest frame not yet taken."""

    def __init__(self, source: FrameSource) -> None:
        self._source = source
        self._cond = threading.Condition()
        self._latest: Frame | None = None
        self._error: ShowcaseError | None = None
        self._ended = False
        self._stopping = threading.Event()
        self.dropped = 0
        self._thread = threading.Thread(target=self._run, name=f"frames:{source.name}", daemon=True)

    def start(self) -> LatestFrameGrabber:
        self._thread.start()
        return self

    def _run(self) -> None:
        try:
            while not self._stopping.is_set():
                frame = self._source.read()
                with self._cond:
                    if frame is None:
                        self._ended = True
                    else:
                        if self._latest is not None:
                            self.dropped += 1
                        self._latest = frame
                    self._cond.notify_all()
                if frame is None:
                    return
        except ShowcaseError as error:
            self._finish_with(error)
        except Exception as error:
            self._finish_with(SourceError(f"{self._source.name} failed: {error}"))
        finally:
            self._source.close()  # on this thread, so a read in progress is never cut short

    def _finish_with(self, error: ShowcaseError) -> None:
        with self._cond:
            self._error = error
            self._cond.notify_all()

    def get(self, timeout: float) -> Frame | None:
        """The newest unseen frame, None after ``timeout`` s; raises the source's error or SourceEnded."""
        deadline = time.perf_counter() + timeout
        with self._cond:
            while self._latest is None:
                if self._error is not None:
                    raise self._error
                if self._ended:
                    raise SourceEnded
                remaining = deadline - time.perf_counter()
                if remaining <= 0:
                    return None
                self._cond.wait(remaining)
            frame, self._latest = self._latest, None
            return frame

    def stop(self) -> None:
        """Stop reading; the reader thread releases the source. Returns within about a second."""
        self._stopping.set()
        if self._thread.is_alive():
            self._thread.join(JOIN_TIMEOUT_S)

    @property
    def running(self) -> bool:
        return self._thread.is_alive()
