"""The Vision panel: the control bar (``vision_controls.py``) around a live detection view, snapshots, and the
side-by-side comparisons."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QVBoxLayout, QWidget

from app.locale_format import window_numbers
from app.panels.comparison_window import ComparisonWindow
from app.panels.pipeline_panel import PipelinePanel
from app.panels.vision_controls import VisionControls
from app.panels.vision_hud import vision_figures, vision_hud
from app.phrases import translated
from app.settings import AUTO_PROVIDER, AppSettings
from pipelines.bundled import DEMO_VIDEO
from pipelines.detection.comparison import DEVICE, PRECISION
from pipelines.detection.live import DetectorReady, LiveDetection
from pipelines.detection.pipeline import STAGES, DetectionResult
from pipelines.devices.provider_info import ProviderInfo
from pipelines.devices.where import ran_on
from pipelines.errors import SourceError
from pipelines.measure.metrics import StageMetrics
from pipelines.names import Pipeline
from pipelines.storage import user_folders
from widgets.factory import button, shortcuts
from widgets.video_view import VideoView


class VisionPanel(PipelinePanel):
    """Live object detection."""

    pipeline = Pipeline.DETECTION
    booth_title = (QT_TRANSLATE_NOOP("VisionPanel", "Sees"), QT_TRANSLATE_NOOP("VisionPanel", "objects in live video"))
    # encoded and written off the UI thread
    writes = ("snapshots", QT_TRANSLATE_NOOP("VisionPanel", "Snapshots are being saved again"))
    result_type = DetectionResult

    def __init__(self, settings: AppSettings, model: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(settings, parent)
        self.model = model or (Path(settings.model) if settings.model else None)
        self._model_on_trial: Path | None = None  # a newly opened model, kept only once it loads
        self._previous_model: Path | None = None
        self.view = VideoView(self)
        self.view.numbers = window_numbers()
        self.metrics = StageMetrics(STAGES)
        self.provider: ProviderInfo | None = None
        self.notices: tuple[str, ...] = ()
        self._start_when_shown: tuple | None = None  # start()'s arguments, for when the panel shows
        self._share = (0, False)  # the threads the running detector was loaded with, and whether it ran alone
        self._model_name = ""  # the loaded detector's
        self._run_source, self._played = settings.source, False  # the run's source, and whether it showed a frame
        self.controls = VisionControls(settings, self.background)
        self.start_button = button(self.tr("Start"), self.tr("Start or stop detection (Space)"), self.toggle)
        self.snapshot_button = button(
            self.tr("Snapshot"), self.tr("Save the annotated frame as PNG (Ctrl+S)"), self.save_snapshot
        )
        self.details = [*self.controls.details, self.snapshot_button]
        bar = QHBoxLayout()
        bar.addWidget(self.controls)
        bar.addStretch(1)
        bar.addWidget(self.start_button)
        bar.addWidget(self.snapshot_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self.controls.restart_needed.connect(self.restart)
        self.controls.source_picked.connect(lambda: self.start())
        self.controls.thresholds_changed.connect(self._apply_detector_settings)
        self.controls.status.connect(self.status)
        self.operator_controls = [self.controls, self.start_button, self.snapshot_button]
        self.operator_shortcuts = shortcuts(
            self,
            (
                ("Space", self.space_pressed),
                ("]", lambda: self.controls.nudge(5)),
                ("[", lambda: self.controls.nudge(-5)),
            ),
        )

    def open_model(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open an ONNX detector"), str(Path.home()), self.tr("ONNX detectors (*.onnx);;All files (*)")
        )
        if path:
            self.use_model(Path(path))

    def use_model(self, path: Path) -> None:
        """Run ``path`` as the detector; if it fails to load, the previous model stays."""
        self._model_on_trial, self._previous_model = path, self.model
        self.model = path
        self.start()

    def use_built_in_model(self) -> None:
        """Back to the bundled detector after one the user opened (which is otherwise used on every start)."""
        if self.model is not None:
            self.model, self._model_on_trial = None, None
            self.settings.model = ""
            self.start()

    def _apply_detector_settings(self) -> None:
        """The running worker picks the new thresholds up on its next frame."""
        if self._live is not None:
            self._live.settings = self.controls.detector_settings()

    # ----- running --------------------------------------------------------------------------
    def start(
        self,
        source: str | None = None,
        provider: str | None = None,
        precision: str | None = None,
        strict: bool | None = None,
    ) -> None:
        """Start detection; ``source``/``provider``/``precision``/``strict`` override the remembered ones for
        this run. While another panel is in front, it starts when this one shows."""
        if not self.isVisible():
            self._start_when_shown = (source, provider, precision, strict)
            return
        self._let_go()  # a run before this one ends on its own worker: the UI thread does not wait for it
        source = self._run_source = source or self.settings.source
        self._played = False
        self.controls.show_source(source)
        provider = provider or self.settings.provider
        precision = precision or self.settings.precision
        strict = bool(self.settings.strict) if strict is None else strict
        self.controls.show_run(provider, precision, strict, model_opened=self.model is not None)
        self.metrics = StageMetrics(STAGES)
        self.provider, self.notices = None, ()
        self.view.show_message(self.tr("Loading the model and warming up the provider..."))

        def live(threads: int) -> LiveDetection:
            self._share = (threads, self.cores.alone())
            return LiveDetection(
                source,
                self.model,
                None if provider == AUTO_PROVIDER else provider,
                self.controls.detector_settings(),
                precision if self.model is None else "auto",
                strict,
                threads,
                bool(self.settings.fallback_to_demo),
                self._share[1],
            )

        self._go_live(live, "vision")

    def compare(self, kind: str) -> ComparisonWindow:
        """Open the side-by-side view (C: CPU vs accelerator, P: FP32 vs INT8) on the demo frames; live detection
        pauses meanwhile and resumes when it closes (``open_comparison``)."""
        return self.open_comparison(kind, ComparisonWindow)

    def compare_devices(self) -> ComparisonWindow:
        return self.compare(DEVICE)

    def compare_precisions(self) -> ComparisonWindow:
        return self.compare(PRECISION)

    def set_booth(self, on: bool) -> None:
        super().set_booth(on)
        self.view.set_compact_hud(on)

    def step_aside(self) -> bool:
        """Also where it waits to start until it shows: it starts once the comparison ends (not beside it, when the
        dashboard is brought up meanwhile)."""
        waiting, self._start_when_shown = self._start_when_shown is not None, None
        return super().step_aside() or waiting

    def hideEvent(self, event) -> None:
        """Another panel is in front: free the CPU for it, and resume when this one shows again."""
        if self.is_running():
            self._start_when_shown = (None, None, None, None)
            self.stop(0)
        super().hideEvent(event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._start_when_shown is not None:
            arguments, self._start_when_shown = self._start_when_shown, None
            self.start(*arguments)

    # ----- hooks of the base and the watchdog (app/watchdog.py) -----------------------------------------
    def take(self, item: object) -> None:
        if isinstance(item, DetectionResult):
            if not self._played:
                self._played = True
                self.controls.played(self._run_source)
            self.metrics.record({**item.timings_ms, "paint": self.view.last_paint_ms})
            self.metrics.rate.tick()
            summary, rate = self.metrics.summary(), self.metrics.rate.rate()
            hud = vision_hud(summary, rate, self.provider, item.dropped_frames, self.notices, self.view.numbers)
            self.view.show_frame(item.frame.image, item.detections, hud)
            if self.booth:
                self.header.show_figures(hud.device, vision_figures(summary, self.view.numbers))
        elif isinstance(item, DetectorReady):
            if self._model_on_trial is not None:
                self.settings.model, self._model_on_trial = str(self._model_on_trial), None
            self.provider, self._model_name = item.provider, item.model_name
            note = f" ({translated(item.provider.fallback_note())})" if item.provider.fallbacks else ""
            self.status.emit(self.tr("{model} on {device}").format(
                model=item.model_name, device=translated(item.provider.badge())) + note)
            self.view.show_message(self.tr("Waiting for the first frame..."))

    def report_ran_on(self) -> str:
        return ran_on("onnxruntime", self._model_name, self.provider.device, self.provider) if self.provider else ""

    def show_notice(self, message: str) -> None:
        self.notices = (*self.notices, message)  # shown in the HUD

    def run_failed(self, message: str, engine_fault: bool) -> bool:
        if isinstance(self.failure, SourceError) and not self._played:
            self.controls.failed(self._run_source)  # the next start plays the demo, not this error again
        if engine_fault and self.watchdog is not None and self._model_on_trial is None:
            return True  # a worker that raised unexpectedly: restarted with back-off
        if self._model_on_trial is not None:
            self.model, self._model_on_trial = self._previous_model, None
            message += self.tr(" (the previous model is kept)")
        self.show_fault(message)
        return False

    def threads_changed(self, threads: int) -> None:
        """onnxruntime cannot resize its pool nor stop its spinning: the session is re-created with the new count,
        or when it starts or stops sharing the machine."""
        if (threads, self.cores.alone()) != self._share and self.is_running():
            self.start(self._current_source())

    def show_fault(self, message: str) -> None:
        self.view.show_message(message)
        self.status.emit(message)

    def clear_fault(self) -> None:
        self.view.show_message("")

    def fall_back(self) -> str:
        self.start(DEMO_VIDEO, "cpu")
        return QT_TRANSLATE_NOOP("Watchdog", "Switched to the CPU provider and the demo video.")

    def save_snapshot(self) -> Path | None:
        """Save the annotated frame to Pictures/Edge AI Showcase (encoded off the UI thread)."""
        image = self.view.render_annotated()
        if image.isNull():
            self.status.emit(self.tr("No frame to save yet"))
            return None
        path = user_folders.pictures_folder() / f"snapshot-{datetime.now():%Y%m%d-%H%M%S-%f}.png"
        saved = self.tr("Snapshot saved: {path}").format(path=path)

        def write() -> None:
            path.parent.mkdir(parents=True, exist_ok=True)
            if not image.save(str(path)):
                raise OSError(f"{path} could not be written (a read-only folder or a full disk)")
            self._writer_note.emit(saved)

        self.writer.submit(f"the snapshot {path.name}", write)
        return path
