"""The COCO names marked for translation are the built-in detector's labels, all of them."""

import json

from pipelines.detection.loading import load_detector
from widgets.object_names import COCO_NAMES


def test_the_names_marked_for_translation_are_the_built_in_detectors_labels():
    detector = load_detector(None, "cpu", "fp32")
    columns = json.loads(detector.metadata["class_ids"])  # the 80 real classes the build keeps
    assert sorted(detector.labels[class_id] for class_id in columns) == sorted(COCO_NAMES)
