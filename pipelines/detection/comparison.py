"""Two detectors side by side on the same frames: the CPU against the best accelerator (same model, same
precision), or FP32 against INT8 (same provider). The window's C and P keys and ``bench detection
--compare device|precision`` use it.

Where only a CPU exists, the device comparison has no second side: it says so, with why each
accelerator was not used, and never shows a second column of the same CPU.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

import numpy as np

from pipelines.bundled import demo_video_path
from pipelines.detection.loading import load_detector
from pipelines.detection.precision import Tally, model_mb, run_both, run_one
from pipelines.detection.protocol import Detection, Detector
from pipelines.detection.sources import VideoFileSource
from pipelines.errors import ShowcaseError
from pipelines.models import CATALOG, INT8_DETECTOR, model_status

DEVICE, PRECISION = "device", "precision"


@dataclass(frozen=True)
class Pair:
    """The two sides (``right`` None where the machine has nothing to compare with, and ``missing`` says why)."""

    kind: str
    left: Detector
    right: Detector | None
    left_title: str
    right_title: str
    missing: str = ""


def side_title(detector: Detector) -> str:
    info = detector.provider
    return f"{info.device} · {info.ep} · {info.precision.upper()}"


def load_pair(kind: str, strict: bool = False) -> Pair:
    """Load both sides of a comparison (seconds: run it off the UI thread)."""
    if kind == DEVICE:
        best = load_detector(strict=strict)
        if best.provider.device == "CPU":
            tried = best.provider.fallback_note()
            why = "No NPU or GPU this app can use on this machine: the CPU is the only device here" + (
                f" ({tried})" if tried else ""
            )
            return Pair(kind, best, None, side_title(best), "", why)
        cpu = load_detector(provider="cpu", precision=best.provider.precision or "auto")
        return Pair(kind, cpu, best, side_title(cpu), side_title(best))
    if kind == PRECISION:
        if not model_status(CATALOG[INT8_DETECTOR]).ready:
            raise ShowcaseError("The INT8 detector is not built yet", "run 'edge-showcase models build'")
        fp32 = load_detector(precision="fp32", strict=strict)
        int8 = load_detector(provider=fp32.provider.key, precision="int8", strict=strict)
        return Pair(
            kind,
            fp32,
            int8,
            f"FP32 · {model_mb(fp32):.1f} MB · {fp32.provider.device}",
            f"INT8 · {model_mb(int8):.1f} MB · {int8.provider.device}",
        )
    raise ValueError(f"unknown comparison {kind!r}")


@dataclass(frozen=True)
class ComparedFrame:
    """One frame, each side's detections and time, and the figures so far."""

    image: np.ndarray
    left: list[Detection]
    right: list[Detection]
    left_ms: float
    right_ms: float
    left_ms_p50: float
    right_ms_p50: float
    agreement: float
    frames: int

    @property
    def speedup(self) -> float:
        return self.left_ms_p50 / self.right_ms_p50 if self.right_ms_p50 else 0.0


def run_pair(pair: Pair, image: np.ndarray, tally: Tally) -> tuple[list[Detection], list[Detection]]:
    """Both sides on one frame, or the one side alone where there is no second."""
    if pair.right is None:
        return run_one(pair.left, image, tally), []
    return run_both(pair.left, pair.right, image, tally)


def compare_live(pair: Pair, should_stop: Callable[[], bool]) -> Iterator[ComparedFrame]:
    """Both sides on the demo video at its own pace, frame after frame, until stopped."""
    tally = Tally()
    with VideoFileSource(demo_video_path(), loop=True, paced=True) as source:
        while not should_stop():
            image = source.next_frame().image
            left, right = run_pair(pair, image, tally)
            left_p50, right_p50 = tally.p50()
            yield ComparedFrame(
                image,
                left,
                right,
                tally.left_ms[-1],
                tally.right_ms[-1] if tally.right_ms else 0.0,
                left_p50,
                right_p50,
                tally.agreement,
                tally.frames,
            )
