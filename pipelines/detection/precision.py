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
from dataclasses import dataclass

import numpy as np

from pipelines.bundled import demo_video_path
from pipelines.detection.detector import Detection, Detector, DetectorSettings
from pipelines.detection.nms import box_iou
from pipelines.detection.sources import VideoFileSource
from pipelines.errors import SourceError

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
            "fp32_ms_p50": round(self.fp32_ms_p50, 2), "int8_ms_p50": round(self.int8_ms_p50, 2),
            "speedup": round(self.fp32_ms_p50 / self.int8_ms_p50, 3),
            "fp32_mb": round(self.fp32_mb, 1), "int8_mb": round(self.int8_mb, 1),
            "size_ratio": round(self.int8_mb / self.fp32_mb, 3),
            "agreement": round(self.agreement, 3), "reference_detections": self.reference_detections, "frames": self.frames,
        }


def compare_precisions(fp32: Detector, int8: Detector, frames: list[np.ndarray]) -> PrecisionComparison:
    """Both detectors on each frame (alternating which runs first, so drift hits both alike)."""
    settings = DetectorSettings(score_threshold=AGREEMENT_MIN_SCORE)
    times: dict[Detector, list[float]] = {fp32: [], int8: []}
    outputs: dict[Detector, list[np.ndarray]] = {}
    found = total = 0
    for index, frame in enumerate(frames):
        inputs, transform = fp32.preprocess(frame)  # the same input for both: only the model differs
        for detector in (fp32, int8) if index % 2 == 0 else (int8, fp32):
            started = time.perf_counter()
            outputs[detector] = detector.infer(inputs)
            times[detector].append((time.perf_counter() - started) * 1000)
        reference = fp32.postprocess(outputs[fp32], transform, settings)
        found += matched(reference, int8.postprocess(outputs[int8], transform, settings))
        total += len(reference)
    return PrecisionComparison(
        float(np.median(times[fp32])), float(np.median(times[int8])),
        fp32.model_path.stat().st_size / 1e6, int8.model_path.stat().st_size / 1e6,
        found / total if total else 0.0, total, len(frames),
    )
