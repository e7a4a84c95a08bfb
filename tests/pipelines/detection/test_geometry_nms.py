"""Stretching to the model's input and mapping boxes back to image pixels; class-aware NMS."""

import numpy as np
import pytest

from pipelines.detection.geometry import stretch
from pipelines.detection.nms import box_iou, nms, pairwise_iou


def test_stretch_maps_each_axis_separately_and_clips():
    image = np.zeros((480, 640, 3), np.uint8)
    out, transform = stretch(image, 300, 300)
    assert out.shape == (300, 300, 3)
    assert transform.box_to_image(150, 150, 300, 300) == pytest.approx((320, 240, 640, 480), abs=1e-3)
    assert transform.box_to_image(-10, -10, 400, 400) == pytest.approx((0, 0, 640, 480), abs=1e-3)


def test_iou_of_identical_and_disjoint_boxes():
    box = np.array([0, 0, 10, 10], np.float32)
    others = np.array([[0, 0, 10, 10], [20, 20, 30, 30], [5, 0, 15, 10]], np.float32)
    np.testing.assert_allclose(box_iou(box, others), [1.0, 0.0, 50 / 150], atol=1e-6)


def test_nms_suppresses_overlaps_within_a_class_only():
    boxes = np.array([[0, 0, 10, 10], [1, 1, 11, 11], [0, 0, 10, 10], [50, 50, 60, 60]], np.float32)
    scores = np.array([0.9, 0.8, 0.7, 0.6], np.float32)
    classes = np.array([1, 1, 2, 1])
    keep = nms(boxes, scores, classes, iou_threshold=0.5)
    assert keep.tolist() == [0, 2, 3]  # box 1 overlaps box 0 (same class); box 2 is another class


def test_nms_respects_max_keep_and_empty_input():
    boxes = np.array([[i * 20, 0, i * 20 + 10, 10] for i in range(5)], np.float32)
    assert len(nms(boxes, np.linspace(0.9, 0.5, 5), np.zeros(5, int), 0.5, max_keep=2)) == 2
    assert nms(np.empty((0, 4), np.float32), np.empty(0), np.empty(0, int), 0.5).size == 0


def greedy_nms(boxes, scores, classes, iou_threshold, max_keep):
    """The textbook loop: best first, drop the same class's boxes that overlap a kept one too much."""
    keep: list[int] = []
    for index in np.argsort(-scores, kind="stable"):
        same = [k for k in keep if classes[k] == classes[index]]
        if not same or box_iou(boxes[index], boxes[same]).max() <= iou_threshold:
            keep.append(int(index))
        if len(keep) == max_keep:
            break
    return keep


@pytest.mark.parametrize("seed", range(5))
def test_nms_matches_the_textbook_loop_on_crowded_random_boxes(seed):
    rng = np.random.default_rng(seed)
    corners = rng.uniform(0, 300, (400, 2)).astype(np.float32)
    boxes = np.concatenate([corners, corners + rng.uniform(5, 80, (400, 2)).astype(np.float32)], axis=1)
    scores, classes = rng.uniform(0, 1, 400).astype(np.float32), rng.integers(1, 4, 400)
    assert nms(boxes, scores, classes, 0.5, max_keep=60).tolist() == greedy_nms(boxes, scores, classes, 0.5, 60)


def test_pairwise_iou_is_a_matrix_of_box_iou_rows():
    boxes = np.array([[0, 0, 10, 10], [5, 0, 15, 10], [20, 20, 30, 30]], np.float32)
    np.testing.assert_allclose(pairwise_iou(boxes, boxes[:2]), [box_iou(b, boxes[:2]) for b in boxes], atol=1e-6)
