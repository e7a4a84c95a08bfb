"""SSD-MobileNetV2 (TF model zoo, COCO): stretch-resize preprocessing, anchor decoding, per-class NMS.

The ONNX file holds the network only (raw box encodings and class logits, see
``model_build/convert_ssd_mobilenet.py``); its metadata carries the anchors, box-coder scales
and labels, so decoding here needs nothing else.
"""

from __future__ import annotations

import base64
import json
import math
from pathlib import Path

import cv2
import numpy as np
import onnxruntime as ort

from pipelines.detection.geometry import ImageTransform, stretch
from pipelines.detection.nms import nms
from pipelines.detection.protocol import Detection, Detector, DetectorSettings, register
from pipelines.devices.provider_info import ProviderInfo
from pipelines.errors import ModelError

INPUT_NAME = "image"
INPUT_SIZE = 300
def _box(corners: np.ndarray) -> tuple[float, float, float, float]:
    x1, y1, x2, y2 = (float(value) for value in corners)
    return x1, y1, x2, y2


def input_dtype(session: ort.InferenceSession) -> type[np.generic]:
    """uint8 for a model that takes the frame's pixels as they are (the INT8 build), else float32."""
    return np.uint8 if session.get_inputs()[0].type == "tensor(uint8)" else np.float32


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
        anchors = self.anchors_from_metadata(self.metadata, model_path)
        self._anchor_center = np.stack([(anchors[:, 0] + anchors[:, 2]) / 2, (anchors[:, 1] + anchors[:, 3]) / 2], 1)
        self._anchor_size = np.stack([anchors[:, 2] - anchors[:, 0], anchors[:, 3] - anchors[:, 1]], 1)
        self._scales = np.asarray(json.loads(self.metadata.get("box_coder_scales", "[10, 10, 5, 5]")), np.float32)
        self._takes_uint8 = input_dtype(session) == np.uint8
        self._class_ids = self.class_ids_from_metadata(self.metadata, session)

    @staticmethod
    def anchors_from_metadata(metadata, model_path: Path) -> np.ndarray:
        try:
            raw = base64.b64decode(metadata["anchors_yxyx_b64"])
            return np.frombuffer(raw, dtype=np.float32).reshape(-1, 4)
        except (KeyError, ValueError) as error:
            raise ModelError(
                f"{model_path} lacks the SSD anchors in its metadata", "rebuild it with 'edge-showcase models build'"
            ) from error

    @staticmethod
    def class_ids_from_metadata(metadata, session: ort.InferenceSession) -> np.ndarray | None:
        """The class id each logits column stands for, where the build dropped columns (``models build`` keeps the
        80 real COCO classes of the 91 ids: the background's and the 10 unused ids' columns are gone); None:
        column = class id, column 0 the background (an earlier build, a model of the user's own)."""
        if "class_ids" not in metadata:
            return None
        class_ids = np.asarray(json.loads(metadata["class_ids"]), np.int64)
        columns = session.get_outputs()[1].shape[2]
        if isinstance(columns, int) and len(class_ids) != columns:
            raise ModelError(f"the model's class_ids name {len(class_ids)} classes for its {columns} logits columns",
                             "rebuild it with 'edge-showcase models build'")
        return class_ids

    @classmethod
    def check_signature(cls, session: ort.InferenceSession, model_path: Path) -> None:
        inputs, outputs = session.get_inputs(), session.get_outputs()
        anchors = len(cls.anchors_from_metadata(session.get_modelmeta().custom_metadata_map, model_path))
        fits = (
            len(inputs) == 1
            and inputs[0].name == INPUT_NAME
            and list(inputs[0].shape) == [1, INPUT_SIZE, INPUT_SIZE, 3]
            and len(outputs) == 2
            and list(outputs[0].shape)[1:] == [anchors, 4]
            and list(outputs[1].shape)[1:2] == [anchors]
        )
        if not fits:
            raise ModelError(
                f"{model_path} has the wrong shape for SSD-MobileNetV2 ({_describe(session)})",
                f"expected input {INPUT_NAME}[1, {INPUT_SIZE}, {INPUT_SIZE}, 3] and outputs [1, {anchors}, 4], [1, "
                f"{anchors}, classes]",
            )

    @classmethod
    def warmup_inputs(cls, session: ort.InferenceSession) -> dict[str, np.ndarray]:
        return {INPUT_NAME: np.zeros((1, INPUT_SIZE, INPUT_SIZE, 3), input_dtype(session))}

    def preprocess(self, image_bgr: np.ndarray) -> tuple[dict[str, np.ndarray], ImageTransform]:
        """Stretch to 300 x 300; the INT8 build takes that BGR uint8 frame as it is (its graph does the rest),
        the FP32 one RGB float in [-1, 1]."""
        resized, transform = stretch(image_bgr, INPUT_SIZE, INPUT_SIZE)
        if self._takes_uint8:
            return {INPUT_NAME: resized[None]}, transform
        rgb = cv2.cvtColor(resized, cv2.COLOR_BGR2RGB)
        tensor = rgb.astype(np.float32)
        tensor *= 1.0 / 127.5
        tensor -= 1.0
        return {INPUT_NAME: tensor[None]}, transform

    def postprocess(
        self, outputs: list[np.ndarray], transform: ImageTransform, settings: DetectorSettings
    ) -> list[Detection]:
        encodings, logits = outputs[0][0], outputs[1][0]
        threshold = min(max(settings.score_threshold, 1e-6), 1 - 1e-6)
        # sigmoid(x) > t  <=>  x > logit(t): threshold the logits in one pass over the contiguous array
        # and take the sigmoid of the survivors only.
        above = logits > math.log(threshold / (1 - threshold))
        if self._class_ids is None:
            above[:, 0] = False  # column 0 is the background class
        anchor_idx, columns = np.divmod(np.flatnonzero(above), above.shape[1])  # 2-D np.nonzero is 10x slower
        if anchor_idx.size == 0:
            return []
        scores = 1.0 / (1.0 + np.exp(-logits[anchor_idx, columns]))
        class_ids = columns if self._class_ids is None else self._class_ids[columns]
        boxes = self._decode(encodings[anchor_idx], anchor_idx) * INPUT_SIZE
        keep = nms(boxes, scores, class_ids, settings.iou_threshold, settings.max_detections)
        image_boxes = transform.boxes_to_image(boxes[keep])
        return [
            Detection(self.label_for(int(class_ids[k])), int(class_ids[k]), float(scores[k]), _box(box))
            for k, box in zip(keep, image_boxes)
        ]

    def _decode(self, encodings: np.ndarray, anchor_idx: np.ndarray) -> np.ndarray:
        """Faster R-CNN box coder: (ty, tx, th, tw) against anchors -> normalised xyxy boxes."""
        scaled = encodings / self._scales
        center = scaled[:, :2] * self._anchor_size[anchor_idx] + self._anchor_center[anchor_idx]
        half = np.exp(scaled[:, 2:]) * self._anchor_size[anchor_idx] / 2
        y1x1, y2x2 = center - half, center + half
        return np.stack([y1x1[:, 1], y1x1[:, 0], y2x2[:, 1], y2x2[:, 0]], axis=1)
