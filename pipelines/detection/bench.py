"""``bench detection``: the raw engine against the whole pipeline, per frame, in the same run;
``--compare precision``: FP32 against INT8 on one provider (``pipelines/detection/precision.py``);
``--compare device``: the CPU against the best accelerator (``pipelines/detection/comparison.py``).

Each demo frame is measured both ways, alternating which goes first, so drift on a noisy machine
hits both equally: raw is ``session.run`` on the last frame's ready-made input; the pipeline is what the app
performs per frame: inference + decode/NMS, with the next frame decoded and preprocessed on a reader thread meanwhile
(as the live grabber and the CLI's ``detect`` do). That reading counts: a frame's time ends when the next frame is
ready, so a decode that outlasts the processing, or slows it by taking a core, shows; none is in flight while raw
runs. ``stages_ms_p50`` gives ``pre`` as the reader thread measured it.
"""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np

from pipelines.bundled import demo_video_path
from pipelines.detection.comparison import DEVICE, load_pair, run_pair
from pipelines.detection.loading import load_detector
from pipelines.detection.pipeline import DetectionPipeline
from pipelines.detection.precision import AGREEMENT_FRAMES, Tally, compare_precisions, demo_frames
from pipelines.detection.read_ahead import ReadAhead
from pipelines.detection.sources import VideoFileSource
from pipelines.measure.metrics import percentiles

WARMUP_FRAMES = 3


def bench_precisions(provider: str | None = None, strict: bool = False) -> dict:
    """``{"compare": {...}}``: the built-in detector in FP32 and in INT8 on the same provider and demo frames."""
    fp32 = load_detector(None, provider, "fp32", strict)
    int8 = load_detector(None, fp32.provider.key, "int8", strict)
    comparison = compare_precisions(fp32, int8, demo_frames(AGREEMENT_FRAMES))
    return {"compare": {**comparison.to_json(), "provider": fp32.provider.ep, "device": fp32.provider.device}}


def _side_json(detector, ms_p50: float) -> dict:
    info = detector.provider
    return {"provider": info.ep, "device": info.device, "precision": info.precision, "ms_p50": round(ms_p50, 2),
            "fps": round(1000 / ms_p50, 1) if ms_p50 else 0.0}


def bench_devices(strict: bool = False) -> dict:
    """``{"compare": {"cpu": {...}, "accelerator": {...} or None, ...}}``: the same model and precision on the CPU
    and on the best accelerator, the same demo frames; ``accelerator`` None (and ``why``) where there is none."""
    pair = load_pair(DEVICE, strict)
    tally = Tally()
    for frame in demo_frames(AGREEMENT_FRAMES):
        run_pair(pair, frame, tally)
    cpu_ms, accelerator_ms = tally.p50()
    accelerator = _side_json(pair.right, accelerator_ms) if pair.right is not None else None
    return {"compare": {
        "cpu": _side_json(pair.left, cpu_ms), "accelerator": accelerator,
        "speedup": round(cpu_ms / accelerator_ms, 3) if accelerator else None,
        "agreement": round(tally.agreement, 3) if accelerator else None,
        "why": pair.missing, "frames": tally.frames,
    }}


def bench_detection(frames: int = 60, provider: str | None = None, model: Path | None = None, precision: str = "auto",
                    strict: bool = False) -> dict:
    """Returns ``{"detection": {...}}`` with raw and pipeline medians and their ratio."""
    detector = load_detector(model, provider, precision, strict)
    pipeline = DetectionPipeline(detector)
    raw_ms: list[float] = []
    pipeline_ms: list[float] = []
    stage_ms: dict[str, list[float]] = {"pre": [], "infer": [], "post": [], "wait": []}
    frame = None
    with ReadAhead(pipeline.preparing(VideoFileSource(demo_video_path(), loop=True, paced=False))) as source:
        for index in range(frames + WARMUP_FRAMES):
            for step in ("raw", "pipeline") if index % 2 else ("pipeline", "raw"):  # index 0: the pipeline first
                if step == "pipeline":
                    started = time.perf_counter()
                    frame = source.next_frame()
                    read_ms = (time.perf_counter() - started) * 1000
                    result = pipeline.process(frame, wait_ms=read_ms)
                    settling = time.perf_counter()
                    source.settle()
                    waited_ms = read_ms + (time.perf_counter() - settling) * 1000
                    elapsed = (time.perf_counter() - started) * 1000
                    if index >= WARMUP_FRAMES:
                        pipeline_ms.append(elapsed)
                        for stage, values in stage_ms.items():
                            values.append(waited_ms if stage == "wait" else result.timings_ms[stage])
                elif frame is not None:
                    inputs, _ = detector.preprocess(frame.image)
                    started = time.perf_counter()
                    detector.session.run(None, inputs)
                    if index >= WARMUP_FRAMES:
                        raw_ms.append((time.perf_counter() - started) * 1000)
    raw_p50, pipeline_p50 = percentiles(raw_ms, 50, digits=2)[0], percentiles(pipeline_ms, 50, digits=2)[0]
    return {
        "detection": {
            "raw_infer_ms_p50": raw_p50,
            "pipeline_ms_p50": pipeline_p50,
            "overhead_ratio": round(pipeline_p50 / raw_p50, 3),
            "fps": round(1000 / float(np.mean(pipeline_ms)), 1),
            **detector.provider.to_json(),
            "frames": frames,
            "raw_infer_ms_p95": percentiles(raw_ms, 95, digits=2)[0],
            "pipeline_ms_p95": percentiles(pipeline_ms, 95, digits=2)[0],
            "stages_ms_p50": {stage: percentiles(values, 50, digits=2)[0] for stage, values in stage_ms.items()},
        }
    }
