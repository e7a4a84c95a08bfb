"""A detector whose logits columns are a subset of the class ids (``class_ids`` in its metadata)."""

import json

import numpy as np
import pytest

from pipelines.detection.loading import load_detector
from pipelines.detection.protocol import DetectorSettings
from pipelines.errors import ModelError
from tests.support.onnx_models import ssd_metadata, write_model

LABELS = ["background", "a", "unused-2", "b", "c"]


def tiny_detector(tmp_path, classes: int, class_ids: list[int] | None):
    metadata = {**ssd_metadata(4), "labels": json.dumps(LABELS)}
    if class_ids is not None:
        metadata["class_ids"] = json.dumps(class_ids)
    model = write_model(tmp_path / "tiny.onnx", [1, 300, 300, 3], anchors=4, classes=classes, metadata=metadata)
    return load_detector(model, "cpu")


def detections(detector):
    """Every logit is the image's mean: 1.0 gives each column a score of 0.73 on every (identical) anchor."""
    inputs, transform = detector.preprocess(np.full((30, 40, 3), 255, np.uint8))
    inputs = {name: np.ones_like(value) for name, value in inputs.items()}
    return detector.postprocess(detector.infer(inputs), transform, DetectorSettings())


def test_columns_map_to_their_class_ids_and_labels(tmp_path):
    found = detections(tiny_detector(tmp_path, 3, [1, 3, 4]))
    assert sorted((d.class_id, d.label) for d in found) == [(1, "a"), (3, "b"), (4, "c")]


def test_without_class_ids_column_zero_is_the_background(tmp_path):
    found = detections(tiny_detector(tmp_path, 5, None))
    assert sorted(d.class_id for d in found) == [1, 2, 3, 4]


def test_class_ids_that_do_not_fit_the_columns_are_refused(tmp_path):
    with pytest.raises(ModelError, match="class_ids name 2 classes for its 3 logits columns"):
        tiny_detector(tmp_path, 3, [1, 3])
