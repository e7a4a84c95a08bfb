"""The detector interface and the registry of detector architectures.

A detector is three steps around one onnxruntime session: ``preprocess`` (image -> model inputs),
``infer`` and ``postprocess`` (outputs -> detections in image pixels). A new architecture is a
subclass registered with ``@register``; the ONNX file names its architecture in its metadata.
"""

from __future__ import annotations

import json
from abc import ABC, abstractmethod
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

import numpy as np
import onnxruntime as ort

from pipelines.detection.geometry import ImageTransform
from pipelines.devices.provider_info import ProviderInfo
from pipelines.errors import ModelError

REBUILD = "rebuild it with 'edge-showcase models build'"  # the hint of every metadata error


def metadata_json(metadata: Mapping[str, str], key: str, default: str, model_path: Path) -> object:
    """The JSON value of a metadata entry (``default`` where the model has none); ModelError where it is not JSON."""
    try:
        return json.loads(metadata.get(key, default))
    except ValueError as error:
        raise ModelError(f"{model_path}'s metadata '{key}' is not valid JSON ({error})", REBUILD) from error


@dataclass(frozen=True)
class Detection:
    """One object found: its label, score and box in the input image's pixels (x1, y1, x2, y2)."""

    label: str
    class_id: int
    score: float
    box: tuple[float, float, float, float]

    def to_json(self) -> dict:
        return {"label": self.label, "score": round(self.score, 4), "box": [round(v, 1) for v in self.box]}


@dataclass(frozen=True)
class DetectorSettings:
    """Thresholds the user can change while the pipeline runs."""

    score_threshold: float = 0.5
    iou_threshold: float = 0.5
    max_detections: int = 100


class Detector(ABC):
    """An ONNX detector bound to a provider."""

    architecture: ClassVar[str]

    def __init__(self, session: ort.InferenceSession, provider: ProviderInfo, model_path: Path) -> None:
        self.session = session
        self.provider = provider
        self.model_path = model_path
        self.metadata: Mapping[str, str] = session.get_modelmeta().custom_metadata_map
        labels = metadata_json(self.metadata, "labels", "[]", model_path)
        if not isinstance(labels, list):
            raise ModelError(f"{model_path}'s metadata 'labels' is not a list of names", REBUILD)
        self.labels: list[str] = [str(label) for label in labels]
        self._output_names = [output.name for output in session.get_outputs()]

    @classmethod
    @abstractmethod
    def check_signature(cls, session: ort.InferenceSession, model_path: Path) -> None:
        """Raise ModelError (with what was expected) when the model's inputs/outputs do not fit."""

    @classmethod
    @abstractmethod
    def warmup_inputs(cls, session: ort.InferenceSession) -> dict[str, np.ndarray]:
        """Inputs of the right shape for the warm-up inference."""

    @abstractmethod
    def preprocess(self, image_bgr: np.ndarray) -> tuple[dict[str, np.ndarray], ImageTransform]:
        """Image (BGR uint8, any size) -> model inputs and the transform to map boxes back."""

    def infer(self, inputs: dict[str, np.ndarray]) -> list[np.ndarray]:
        return self.session.run(self._output_names, inputs)

    @abstractmethod
    def postprocess(
        self, outputs: list[np.ndarray], transform: ImageTransform, settings: DetectorSettings
    ) -> list[Detection]:
        """Model outputs -> detections above the threshold after NMS, in image pixels."""

    def label_for(self, class_id: int) -> str:
        return self.labels[class_id] if 0 <= class_id < len(self.labels) else f"class {class_id}"


ARCHITECTURES: dict[str, type[Detector]] = {}


def register(cls: type[Detector]) -> type[Detector]:
    """Class decorator: make a detector architecture loadable by its metadata name."""
    ARCHITECTURES[cls.architecture] = cls
    return cls
