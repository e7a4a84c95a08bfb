"""A pipeline whose engine is not installed is shown as unavailable with the reason, while the others run; on
Windows on ARM64 (no OpenCV, CTranslate2, vosk or prebuilt llama.cpp) chat and speech run through
onnxruntime-genai. The engines are hidden the way a missing package is: ``import`` of a module set to None in
``sys.modules`` fails."""

import json
import sys

import pytest

from app.cli.main import main
from app.main_window import MainWindow
from app.settings import AppSettings
from pipelines.bundled import asset_path
from pipelines.errors import ShowcaseError
from pipelines.names import PIPELINES, Pipeline
from pipelines.runtime import engine_support
from pipelines.runtime.engine_support import pipeline_unavailable
from pipelines.speech.sources import demo_recording
from pipelines.speech.wer import word_error_rate
from tests.support.helpers import DATA, catalog_model_path, wait_for_boxes
from widgets.unavailable_notice import UnavailableNotice

NO_ARM64_BUILD = ("vosk", "ctranslate2", "faster_whisper", "llama_cpp")


@pytest.fixture
def on_windows_arm64(monkeypatch):
    """This machine, dressed as a Windows ARM64 laptop: no vosk, CTranslate2 or faster-whisper build, and
    llama.cpp (an extra built from source) not installed."""
    monkeypatch.setattr(engine_support, "platform_name", lambda: "Windows ARM64")
    for module in NO_ARM64_BUILD:
        monkeypatch.setitem(sys.modules, module, None)


def test_every_pipeline_runs_on_this_machine():
    assert [pipeline_unavailable(name) for name in PIPELINES] == ["", "", ""]


def test_chat_and_speech_run_through_onnxruntime_genai_on_arm64(on_windows_arm64):
    assert pipeline_unavailable(Pipeline.SPEECH) == "" and pipeline_unavailable(Pipeline.CHAT) == ""


def test_arm64_transcribes_the_demo_without_faster_whisper(on_windows_arm64, capsys):
    """The engine process is spawned afresh (the hidden modules are not), so the engine is run in this process."""
    from pipelines.speech.loading import load_recognizer
    from pipelines.speech.sources import decode_audio_file
    from pipelines.speech.vad import LevelVad

    catalog_model_path("whisper-base-genai-cpu")
    recognizer, _ = load_recognizer(threads=2)
    assert recognizer.info.engine == "onnxruntime-genai" and isinstance(recognizer.vad, LevelVad)
    text = " ".join(final.text for final in recognizer.transcribe_all(decode_audio_file(demo_recording())))
    reference = asset_path("demo/speech_librivox.txt").read_text(encoding="utf-8")
    assert word_error_rate(reference, text) < 0.1, text
    recognizer.close()


def test_the_reason_names_the_platform_without_a_build(on_windows_arm64, monkeypatch):
    monkeypatch.setitem(sys.modules, "onnxruntime_genai", None)
    assert pipeline_unavailable(Pipeline.SPEECH) == (
        "no speech engine: no Windows ARM64 build of vosk; no Windows ARM64 build of ctranslate2; "
        "onnxruntime-genai is not installed"
    )
    monkeypatch.setitem(sys.modules, "cv2", None)
    assert pipeline_unavailable(Pipeline.DETECTION) == "no Windows ARM64 build of opencv-python-headless"
    assert pipeline_unavailable(Pipeline.CHAT).startswith("no chat engine: onnxruntime-genai is not installed; ")


def test_the_cli_says_so_in_one_line(on_windows_arm64, monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, "onnxruntime_genai", None)
    assert main(["transcribe", str(DATA / "chelsea.png")]) == 1
    assert capsys.readouterr().err.strip() == (
        "edge-showcase: error: The speech pipeline is unavailable on this machine: no speech engine: "
        "no Windows ARM64 build of vosk; no Windows ARM64 build of ctranslate2; onnxruntime-genai is not installed"
    )


def test_only_faster_whisper_missing_leaves_the_others_and_says_why(monkeypatch):
    from pipelines.speech.loading import load_recognizer

    monkeypatch.setitem(sys.modules, "ctranslate2", None)
    assert pipeline_unavailable(Pipeline.SPEECH) == ""
    with pytest.raises(ShowcaseError, match="The whisper engine cannot run on this machine: ctranslate2 is not"):
        load_recognizer("whisper")


def test_the_window_shows_speech_unavailable_and_runs_the_others(qtbot, built_model, on_windows_arm64, monkeypatch):
    monkeypatch.setitem(sys.modules, "onnxruntime_genai", None)
    window = MainWindow(AppSettings(), built_model)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.show_view("dashboard")  # all three at once
    assert window.speech is None and window.chat is None and window.vision is not None
    notices = window.findChildren(UnavailableNotice)
    assert len(notices) == 2 and all(notice.isVisible() for notice in notices)
    assert any("no Windows ARM64 build of ctranslate2" in notice.label.text() for notice in notices)
    window.vision.start("demo", "cpu")
    wait_for_boxes(qtbot, window.vision, timeout=30000)
    window.close()


def test_doctor_names_engine_variant_provider_device_and_why(capsys):
    assert main(["doctor", "--json"]) == 0
    pipelines = json.loads(capsys.readouterr().out)["pipelines"]
    assert set(pipelines) == {"detection", "speech", "chat"}
    for entry in pipelines.values():
        assert entry["engine"] and entry["variant"] and entry["device"] == "CPU" and entry["why"]
    assert pipelines["detection"]["provider"] == "CPUExecutionProvider"
