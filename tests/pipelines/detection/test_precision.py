"""The INT8 detector made by ``models build``, the precision each device gets, and where every node really ran."""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from dataclasses import replace

import numpy as np
import onnx
import onnxruntime as ort
import pytest

from app.cli.main import main
from pipelines.detection.loading import architecture_of, auto_precision, load_detector
from pipelines.detection.precision import compare_precisions
from pipelines.detection.protocol import DetectorSettings
from pipelines.detection.sources import read_image
from pipelines.devices.provider_info import ProviderInfo
from pipelines.devices.ranking import RANKED_CHOICES
from pipelines.errors import ShowcaseError
from pipelines.model_build.builder import AGREEMENT_FRAMES, demo_frames
from pipelines.model_store import model_status, read_manifest
from pipelines.models import CATALOG, DEFAULT_DETECTOR, INT8_DETECTOR
from tests.support.helpers import DATA

CHOICES = {choice.key: choice for choice in RANKED_CHOICES}
def test_the_int8_model_is_built_smaller_and_measured_against_fp32(built_model, int8_model):
    assert int8_model.stat().st_size < 0.3 * built_model.stat().st_size
    measured = read_manifest()[INT8_DETECTOR]
    assert measured["agreement"] >= 0.9 and measured["cpu_int8_ms_p50"] > 0 and measured["cpu_fp32_ms_p50"] > 0
    quantized = onnx.load(str(int8_model), load_external_data=False)
    ops = {node.op_type for node in quantized.graph.node}
    assert {"QuantizeLinear", "DequantizeLinear"} <= ops  # QDQ form, as NPU execution providers take it
    # it takes the resized frame's pixels as they are: no float conversion, no QuantizeLinear at its input
    assert quantized.graph.input[0].type.tensor_type.elem_type == onnx.TensorProto.UINT8
    assert {p.key: p.value for p in quantized.metadata_props}["precision"] == "int8"


def test_int8_finds_what_fp32_finds_on_the_photos(built_model, int8_model):
    """Same top object, no class FP32 does not see. (On coffee.png FP32 also calls the cup's saucer a bowl at
    0.87; INT8 scores it 0.31: one of the detections behind the 7 % disagreement.)"""
    fp32, int8 = load_detector(built_model, "cpu"), load_detector(int8_model, "cpu")
    settings = DetectorSettings(score_threshold=0.5)
    for photo, expected in (("chelsea.png", "cat"), ("coffee.png", "cup"), ("astronaut.png", "person")):
        found = {}
        for name, detector in (("fp32", fp32), ("int8", int8)):
            inputs, transform = detector.preprocess(read_image(DATA / photo))
            found[name] = sorted(
                detector.postprocess(detector.infer(inputs), transform, settings), key=lambda d: -d.score
            )
        assert found["fp32"][0].label == found["int8"][0].label == expected, photo
        assert {d.label for d in found["int8"]} <= {d.label for d in found["fp32"]}, photo


def test_int8_takes_bgra_whose_alpha_weighs_nothing(int8_model):
    """Its first convolution runs over 4 channels (onnxruntime's symmetric INT8 convolution takes channels in fours),
    the fourth weighted 0: any alpha gives the same outputs, bit for bit."""
    detector = load_detector(int8_model, "cpu")
    assert detector.session.get_inputs()[0].shape == [1, 300, 300, 4]
    inputs, _ = detector.preprocess(read_image(DATA / "chelsea.png"))
    opaque = detector.infer(inputs)
    inputs["image"][..., 3] = np.random.default_rng(0).integers(0, 256, inputs["image"].shape[:3], dtype=np.uint8)
    assert all(np.array_equal(a, b) for a, b in zip(opaque, detector.infer(inputs)))


def conv_weights(graph: onnx.GraphProto) -> Iterator[tuple[onnx.NodeProto, onnx.TensorProto]]:
    """Each convolution of a QDQ graph with its int8 weights (the initializer behind its DequantizeLinear)."""
    producers = {name: node for node in graph.node for name in node.output}
    initializers = {tensor.name: tensor for tensor in graph.initializer}
    for conv in (node for node in graph.node if node.op_type == "Conv"):
        yield conv, initializers[producers[conv.input[1]].input[0]]


def test_every_int8_convolution_fits_onnxruntimes_fast_int8_path(int8_model):
    """MLAS's symmetric INT8 convolution takes input channels in fours and 16 or more output channels in eights,
    depthwise ones channels in sixteens (else a path 2-3x slower): the first convolution reads BGRA, the first
    head's 12 box-encoding channels are computed as 16, the 4 zero filters sliced off before anything reads them."""
    graph = onnx.load(str(int8_model)).graph
    for conv, weights in conv_weights(graph):
        channels_out, channels_in = weights.dims[:2]
        group = next((attribute.i for attribute in conv.attribute if attribute.name == "group"), 1)
        if group > 1:  # depthwise: channels in sixteens
            assert channels_out == group and group % 16 == 0, conv.name
        else:
            assert channels_out >= 16 and channels_out % 8 == 0 and channels_in % 4 == 0, conv.name
    assert sum(node.op_type == "Slice" for node in graph.node) == 1
    detector = load_detector(int8_model, "cpu")
    inputs, _ = detector.preprocess(read_image(DATA / "chelsea.png"))
    assert detector.infer(inputs)[0].shape == (1, 1917, 4)


def test_int8_weights_fit_7_bits_so_every_cpu_computes_the_graph_exactly(int8_model):
    """Without VNNI, onnxruntime multiplies uint8 by int8 two products at a time into 16 bits (``vpmaddubsw``), which
    saturates with 8-bit weights: agreement with FP32 0.763 on an AVX2-only EPYC. Weights within -64..64 cannot
    saturate: this CPU's integer kernels find what the same graph run in float (each QDQ pair dequantized) finds."""
    for conv, tensor in conv_weights(onnx.load(str(int8_model)).graph):
        weights = onnx.numpy_helper.to_array(tensor)
        assert weights.dtype == np.int8 and np.abs(weights.astype(int)).max() <= 64, conv.name  # 255 x 64 x 2 < 32767
    integer = load_detector(int8_model, "cpu")
    options = ort.SessionOptions()
    options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_DISABLE_ALL  # no QDQ fusion: float kernels
    session = ort.InferenceSession(str(int8_model), options, providers=["CPUExecutionProvider"])
    in_float = architecture_of(session, int8_model)(session, integer.provider, int8_model)
    assert compare_precisions(in_float, integer, demo_frames(AGREEMENT_FRAMES)).agreement >= 0.98


def test_int8_logits_stay_uint8_and_the_threshold_cuts_between_their_levels(int8_model):
    """The class logits leave the graph quantized; the app thresholds the uint8 values and dequantizes the few that
    pass. Each score is one of the 256 levels the metadata's scale and zero point give, and a threshold just under
    the best detection's level keeps it, one just over drops it."""
    detector = load_detector(int8_model, "cpu")
    assert detector.session.get_outputs()[1].type == "tensor(uint8)"
    quantization = json.loads(detector.metadata["class_logits_quantization"])
    levels = [1 / (1 + math.exp(-(q - quantization["zero_point"]) * quantization["scale"])) for q in range(256)]
    inputs, transform = detector.preprocess(read_image(DATA / "chelsea.png"))
    outputs = detector.infer(inputs)
    found = detector.postprocess(outputs, transform, DetectorSettings())
    best = max(found, key=lambda d: d.score)
    level = min(range(256), key=lambda q: abs(levels[q] - best.score))
    assert best.score == pytest.approx(levels[level], abs=1e-6)
    under, over = (levels[level - 1] + levels[level]) / 2, (levels[level] + levels[level + 1]) / 2
    assert best in detector.postprocess(outputs, transform, DetectorSettings(score_threshold=under))
    assert all(d.score > over for d in detector.postprocess(outputs, transform, DetectorSettings(score_threshold=over)))
    assert best not in detector.postprocess(outputs, transform, DetectorSettings(score_threshold=over))


@pytest.mark.parametrize(
    ("int8_ms", "agreement", "cpu_gets"), [(15.0, 0.93, "int8"), (30.0, 0.93, "fp32"), (15.0, 0.85, "fp32")]
)
def test_each_device_gets_its_precision(int8_model, monkeypatch, int8_ms, agreement, cpu_gets):
    """NPUs and OpenVINO INT8, other GPU providers FP32, onnxruntime's CPU INT8 only where models build measured it
    faster and in agreement."""
    measured = {
        **read_manifest()[INT8_DETECTOR],
        "cpu_int8_ms_p50": int8_ms,
        "cpu_fp32_ms_p50": 25.0,
        "agreement": agreement,
    }
    monkeypatch.setattr("pipelines.detection.loading.read_manifest", lambda: {INT8_DETECTOR: measured})
    int8 = model_status(CATALOG[INT8_DETECTOR])
    wanted = {key: auto_precision(CHOICES[key], int8) for key in ("qnn", "cuda", "openvino-gpu", "openvino-cpu", "cpu")}
    assert wanted == {"qnn": "int8", "cuda": "fp32", "openvino-gpu": "int8", "openvino-cpu": "int8", "cpu": cpu_gets}


def test_forcing_a_precision_and_what_cannot_be_forced(built_model):
    assert load_detector(None, "cpu", "fp32").model_path.name == CATALOG[DEFAULT_DETECTOR].filename
    detector = load_detector(None, "cpu", "int8")
    assert detector.model_path.name == CATALOG[INT8_DETECTOR].filename and detector.provider.precision == "int8"
    with pytest.raises(ShowcaseError, match="a build of the built-in detector"):
        load_detector(built_model, "cpu", "int8")
    with pytest.raises(ShowcaseError, match="Unknown precision"):
        load_detector(None, "cpu", "fp16")


def test_placement_counts_every_node_of_the_optimized_graph(tmp_path, built_model, int8_model):
    """The profiled warm-up's nodes per EP against the graph onnxruntime really ran (saved after optimisation)."""
    for model in (built_model, int8_model):
        detector = load_detector(model, "cpu")
        options = ort.SessionOptions()
        options.optimized_model_filepath = str(tmp_path / "optimized.onnx")
        ort.InferenceSession(str(model), options, providers=["CPUExecutionProvider"])
        assert dict(detector.provider.placement) == {
            "CPUExecutionProvider": len(onnx.load(options.optimized_model_filepath).graph.node)
        }
        assert detector.provider.badge().endswith(f"{detector.provider.placement['CPUExecutionProvider']} nodes")
        assert detector.provider.placement_warning() == ""


def test_a_badge_warns_when_the_accelerator_ran_little():
    npu = ProviderInfo(
        "NPU",
        "QNN (Snapdragon Hexagon NPU)",
        "QNNExecutionProvider",
        50.0,
        precision="int8",
        placement={"CPUExecutionProvider": 92, "QNNExecutionProvider": 12},
        placement_us={"CPUExecutionProvider": 9000, "QNNExecutionProvider": 1000},
    )
    assert npu.badge() == "NPU · QNNExecutionProvider · INT8 · 12/104 nodes"
    assert (
        npu.placement_warning()
        == "mostly on CPU: the NPU (QNN (Snapdragon Hexagon NPU)) took 12 of 104 nodes, 10% of the time"
    )
    most_nodes_little_time = replace(npu, placement={"QNNExecutionProvider": 100, "CPUExecutionProvider": 4})
    assert "took 100 of 104 nodes, 10% of the time" in most_nodes_little_time.placement_warning()
    assert (
        replace(
            npu,
            placement_us={"QNNExecutionProvider": 9500, "CPUExecutionProvider": 500},
            placement={"QNNExecutionProvider": 100, "CPUExecutionProvider": 4},
        ).placement_warning()
        == ""
    )


def test_detect_json_and_bench_compare_precision(built_model, int8_model, capsys):
    assert main(["detect", str(DATA / "chelsea.png"), "--precision", "int8", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert (
        result["precision"] == "int8"
        and list(result["placement"]) == ["CPUExecutionProvider"]
        and result["fallbacks"] == []
    )
    assert main(["bench", "detection", "--compare", "precision", "--json"]) == 0
    compare = json.loads(capsys.readouterr().out)["compare"]
    assert compare["size_ratio"] < 0.3 and compare["agreement"] >= 0.9 and compare["frames"] == 34
    assert compare["speedup"] == pytest.approx(compare["fp32_ms_p50"] / compare["int8_ms_p50"], rel=0.01)


def test_both_builds_keep_the_80_real_classes_and_name_their_coco_ids(built_model, int8_model):
    """The class predictors lost the background's and the 10 unused ids' channels; ``class_ids`` maps each column
    back to its COCO id, so labels and ids are the ones a 91-column model gives (the cat is id 17)."""
    for path in (built_model, int8_model):
        detector = load_detector(path, "cpu")
        assert detector.session.get_outputs()[1].shape == [1, 1917, 80]
        class_ids = json.loads(detector.metadata["class_ids"])
        assert len(class_ids) == 80 and 0 not in class_ids and max(class_ids) == 90
        assert not any(detector.labels[i].startswith("unused") for i in class_ids)
        inputs, transform = detector.preprocess(read_image(DATA / "chelsea.png"))
        best = max(detector.postprocess(detector.infer(inputs), transform, DetectorSettings()), key=lambda d: d.score)
        assert (best.label, best.class_id) == ("cat", 17), path.name
