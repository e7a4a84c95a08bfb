"""Loading a detector from an ONNX file: pick its architecture and precision, bind a provider, warm it up.

The built-in detector comes in two precisions; each provider gets the one it wants (``auto``): INT8
for NPUs and for OpenVINO on any device (Intel's stack runs QDQ graphs as INT8 kernels: VNNI/AMX on
the CPU, the GPU's and NPU's INT8 units), FP32 for the other GPU providers, and INT8 on onnxruntime's
CPU EP only when ``models build`` measured it faster there and in agreement with FP32 (>= 0.9).
``fp32`` or ``int8`` forces one. A model file the user opens runs as it is.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import onnxruntime as ort

from pipelines.detection import ssd_mobilenet  # noqa: F401 - registers the built-in architecture
from pipelines.detection.precision import CPU_MIN_AGREEMENT
from pipelines.detection.protocol import ARCHITECTURES, Detector
from pipelines.devices.onnx_sessions import create_session
from pipelines.devices.ranking import CPU_EP, ProviderChoice
from pipelines.errors import ModelError, ShowcaseError
from pipelines.model_store import ModelStatus, model_status, read_manifest, resolve_model
from pipelines.models import CATALOG, DEFAULT_DETECTOR, DETECTOR_BUILDS, DETECTOR_PRECISIONS, INT8_DETECTOR
from pipelines.phrases import QT_TRANSLATE_NOOP, Phrase

NOT_A_DETECTOR = QT_TRANSLATE_NOOP(
    "Pipelines", "{path} is not a detector this app can decode (architecture '{architecture}')"
)
EXPECTED_DETECTOR = QT_TRANSLATE_NOOP(
    "Pipelines", "expected an ONNX model built by 'edge-showcase models build' ({known})"
)

OPENVINO_EP = "OpenVINOExecutionProvider"


def architecture_of(session: ort.InferenceSession, model_path: Path) -> type[Detector]:
    name = session.get_modelmeta().custom_metadata_map.get("architecture", "")
    detector_class = ARCHITECTURES.get(name)
    if detector_class is None:
        known = ", ".join(sorted(ARCHITECTURES))
        raise ModelError(Phrase(NOT_A_DETECTOR, path=str(model_path), architecture=name or "unknown"),
                         Phrase(EXPECTED_DETECTOR, known=known))
    detector_class.check_signature(session, model_path)
    return detector_class


def cpu_prefers_int8() -> bool:
    """What ``models build`` measured on this machine: INT8 faster on the CPU, and in agreement with FP32."""
    measured = read_manifest().get(INT8_DETECTOR, {})
    fp32_ms, int8_ms = measured.get("cpu_fp32_ms_p50", 0), measured.get("cpu_int8_ms_p50", 0)
    return measured.get("agreement", 0) >= CPU_MIN_AGREEMENT and 0 < int8_ms < fp32_ms


def auto_precision(choice: ProviderChoice, int8: ModelStatus) -> str:
    """The precision a provider's device wants, given the state of the INT8 build."""
    wants_int8 = choice.device == "NPU" or choice.ep == OPENVINO_EP or (choice.ep == CPU_EP and cpu_prefers_int8())
    return "int8" if int8.ready and wants_int8 else "fp32"


def built_in_detector(choice: ProviderChoice, precision: str) -> tuple[Path, str]:
    """The built-in detector's file for ``choice`` at ``precision`` ('auto' decides by provider and device)."""
    if precision == "auto":
        int8 = model_status(CATALOG[INT8_DETECTOR])  # checksummed once: a ready INT8 file is used as it is
        precision = auto_precision(choice, int8)
        if precision == "int8":
            return int8.path, precision
    return resolve_model(DETECTOR_BUILDS[precision], None), precision


def load_detector(model: Path | None = None, provider: str | None = None, precision: str = "auto", strict: bool = False,
                  threads: int | None = None, spin: bool | None = None) -> Detector:
    """Load a detector on the best (or the forced: a provider, or 'device:npu') provider, warmed up with one
    real (profiled) inference; ``strict``: an accelerator must run every node itself; ``threads``: the CPU
    threads it may use (None: one per core); ``spin``: it has the machine to itself (None: when ``threads`` is)."""
    if precision not in DETECTOR_PRECISIONS:
        raise ShowcaseError(f"Unknown precision '{precision}'", f"choose one of: {', '.join(DETECTOR_PRECISIONS)}")
    if model is not None and precision != "auto":
        raise ShowcaseError(
            "--precision picks a build of the built-in detector", "a model file you open runs in its own precision"
        )
    chooser = (
        resolve_model(DEFAULT_DETECTOR, model)
        if model is not None
        else (lambda choice: built_in_detector(choice, precision))
    )

    def warmup(session: ort.InferenceSession, model_path: Path) -> None:
        session.run(None, architecture_of(session, model_path).warmup_inputs(session))

    spin = threads is None if spin is None else spin
    binding = create_session(chooser, warmup, forced=provider, strict=strict, threads=threads, spin=spin)
    info = binding.info
    if model is not None:  # its metadata may say (the built INT8 model's does); otherwise unknown
        info = replace(info, precision=binding.session.get_modelmeta().custom_metadata_map.get("precision", ""))
    return architecture_of(binding.session, binding.model_path)(binding.session, info, binding.model_path)
