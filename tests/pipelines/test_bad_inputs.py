"""Bad files, models and cameras: one clear line on stderr, exit 1, never a traceback."""

import pytest

from app.cli.main import main
from pipelines.detection.loading import load_detector
from pipelines.errors import ModelError
from tests.support.helpers import DATA
from tests.support.onnx_models import ssd_metadata, write_model


def run_cli(args, capsys):
    code = main(args)
    captured = capsys.readouterr()
    return code, captured.err


@pytest.fixture
def bad_files(tmp_path):
    empty = tmp_path / "empty.png"
    empty.write_bytes(b"")
    truncated = tmp_path / "truncated.png"
    truncated.write_bytes((DATA / "chelsea.png").read_bytes()[:300])
    text = tmp_path / "notes.jpg"
    text.write_text("not an image")
    empty_video = tmp_path / "empty.mp4"
    empty_video.write_bytes(b"")
    broken_video = tmp_path / "broken.mp4"
    broken_video.write_bytes(b"\x00\x00\x00\x18ftypmp42" + b"\x00" * 64)
    return {
        "empty": empty,
        "truncated": truncated,
        "text": text,
        "empty_video": empty_video,
        "broken_video": broken_video,
    }


@pytest.mark.parametrize(
    ("key", "message"),
    [
        ("empty", "Image is empty"),
        ("truncated", "Not an image OpenCV can decode"),
        ("text", "Not an image OpenCV can decode"),
        ("empty_video", "Video file is empty"),
        ("broken_video", "Not a video OpenCV can open"),
    ],
)
def test_bad_input_files(bad_files, capsys, key, message):
    code, err = run_cli(["detect", str(bad_files[key])], capsys)
    assert code == 1
    assert err.count("\n") == 1 and message in err and str(bad_files[key]) in err
    assert "Traceback" not in err


def test_missing_file(capsys, tmp_path):
    code, err = run_cli(["detect", str(tmp_path / "nowhere.jpg")], capsys)
    assert code == 1 and err.startswith("edge-showcase: error: Image not found:")


def test_corrupt_model(capsys, tmp_path, built_model):
    corrupt = tmp_path / "corrupt.onnx"
    corrupt.write_bytes(built_model.read_bytes()[:200_000])
    code, err = run_cli(["detect", str(DATA / "chelsea.png"), "--model", str(corrupt)], capsys)
    assert code == 1 and "not a valid ONNX model" in err and str(corrupt) in err


def test_empty_and_missing_model(capsys, tmp_path):
    empty = tmp_path / "empty.onnx"
    empty.write_bytes(b"")
    assert "Model file is empty" in run_cli(["detect", str(DATA / "chelsea.png"), "--model", str(empty)], capsys)[1]
    assert (
        "Model file not found"
        in run_cli(["detect", str(DATA / "chelsea.png"), "--model", str(tmp_path / "x.onnx")], capsys)[1]
    )


def test_wrong_shaped_model_names_what_was_expected(tmp_path):
    model = write_model(tmp_path / "wrong.onnx", [1, 224, 224, 3], anchors=4, metadata=ssd_metadata(4))
    with pytest.raises(ModelError, match=r"wrong shape for SSD-MobileNetV2") as info:
        load_detector(model, provider="cpu")
    assert "image[1, 224, 224, 3]" in info.value.message and "expected input image[1, 300, 300, 3]" in info.value.hint


def test_model_of_an_unknown_architecture(tmp_path):
    model = write_model(tmp_path / "plain.onnx", [1, 300, 300, 3])
    with pytest.raises(ModelError, match="not a detector this app can decode"):
        load_detector(model, provider="cpu")


def test_absent_camera_index(capsys):
    from pipelines.detection.sources import open_source
    from pipelines.errors import SourceError

    with pytest.raises(SourceError, match="No camera at index 7"):
        open_source("camera:7")


def test_absent_provider_on_the_cli(capsys):
    code, err = run_cli(["detect", str(DATA / "chelsea.png"), "--provider", "directml"], capsys)
    assert code == 1 and "not available on this machine" in err


def test_out_of_range_threshold(capsys):
    code, err = run_cli(["detect", str(DATA / "chelsea.png"), "--threshold", "1.5"], capsys)
    assert code == 1 and "--threshold" in err
