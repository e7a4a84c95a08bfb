"""The Speech panel: speak (or play the demo recording) and the words appear as they are said."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QStandardPaths, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.core_share import CoreShare
from app.settings import AppSettings
from pipelines.atomic_file import write_atomically
from pipelines.durable_writer import DurableWriter
from pipelines.errors import ShowcaseError
from pipelines.source_notice import SourceNotice
from pipelines.speech.engines import VOSK, WHISPER, engine_for_folder, english_vosk_model
from pipelines.speech.export import to_srt, to_text
from pipelines.speech.live import LiveSpeech, SpeechState
from pipelines.speech.pipeline import RecognizerReady
from pipelines.speech.recognizer import Final, RecognizerInfo
from pipelines.speech.sources import DEMO_SPEECH, list_microphones
from pipelines.speech.transcript_file import load_finals, save_finals
from pipelines.supervision import is_engine_fault
from pipelines.worker import PipelineWorker, run_in_background, start_worker
from widgets.factory import button, combo, labeled, overlay_label, shortcuts, single_shot_timer
from widgets.transcript_view import CaptionWindow, LevelMeter, TranscriptView

OPEN_FILE = "open-file"
OPEN_MODEL_FOLDER = "open-model-folder"
BUILT_IN_ENGINES = (WHISPER, VOSK)
PUSH_TO_TALK_KEY = Qt.Key.Key_F8
RENDER_INTERVAL_MS = 100
STOP_WAIT_MS = 200
SHUTDOWN_TIMEOUT_MS = 5000  # closing waits for a decode in flight rather than kill the thread under it
REPLAY_PAUSE_MS = 3000  # the dashboard replays the demo recording after this pause
AUDIO_FILTER = "Audio (*.wav *.flac *.mp3 *.ogg *.m4a *.opus);;All files (*)"


def transcript_path() -> Path:
    """Where the transcript so far is kept between runs of the app."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(folder) / "transcript.json"


def _engine_label(info: RecognizerInfo) -> str:
    """'[CPU] whisper (whisper-base)': the overlay's device badge, engine and model."""
    return f"[{info.device}] {info.engine} ({info.model})"


class SpeechPanel(QWidget):
    """Live transcription with its latencies. Emits ``status`` lines for the window's status bar."""

    status = Signal(str)
    storage_problem = Signal(str)  # from the transcript writer's thread
    _writer_note = Signal(str)  # from the transcript writer's thread; connected to ``status``, so said on the UI thread
    pipeline = "speech"

    def __init__(self, settings: AppSettings, parent: QWidget | None = None, transcript_file: Path | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.watchdog = None  # set by the window's watchdog when it watches this panel
        self._last_state_at: float | None = None
        # Every word said so far survives stops, errors, engine restarts and (through this file) app restarts.
        self.transcript_file = transcript_file or transcript_path()
        self.finals: list[Final] = load_finals(self.transcript_file)  # a few kB: read at once
        self.storage_problem.connect(self._show_storage_problem)
        self._writer_note.connect(self.status)
        self.writer = DurableWriter("transcript", self.storage_problem.emit, lambda: self._writer_note.emit("The transcript is being saved again"))
        self._run_finals = 0  # finals of the current run already copied into ``finals``
        self._run_first_final = 0  # where the current run's finals start in ``finals``
        self._run_failed = False
        self.showcase = False  # on the dashboard: the demo recording replays all day
        self.state: SpeechState | None = None
        self._live: LiveSpeech | None = None
        self._worker: PipelineWorker | None = None
        self._microphones: list = []
        self._recognizers: dict = {}  # engine choice (built-in engine or model folder) -> loaded recognizer
        # A loaded recognizer keeps its thread count: reloading Whisper to resize it would cost ~1 s and a UI hitch.
        self.cores = CoreShare(self, "speech", lambda threads: None)
        self._run_choice = WHISPER
        self.captions: CaptionWindow | None = None
        self._render_timer = single_shot_timer(self, RENDER_INTERVAL_MS, self.render)
        self._replay_timer = single_shot_timer(self, REPLAY_PAUSE_MS, self._replay_demo)
        self._build()
        if self.finals:
            self.render()  # the words kept from the last session
        self._probe = run_in_background(list_microphones, self._microphones_found, self.status.emit, self, "mic-probe")

    def _build(self) -> None:
        self.source_combo = combo("Microphone, demo recording or an audio file")
        self.engine_combo = combo("Whisper (any language, GPU when present), vosk (true streaming, CPU), or a model folder")
        self.engine_combo.addItem("Whisper base (faster-whisper)", WHISPER)
        self.engine_combo.addItem("vosk", VOSK)
        if english_vosk_model() is None:
            self.engine_combo.model().item(1).setEnabled(False)
            self.engine_combo.setItemData(1, "No English vosk model is installed (the installers bundle one)", Qt.ItemDataRole.ToolTipRole)
        for folder in self.settings.recent("speech"):
            self.engine_combo.addItem(Path(folder).name, folder)
        self.engine_combo.addItem("Open model folder...", OPEN_MODEL_FOLDER)
        self._fill_sources()
        self.start_button = button("Start", "Start or stop listening (Space)", self.toggle)
        self.ptt_button = button("Push to talk: off", "When on, only audio while F8 is held is transcribed", self.toggle_push_to_talk)
        self.ptt_button.setCheckable(True)
        self.copy_button = button("Copy", "Copy the transcript", self.copy_transcript)
        self.clear_button = button("Clear", "Clear the transcript", self.clear)
        self.save_button = button("Save...", "Save as .txt or .srt subtitles (Ctrl+Shift+S)", self.save_transcript)
        self.captions_button = button("Captions", "Large live captions in their own window (F9)", self.show_captions)
        self.demo_button = button("Play demo recording", "Transcribe the bundled recording through the same pipeline", self.play_demo)
        self.demo_button.setVisible(False)
        self.meter = LevelMeter(self)
        self.overlay = overlay_label()
        self.overlay.setWordWrap(True)  # a narrow panel (the dashboard) wraps the figures rather than widen the window
        self.overlay.setText("not listening")
        self.message = QLabel()
        self.message.setStyleSheet("color: #c0392b;")
        self.message.setWordWrap(True)
        self.view = TranscriptView(self)

        engine = labeled("Engine", self.engine_combo)
        self.details = [engine, self.ptt_button, self.copy_button, self.clear_button, self.save_button, self.captions_button]
        top = QHBoxLayout()
        for widget in (labeled("Source", self.source_combo), engine, labeled("Level", self.meter)):
            top.addWidget(widget)
        top.addStretch(1)
        for widget in (self.start_button, self.ptt_button, self.copy_button, self.clear_button, self.save_button, self.captions_button):
            top.addWidget(widget)
        status_row = QHBoxLayout()
        status_row.addWidget(self.message, 1)
        status_row.addWidget(self.demo_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.overlay)
        layout.addLayout(status_row)
        layout.addWidget(self.view, 1)

        self.source_combo.activated.connect(self._source_chosen)
        self.engine_combo.activated.connect(self._engine_chosen)
        shortcuts(self, (("Space", self.toggle), ("Ctrl+Shift+S", self.save_transcript), ("F9", self.show_captions)))
        QGuiApplication.instance().installEventFilter(self)  # the F8 key is held anywhere in the window

    def _fill_sources(self) -> None:
        current = self.source_combo.currentData()
        self.source_combo.clear()
        self.source_combo.addItem("Demo recording (LibriVox)", DEMO_SPEECH)
        for mic in self._microphones:
            self.source_combo.addItem(f"Microphone: {mic.name}", f"mic:{mic.index}")
        self.source_combo.addItem("Open audio file...", OPEN_FILE)
        index = self.source_combo.findData(current)
        self.source_combo.setCurrentIndex(max(0, index))

    def _microphones_found(self, found) -> None:
        self._microphones, reason = found
        self._fill_sources()
        if reason:
            self.status.emit(f"Speech: {reason}; the demo recording works without one")

    # ----- running ----------------------------------------------------------------------------
    def _source_chosen(self, index: int) -> None:
        if self.source_combo.itemData(index) == OPEN_FILE:
            path, _ = QFileDialog.getOpenFileName(self, "Open an audio file", str(Path.home()), AUDIO_FILTER)
            if not path:
                self.source_combo.setCurrentIndex(0)
                return
            self.source_combo.insertItem(index, Path(path).name, path)
            self.source_combo.setCurrentIndex(index)
        self.restart()

    def _engine_chosen(self, index: int) -> None:
        if self.engine_combo.itemData(index) == OPEN_MODEL_FOLDER:
            folder = QFileDialog.getExistingDirectory(self, "Open a vosk or faster-whisper model folder", str(Path.home()))
            if not folder or not self._usable_model_folder(Path(folder)):
                self.engine_combo.setCurrentIndex(max(0, self.engine_combo.findData(self._run_choice)))
                return
            self.engine_combo.insertItem(index, Path(folder).name, folder)
            self.engine_combo.setCurrentIndex(index)
        self.restart()

    def _usable_model_folder(self, folder: Path) -> bool:
        try:
            engine_for_folder(folder)
        except ShowcaseError as error:
            self.message.setText(error.one_line())
            return False
        return True

    def is_running(self) -> bool:
        return self._worker is not None and self._worker.is_running()

    def toggle(self) -> None:
        self.stop() if self.is_running() else self.start()

    def restart(self) -> None:
        if self.is_running():
            self.start()

    def start(self, source: str | None = None) -> None:
        """Listen to ``source`` (default: the picked one); the transcript so far is kept."""
        previous_done = self.stop()
        source = source or self.source_combo.currentData() or DEMO_SPEECH
        choice = self._run_choice = self.engine_combo.currentData()
        if not previous_done:  # the last run is still finishing a decode with it: load another
            self._recognizers.pop(choice, None)
        cached = self._recognizers.get(choice)
        engine, model = (choice, None) if choice in BUILT_IN_ENGINES else (None, Path(choice))
        self.cores.set_live(True)
        self._live = LiveSpeech(source, engine, model, self.ptt_button.isChecked(), cached, self.cores.threads(),
                                bool(self.settings.fallback_to_demo), self.settings.stall_s)
        self._last_state_at = None
        self._run_finals, self._run_first_final, self._run_failed = 0, len(self.finals), False
        self.message.clear()
        self.demo_button.setVisible(False)
        self.overlay.setText("loading the speech model...")
        self._worker = start_worker(self._live.loop, "speech", self, self._take_item, self._failed, self._finished)
        self.start_button.setText("Stop")

    def stop(self, timeout_ms: int = STOP_WAIT_MS) -> bool:
        """Stop listening now. A Whisper decode in flight (0.3-1.5 s, native code) finishes on its own
        thread afterwards; the panel does not wait for it (closing the window does)."""
        self._replay_timer.stop()
        worker, self._worker = self._worker, None
        self.start_button.setText("Start")
        self.cores.set_live(False)
        if worker is None:
            return True
        stopped = worker.stop(timeout_ms)
        worker.dispose()
        return stopped

    def play_demo(self) -> None:
        self.source_combo.setCurrentIndex(0)
        self.start(DEMO_SPEECH)

    def set_showcase(self, on: bool) -> None:
        """On the dashboard the panel runs unattended: the demo recording (when it is the chosen
        source) starts by itself and replays when it ends. A microphone is never opened unasked."""
        self.showcase = on
        if on and not self.is_running() and self.source_combo.currentData() == DEMO_SPEECH:
            self.play_demo()
        if not on:
            self._replay_timer.stop()

    def _replay_demo(self) -> None:
        """The demo's last pass makes way for the next: only the demo's own words are dropped."""
        if self.showcase and not self.is_running():
            del self.finals[self._run_first_final:]
            self.play_demo()

    def _take_item(self) -> None:
        if self.sender() is not self._worker:
            return
        item = self._worker.take_item()
        if isinstance(item, RecognizerReady):
            self._recognizers[self._run_choice] = item.recognizer
            if self._run_choice not in BUILT_IN_ENGINES:
                self.settings.remember("speech", self._run_choice)  # a folder that loaded is offered next time
            loaded = f"loaded in {item.load_ms:.0f} ms" if item.load_ms else "ready"
            self.overlay.setText(f"{_engine_label(item.info)} {loaded}, listening...")
        elif isinstance(item, SourceNotice):
            self.message.setText(item.message)
            self.status.emit(item.message)
            if self.watchdog is not None:
                self.watchdog.events.add(self.pipeline, item.message)
        elif isinstance(item, SpeechState):
            self._last_state_at = time.monotonic()
            if len(item.finals) > self._run_finals:
                self.finals += list(item.finals[self._run_finals:])
                self._run_finals = len(item.finals)
                self._save_transcript()
            self.state = item
            self.meter.set_level(item.level_dbfs)
            if not self._render_timer.isActive():
                self._render_timer.start()

    def render(self) -> None:
        state = self.state
        partial = state.partial if state is not None else None
        self.view.show_transcript([(f.start_s, f.text) for f in self.finals], partial.text if partial else "", partial.stable if partial else "")
        if state is not None:
            stats = state.stats
            self.overlay.setText(
                f"{_engine_label(state.info)} · RTF {state.rtf:.2f} · partial {stats['partial_latency'].p50:.0f}/{stats['partial_latency'].p95:.0f} ms"
                f" (p50/p95) · final {stats['final_latency'].p50:.0f}/{stats['final_latency'].p95:.0f} ms after speech · {state.audio_s:.0f} s heard")
        if self.captions is not None and self.captions.isVisible():
            self.captions.show_caption(self.finals[-1].text if self.finals else "", partial.text if partial else "")

    def _failed(self, message: str) -> None:
        worker = self.sender()
        if worker is self._worker:
            self._run_failed = True
            self.message.setText(message + " — the words so far are kept.")
            self.demo_button.setVisible(True)
            self.status.emit(message)
            if is_engine_fault(worker.error):
                failed = self._recognizers.pop(self._run_choice, None)  # dead, hung or in an unknown state
                if failed is not None:
                    failed.close()
                if self.watchdog is not None:
                    self.watchdog.report(self, worker.error)

    def _finished(self) -> None:
        if self.sender() is self._worker:
            self.start_button.setText("Start")
            self.render()
            if self.showcase and not self._run_failed and self._live is not None and self._live.source == DEMO_SPEECH:
                self._replay_timer.start()

    # ----- push to talk -----------------------------------------------------------------------
    def toggle_push_to_talk(self) -> None:
        on = self.ptt_button.isChecked()
        self.ptt_button.setText(f"Push to talk: {'on (hold F8)' if on else 'off'}")
        if self._live is not None:
            self._live.push_to_talk = on

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (isinstance(event, QKeyEvent) and event.key() == PUSH_TO_TALK_KEY and not event.isAutoRepeat()
                and self._live is not None and self.isVisible()):
            self._live.set_talking(event.type() == QEvent.Type.KeyPress)
        return super().eventFilter(watched, event)

    # ----- transcript -------------------------------------------------------------------------
    def copy_transcript(self) -> None:
        QGuiApplication.clipboard().setText(to_text(self.finals))
        self.status.emit("Transcript copied")

    def clear(self) -> None:
        self.finals = []
        self._save_transcript()
        self.render()

    def _save_transcript(self) -> None:
        """Keep the transcript so far on disk (atomically, on the writer's thread; retried while the disk refuses)."""
        finals, path = list(self.finals), self.transcript_file
        self.writer.submit("the transcript", lambda: save_finals(path, finals), key="transcript")

    def _show_storage_problem(self, message: str) -> None:
        self.message.setText(message)
        self.status.emit(message)

    def save_transcript(self) -> None:
        path, chosen = QFileDialog.getSaveFileName(self, "Save the transcript", str(Path.home() / "transcript.txt"), "Text (*.txt);;Subtitles (*.srt)")
        if not path:
            return
        content = to_srt(self.finals) if path.endswith(".srt") or "srt" in chosen else to_text(self.finals)
        self.writer.submit(f"the transcript to {path}", lambda: write_atomically(Path(path), content))
        self.status.emit(f"Saving the transcript to {path}")

    def show_captions(self) -> None:
        if self.captions is None:
            self.captions = CaptionWindow()
        self.captions.show()
        self.captions.raise_()
        self.render()

    def has_words(self) -> bool:
        """Some words on screen: a finished sentence or one in progress (a replay clears the last pass's)."""
        return bool(self.finals) or (self.state is not None and self.state.partial is not None)

    def has_partial_and_final(self) -> bool:
        """Mid-transcription: some sentences finished and one in progress (screenshot mode waits for it)."""
        return bool(self.finals) and self.state is not None and self.state.partial is not None

    # ----- watchdog (app/watchdog.py) --------------------------------------------------------------
    def heartbeat_age_s(self) -> float | None:
        """Seconds since the last chunk was transcribed while listening (from the first one on)."""
        if not self.is_running() or self._last_state_at is None:
            return None
        return time.monotonic() - self._last_state_at

    def engine_fault(self) -> ShowcaseError | None:
        """A kept recognizer whose process died while the panel was idle."""
        if self.is_running():
            return None
        for choice, recognizer in list(self._recognizers.items()):
            fault = recognizer.fault()
            if fault is not None:
                del self._recognizers[choice]
                return fault
        return None

    def restart_engine(self) -> None:
        self._recognizers.pop(self._run_choice, None)
        self.start(self._live.source if self._live is not None else None)

    def show_fault(self, message: str) -> None:
        self.message.setText(f"{message} — the words so far are kept.")
        self.status.emit(message)

    def fall_back(self) -> str:
        self.play_demo()
        return "Switched to the demo recording."

    def shutdown(self) -> None:
        QGuiApplication.instance().removeEventFilter(self)
        self.stop(SHUTDOWN_TIMEOUT_MS)
        self.cores.release()
        for recognizer in self._recognizers.values():
            recognizer.close()
        self.writer.close()
        self._probe.stop()
        if self.captions is not None:
            self.captions.close()
