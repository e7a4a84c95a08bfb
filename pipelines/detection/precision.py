"""FP32 against INT8: the same detector in two precisions, on the same frames, on the same provider.

Agreement is the share of FP32's detections that INT8 also finds, both as the app shows them at the
default score threshold (0.5): same class, box IoU >= 0.5. (INT8's quantized logits often land on
exactly 0, a score of exactly 0.5, which the threshold leaves out: counting those would add about
0.03.) ``models build`` calibrates on the demo video's even frames and measures
agreement on every sixth odd one, so the two sets never overlap; ``bench --compare precision`` uses
the same agreement frames.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass, field

import numpy as np

from pipelines.bundled import demo_video_path
from pipelines.detection.nms import box_iou
from pipelines.detection.protocol import Detection, Detector, DetectorSettings
from pipelines.detection.sources import VideoFileSource
from pipelines.errors import SourceError
from pipelines.measure.metrics import median

AGREEMENT_MIN_SCORE = 0.5
AGREEMENT_MIN_IOU = 0.5
CALIBRATION_FRAMES = range(0, 200, 2)
AGREEMENT_FRAMES = range(1, 200, 6)
CPU_MIN_AGREEMENT = 0.9  # below this the CPU keeps FP32 even when INT8 is faster


def demo_frames(indices: Iterable[int]) -> list[np.ndarray]:
    """The demo video's frames at ``indices`` (BGR), read in one pass."""
    wanted = set(indices)
    last = max(wanted, default=-1)
    frames = []
    with VideoFileSource(demo_video_path(), loop=False, paced=False) as source:
        while last >= 0 and (frame := source.read()) is not None and frame.index <= last:
            if frame.index in wanted:
                frames.append(frame.image)
    if len(frames) != len(wanted):
        raise SourceError(f"The demo video {demo_video_path()} has fewer frames than {last + 1}")
    return frames


def matched(reference: list[Detection], candidate: list[Detection]) -> int:
    """How many ``reference`` detections a ``candidate`` detection of the same class overlaps (IoU >= 0.5)."""
    found = 0
    for detection in reference:
        boxes = np.array([c.box for c in candidate if c.class_id == detection.class_id], np.float32).reshape(-1, 4)
        if len(boxes) and box_iou(np.array(detection.box, np.float32), boxes).max() >= AGREEMENT_MIN_IOU:
            found += 1
    return found


@dataclass
class Tally:
    """Two detectors on the same frames: each one's inference times, and how many of the left one's
    detections (score >= 0.5) the right one also found."""

    left_ms: list[float] = field(default_factory=list)
    right_ms: list[float] = field(default_factory=list)
    found: int = 0
    reference: int = 0
    frames: int = 0

    @property
    def agreement(self) -> float:
        return self.found / self.reference if self.reference else 0.0

    def p50(self) -> tuple[float, float]:
        return (
            median(self.left_ms, digits=None),
            median(self.right_ms, digits=None),
        )


def run_both(
    left: Detector, right: Detector, frame: np.ndarray, tally: Tally
) -> tuple[list[Detection], list[Detection]]:
    """Both detectors on one frame, each from its own input (the INT8 build takes the frame's uint8 pixels),
    alternating which runs first so drift on a noisy machine hits both alike; the tally takes the times and
    matches."""
    settings = DetectorSettings(score_threshold=AGREEMENT_MIN_SCORE)
    (left_inputs, transform), (right_inputs, _) = left.preprocess(frame), right.preprocess(frame)
    inputs = {id(left): left_inputs, id(right): right_inputs}
    outputs, times = {}, {}
    for detector in (left, right) if tally.frames % 2 == 0 else (right, left):
        started = time.perf_counter()
        outputs[id(detector)] = detector.infer(inputs[id(detector)])
        times[id(detector)] = (time.perf_counter() - started) * 1000
    found_left = left.postprocess(outputs[id(left)], transform, settings)
    found_right = right.postprocess(outputs[id(right)], transform, settings)
    tally.left_ms.append(times[id(left)])
    tally.right_ms.append(times[id(right)])
    tally.found += matched(found_left, found_right)
    tally.reference += len(found_left)
    tally.frames += 1
    return found_left, found_right


def run_one(detector: Detector, frame: np.ndarray, tally: Tally) -> list[Detection]:
    """A side with nothing beside it (a CPU-only machine): timed as the left side, nothing to agree with."""
    inputs, transform = detector.preprocess(frame)
    started = time.perf_counter()
    outputs = detector.infer(inputs)
    tally.left_ms.append((time.perf_counter() - started) * 1000)
    tally.frames += 1
    return detector.postprocess(outputs, transform, DetectorSettings(score_threshold=AGREEMENT_MIN_SCORE))


@dataclass(frozen=True)
class PrecisionComparison:
    """Inference time, size and agreement of the two precisions over one frame set."""

    fp32_ms_p50: float
    int8_ms_p50: float
    fp32_mb: float
    int8_mb: float
    agreement: float
    reference_detections: int
    frames: int

    def to_json(self) -> dict:
        return {
            "fp32_ms_p50": round(self.fp32_ms_p50, 2),
            "int8_ms_p50": round(self.int8_ms_p50, 2),
            "speedup": round(self.fp32_ms_p50 / self.int8_ms_p50, 3),
            "fp32_mb": round(self.fp32_mb, 1),
            "int8_mb": round(self.int8_mb, 1),
            "size_ratio": round(self.int8_mb / self.fp32_mb, 3),
            "agreement": round(self.agreement, 3),
            "reference_detections": self.reference_detections,
            "frames": self.frames,
        }


def model_mb(detector: Detector) -> float:
    return detector.model_path.stat().st_size / 1e6


def compare_precisions(fp32: Detector, int8: Detector, frames: list[np.ndarray]) -> PrecisionComparison:
    """Both detectors on each frame, FP32 as the reference."""
    tally = Tally()
    for frame in frames:
        run_both(fp32, int8, frame, tally)
    fp32_ms, int8_ms = tally.p50()
    return PrecisionComparison(
        fp32_ms, int8_ms, model_mb(fp32), model_mb(int8), tally.agreement, tally.reference, tally.frames
    )
