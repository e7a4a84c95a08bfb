"""The Speech panel's choices, each remembered in the settings: the source (the demo recording, the microphones found,
audio files opened before), the engine (Whisper, vosk, model folders that loaded), the device (the one ranking, for
onnxruntime-genai), the language heard (Auto or one of Whisper's) and the Translate switch. A new choice emits
``changed``; a remembered microphone is selected, never opened unasked."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QFileDialog, QWidget

from app.panels.device_combo import DeviceCombo
from app.panels.language_names import language_label
from app.panels.pipeline_panel import Background
from app.phrases import error_line, translated
from app.settings import AppSettings
from pipelines.devices.genai_sessions import genai_binds
from pipelines.errors import ShowcaseError
from pipelines.runtime.engine_support import speech_engine_missing
from pipelines.speech.languages import AUTO_LANGUAGE, WHISPER_LANGUAGES, SpeechOptions, speech_options
from pipelines.speech.loading import GENAI, VOSK, WHISPER, engine_for_folder, english_vosk_model, placed_by_itself
from pipelines.speech.sources import DEFAULT_MICROPHONE, DEMO_SPEECH, Microphone, is_microphone
from widgets.factory import add_choice, combo, labeled
from widgets.flow_layout import FlowLayout

AUTO = ""  # the engine ``pipelines.speech.loading.chosen_engine`` picks
BUILT_IN_ENGINES = (AUTO, GENAI, WHISPER, VOSK)  # the engine list's entries other than model folders
OPEN_FILE = "open-file"
AUDIO_FILES = "speech_audio"  # the settings' list of audio files opened (``AppSettings.recent``)
OPEN_MODEL_FOLDER = "open-model-folder"
MIN_LANGUAGE_CHARS = 16
def engine_and_model(choice: str) -> tuple[str | None, Path | None]:
    """The engine list's entry as the recognizer's engine and model: a built-in engine, or a model folder."""
    return (choice or None, None) if choice in BUILT_IN_ENGINES else (None, Path(choice))


class SpeechChoices(QWidget):
    """Emits ``changed`` when the user picks another source, engine, device or language, ``problem`` when a folder is
    refused, ``status`` for the status bar."""

    changed = Signal()
    source_picked = Signal()  # a source picked or a file opened: heard at once, even by a stopped panel
    problem = Signal(str)
    status = Signal(str)

    def __init__(self, settings: AppSettings, background: Background, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._microphones: list[Microphone] = []
        self._source = settings.speech_source  # selected again when the microphones are found
        self.picked = False  # the user picked a source in this session
        self.settings = settings
        self.source_combo = combo(self.tr("Microphone, demo recording or an audio file"))
        # Never narrower than the demo's name, in any language (the dashboard's side panel squeezed it); a long
        # microphone name is cut, whole in the list.
        self.source_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.source_combo.setMinimumContentsLength(len(self.tr("Demo recording (LibriVox)")) + 2)
        self.engine_combo = combo(
            self.tr(
                "Auto: vosk with an English model, else the Whisper engine that reaches the NPU / GPU, else the "
                "faster one here; Whisper in onnxruntime-genai (NPU / GPU / CPU) or faster-whisper; vosk; or a model "
                "folder"
            )
        )
        no_english_vosk = self.tr("No English vosk model is installed (the installers bundle one)")
        for label, key, missing in (
            (self.tr("Auto"), AUTO, ""),  # what Auto takes is the tooltip's: the row fits a 1366 px screen
            ("Whisper base (onnxruntime-genai)", GENAI, speech_engine_missing(GENAI)),
            ("Whisper base (faster-whisper)", WHISPER, speech_engine_missing(WHISPER)),
            ("vosk", VOSK, speech_engine_missing(VOSK) or ("" if english_vosk_model() else no_english_vosk)),
        ):
            add_choice(self.engine_combo, label, key, translated(missing))
        for folder in settings.recent("speech"):
            self.engine_combo.addItem(Path(folder).name, folder)
        self.engine_combo.addItem(self.tr("Open model folder..."), OPEN_MODEL_FOLDER)
        self.engine_combo.setCurrentIndex(max(0, self.engine_combo.findData(settings.speech_engine)))
        self._fill_sources()
        self.language_combo = combo(
            self.tr(
                "The language spoken: Auto detects it in each sentence; a fixed one skips detection (Whisper; vosk "
                "hears its model's own language)"
            )
        )
        # As wide as 'Auto (detect)' and most names, not the longest of 99 (its list opens wider): on the dashboard the
        # source beside it keeps its room.
        self.language_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.language_combo.setMinimumContentsLength(MIN_LANGUAGE_CHARS)
        self.language_combo.addItem(self.tr("Auto (detect)"), AUTO_LANGUAGE)
        for label, code in sorted((language_label(code), code) for code in WHISPER_LANGUAGES):
            self.language_combo.addItem(label, code)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(settings.speech_language)))
        self.translate_box = QCheckBox(self.tr("Translate to English"))
        self.translate_box.setToolTip(
            self.tr("Whisper's translation: the captions in English whatever the language spoken")
        )
        self.translate_box.setChecked(bool(settings.speech_translate))
        self.device_combo = DeviceCombo(settings.speech_device, background, genai_binds)
        self.engine_row = labeled(self.tr("Engine"), self.engine_combo)
        self.device_row = labeled(self.tr("Device"), self.device_combo)
        row = FlowLayout(self)  # wraps where the window is narrow
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(labeled(self.tr("Source"), self.source_combo))
        row.addWidget(self.engine_row)
        row.addWidget(self.device_row)
        row.addWidget(labeled(self.tr("Language"), self.language_combo))
        row.addWidget(self.translate_box)
        self._engine_shown = self.engine_combo.currentIndex()  # shown again when a folder is refused
        self._show_placer()
        self.device_combo.chosen.connect(self._device_chosen)
        self.source_combo.activated.connect(self._source_chosen)
        self.engine_combo.activated.connect(self._engine_chosen)
        self.language_combo.activated.connect(self._language_chosen)
        self.translate_box.toggled.connect(self._language_chosen)

    def source(self) -> str:
        return self.source_combo.currentData() or DEMO_SPEECH

    def show_source(self, source: str) -> None:
        """``source`` is heard (the user's pick, the demo button, the watchdog's fallback, the booth): the list shows
        it, whatever was remembered."""
        self._source = source
        self._fill_sources()

    def engine_for_run(self) -> str:
        """The engine picked: a built-in engine's name, AUTO, or a model folder."""
        return self.engine_combo.currentData()

    def placement(self) -> str | None:
        """Where onnxruntime-genai's Whisper runs (None: the best ranked device); None for an engine that places its
        model itself."""
        return self.device_combo.placement()

    def options(self) -> SpeechOptions:
        """The language and the task as the settings hold them (a code no Whisper knows, written into the settings
        file by hand, is a ``ShowcaseError``)."""
        return speech_options(self.settings.speech_language, bool(self.settings.speech_translate))

    def _language_chosen(self) -> None:
        self.settings.speech_language = self.language_combo.currentData()
        self.settings.speech_translate = int(self.translate_box.isChecked())
        self.changed.emit()

    def _fill_sources(self) -> None:
        self.source_combo.clear()
        self.source_combo.addItem(self.tr("Demo recording (LibriVox)"), DEMO_SPEECH)
        if self._microphones or self._source == DEFAULT_MICROPHONE:  # the one the system's sound settings pick
            self.source_combo.addItem(self.tr("Microphone: the system's default"), DEFAULT_MICROPHONE)
        for mic in self._microphones:
            self.source_combo.addItem(self.tr("Microphone: {name}").format(name=mic.name), f"mic:{mic.index}")
        for path in self.settings.recent(AUDIO_FILES):
            self.source_combo.addItem(Path(path).name, path)
        if self.source_combo.findData(self._source) < 0 and not is_microphone(self._source):  # from the command line
            self.source_combo.addItem(Path(self._source).name, self._source)
        self.source_combo.addItem(self.tr("Open audio file..."), OPEN_FILE)
        self.source_combo.setCurrentIndex(max(0, self.source_combo.findData(self._source)))

    def microphones_found(self, found: tuple[list[Microphone], str]) -> None:
        """The microphones are known: one remembered is found again by its name (its PortAudio index changes as
        devices come and go); one not connected is said."""
        self._microphones, reason = found
        if is_microphone(self._source):
            self._source = self._found_again(self._source) or DEMO_SPEECH
        self._fill_sources()
        remembered = self.settings.speech_source
        if is_microphone(remembered) and not self._found_again(remembered) and not self.picked:
            gone = self.tr("Speech: the microphone picked last time is not connected; the demo recording is picked")
            self.status.emit(gone)
        if reason:
            line = self.tr("Speech: {reason}; the demo recording works without one")
            self.status.emit(line.format(reason=translated(reason)))

    def _found_again(self, spec: str) -> str:
        """The source spec a microphone source names now, '' when it is not connected: the system's default stays
        itself while any microphone is; one picked is found by its remembered name (its PortAudio index changes as
        devices come and go)."""
        if spec == DEFAULT_MICROPHONE:
            return spec if self._microphones else ""
        named = [mic for mic in self._microphones if mic.name == self.settings.speech_microphone]
        return f"mic:{named[0].index}" if named else ""

    def _source_chosen(self, index: int) -> None:
        if self.source_combo.itemData(index) == OPEN_FILE:
            path, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Open an audio file"),
                str(Path.home()),
                self.tr("Audio (*.wav *.flac *.mp3 *.ogg *.m4a *.opus);;All files (*)"),
            )
            if not path:
                self._fill_sources()  # the source before stays picked
                return
            self._source = path  # listed; kept for the next start once it is heard (``heard``)
            self._fill_sources()
        else:
            self._source = self.source_combo.itemData(index)
        self.settings.speech_microphone = next(
            (mic.name for mic in self._microphones if f"mic:{mic.index}" == self._source), ""
        )
        self.settings.speech_source, self.picked = self._source, True
        self.source_picked.emit()

    def heard(self, spec: str) -> None:
        """``spec``, the user's pick, was heard: an audio file joins the list kept for the next start (one that never
        opened is not offered again)."""
        if spec == self.settings.speech_source and spec != DEMO_SPEECH and not is_microphone(spec):
            self.settings.remember(AUDIO_FILES, spec)

    def failed(self, spec: str) -> None:
        """The audio file ``spec`` could not be opened: the next start plays the demo rather than fail on it again."""
        if spec == self.settings.speech_source and spec != DEMO_SPEECH and not is_microphone(spec):
            self.settings.speech_source = DEMO_SPEECH

    def _engine_chosen(self, index: int) -> None:
        if self.engine_combo.itemData(index) == OPEN_MODEL_FOLDER:
            folder = QFileDialog.getExistingDirectory(
                self, self.tr("Open a vosk, faster-whisper or onnxruntime-genai Whisper model folder"), str(Path.home())
            )
            if not folder or not self._usable_model_folder(Path(folder)):
                self.engine_combo.setCurrentIndex(self._engine_shown)
                return
            self.engine_combo.insertItem(index, Path(folder).name, folder)
            self.engine_combo.setCurrentIndex(index)
        self._engine_shown = self.engine_combo.currentIndex()
        self.settings.speech_engine = self.engine_combo.currentData()
        self._show_placer()
        self.changed.emit()

    def _show_placer(self) -> None:
        """faster-whisper and vosk place the model themselves: the device list is theirs to ignore, and says so."""
        self.device_combo.place_by(placed_by_itself(*engine_and_model(self.engine_combo.currentData())))

    def _device_chosen(self, request: str) -> None:
        self.settings.speech_device = request
        self.changed.emit()

    def _usable_model_folder(self, folder: Path) -> bool:
        try:
            engine_for_folder(folder)
        except ShowcaseError as error:
            self.problem.emit(error_line(error))
            return False
        return True
