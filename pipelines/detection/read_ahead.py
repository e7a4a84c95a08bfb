"""Read ahead: the next frame of a file is decoded on a thread while this one is processed, every frame kept.

The live loop's ``LatestFrameGrabber`` reads on its own thread and drops what the model cannot keep up with; a file
read whole (``run_all``: the CLI's ``detect``, ``bench detection``) wants every frame in order, one decoded ahead.

The hand-over is two C-level queues (a request to decode the next frame, the frame decoded) and one thread for the
whole file: a ``ThreadPoolExecutor`` future per frame cost 92 us of every frame's time right after inference, on cold
caches, and 20 more to wait for the next decode (AMD EPYC Zen 4, 2 cores); these queues 39 and 4.5 (most of it the
reader thread's wake-up).
"""

from __future__ import annotations

import threading
from queue import SimpleQueue

from pipelines.detection.sources import Frame, FrameSource

_EMPTY = object()  # nothing taken ahead by ``settle()``; nothing has ended the reading


class ReadAhead(FrameSource):
    """``source`` read one frame ahead: ``read()`` hands over the frame decoded meanwhile (waiting for it if need be)
    and asks for the next; ``settle()`` waits for that decode. The source's errors are raised by ``read()``, and
    again by every read after it; after the end every read is None."""

    def __init__(self, source: FrameSource) -> None:
        self.name = source.name
        self.live = source.live
        self._source = source
        self._requests: SimpleQueue[bool] = SimpleQueue()  # True: decode the next frame; False: stop
        self._decoded: SimpleQueue[Frame | None | BaseException] = SimpleQueue()
        self._taken: object = _EMPTY
        self._end: object = _EMPTY  # what ended the reading, once met: None (the source's end) or its error
        self._requests.put(True)
        self._reader = threading.Thread(target=self._decode, name=f"read-ahead:{source.name}", daemon=True)
        self._reader.start()

    def __enter__(self) -> ReadAhead:
        return self

    def _decode(self) -> None:
        try:
            while self._requests.get():
                frame = self._source.read()
                self._decoded.put(frame)
                if frame is None:
                    return
        except BaseException as error:  # handed to the reading thread, which raises it (it would wait forever else)
            self._decoded.put(error)

    def _next(self) -> object:
        taken, self._taken = self._taken, _EMPTY
        return self._decoded.get() if taken is _EMPTY else taken

    def read(self) -> Frame | None:
        if self._end is _EMPTY:
            item = self._next()
            if isinstance(item, Frame):
                self._requests.put(True)
                return item
            self._end = item
        if isinstance(self._end, BaseException):
            raise self._end
        return None

    def settle(self) -> None:
        """Wait until the frame being decoded is ready (or its read failed: ``read()`` raises that)."""
        if self._end is _EMPTY and self._taken is _EMPTY:
            self._taken = self._decoded.get()

    def close(self) -> None:
        """Let the decode in flight end, then release the source (on this thread: no read is cut short)."""
        self._requests.put(False)
        self._reader.join()
        self._source.close()
