"""Class-aware non-maximum suppression, vectorised with numpy."""

from __future__ import annotations

import numpy as np

NMS_CANDIDATES = 1000  # the best-scoring boxes NMS considers (pre-NMS top-k): bounds its n x n overlap matrix


def box_iou(box: np.ndarray, boxes: np.ndarray) -> np.ndarray:
    """IoU of one xyxy box against many."""
    return pairwise_iou(box[None], boxes)[0]


def pairwise_iou(first: np.ndarray, second: np.ndarray) -> np.ndarray:
    """IoU of every xyxy box in ``first`` against every one in ``second``: a len(first) x len(second) matrix."""
    a, b = first[:, None, :], second[None, :, :]
    width = np.clip(np.minimum(a[..., 2], b[..., 2]) - np.maximum(a[..., 0], b[..., 0]), 0, None)
    height = np.clip(np.minimum(a[..., 3], b[..., 3]) - np.maximum(a[..., 1], b[..., 1]), 0, None)
    inter = width * height
    area_a = (a[..., 2] - a[..., 0]) * (a[..., 3] - a[..., 1])
    area_b = (b[..., 2] - b[..., 0]) * (b[..., 3] - b[..., 1])
    return inter / np.maximum(area_a + area_b - inter, 1e-9)


def nms(
    boxes: np.ndarray, scores: np.ndarray, class_ids: np.ndarray, iou_threshold: float, max_keep: int = 100
) -> np.ndarray:
    """Indices of the boxes kept, best score first; boxes of different classes never suppress each other.

    The overlaps of all candidates are computed at once (one matrix, a few numpy calls); the greedy pass
    over them then costs one numpy call per kept box, not one IoU computation per kept box.
    """
    if len(boxes) == 0:
        return np.empty(0, dtype=np.int64)
    order = np.argsort(-scores, kind="stable")[:NMS_CANDIDATES]
    # Shifting each class to its own region turns per-class NMS into one pass.
    offset = (boxes.max() + 1.0) * class_ids[order].astype(np.float32)
    shifted = boxes[order] + offset[:, None]
    overlaps = pairwise_iou(shifted, shifted) > iou_threshold
    suppressed = np.zeros(len(order), dtype=bool)
    keep: list[int] = []
    for rank in range(len(order)):
        if suppressed[rank]:
            continue
        keep.append(rank)
        if len(keep) == max_keep:
            break
        suppressed |= overlaps[rank]
    return order[keep]
