"""The detection pipeline: frame -> pre -> infer -> post -> result with its timings.

``process`` handles one frame; ``run_live`` is the loop a worker runs (latest frame wins, checks
its stop flag at least every 100 ms); ``run_all`` reads every frame of a finite source (CLI), one decoded ahead.
Both preprocess each frame on the thread that reads it (``prepared_frames.py``): ``pre`` is measured there.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from pipelines.detection.latest_frame import LatestFrameGrabber, SourceEnded
from pipelines.detection.prepared_frames import PreparingSource, prepared_for
from pipelines.detection.protocol import Detection, Detector, DetectorSettings
from pipelines.detection.read_ahead import ReadAhead
from pipelines.detection.sources import Frame, FrameSource
from pipelines.devices.provider_info import ProviderInfo
from pipelines.measure.timing_log import SESSION

STAGES = ("wait", "pre", "infer", "post", "total", "latency", "paint")
POLL_S = 0.1


@dataclass(frozen=True)
class DetectionResult:
    """What one frame produced, with per-stage timings in milliseconds."""

    frame: Frame
    detections: list[Detection]
    timings_ms: dict[str, float]
    provider: ProviderInfo
    dropped_frames: int = 0
    source_name: str = ""

    def to_json(self) -> dict:
        return {
            "frame": self.frame.index,
            "detections": [d.to_json() for d in self.detections],
            **self.provider.to_json(),
            "timings_ms": {
                k: round(v, 2) for k, v in self.timings_ms.items() if k in ("pre", "infer", "post", "total")
            },
        }


@dataclass
class DetectionPipeline:
    """A detector plus its live settings; ``settings`` may be replaced from another thread."""

    detector: Detector
    settings: DetectorSettings = field(default_factory=DetectorSettings)

    def process(self, frame: Frame, wait_ms: float = 0.0, dropped: int = 0, source_name: str = "") -> DetectionResult:
        """One frame's detections: its inputs as the reader thread made them (else made now), inference, decode."""
        settings = self.settings  # one consistent snapshot even if the UI swaps it meanwhile
        prepared = prepared_for(self.detector, frame)
        t1 = time.perf_counter()
        outputs = self.detector.infer(prepared.inputs)
        t2 = time.perf_counter()
        detections = self.detector.postprocess(outputs, prepared.transform, settings)
        t3 = time.perf_counter()
        timings = {
            "wait": wait_ms,
            "pre": prepared.pre_ms,
            "infer": (t2 - t1) * 1000,
            "post": (t3 - t2) * 1000,
            "total": prepared.pre_ms + (t3 - t1) * 1000,
            "latency": (t3 - frame.captured_at) * 1000,
        }
        SESSION.record("detection_frame_ms", timings["total"])
        return DetectionResult(frame, detections, timings, self.detector.provider, dropped, source_name)

    def preparing(self, source: FrameSource) -> PreparingSource:
        """``source`` with each frame preprocessed for this pipeline's detector by the thread that reads it."""
        return PreparingSource(source, self.detector)

    def run_live(self, source: FrameSource, should_stop: Callable[[], bool]) -> Iterator[DetectionResult]:
        """Process the newest frame each time; frames that arrive meanwhile are dropped, not queued."""
        grabber = LatestFrameGrabber(self.preparing(source)).start()
        try:
            while not should_stop():
                waited_from = time.perf_counter()
                try:
                    frame = grabber.get(timeout=POLL_S)
                except SourceEnded:
                    return
                if frame is None:
                    continue
                wait_ms = (time.perf_counter() - waited_from) * 1000
                yield self.process(frame, wait_ms, grabber.dropped, source.name)
        finally:
            grabber.stop()

    def run_all(self, source: FrameSource) -> Iterator[DetectionResult]:
        """Every frame of a finite source, in order, as fast as possible: the next one decoded while this one is
        processed."""
        with ReadAhead(self.preparing(source)) as frames:
            while True:
                waited_from = time.perf_counter()
                frame = frames.read()
                if frame is None:
                    return
                yield self.process(frame, (time.perf_counter() - waited_from) * 1000, 0, source.name)
