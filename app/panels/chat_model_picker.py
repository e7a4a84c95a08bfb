"""The Chat panel's model picker: engine and model lists, loading a model off the UI thread with its progress, and
what the loaded model is. On first show it loads the remembered model, or the best one this machine streams fluently.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QLabel, QProgressBar, QVBoxLayout, QWidget

from app.locale_format import window_numbers
from app.panels.device_combo import DeviceCombo
from app.panels.pipeline_panel import Background
from app.phrases import translated
from app.settings import AppSettings
from app.worker import PipelineWorker, start_worker
from pipelines.chat.hosted import load_hosted_engine_steps
from pipelines.chat.loading import AUTO, LoadProgress, engine_choices, placed_by_itself
from pipelines.chat.model_choice import ONLY_MODEL, ChatCandidate, candidates, choose, model_speed, remembered_speed
from pipelines.chat.protocol import ChatEngine, EngineInfo
from pipelines.devices.genai_sessions import genai_binds
from pipelines.phrases import Phrase
from widgets.factory import add_choice, combo, labeled
from widgets.flow_layout import FlowLayout

BUNDLED = ""
BUNDLED_MODEL = "SmolLM2-135M-Instruct"
OPEN_MODEL = "open-model"
OPEN_FOLDER = "open-folder"


def engine_summary(info: EngineInfo) -> str:
    """The model, where it runs (an onnxruntime engine's badge: device, EP, precision, nodes) and why this engine."""
    where = translated(info.provider.badge()) if info.provider else info.device + (
        f" ({info.placement})" if info.placement else ""
    )
    why = f" · {translated(info.why)}" if info.why else ""
    summary = QCoreApplication.translate(
        "ChatModelPicker", "{model} · {mb} MB · {quantization} · context {context} · {engine} on {device}"
    )
    quantization = info.quantization or QCoreApplication.translate("ChatModelPicker", "n/a")
    num = window_numbers().number
    return summary.format(
        model=info.model_name, mb=num(info.size_bytes / 1e6), quantization=quantization,
        context=num(info.context_length), engine=info.engine, device=where,
    ) + why


class ChatModelPicker(QWidget):
    """Holds the loaded ``engine``. Emits ``loaded`` with each engine that loads (the one before is closed),
    ``problem`` when one does not (the one before stays), ``status`` for the status bar."""

    loaded = Signal(object)
    problem = Signal(str)
    status = Signal(str)

    def __init__(
        self,
        settings: AppSettings,
        threads: Callable[[], int],
        background: Background,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self._threads, self._background = threads, background
        self.engine: ChatEngine | None = None
        self._loaded_model: str | None = None  # the model the engine runs (loaded again by ``reload``)
        self._loading_model: str | None = None  # the model a load in flight brings (a new engine or device takes it)
        self._candidates: list[ChatCandidate] = []  # the chat models present, found when the panel first shows
        self._candidates_asked = False
        self.model_reason = ""  # why the app chose the model it loaded by itself (shown in the list)
        self._loader: PipelineWorker | None = None
        self.engine_combo = combo(
            self.tr(
                "Inference engine: Auto takes onnxruntime-genai where a variant of the model reaches the NPU or GPU, "
                "else the faster engine on this CPU (measured once); llama.cpp for a GGUF file"
            )
        )
        for choice in engine_choices():
            label = self.tr("Auto") if choice.key == AUTO else choice.label  # the others are the engines' names
            if choice.unavailable_reason:
                label = self.tr("{engine}: unavailable").format(engine=choice.label)
            add_choice(self.engine_combo, label, choice.key, translated(choice.unavailable_reason))
        self.device_combo = DeviceCombo(settings.chat_device, background, genai_binds)
        self._show_engine(settings.chat_engine, settings.chat_model)
        self.model_combo = combo(self.tr("Model (Ctrl+Shift+O opens a GGUF file)"))
        self._fill_models()
        self._booth = False
        self.model_info = QLabel(self.tr("no model loaded"))
        self.model_info.setWordWrap(True)
        self.load_progress = QProgressBar()
        self.load_progress.setRange(0, 0)  # busy: llama.cpp reports no load progress
        self.load_progress.setMaximumWidth(120)
        self.load_progress.setVisible(False)
        self.engine_row = labeled(self.tr("Engine"), self.engine_combo)
        self.device_row = labeled(self.tr("Device"), self.device_combo)
        self.model_row = labeled(self.tr("Model"), self.model_combo)
        row = FlowLayout()  # wraps where the window is narrow
        for widget in (self.engine_row, self.device_row, self.model_row, self.load_progress):
            row.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.model_info)  # a line of its own: the summary reads whole beside no list
        self.engine_combo.activated.connect(lambda _: self.load_model())
        self.device_combo.chosen.connect(lambda _: self.load_model())
        self.model_combo.activated.connect(self._model_chosen)

    def _show_engine(self, engine_key: str, model: str) -> None:
        """Select ``engine_key``; llama.cpp and MLC LLM place the model themselves (Auto gives them a GGUF file and a
        compiled MLC folder), so the device list is disabled for them."""
        self.engine_combo.setCurrentIndex(max(0, self.engine_combo.findData(engine_key)))
        self.device_combo.place_by(placed_by_itself(self.engine_combo.currentData(), Path(model) if model else None))

    def load_first_model(self) -> None:
        """Once, when the panel first shows (no cost before that): finding the models checksums them (~80 ms)."""
        if self._loader is None and self.engine is None and not self._candidates_asked:
            self._candidates_asked = True
            self._background(candidates, self._choose_first_model, "chat-candidates")

    def _choose_first_model(self, options: list[ChatCandidate]) -> None:
        """The remembered model, or (until the user picks one) the best of ``options`` this machine streams fluently,
        measured once per model on a worker (``pipelines/chat/model_choice.py``)."""
        self._candidates = options
        if not self.settings.chat_auto_model or len(options) < 2:
            self.model_reason = translated(Phrase(ONLY_MODEL)) if len(options) == 1 else ""
            self.load_model()
            return
        speeds = json.loads(self.settings.chat_speeds or "{}")

        def pick(should_stop: Callable[[], bool]) -> tuple[ChatCandidate, str]:
            return choose(options, remembered_speed(speeds, lambda option: model_speed(option.path, should_stop)))

        def picked(result: tuple[ChatCandidate, str]) -> None:
            if self._loader is not None:  # the user loaded a model (or picked an engine or device) meanwhile
                return
            option, reason = result
            self.model_reason = translated(reason)
            self.settings.chat_speeds = json.dumps(speeds)
            chosen = self.tr("Chat model: {model}, {reason}")
            self.status.emit(chosen.format(model=option.label, reason=self.model_reason))
            self.load_model(str(option.path) if option.path else BUNDLED)

        self.model_info.setText(self.tr("measuring which chat model this machine streams fluently..."))
        self._background(pick, picked, "chat-model-choice", stoppable=True)  # a window closed meanwhile ends it

    def _fill_models(self) -> None:
        self.model_combo.clear()
        self.model_combo.addItem(self.tr("{model} (bundled)").format(model=BUNDLED_MODEL), BUNDLED)
        for option in self._candidates:
            if option.path is not None:
                self.model_combo.addItem(option.label, str(option.path))
        for path in self.settings.recent("chat"):
            self.model_combo.addItem(Path(path).name, path)
        self.model_combo.addItem(self.tr("Open model..."), OPEN_MODEL)
        self.model_combo.addItem(self.tr("Open model folder (onnxruntime-genai, MLC)..."), OPEN_FOLDER)
        index = max(0, self.model_combo.findData(self.settings.chat_model))
        self.model_combo.setCurrentIndex(index)
        if self.model_reason:  # why Auto picked it: in the tooltip, as the item's text would be cut
            self.model_combo.setItemData(index, self.model_reason, Qt.ItemDataRole.ToolTipRole)
            self.model_combo.setToolTip(f"{self.model_combo.itemText(index)}: {self.model_reason}")

    def _model_chosen(self, index: int) -> None:
        self.settings.chat_auto_model = 0  # the user's choice from now on
        if self.model_combo.itemData(index) == OPEN_MODEL:
            self.open_model()
        elif self.model_combo.itemData(index) == OPEN_FOLDER:
            self.open_model_folder()
        else:
            self.load_model(self.model_combo.itemData(index))

    def open_model(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a GGUF model"), str(Path.home()), self.tr("GGUF models (*.gguf);;All files (*)")
        )
        if path:
            self.load_model(path)
        else:
            self._fill_models()

    def open_model_folder(self) -> None:
        """A Foundry Local, AI Hub or Ryzen AI model folder (onnxruntime-genai), or a compiled MLC model."""
        title = self.tr("Open an onnxruntime-genai or MLC model folder")
        folder = QFileDialog.getExistingDirectory(self, title, str(Path.home()))
        if folder:
            self.load_model(folder)
        else:
            self._fill_models()

    def set_booth(self, on: bool) -> None:
        """On the booth the loaded model is named in one line, the whole summary in its tooltip: the summary's four
        lines took the answer's room at 1366 x 768, and the header already shows the device and the speed."""
        self._booth = on
        if self._loading_model is None:
            self._show_loaded()

    def _show_loaded(self) -> None:
        """The loaded model's summary (on the booth its name), or that none is loaded."""
        if self.engine is None:
            self.model_info.setText(self.tr("no model loaded"))
            self.model_info.setToolTip("")
            return
        info = self.engine.info
        summary = engine_summary(info)
        self.model_info.setText(info.model_name if self._booth else summary)
        self.model_info.setToolTip(summary if self._booth else translated(info.why))

    def load_model(self, model: str | None = None) -> None:
        """Load ``model`` (default: the one loading, else the one loaded) off the UI thread, in the engine and on the
        device picked; if it fails, the previous one stays loaded."""
        if model is None:
            model = self.settings.chat_model if self._loading_model is None else self._loading_model
        self._loading_model = model
        engine_key, request = self.engine_combo.currentData() or AUTO, self.device_combo.request()
        self._show_engine(engine_key, model)
        device = self.device_combo.placement() or "auto"
        name = Path(model).name if model else BUNDLED_MODEL
        self.load_progress.setVisible(True)
        measures = engine_key == AUTO and not model and device == "auto"
        first_time = self.tr(" (Auto measures the engines once on a new machine)") if measures else ""
        self.model_info.setText(self.tr("loading {model}...").format(model=name) + first_time)

        def done(engine: ChatEngine) -> None:
            previous, self.engine, self._loaded_model = self.engine, engine, model
            if previous is not None:
                previous.close()
            self.settings.chat_model, self.settings.chat_engine = model, engine_key
            self.settings.chat_device, self._loading_model = request, None
            if model:
                self.settings.remember("chat", model)
            self._fill_models()
            self.load_progress.setVisible(False)
            self._show_loaded()
            self.loaded.emit(engine)

        def failed(message: str) -> None:
            if self._loader is not loader:  # a load the user replaced by another: its end is not news
                return
            self._loading_model = None
            self.load_progress.setVisible(False)
            kept = self.engine.info.model_name if self.engine else ""
            self._show_loaded()
            # the engine and device that answer stay picked: the failed ones would make the next model's load fail too
            self.device_combo.show_request(self.settings.chat_device)
            self._show_engine(self.settings.chat_engine, self.settings.chat_model)
            self._fill_models()
            self.problem.emit(message + (self.tr(" (keeping {model})").format(model=kept) if kept else ""))

        def take() -> None:
            item = loader.take_item()
            if self._loader is not loader:  # replaced by another load: an engine it still made is closed unused
                if isinstance(item, ChatEngine):
                    item.close()
            elif isinstance(item, LoadProgress):
                self.load_progress.setRange(0, 100)
                self.load_progress.setValue(round(item.fraction * 100))
                if item.fraction >= 1.0:
                    self.load_progress.setRange(0, 0)  # reading done; llama.cpp now builds the model
            elif item is not None:
                done(item)

        if self._loader is not None:
            self._loader.dispose()
        model_path = Path(model) if model else None
        threads, stall_s = self._threads(), self.settings.stall_s
        loader = self._loader = start_worker(
            lambda should_stop: load_hosted_engine_steps(
                engine_key, model_path, device, threads, stall_s, should_stop
            ),
            "chat-load",
            self,
            take,
            failed,
            lambda: None,
        )

    def drop_engine(self) -> None:
        """Close the engine: dead, hung, in an unknown state, or the panel closing."""
        engine, self.engine = self.engine, None
        if engine is not None:
            engine.close()

    def reload(self) -> None:
        """Load the model the engine ran again (after its process died)."""
        self.drop_engine()
        self.load_model(self._loaded_model)

    def shutdown(self) -> None:
        if self._loader is not None:
            self._loader.stop()
        self.drop_engine()
