"""Frames preprocessed by the thread that reads them, while their pixels are still in that core's cache.

The reader threads (``LatestFrameGrabber`` live, ``ReadAhead`` for a whole file) read a ``PreparingSource``: each frame
comes with the detector's inputs made from it. Read after an inference had filled the caches with weights, the
demo frame's resize and BGRA conversion took 0.29-0.35 ms on the inference thread; on the reader, right after the
decode, 0.23-0.29, off the inference thread's path. On 2 cores both of which the inference uses, most of that came
back as inference slowed by the reader beside it (+0.3 ms): ``bench detection`` 1.103-1.121 -> 1.104-1.108,
five interleaved pairs (AMD EPYC Zen 4); where a core is free the whole of it leaves a frame's time, and a live
frame's inputs are ready when the worker takes it. The price: a live frame the worker drops (a model slower than the
camera) was preprocessed for nothing, a few tenths of a millisecond of the grabber's core each.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import numpy as np

from pipelines.detection.geometry import ImageTransform
from pipelines.detection.protocol import Detector
from pipelines.detection.sources import Frame, FrameSource


@dataclass(frozen=True)
class PreparedFrame(Frame):
    """A frame with ``detector``'s inputs made from it, and how long that took (milliseconds)."""

    detector: Detector
    inputs: dict[str, np.ndarray]
    transform: ImageTransform
    pre_ms: float


def prepared_for(detector: Detector, frame: Frame) -> PreparedFrame:
    """``frame`` as it is where it was prepared for ``detector``, else preprocessed now."""
    if isinstance(frame, PreparedFrame) and frame.detector is detector:
        return frame
    started = time.perf_counter()
    inputs, transform = detector.preprocess(frame.image)
    pre_ms = (time.perf_counter() - started) * 1000
    return PreparedFrame(frame.image, frame.captured_at, frame.index, detector, inputs, transform, pre_ms)


class PreparingSource(FrameSource):
    """``source``'s frames, each preprocessed for ``detector`` by the thread that reads it."""

    def __init__(self, source: FrameSource, detector: Detector) -> None:
        self.name = source.name
        self.live = source.live
        self._source = source
        self._detector = detector

    def read(self) -> PreparedFrame | None:
        frame = self._source.read()
        return None if frame is None else prepared_for(self._detector, frame)

    def close(self) -> None:
        self._source.close()
