"""Class-aware non-maximum suppression (OpenCV's), and box overlaps vectorised with numpy."""

from __future__ import annotations

import cv2
import numpy as np

NMS_CANDIDATES = 1000  # the best-scoring boxes NMS considers (pre-NMS top-k): bounds its work at low thresholds


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
    """Indices of the boxes kept, best score first; boxes of different classes never suppress each other. Boxes are
    corners, x1 y1 x2 y2 or y1 x1 y2 x2 alike (the overlap is the same).

    OpenCV's batched NMS: the textbook greedy pass (the tests hold it to one) in one C++ call. On a detector frame's
    ~7 candidates it took 14 us against 79 us for the numpy version before it (warm; Intel Xeon, 2 cores), and the
    detector's decode + NMS stage fell from 0.76-0.88 to 0.66-0.72 ms, right after inference on cold caches.
    """
    if len(boxes) == 0:
        return np.empty(0, dtype=np.int64)
    xywh = np.concatenate([boxes[:, :2], boxes[:, 2:] - boxes[:, :2]], axis=1)
    scores32, ids32 = scores.astype(np.float32, copy=False), class_ids.astype(np.int32, copy=False)
    # OpenCV's stubs ask for sequences; it takes the arrays as they are.
    keep = cv2.dnn.NMSBoxesBatched(xywh, scores32, ids32, -np.inf, iou_threshold, top_k=NMS_CANDIDATES)  # type: ignore[arg-type]
    return np.asarray(keep, dtype=np.int64).reshape(-1)[:max_keep]
