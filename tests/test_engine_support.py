"""A pipeline whose engine is not installed (Windows on ARM64 has no OpenCV, CTranslate2 or vosk) is shown
as unavailable with the reason, while the others run. The engines are hidden the way a missing package
is: ``import`` of a module set to None in ``sys.modules`` fails."""

import sys

import pytest

from app.cli import main
from app.main_window import MainWindow
from app.settings import AppSettings
from pipelines import engine_support
from pipelines.engine_support import pipeline_unavailable
from tests.conftest import DATA
from tests.test_gui import wait_for_boxes
from widgets.unavailable_notice import UnavailableNotice

SPEECH_ENGINE_MODULES = ("vosk", "ctranslate2", "faster_whisper")


@pytest.fixture
def on_windows_arm64(monkeypatch):
    """This machine, dressed as a Windows ARM64 laptop where none of the speech engines has a build."""
    monkeypatch.setattr(engine_support, "platform_name", lambda: "Windows ARM64")
    for module in SPEECH_ENGINE_MODULES:
        monkeypatch.setitem(sys.modules, module, None)


def test_every_pipeline_runs_on_this_machine():
    assert [pipeline_unavailable(name) for name in engine_support.PIPELINES] == ["", "", ""]


def test_the_reason_names_the_platform_without_a_build(on_windows_arm64, monkeypatch):
    assert pipeline_unavailable("speech") == ("no speech engine: no Windows ARM64 build of vosk; "
                                              "no Windows ARM64 build of ctranslate2")
    monkeypatch.setitem(sys.modules, "cv2", None)
    assert pipeline_unavailable("vision") == "no Windows ARM64 build of opencv-python-headless"
    monkeypatch.setitem(sys.modules, "llama_cpp", None)
    assert pipeline_unavailable("chat") == "llama-cpp-python is not installed"


def test_the_cli_says_so_in_one_line(on_windows_arm64, capsys):
    assert main(["transcribe", str(DATA / "chelsea.png")]) == 1
    assert capsys.readouterr().err.strip() == ("edge-showcase: error: The speech pipeline is unavailable on this machine: no speech engine: "
                                               "no Windows ARM64 build of vosk; no Windows ARM64 build of ctranslate2")


def test_only_whisper_missing_leaves_vosk_and_says_why_for_whisper(monkeypatch):
    monkeypatch.setitem(sys.modules, "ctranslate2", None)
    assert pipeline_unavailable("speech") == ""
    assert main(["transcribe", str(DATA / "chelsea.png"), "--engine", "whisper"]) == 1


def test_the_window_shows_speech_unavailable_and_runs_the_others(qtbot, built_model, on_windows_arm64):
    window = MainWindow(AppSettings(), built_model)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.show_view("dashboard")  # all three at once
    assert window.speech is None and window.vision is not None and window.chat is not None
    (speech_notice,) = window.findChildren(UnavailableNotice)
    assert speech_notice.isVisible() and "no Windows ARM64 build of ctranslate2" in speech_notice.label.text()
    window.vision.start("demo", "cpu")
    window.chat.send_when_ready("Say hello.")
    wait_for_boxes(qtbot, window.vision, timeout=30000)
    qtbot.waitUntil(lambda: window.chat.streaming_tokens() > 0 or window.chat.has_answer_text(), timeout=60000)
    window.close()
