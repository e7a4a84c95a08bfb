"""Quantize the FP32 ONNX detector to a static INT8 QDQ model, the form NPU execution providers take.

Runs inside the throwaway quantizer environment (onnxruntime + onnx), never inside the app: it
imports nothing from the project. The caller passes calibration inputs already preprocessed by the
app's own detector (a ``.npy`` of N x 300 x 300 x 3 float32), so calibration sees exactly what the
app feeds at run time. The recipe: static QDQ, MinMax calibration on 100 demo frames, per-channel INT8
weights over 7 bits, UINT8 activations, every layer quantized, the class logits over a fixed range (``logit_ranges``).
Measured against FP32 on the 34 agreement demo frames
(``pipelines/detection/precision.py``, threshold 0.5) with onnxruntime 1.32, AMD EPYC 2 cores (AVX-512 VNNI):

- The FP32 build keeping only the 80 real classes' logits (``convert_ssd_mobilenet.keep_real_classes``):
  agreement 0.970 and the test photos' detections as before, once the logits' range is fixed instead of
  calibrated (``logit_ranges``); INT8 2.74-3.09x FP32 (the 91-column builds 2.34-2.46x in the same runs, load
  average 6.0-6.3), INT8 23.6-24.0 ms vs 30.1-34.3.
- Every layer INT8: agreement 0.978, 2.64-2.78x FP32; the test photos' top objects unchanged.
- Then the input takes the resized BGR frame as it is (uint8): the input's QuantizeLinear (scale 1 / 127.5,
  zero point 128 as calibrated) goes, the channel swap moves into the first convolution's weights. Pixel p then
  stands for (p - 128) / 127.5, not (p - 127.5) / 127.5: mean logit error against FP32 0.192 vs 0.197, agreement
  0.970 (a half-step correction through the first bias: 0.195, 0.961; all within noise). 0.7 ms less in the
  graph (a float Transpose and the QuantizeLinear) and 0.3 ms less preprocessing a frame, load average 4.7.
- The first convolution kept in FP32 (the recipe until then): 0.966, 2.59-2.61x in the same runs. It cost
  ~1 ms a frame beside the FP32 conv itself: the NHWC input's Transpose and a layout reorder around it,
  which an all-INT8 graph does not need (onnxruntime's profile). The first measurement behind it (0.71
  without, 0.95 with; agreement then counted INT8 scores of exactly 0.5) did not reproduce here.
- Per-tensor weights instead of per-channel: no faster, agreement 0.944 (and two detections fewer on a photo).
- Earlier, with the first convolution in FP32: percentile or entropy calibration 0.72-0.73 vs MinMax 0.71,
  FP32 box and class heads no change.

Then, on a 2-core Intel Xeon (AVX-512 VNNI, AMX), the graph shaped for MLAS's symmetric INT8 convolution, which
takes input channels in fours and 16+ output channels in eights: a BGRA input (``take_uint8_bgra``: the first
convolution 1.37 -> 0.64 ms), the 12 box-encoding channels of the first head computed as 16 (``pad_output_channels``:
0.51 -> 0.17 ms), the class logits left uint8 (``keep_logits_quantized``); outputs bit for bit the same, agreement
0.966 as before, INT8 2.49-2.69x FP32 against 2.26-2.37x for the build before, interleaved.

Then on a 2-core AMD EPYC (Zen 2, AVX2 without VNNI) the same build agreed 0.763 with FP32: without VNNI, MLAS
multiplies uint8 by int8 with ``vpmaddubsw``, which adds two products into 16 bits and saturates (255 x 127 x 2 >
32767; the raw pixels of the first convolution reach 255). Against the same graph run in float (onnxruntime with
graph optimisation off: each QDQ pair dequantized, exact), the integer kernels there agreed 0.778; that float run
agreed 0.966 with FP32, the figure the VNNI machine measured. Weights over 7 bits (``reduce_range``: -64..64, as
PyTorch's x86 backend does for the same reason) cannot saturate: 0.996 against the float run on AVX2, 0.953 with
FP32 there and, the arithmetic then exact on any CPU, on VNNI (0.957 measured on a Zen 4 EPYC, INT8 2.89-3.23x FP32)
and NPUs alike. 7 bits for the first convolution alone: 0.960 against the float run (other layers saturate too).
Speed unchanged.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

import numpy as np
import onnx
from onnx import TensorProto
from onnxruntime.quantization import CalibrationDataReader, CalibrationMethod, QuantFormat, QuantType, quantize_static
from onnxruntime.quantization.shape_inference import quant_pre_process


class FramesReader(CalibrationDataReader):
    """Feeds the calibration frames one at a time under the model's input name."""

    def __init__(self, input_name: str, frames: np.ndarray) -> None:
        self._batches = iter(frames[:, None])
        self._input_name = input_name

    def get_next(self) -> dict[str, np.ndarray] | None:
        batch = next(self._batches, None)
        return None if batch is None else {self._input_name: batch}


def quantize(model: Path, calibration: Path, output: Path) -> None:
    """Write the INT8 model."""
    frames = np.load(calibration)
    with tempfile.TemporaryDirectory() as tmp:
        prepared = Path(tmp) / "prepared.onnx"
        quant_pre_process(str(model), str(prepared), skip_symbolic_shape=True)
        graph = onnx.load(str(prepared)).graph
        quantize_static(
            str(prepared), str(output), FramesReader(graph.input[0].name, frames),
            quant_format=QuantFormat.QDQ, per_channel=True, reduce_range=True, activation_type=QuantType.QUInt8,
            weight_type=QuantType.QInt8, calibrate_method=CalibrationMethod.MinMax,
            extra_options={"TensorQuantOverrides": logit_ranges(graph)},
        )
    # The app decodes boxes with the anchors, labels and box coder kept in the FP32 model's metadata.
    source, quantized = onnx.load(str(model)), onnx.load(str(output))
    take_uint8_bgra(quantized)
    for padded in pad_output_channels(quantized):
        print(f"output channels padded: {padded}")
    logits = keep_logits_quantized(quantized)
    metadata = {p.key: p.value for p in source.metadata_props}
    onnx.helper.set_model_props(
        quantized, {**metadata, "precision": "int8", "input": UINT8_INPUT, LOGITS_QUANTIZATION: json.dumps(logits)}
    )
    onnx.save(quantized, str(output))


def graph_maps(
    graph: onnx.GraphProto,
) -> tuple[dict[str, list[onnx.NodeProto]], dict[str, onnx.NodeProto], dict[str, onnx.TensorProto]]:
    """Each tensor's consumers, each tensor's producer, and the initializers by name."""
    consumers: dict[str, list[onnx.NodeProto]] = {}
    for node in graph.node:
        for name in node.input:
            consumers.setdefault(name, []).append(node)
    producers = {name: node for node in graph.node for name in node.output}
    return consumers, producers, {tensor.name: tensor for tensor in graph.initializer}


def forget_shapes(graph: onnx.GraphProto, *names: str) -> None:
    """Drop the recorded type and shape of tensors a rewrite changed: onnxruntime infers them again at load."""
    for value in list(graph.value_info):
        if value.name in names:
            graph.value_info.remove(value)


LOGIT_RANGE = (-16.0, 8.0)  # sigmoid: 1e-7 to 0.9997; 0.094 a step in uint8 (the old calibrated heads: 0.07-0.10)


def logit_ranges(graph: onnx.GraphProto) -> dict[str, list[dict[str, np.float32]]]:
    """The class logits' tensors (each class predictor's output, the Transpose and Reshape after it, the Concat of
    all six), quantized over ``LOGIT_RANGE`` instead of the range calibration saw. Without the background's
    channel (the FP32 build keeps the real classes only) the demo frames never drive heads 1-5 above 0: MinMax
    then caps their logits at 0, a score of exactly 0.5, and a photo-filling person went undetected."""
    consumers = graph_maps(graph)[0]
    names: list[str] = []
    for node in graph.node:
        if node.op_type == "Conv" and "ClassPredictor" in node.name:
            current = node
            while True:
                names.append(current.output[0])
                if current.op_type == "Concat":
                    break
                (current,) = consumers[current.output[0]]
    if not names:
        raise ValueError("found no class predictor")
    low, high = (np.float32(bound) for bound in LOGIT_RANGE)
    return {name: [{"rmin": low, "rmax": high}] for name in dict.fromkeys(names)}


UINT8_INPUT = (
    "BGRA uint8 NHWC 1x300x300x4, stretched (no letterbox); pixel p stands for (p - 128) / 127.5; the 4th channel "
    "(alpha) weighs nothing"
)


def take_uint8_bgra(model: onnx.ModelProto) -> None:
    """Feed the graph's input (image -> Transpose -> QuantizeLinear -> DequantizeLinear -> first Conv) with the
    quantized values themselves: the resized frame as uint8, the channel swap (BGR in, RGB as trained) in the first
    Conv's weights, and a fourth channel those weights ignore (zeros). onnxruntime's symmetric INT8 convolution
    takes channels in fours: over 3 the first convolution took 1.37 ms, over 4 0.64 ms (Intel Xeon, 2 cores), the
    outputs bit for bit the same; the app's BGR -> BGRA conversion of the 300 x 300 frame costs 0.02-0.08 ms."""
    graph = model.graph
    consumers, producers, initializers = graph_maps(graph)

    def only_consumer(name: str, op_type: str) -> onnx.NodeProto:
        found = consumers.get(name, [])
        if len(found) != 1 or found[0].op_type != op_type:
            raise ValueError(f"expected {name} to feed one {op_type}, found {[n.op_type for n in found]}")
        return found[0]

    image = graph.input[0]
    transpose = only_consumer(image.name, "Transpose")
    quantize = only_consumer(transpose.output[0], "QuantizeLinear")
    dequantize = only_consumer(quantize.output[0], "DequantizeLinear")
    conv = only_consumer(dequantize.output[0], "Conv")
    scale = float(onnx.numpy_helper.to_array(initializers[dequantize.input[1]]))
    zero_point = int(onnx.numpy_helper.to_array(initializers[dequantize.input[2]]))
    if abs(scale * 127.5 - 1) > 1e-4 or zero_point != 128:
        raise ValueError(f"the input was calibrated to scale {scale}, zero point {zero_point}, not 1/127.5, 128")
    image.type.tensor_type.elem_type = TensorProto.UINT8
    image.type.tensor_type.shape.dim[3].dim_value = 4
    forget_shapes(graph, transpose.output[0], dequantize.output[0])  # 4 channels now
    dequantize.input[0] = transpose.output[0]
    graph.node.remove(quantize)
    weights = initializers[producers[conv.input[1]].input[0]]  # int8, OIHW, behind its DequantizeLinear
    rgb = onnx.numpy_helper.to_array(weights)
    bgra = np.zeros((rgb.shape[0], 4, *rgb.shape[2:]), rgb.dtype)
    bgra[:, :3] = rgb[:, ::-1]
    weights.CopyFrom(onnx.numpy_helper.from_array(bgra, weights.name))
    onnx.checker.check_model(model)


def pad_output_channels(model: onnx.ModelProto) -> list[str]:
    """Give every convolution with fewer than 16 output channels, or a count not a multiple of 8, zero filters up to
    one, and slice them off after its output's QuantizeLinear -> DequantizeLinear. onnxruntime's symmetric INT8
    convolution (MLAS ``MlasConvSymPackWSize``) takes only such counts (and input channels in fours); the first
    head's box encodings (12 channels) fell to a path 3x slower: 0.51 -> 0.18 ms, the outputs bit for bit the same.
    Returns the convolutions padded."""
    graph = model.graph
    consumers, producers, initializers = graph_maps(graph)

    def pad(name: str, size: int, value: float) -> None:
        array = onnx.numpy_helper.to_array(initializers[name])
        filler = np.full((size - array.shape[0], *array.shape[1:]), value, array.dtype)
        initializers[name].CopyFrom(onnx.numpy_helper.from_array(np.concatenate([array, filler]), name))

    padded = []
    for conv in [node for node in graph.node if node.op_type == "Conv"]:
        weights = producers[conv.input[1]]  # DequantizeLinear of int8 weights, per channel
        channels = initializers[weights.input[0]].dims[0]
        wanted = max(16, -(-channels // 8) * 8)
        if wanted == channels:
            continue
        bias = producers[conv.input[2]]  # DequantizeLinear of int32
        input_scale = float(onnx.numpy_helper.to_array(initializers[producers[conv.input[0]].input[1]]))
        pad(weights.input[0], wanted, 0)
        pad(weights.input[1], wanted, 1.0)
        pad(weights.input[2], wanted, 0)
        pad(bias.input[0], wanted, 0)
        pad(bias.input[1], wanted, input_scale)  # input scale x weight scale, as onnxruntime's fusion expects
        if len(bias.input) > 2:  # its zero point: onnxruntime ignores a short one, OpenVINO refuses the model
            pad(bias.input[2], wanted, 0)
        (quantize,) = consumers[conv.output[0]]
        (dequantize,) = consumers[quantize.output[0]]
        name = f"{conv.name}/unpadded"
        bounds = {"starts": 0, "ends": channels, "axes": 1}
        graph.initializer.extend(
            onnx.numpy_helper.from_array(np.array([value], np.int64), f"{name}/{key}") for key, value in bounds.items()
        )
        added = [
            onnx.helper.make_node("Slice", [dequantize.output[0], *(f"{name}/{k}" for k in bounds)], [name], name=name),
            onnx.helper.make_node("QuantizeLinear", [name, *quantize.input[1:]], [f"{name}/q"], name=f"{name}/q"),
            onnx.helper.make_node("DequantizeLinear", [f"{name}/q", *dequantize.input[1:]], [f"{name}/dq"],
                                  name=f"{name}/dq"),
        ]
        for node in consumers[dequantize.output[0]]:
            node.input[:] = [f"{name}/dq" if value == dequantize.output[0] else value for value in node.input]
        at = list(graph.node).index(dequantize) + 1
        for offset, node in enumerate(added):
            graph.node.insert(at + offset, node)
        forget_shapes(graph, conv.output[0], quantize.output[0], dequantize.output[0])
        padded.append(f"{conv.name}: {channels} -> {wanted}")
    onnx.checker.check_model(model)
    return padded


LOGITS_QUANTIZATION = "class_logits_quantization"  # the metadata key the app reads (detection/ssd_mobilenet.py)


def keep_logits_quantized(model: onnx.ModelProto) -> dict[str, float]:
    """End the graph at the class logits' QuantizeLinear: the app thresholds the 1917 x 80 uint8 values and
    dequantizes the few that pass (the same floats the DequantizeLinear gave). Returns their scale and zero point."""
    graph = model.graph
    _, producers, initializers = graph_maps(graph)
    output = next(value for value in graph.output if value.name == "class_logits")
    dequantize = producers[output.name]
    quantize = producers.get(dequantize.input[0])
    if dequantize.op_type != "DequantizeLinear" or quantize is None or quantize.op_type != "QuantizeLinear":
        raise ValueError(f"expected class_logits from QuantizeLinear -> DequantizeLinear, found {dequantize.op_type}")
    scale = float(onnx.numpy_helper.to_array(initializers[dequantize.input[1]]))
    zero_point = int(onnx.numpy_helper.to_array(initializers[dequantize.input[2]]))
    graph.node.remove(dequantize)
    quantize.output[0] = output.name
    output.type.tensor_type.elem_type = TensorProto.UINT8
    onnx.checker.check_model(model)
    return {"scale": scale, "zero_point": zero_point}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, required=True, help="the FP32 ONNX detector")
    parser.add_argument(
        "--calibration", type=Path, required=True, help=".npy of preprocessed frames, N x H x W x C float32"
    )
    parser.add_argument("--output", type=Path, required=True)
    args = parser.parse_args()
    quantize(args.model, args.calibration, args.output)
    print("quantized: every layer INT8, uint8 BGRA input, uint8 class logits")
    return 0


if __name__ == "__main__":
    sys.exit(main())
