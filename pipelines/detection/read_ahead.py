"""Read ahead: the next frame of a file is decoded on a thread while this one is processed, every frame kept.

The live loop's ``LatestFrameGrabber`` reads on its own thread and drops what the model cannot keep up with; a file
read whole (``run_all``: the CLI's ``detect``, ``bench detection``) wants every frame in order, one decoded ahead.
"""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor, wait

from pipelines.detection.sources import Frame, FrameSource


class ReadAhead(FrameSource):
    """``source`` read one frame ahead: ``read()`` hands over the frame decoded meanwhile (waiting for it if need be)
    and starts decoding the next; ``settle()`` waits for that decode. The source's errors are raised by ``read()``."""

    def __init__(self, source: FrameSource) -> None:
        self.name = source.name
        self.live = source.live
        self._source = source
        self._reader = ThreadPoolExecutor(1, thread_name_prefix=f"read-ahead:{source.name}")
        self._pending: Future[Frame | None] = self._reader.submit(source.read)

    def __enter__(self) -> ReadAhead:
        return self

    def read(self) -> Frame | None:
        frame = self._pending.result()
        if frame is not None:
            self._pending = self._reader.submit(self._source.read)
        return frame

    def settle(self) -> None:
        """Wait until the frame being decoded is ready (or its read failed: ``read()`` raises that)."""
        wait([self._pending])

    def close(self) -> None:
        """Let the decode in flight end, then release the source (on this thread: no read is cut short)."""
        self._reader.shutdown(wait=True, cancel_futures=True)
        self._source.close()
