"""The Speech panel: speak (or play the demo recording) and the words appear as they are said."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QMessageBox, QVBoxLayout, QWidget

from app.locale_format import window_numbers
from app.panels.pipeline_panel import PipelinePanel
from app.panels.speech_choices import AUTO, BUILT_IN_ENGINES, SpeechChoices, engine_and_model
from app.panels.speech_comparison_window import SpeechComparisonWindow
from app.panels.speech_figures import TranscriptLines, engine_label, speech_figures, speech_figures_text
from app.phrases import error_line, translated
from app.settings import AUTO_PROVIDER, AppSettings
from pipelines.devices.where import ran_on
from pipelines.errors import ShowcaseError, SourceError
from pipelines.names import Pipeline
from pipelines.speech.export import to_srt, to_text
from pipelines.speech.live import LiveSpeech, SpeechState
from pipelines.speech.loading import VOSK, needs_whisper
from pipelines.speech.pipeline import RecognizerReady
from pipelines.speech.protocol import Final
from pipelines.speech.recognizer_cache import Key, RecognizerCache
from pipelines.speech.sources import DEMO_SPEECH, list_microphones
from pipelines.speech.transcript_file import KeptTranscript
from pipelines.storage import user_folders
from pipelines.storage.atomic_file import export_text
from widgets.factory import button, labeled, overlay_label, shortcuts, single_shot_timer
from widgets.transcript_view import CaptionWindow, LevelMeter, TranscriptView

PUSH_TO_TALK_KEY = Qt.Key.Key_F8
RENDER_INTERVAL_MS = 100
TRANSCRIPT_READ_WAIT_S = 5.0  # at exit: a week's transcript (20,000 sentences) was read in 2 s
CLEAR_WITHOUT_ASKING = 3  # sentences: a longer transcript is asked about before Clear deletes it
STOP_WAIT_MS = 200
SHUTDOWN_TIMEOUT_MS = 5000  # closing waits for a decode in flight rather than kill the thread under it
REPLAY_PAUSE_MS = 3000  # the dashboard replays the demo recording after this pause


def transcript_path() -> Path:
    """Where the transcript so far is kept between runs of the app."""
    return user_folders.data_folder() / "transcript.json"


class SpeechPanel(PipelinePanel):
    """Live transcription with its latencies."""

    pipeline = Pipeline.SPEECH
    booth_title = (
        QT_TRANSLATE_NOOP("SpeechPanel", "Hears"),
        QT_TRANSLATE_NOOP("SpeechPanel", "speech to text, as it is said"),
    )
    booth_text_fifths = 4  # live captions
    writes = ("transcript", QT_TRANSLATE_NOOP("SpeechPanel", "The transcript is being saved again"))
    result_type = SpeechState
    shutdown_wait_ms = SHUTDOWN_TIMEOUT_MS
    _transcript_read = Signal()  # from the reading thread: the words kept from the last session can be shown

    def __init__(
        self, settings: AppSettings, parent: QWidget | None = None, transcript_file: Path | None = None
    ) -> None:
        super().__init__(settings, parent)
        # Every word said so far survives stops, errors, engine restarts and (through this file) app restarts.
        self._transcript_read.connect(self.render, Qt.ConnectionType.QueuedConnection)  # after ``_build``, always
        self.transcript = KeptTranscript(transcript_file or transcript_path(), self._keep, self._announce_read)
        self._run_finals = 0  # finals of the current run already copied into ``finals``
        self._run_failed = False
        self._run_source, self._heard = DEMO_SPEECH, False  # the run's source, and whether any of it was heard
        self.state: SpeechState | None = None
        # A loaded recognizer keeps its thread count when the core plan changes: reloading Whisper to resize it would
        # cost ~1 s and a UI hitch.
        self.recognizers = RecognizerCache()
        self._run_key: Key = (AUTO, None)
        self.captions: CaptionWindow | None = None
        self._render_timer = single_shot_timer(self, RENDER_INTERVAL_MS, self.render)
        self._replay_timer = single_shot_timer(self, REPLAY_PAUSE_MS, self._replay_demo)
        self._build()
        self.background(list_microphones, self.choices.microphones_found, "mic-probe", self.status.emit)

    def _build(self) -> None:
        self.choices = SpeechChoices(self.settings, self.background)
        self.start_button = button(self.tr("Start"), self.tr("Start or stop listening (Space)"), self.toggle)
        self.ptt_button = button(
            self.tr("Push to talk: off"),
            self.tr("When on, the microphone is heard only while F8 is held (files and the demo play whole)"),
            self.toggle_push_to_talk,
        )
        self.ptt_button.setCheckable(True)
        self.ptt_button.setChecked(bool(self.settings.push_to_talk))
        self.toggle_push_to_talk()  # its text
        self.copy_button = button(self.tr("Copy"), self.tr("Copy the transcript"), self.copy_transcript)
        self.clear_button = button(self.tr("Clear"), self.tr("Clear the transcript"), self.clear)
        self.save_button = button(
            self.tr("Save..."), self.tr("Save as .txt or .srt subtitles (Ctrl+Shift+S)"), self.save_transcript
        )
        self.captions_button = button(
            self.tr("Captions"), self.tr("Large live captions in their own window (F9)"), self.show_captions
        )
        self.demo_button = button(
            self.tr("Play demo recording"),
            self.tr("Transcribe the bundled recording through the same pipeline"),
            self.play_demo,
        )
        self.demo_button.setVisible(False)
        self.meter = LevelMeter(self)
        self.overlay = overlay_label()
        self.overlay.setWordWrap(True)  # a narrow panel (the dashboard) wraps the figures rather than widen the window
        self.overlay.setText(self.tr("not listening"))
        self.message = QLabel()
        self.message.setStyleSheet("color: #c0392b;")
        self.message.setWordWrap(True)
        self.view = TranscriptView(self)

        buttons = [self.ptt_button, self.copy_button, self.clear_button, self.save_button, self.captions_button]
        self.details = [self.choices.engine_row, self.choices.device_row, *buttons]
        top = QHBoxLayout()  # the choices and Start; the level and the transcript's buttons below: one row would need
        top.addWidget(self.choices)  # 1,800 px, wider than a booth laptop's 1366 x 768 screen
        top.addStretch(1)
        top.addWidget(self.start_button)
        second = QHBoxLayout()
        second.addWidget(labeled(self.tr("Level"), self.meter))
        second.addStretch(1)
        for widget in buttons:
            second.addWidget(widget)
        status_row = QHBoxLayout()
        status_row.addWidget(self.message, 1)
        status_row.addWidget(self.demo_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addLayout(top)
        layout.addLayout(second)
        layout.addWidget(self.overlay)
        layout.addLayout(status_row)
        layout.addWidget(self.view, 1)

        self.choices.changed.connect(self.restart)
        self.choices.source_picked.connect(lambda: self.start())
        self.choices.problem.connect(self.message.setText)
        self.choices.status.connect(self.status)
        self.operator_controls = [self.choices, self.start_button, *buttons]
        self.operator_shortcuts = shortcuts(  # F9 is the window's (main_window.py): a booth key
            self, (("Space", self.space_pressed), ("Ctrl+Shift+S", self.save_transcript))
        )
        QGuiApplication.instance().installEventFilter(self)  # the F8 key is held anywhere in the window

    # ----- running ----------------------------------------------------------------------------
    def start(self, source: str | None = None) -> None:
        """Listen to ``source`` (default: the picked one); the transcript so far is kept, but for the demo
        recording's words: a new pass of the demo replaces the last one (in this run of the app or an earlier) once
        its first sentence is heard."""
        self._replay_timer.stop()
        self._let_go()  # a run before this one ends on its own worker (a decode in flight): this one starts after it
        source = self._run_source = source or self.choices.source()
        self._heard = False
        self.choices.show_source(source)  # the list shows what is heard (a microphone found later does not take over)
        try:
            options = self.choices.options()
        except ShowcaseError as error:  # a language code no Whisper knows, in the settings file
            self.stop(0)
            self.show_problem(error_line(error))
            return
        choice, provider = self.choices.engine_for_run(), self.choices.placement()
        key = self._run_key = (choice, provider)
        engine, model = engine_and_model(choice)
        self._run_finals, self._run_failed = 0, False
        self.message.clear()
        self.demo_button.setVisible(False)
        measures = choice == AUTO and provider is None
        first_time = self.tr(" (Auto measures the engines once on a new machine)") if measures else ""
        self.overlay.setText(self.tr("loading the speech model...") + first_time)
        self.overlay.setVisible(True)  # on the dashboard too, until the first words: "Hears" was blank meanwhile
        push_to_talk, fallback = self.ptt_button.isChecked(), bool(self.settings.fallback_to_demo)
        stall_s = self.settings.stall_s

        def live(threads: int) -> LiveSpeech:
            if not self.previous_run_ended():  # the last run still decodes with its recognizer: load another
                self.recognizers.discard(key)
            if choice == AUTO and needs_whisper(options) and self.recognizers.engine_of(key) == VOSK:
                self.recognizers.discard(key)  # Auto chose vosk for English: another language needs Whisper
            cached = self.recognizers.get(key)
            return LiveSpeech(
                source, engine, model, push_to_talk, cached, threads, fallback, stall_s, options, provider
            )

        self._go_live(live, "speech")

    def clear_fault(self) -> None:
        self.message.clear()

    def stop(self, timeout_ms: int = STOP_WAIT_MS) -> bool:
        """Stop listening now. A Whisper decode in flight (0.3-1.5 s, native code) finishes on its own
        thread afterwards; the panel does not wait for it (closing the window does)."""
        self._replay_timer.stop()
        return super().stop(timeout_ms)

    def step_aside(self) -> bool:
        """Also where the dashboard waits to replay the demo: it replays when the comparison ends."""
        replaying = self._replay_timer.isActive()
        return super().step_aside() or replaying

    def play_demo(self) -> None:
        self.start(DEMO_SPEECH)

    def set_booth(self, on: bool) -> None:
        """On the dashboard the panel runs unattended, in big captions under the booth header: the demo recording
        starts by itself and replays when it ends, unless the user picked another source in this session (a
        microphone is never opened unasked; a source remembered from the last session does not keep the booth
        silent)."""
        super().set_booth(on)
        self.overlay.setVisible(not on)
        if not on:
            self._replay_timer.stop()
        self._play_booth_demo()

    def release_after_comparison(self) -> None:
        """Also plays the booth's demo where the dashboard was brought up while the comparison was open."""
        super().release_after_comparison()
        self._play_booth_demo()

    def _play_booth_demo(self) -> None:
        if (
            self.booth
            and not self.is_running()
            and not self.in_comparison()
            and (self.choices.source() == DEMO_SPEECH or not self.choices.picked)
        ):
            self.play_demo()

    def _replay_demo(self) -> None:
        """The demo's last pass makes way for the next (``start`` drops its words)."""
        if self.booth and not self.is_running() and not self.in_comparison():
            self.play_demo()

    def take(self, item: object) -> None:
        if isinstance(item, RecognizerReady):
            self.recognizers.keep(self._run_key, item.recognizer)  # the same engine on the device left behind goes
            choice = self._run_key[0]
            if choice not in BUILT_IN_ENGINES:
                self.settings.remember("speech", choice)  # a folder that loaded is offered next time
            loaded = (self.tr("loaded in {ms} ms").format(ms=window_numbers().number(item.load_ms)) if item.load_ms
                      else self.tr("ready"))
            self.overlay.setText(
                self.tr("{engine} {loaded}, listening...").format(engine=engine_label(item.info), loaded=loaded)
            )
            why = translated(item.info.why)
            self.overlay.setToolTip(why)  # why this engine (Auto: measured, or the only one)
            if why:
                self.status.emit(self.tr("Speech: {engine}, {why}").format(engine=item.info.engine, why=why))
        elif isinstance(item, SpeechState):
            if not self._heard and item.audio_s > 0:
                self._heard = True
                self.choices.heard(self._run_source)
            source = DEMO_SPEECH if self._current_source() == DEMO_SPEECH else ""
            if len(item.finals) > self._run_finals:
                if source and not self._run_finals:  # the demo's new pass has begun: its last pass makes way
                    self._drop_demo_pass()
                self.transcript.add([replace(final, source=source) for final in item.finals[self._run_finals :]])
                self._run_finals = len(item.finals)
            elif item.finals and item.finals[-1].original and self.finals and not self.finals[-1].original:
                self.transcript.merge(replace(item.finals[-1], source=source))  # its original came
            self.state = item
            self.overlay.setVisible(not self.booth)  # the booth header has the figures now
            self.meter.set_level(item.level_dbfs)
            if not self._render_timer.isActive():
                self._render_timer.start()

    def render(self) -> None:
        state = self.state
        partial = state.partial if state is not None else None
        self.view.show_transcript(
            TranscriptLines(self.finals),
            partial.text if partial else "",
            partial.stable if partial else "",
        )
        if state is not None:
            self.overlay.setText(" · ".join([engine_label(state.info), *speech_figures_text(state)]))
            self.header.show_figures(state.info.device.split(" ")[0], speech_figures(state))
        if self.captions is not None and self.captions.isVisible():
            self.captions.show_caption(self.finals[-1].text if self.finals else "", partial.text if partial else "")

    def run_failed(self, message: str, engine_fault: bool) -> bool:
        self._run_failed = True
        if isinstance(self.failure, SourceError) and not self._heard:
            self.choices.failed(self._run_source)  # the next start plays the demo, not this error again
        self.show_fault(message)
        self.demo_button.setVisible(True)
        if engine_fault:
            self.recognizers.discard(self._run_key)
        return engine_fault

    def run_ended(self) -> None:
        self.render()
        if self.booth and not self._run_failed and self._live is not None and self._live.source == DEMO_SPEECH:
            self._replay_timer.start()

    # ----- push to talk -----------------------------------------------------------------------
    def toggle_push_to_talk(self) -> None:
        on = self.ptt_button.isChecked()
        if int(on) != self.settings.push_to_talk:
            self.settings.push_to_talk = int(on)  # remembered: a microphone picked later is gated as the user left it
        self.ptt_button.setText(self.tr("Push to talk: on (hold F8)") if on else self.tr("Push to talk: off"))
        if self._live is not None:
            self._live.push_to_talk = on

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            isinstance(event, QKeyEvent)
            and event.key() == PUSH_TO_TALK_KEY
            and not event.isAutoRepeat()
            and self._live is not None
            and self.isVisible()
        ):
            self._live.set_talking(event.type() == QEvent.Type.KeyPress)
        return super().eventFilter(watched, event)

    # ----- transcript -------------------------------------------------------------------------
    def copy_transcript(self) -> None:
        QGuiApplication.clipboard().setText(to_text(self.finals))
        self.status.emit(self.tr("Transcript copied"))

    @property
    def finals(self) -> list[Final]:
        """Every sentence kept (while the file is read at start: those heard since)."""
        return self.transcript.finals

    def clear(self) -> None:
        """Forget the transcript, here and on disk; one with more than a few sentences is asked about first."""
        if len(self.finals) > CLEAR_WITHOUT_ASKING and QMessageBox.question(
            self,
            self.tr("Clear the transcript"),
            self.tr("Delete all {count} sentences from this computer?").format(count=len(self.finals)),
        ) != QMessageBox.StandardButton.Yes:
            return
        self.transcript.clear()
        self.render()

    def _drop_demo_pass(self) -> None:
        self.transcript.drop(lambda final: final.source == DEMO_SPEECH)

    def _announce_read(self) -> None:
        """From the reading thread, where the panel may be gone by then (closed at once)."""
        with contextlib.suppress(RuntimeError):
            self._transcript_read.emit()

    def _keep(self, write: Callable[[], object]) -> None:
        """A change of the transcript to disk, in order, on the writer's thread (retried while the disk refuses)."""
        self.writer.submit("the transcript", write)

    def save_transcript(self) -> None:
        path, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the transcript"),
            str(Path.home() / "transcript.txt"),
            self.tr("Text (*.txt);;Subtitles (*.srt)"),
        )
        if not path:
            return
        finals, subtitles = self.finals, path.endswith(".srt") or ".srt" in chosen
        if not Path(path).suffix:  # a name typed without one: the kind picked in the dialog's list
            path += ".srt" if subtitles else ".txt"
        saved = self.tr("Transcript saved to {path}").format(path=path)

        def save() -> None:  # a place the user chose: a failure is said once (never retried behind the app's writes)
            export_text(path, to_srt(finals) if subtitles else to_text(finals))

        self.background(save, lambda _: self.status.emit(saved), "transcript-save")
        self.status.emit(self.tr("Saving the transcript to {path}").format(path=path))

    def compare(self, kind: str) -> SpeechComparisonWindow:
        """Open the transcripts side by side (View menu: CPU vs accelerator, faster-whisper vs onnxruntime-genai);
        listening stops meanwhile, the transcript kept, and resumes when it closes (``open_comparison``)."""
        return self.open_comparison(kind, SpeechComparisonWindow)

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

    # ----- hooks of the base and the watchdog (app/watchdog.py) -----------------------------------------
    def report_ran_on(self) -> str:
        info = self.state.info if self.state is not None else None
        return ran_on(info.engine, info.model, info.device, info.provider) if info is not None else ""

    def show_notice(self, message: str) -> None:
        self.message.setText(message)

    def show_problem(self, message: str) -> None:
        self.message.setText(message)
        self.status.emit(message)

    def idle_engine_fault(self) -> ShowcaseError | None:
        """A kept recognizer whose process died while the panel was idle."""
        return self.recognizers.take_fault()

    def restart_engine(self) -> None:
        self.recognizers.discard(self._run_key)
        super().restart_engine()

    def show_fault(self, message: str) -> None:
        self.message.setText(self.tr("{message} — the words so far are kept.").format(message=message))
        self.status.emit(message)

    def fall_back(self) -> str:
        """The demo recording, on the device Auto picks (a device picked may be what keeps failing; the settings keep
        the pick for the next start)."""
        self.choices.device_combo.show_request(AUTO_PROVIDER)
        self.play_demo()
        return QT_TRANSLATE_NOOP("Watchdog", "Switched to the demo recording, on the device Auto picks.")

    def free_engines(self) -> None:
        QGuiApplication.instance().removeEventFilter(self)
        self.transcript.wait_for_read(TRANSCRIPT_READ_WAIT_S)  # closed at once: what was heard meanwhile is saved
        self.recognizers.close_all()
        if self.captions is not None:
            self.captions.close()
