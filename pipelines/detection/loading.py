"""Loading a detector from an ONNX file: pick its architecture, bind a provider, warm it up."""

from __future__ import annotations

from pathlib import Path

import onnxruntime as ort

from pipelines.detection import ssd_mobilenet  # noqa: F401 - registers the built-in architecture
from pipelines.detection.detector import ARCHITECTURES, Detector
from pipelines.errors import ModelError
from pipelines.models import DEFAULT_DETECTOR, resolve_model
from pipelines.providers import create_session


def architecture_of(session: ort.InferenceSession, model_path: Path) -> type[Detector]:
    name = session.get_modelmeta().custom_metadata_map.get("architecture", "")
    detector_class = ARCHITECTURES.get(name)
    if detector_class is None:
        known = ", ".join(sorted(ARCHITECTURES))
        raise ModelError(
            f"{model_path} is not a detector this app can decode (architecture '{name or 'unknown'}')",
            f"expected an ONNX model built by 'edge-showcase models build' ({known})",
        )
    detector_class.check_signature(session, model_path)
    return detector_class


def load_detector(model: Path | None = None, provider: str | None = None) -> Detector:
    """Load a detector on the best (or the forced) provider, warmed up with one real inference."""
    model_path = resolve_model(DEFAULT_DETECTOR, model)

    def warmup(session: ort.InferenceSession) -> None:
        detector_class = architecture_of(session, model_path)
        session.run(None, detector_class.warmup_inputs(session))

    binding = create_session(model_path, warmup, forced=provider)
    return architecture_of(binding.session, model_path)(binding.session, binding.info, model_path)
