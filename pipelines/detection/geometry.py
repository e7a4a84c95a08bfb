"""Resizing images for a model and mapping its boxes back to the original image's pixels."""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np


@dataclass(frozen=True)
class ImageTransform:
    """How an image was scaled and padded into the model input (per axis, pad on the low side)."""

    scale_x: float
    scale_y: float
    pad_x: float
    pad_y: float
    width: int
    height: int

    def boxes_to_image(self, boxes_xyxy: np.ndarray) -> np.ndarray:
        """Boxes in model-input pixels -> boxes in original-image pixels, clipped to the image."""
        boxes = np.asarray(boxes_xyxy, dtype=np.float32).reshape(-1, 4)
        out = np.empty_like(boxes)
        out[:, 0::2] = (boxes[:, 0::2] - self.pad_x) / self.scale_x
        out[:, 1::2] = (boxes[:, 1::2] - self.pad_y) / self.scale_y
        np.clip(out[:, 0::2], 0, self.width, out=out[:, 0::2])
        np.clip(out[:, 1::2], 0, self.height, out=out[:, 1::2])
        return out


def stretch(image: np.ndarray, width: int, height: int) -> tuple[np.ndarray, ImageTransform]:
    """Resize to exactly width x height, ignoring the aspect ratio (what SSD was trained with)."""
    h, w = image.shape[:2]
    resized = cv2.resize(image, (width, height), interpolation=cv2.INTER_LINEAR)
    return resized, ImageTransform(width / w, height / h, 0.0, 0.0, w, h)


def letterbox(image: np.ndarray, width: int, height: int, pad_value: int = 114) -> tuple[np.ndarray, ImageTransform]:
    """Resize keeping the aspect ratio and pad the rest, image centred."""
    h, w = image.shape[:2]
    scale = min(width / w, height / h)
    new_w, new_h = max(1, round(w * scale)), max(1, round(h * scale))
    pad_x, pad_y = (width - new_w) // 2, (height - new_h) // 2
    canvas = np.full((height, width, image.shape[2]), pad_value, dtype=image.dtype)
    canvas[pad_y : pad_y + new_h, pad_x : pad_x + new_w] = cv2.resize(
        image, (new_w, new_h), interpolation=cv2.INTER_LINEAR
    )
    return canvas, ImageTransform(new_w / w, new_h / h, float(pad_x), float(pad_y), w, h)
