"""What each kind of SSD model is fed: float RGB in [-1, 1], the resized frame's BGR bytes (INT8 builds before recipe
2), or BGRA (recipe 2: its first convolution runs over 4 channels); and uint8 class logits need their scale."""

import json

import numpy as np
import pytest

from pipelines.detection.loading import load_detector
from pipelines.detection.protocol import DetectorSettings
from pipelines.errors import ModelError
from tests.support.onnx_models import ssd_metadata, write_model

BLUE_GREEN_RED = (10, 20, 30)


def fed_mean(tmp_path, channels: int, uint8_input: bool) -> float:
    """The mean of what the model received for a frame of one colour (every output of the tiny model is that mean)."""
    model = write_model(tmp_path / "tiny.onnx", [1, 300, 300, channels], metadata=ssd_metadata(4),
                        uint8_input=uint8_input)
    detector = load_detector(model, "cpu")
    inputs, _ = detector.preprocess(np.full((48, 64, 3), BLUE_GREEN_RED, np.uint8))
    return float(detector.infer(inputs)[0].flat[0])


def test_float_rgb_bgr_bytes_and_bgra_with_an_opaque_alpha(tmp_path):
    # (ReduceMean's float32 sum of 270,000 values is good to ~1e-4 of the mean)
    assert fed_mean(tmp_path, 3, uint8_input=False) == pytest.approx((30 + 20 + 10) / 3 / 127.5 - 1, rel=1e-3)
    assert fed_mean(tmp_path, 3, uint8_input=True) == pytest.approx(20, rel=1e-3)
    assert fed_mean(tmp_path, 4, uint8_input=True) == pytest.approx((10 + 20 + 30 + 255) / 4, rel=1e-3)


def test_four_float_channels_are_the_wrong_shape(tmp_path):
    model = write_model(tmp_path / "tiny.onnx", [1, 300, 300, 4], metadata=ssd_metadata(4))
    with pytest.raises(ModelError, match="wrong shape for SSD-MobileNetV2") as info:
        load_detector(model, "cpu")
    assert "(uint8 also 4: BGRA)" in info.value.hint


def test_uint8_logits_are_read_through_their_scale_and_zero_point(tmp_path):
    """The tiny model's logits are the mean of a grey frame, 200; with zero point 196 and scale 0.5 that is a logit
    of 2.0 (score 0.88) on every column; without the metadata the model is refused with what to do."""
    metadata = {**ssd_metadata(4), "labels": json.dumps(["background", "a"])}
    path = tmp_path / "quantized.onnx"
    write_model(path, [1, 300, 300, 4], classes=2, metadata=metadata, uint8_input=True, uint8_logits=True)
    with pytest.raises(ModelError, match="uint8 class logits without their scale and zero point"):
        load_detector(path, "cpu")
    quantization = json.dumps({"scale": 0.5, "zero_point": 196})
    write_model(path, [1, 300, 300, 4], classes=2, uint8_input=True, uint8_logits=True,
                metadata={**metadata, "class_logits_quantization": quantization})
    detector = load_detector(path, "cpu")
    inputs, transform = detector.preprocess(np.full((48, 64, 3), 200, np.uint8))
    inputs["image"][..., 3] = 200  # alpha too, so the mean is exactly 200
    found = detector.postprocess(detector.infer(inputs), transform, DetectorSettings(score_threshold=0.8))
    assert {(d.label, round(d.score, 4)) for d in found} == {("a", round(1 / (1 + np.exp(-2.0)), 4))}
    assert detector.postprocess(detector.infer(inputs), transform, DetectorSettings(score_threshold=0.9)) == []
