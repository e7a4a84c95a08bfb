"""Tiny ONNX models written with the onnx package, for provider and bad-model tests."""

from __future__ import annotations

import base64
from pathlib import Path

import numpy as np
import onnx
from onnx import TensorProto, helper


def write_model(
    path: Path,
    input_shape: list[int],
    anchors: int = 4,
    classes: int = 91,
    metadata: dict[str, str] | None = None,
    uint8_input: bool = False,
    uint8_logits: bool = False,
) -> Path:
    """A real, runnable graph: image -> (box_encodings, class_logits) via ReduceMean + Expand; every output value
    is the image's mean (logits cast to uint8 where ``uint8_logits``)."""
    image = helper.make_tensor_value_info("image", TensorProto.UINT8 if uint8_input else TensorProto.FLOAT, input_shape)
    boxes = helper.make_tensor_value_info("box_encodings", TensorProto.FLOAT, [1, anchors, 4])
    logits_type = TensorProto.UINT8 if uint8_logits else TensorProto.FLOAT
    logits = helper.make_tensor_value_info("class_logits", logits_type, [1, anchors, classes])
    nodes = [
        helper.make_node("Cast", ["image"], ["pixels"], to=TensorProto.FLOAT),
        helper.make_node("ReduceMean", ["pixels"], ["mean"], keepdims=0),
        helper.make_node(
            "Constant", [], ["box_shape"], value=helper.make_tensor("s1", TensorProto.INT64, [3], [1, anchors, 4])
        ),
        helper.make_node(
            "Constant",
            [],
            ["logit_shape"],
            value=helper.make_tensor("s2", TensorProto.INT64, [3], [1, anchors, classes]),
        ),
        helper.make_node("Expand", ["mean", "box_shape"], ["box_encodings"]),
        helper.make_node("Expand", ["mean", "logit_shape"], ["float_logits"]),
        helper.make_node("Cast", ["float_logits"], ["class_logits"], to=logits_type),
    ]
    graph = helper.make_graph(nodes, "tiny", [image], [boxes, logits])
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)])
    model.ir_version = 8
    for key, value in (metadata or {}).items():
        entry = model.metadata_props.add()
        entry.key, entry.value = key, value
    onnx.save(model, str(path))
    return path


def ssd_metadata(anchors: int) -> dict[str, str]:
    grid = np.tile(np.array([[0.1, 0.1, 0.5, 0.5]], np.float32), (anchors, 1))
    return {
        "architecture": "ssd_mobilenet_v2",
        "anchors_yxyx_b64": base64.b64encode(grid.tobytes()).decode(),
        "labels": "[]",
    }
