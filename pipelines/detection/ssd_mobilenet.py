"""SSD-MobileNetV2 (TF model zoo, COCO): stretch-resize preprocessing, anchor decoding, per-class NMS.

The ONNX file holds the network only (raw box encodings and class logits, see
``model_build/convert_ssd_mobilenet.py``); its metadata carries the anchors, box-coder scales
and labels, so decoding here needs nothing else.
"""

from __future__ import annotations

import base64
import bisect
import json
import math
from pathlib import Path

import cv2
import numpy as np
import onnxruntime as ort

from pipelines.detection.geometry import ImageTransform, stretch
from pipelines.detection.nms import nms
from pipelines.detection.protocol import (
    REBUILD,
    Detection,
    Detector,
    DetectorSettings,
    metadata_json,
    register,
)
from pipelines.devices.provider_info import ProviderInfo
from pipelines.errors import ModelError

INPUT_NAME = "image"
INPUT_SIZE = 300
# Metadata of a model whose class logits stay uint8 (the INT8 build): {"scale": s, "zero_point": z}, the logit of
# value q being (q - z) * s. ``model_build/quantize_detector.py`` writes it (under the same key).
LOGITS_QUANTIZATION = "class_logits_quantization"


def input_layout(session: ort.InferenceSession) -> tuple[type[np.generic], int]:
    """uint8 for a model that takes the frame's pixels as they are (the INT8 build), else float32; and its channels:
    3, or 4 where a uint8 model takes BGRA (the INT8 build since its first convolution ran 2x faster over 4)."""
    model_input = session.get_inputs()[0]
    dtype = np.uint8 if model_input.type == "tensor(uint8)" else np.float32
    return dtype, 4 if dtype == np.uint8 and list(model_input.shape)[3:] == [4] else 3


def _describe(session: ort.InferenceSession) -> str:
    inputs = ", ".join(f"{i.name}{i.shape}" for i in session.get_inputs())
    outputs = ", ".join(f"{o.name}{o.shape}" for o in session.get_outputs())
    return f"inputs {inputs}; outputs {outputs}"


@register
class SsdMobileNetV2(Detector):
    """COCO detector: 1917 anchors, sigmoid scores; 80 logits columns named by ``class_ids`` (91 in earlier builds,
    column 0 the background)."""

    architecture = "ssd_mobilenet_v2"

    def __init__(self, session: ort.InferenceSession, provider: ProviderInfo, model_path: Path) -> None:
        super().__init__(session, provider, model_path)
        anchors = self.anchors_from_metadata(self.metadata, model_path) * INPUT_SIZE  # y1 x1 y2 x2, model pixels
        scales = self.box_coder_scales_from_metadata(self.metadata, model_path)
        center, size = (anchors[:, :2] + anchors[:, 2:]) / 2, anchors[:, 2:] - anchors[:, :2]
        # Per anchor what decoding needs, in one row (one gather a frame): center, size / center scales, size / 2.
        self._anchor_rows = np.concatenate([center, size / scales[:2], size / 2], axis=1).astype(np.float32)
        self._size_scales = (1 / scales[2:]).astype(np.float32)
        self._input_dtype, self._input_channels = input_layout(session)
        self._class_ids = self.class_ids_from_metadata(self.metadata, session, model_path)
        logit_of = self.logit_values_from_metadata(self.metadata, session, model_path)
        self._logit_of = None if logit_of is None else logit_of.tolist()  # for bisect
        self._score_of = None if logit_of is None else 0.5 * (1 + np.tanh(logit_of / 2))  # sigmoid, no overflow

    @staticmethod
    def anchors_from_metadata(metadata, model_path: Path) -> np.ndarray:
        try:
            raw = base64.b64decode(metadata["anchors_yxyx_b64"])
            return np.frombuffer(raw, dtype=np.float32).reshape(-1, 4)
        except (KeyError, ValueError) as error:
            raise ModelError(f"{model_path} lacks the SSD anchors in its metadata", REBUILD) from error

    @staticmethod
    def box_coder_scales_from_metadata(metadata, model_path: Path) -> np.ndarray:
        """The box coder's four scales (y, x, height, width), each above 0."""
        scales = metadata_json(metadata, "box_coder_scales", "[10, 10, 5, 5]", model_path)
        try:
            values = np.asarray(scales, np.float32)
        except (TypeError, ValueError):
            values = np.empty(0, np.float32)
        if values.shape != (4,) or not np.all(values > 0):
            raise ModelError(f"{model_path}'s metadata 'box_coder_scales' is not four numbers above 0: {scales}",
                             REBUILD)
        return values

    @staticmethod
    def class_ids_from_metadata(metadata, session: ort.InferenceSession, model_path: Path) -> np.ndarray | None:
        """The class id each logits column stands for, where the build dropped columns (``models build`` keeps the
        80 real COCO classes of the 91 ids: the background's and the 10 unused ids' columns are gone); None:
        column = class id, column 0 the background (an earlier build, a model of the user's own)."""
        if "class_ids" not in metadata:
            return None
        try:
            class_ids = np.asarray(metadata_json(metadata, "class_ids", "[]", model_path), np.int64).reshape(-1)
        except (TypeError, ValueError) as error:
            raise ModelError(f"{model_path}'s metadata 'class_ids' is not a list of class ids", REBUILD) from error
        columns = session.get_outputs()[1].shape[2]
        if isinstance(columns, int) and len(class_ids) != columns:
            raise ModelError(f"the model's class_ids name {len(class_ids)} classes for its {columns} logits columns",
                             REBUILD)
        return class_ids

    @staticmethod
    def logit_values_from_metadata(metadata, session: ort.InferenceSession, model_path: Path) -> np.ndarray | None:
        """The logit each uint8 value stands for, ascending, where the model gives its class logits quantized (the
        INT8 build: no DequantizeLinear over 1917 x 80 values in the graph, a quarter of the bytes to threshold);
        None: float logits."""
        if session.get_outputs()[1].type != "tensor(uint8)":
            return None
        try:
            quantization = json.loads(metadata[LOGITS_QUANTIZATION])
            scale, zero_point = np.float32(quantization["scale"]), np.float32(quantization["zero_point"])
        except (KeyError, ValueError, TypeError) as error:
            raise ModelError(f"{model_path} gives uint8 class logits without their scale and zero point",
                             REBUILD) from error
        if not scale > 0:
            raise ModelError(f"{model_path} gives uint8 class logits with a scale of {scale}", REBUILD)
        return (np.arange(256, dtype=np.float32) - zero_point) * scale

    @classmethod
    def check_signature(cls, session: ort.InferenceSession, model_path: Path) -> None:
        inputs, outputs = session.get_inputs(), session.get_outputs()
        anchors = len(cls.anchors_from_metadata(session.get_modelmeta().custom_metadata_map, model_path))
        fits = (
            len(inputs) == 1
            and inputs[0].name == INPUT_NAME
            and list(inputs[0].shape) == [1, INPUT_SIZE, INPUT_SIZE, input_layout(session)[1]]
            and len(outputs) == 2
            and list(outputs[0].shape)[1:] == [anchors, 4]
            and list(outputs[1].shape)[1:2] == [anchors]
        )
        if not fits:
            raise ModelError(
                f"{model_path} has the wrong shape for SSD-MobileNetV2 ({_describe(session)})",
                f"expected input {INPUT_NAME}[1, {INPUT_SIZE}, {INPUT_SIZE}, 3] (uint8 also 4: BGRA) and outputs "
                f"[1, {anchors}, 4], [1, {anchors}, classes]",
            )

    @classmethod
    def warmup_inputs(cls, session: ort.InferenceSession) -> dict[str, np.ndarray]:
        dtype, channels = input_layout(session)
        return {INPUT_NAME: np.zeros((1, INPUT_SIZE, INPUT_SIZE, channels), dtype)}

    def preprocess(self, image_bgr: np.ndarray) -> tuple[dict[str, np.ndarray], ImageTransform]:
        """Stretch to 300 x 300; the INT8 build takes that uint8 frame as it is, as BGRA (its graph does the rest),
        the FP32 one RGB float in [-1, 1]."""
        resized, transform = stretch(image_bgr, INPUT_SIZE, INPUT_SIZE)
        if self._input_dtype == np.uint8:
            pixels = cv2.cvtColor(resized, cv2.COLOR_BGR2BGRA) if self._input_channels == 4 else resized
            return {INPUT_NAME: pixels[None]}, transform
        rgb = cv2.cvtColor(resized, cv2.COLOR_BGR2RGB)
        tensor = rgb.astype(np.float32)
        tensor *= 1.0 / 127.5
        tensor -= 1.0
        return {INPUT_NAME: tensor[None]}, transform

    def postprocess(
        self, outputs: list[np.ndarray], transform: ImageTransform, settings: DetectorSettings
    ) -> list[Detection]:
        encodings, logits = outputs[0][0], outputs[1][0]
        # One pass over the contiguous logits for those above the threshold's logit, then the rest on the few
        # that pass: every numpy call here runs on caches the inference just evicted.
        above = self._above(logits, settings.score_threshold)
        if above is None:
            return []
        anchor_idx, columns = np.divmod(np.flatnonzero(above), above.shape[1])  # 2-D np.nonzero is 10x slower
        if anchor_idx.size == 0:
            return []
        chosen = logits[anchor_idx, columns]
        scores = 1.0 / (1.0 + np.exp(-chosen)) if self._score_of is None else self._score_of[chosen]
        class_ids = columns if self._class_ids is None else self._class_ids[columns]
        boxes = self._decode(encodings[anchor_idx], anchor_idx)
        keep = nms(boxes, scores, class_ids, settings.iou_threshold, settings.max_detections)  # IoU: y, x either way
        return [
            Detection(self.label_for(class_id), class_id, score, transform.box_to_image(x1, y1, x2, y2))
            for class_id, score, (y1, x1, y2, x2) in zip(
                class_ids[keep].tolist(), scores[keep].tolist(), boxes[keep].tolist()
            )
        ]

    def _above(self, logits: np.ndarray, score_threshold: float) -> np.ndarray | None:
        """Which logits score above the threshold (sigmoid(x) > t <=> x > logit(t)); None: none can."""
        threshold = min(max(score_threshold, 1e-6), 1 - 1e-6)
        cut = math.log(threshold / (1 - threshold))
        if self._logit_of is None:
            above = logits > cut
        else:
            lowest = bisect.bisect_right(self._logit_of, cut)  # the first uint8 value above the cut
            if lowest > 255:
                return None
            above = logits >= lowest
        if self._class_ids is None:
            above[:, 0] = False  # column 0 is the background class
        return above

    def _decode(self, encodings: np.ndarray, anchor_idx: np.ndarray) -> np.ndarray:
        """Faster R-CNN box coder: (ty, tx, th, tw) against anchors -> y1 x1 y2 x2 boxes in model-input pixels."""
        rows = self._anchor_rows[anchor_idx]
        center = encodings[:, :2] * rows[:, 2:4] + rows[:, :2]
        half = np.exp(encodings[:, 2:] * self._size_scales) * rows[:, 4:]
        return np.concatenate([center - half, center + half], axis=1)
