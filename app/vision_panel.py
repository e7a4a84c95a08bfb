"""The Vision panel: source, provider and threshold controls around a live detection view."""

from __future__ import annotations

import time
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from app.comparison_window import ComparisonWindow
from app.core_share import CoreShare
from app.settings import AUTO_PROVIDER, AppSettings
from app.vision_hud import vision_hud
from pipelines.detection.comparison import DEVICE, PRECISION
from pipelines.detection.detector import DetectorSettings
from pipelines.detection.live import DetectorReady, LiveDetection
from pipelines.source_notice import SourceNotice
from pipelines.detection.pipeline import STAGES, DetectionResult
from pipelines.bundled import DEMO_VIDEO
from pipelines.detection.sources import list_cameras
from pipelines.durable_writer import DurableWriter
from pipelines.errors import ShowcaseError
from pipelines.supervision import is_engine_fault
from pipelines.metrics import StageMetrics
from pipelines.models import DETECTOR_PRECISIONS
from pipelines.providers import DEVICE_ORDER, DEVICE_PREFIX, ProviderChoice, ProviderInfo, ranked_choices
from pipelines.worker import PipelineWorker, run_in_background, start_worker
from widgets.factory import button, combo, labeled, shortcuts, spin_box
from widgets.video_view import VideoView

OPEN_FILE = "open-file"
MODEL_FILTER = "ONNX detectors (*.onnx);;All files (*)"
VIDEO_FILTER = "Videos and images (*.mp4 *.avi *.mkv *.mov *.webm *.png *.jpg *.jpeg *.bmp);;All files (*)"


class VisionPanel(QWidget):
    """Live object detection. Emits ``status`` lines for the window's status bar."""

    status = Signal(str)
    _writer_note = Signal(str)  # from the snapshot writer's thread; connected to ``status``, so said on the UI thread
    pipeline = "detection"

    def __init__(self, settings: AppSettings, model: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.watchdog = None  # set by the window's watchdog when it watches this panel
        self._last_result_at: float | None = None
        self.model = model or (Path(settings.model) if settings.model else None)
        self._model_on_trial: Path | None = None  # a newly opened model, kept only once it loads
        self._previous_model: Path | None = None
        self.view = VideoView(self)
        self.metrics = StageMetrics(STAGES)
        self.provider: ProviderInfo | None = None
        self.notices: tuple[str, ...] = ()
        self._worker: PipelineWorker | None = None
        self._live: LiveDetection | None = None
        self._camera_probe: PipelineWorker | None = None
        self._provider_probe: PipelineWorker | None = None
        self._dropped = 0
        self._cameras: list[int] = []
        self._start_when_shown: tuple | None = None  # start()'s arguments, for when the panel shows
        self._writer_note.connect(self.status)
        # Encoded and written off the UI thread; a full disk or a read-only folder: said once, kept, retried.
        self.writer = DurableWriter("snapshots", self._writer_note.emit, lambda: self._writer_note.emit("Snapshots are being saved again"))
        self.comparison: ComparisonWindow | None = None
        self.cores = CoreShare(self, "detection", self._threads_changed)
        self._threads = 0  # what the running detector was loaded with
        self._build_controls()
        self._probe_cameras()
        # Ranking registers plugin EP libraries (OpenVINO's is tens of MB) and reads Windows ML's catalog: off the UI thread.
        self._provider_probe = run_in_background(ranked_choices, self._providers_found, self.status.emit, self, "provider-probe")

    # ----- layout and controls -------------------------------------------------------------
    def _build_controls(self) -> None:
        self.source_combo = combo("Where frames come from (Ctrl+O opens a file)")
        self.provider_combo = combo("Execution provider: Auto picks NPU, then GPU, then CPU; 'Best NPU' the best provider of one "
                                    "device type; or one provider")
        self.provider_combo.addItem("Auto (best available)", AUTO_PROVIDER)
        self._shown_provider = self.settings.provider  # selected again once the choices are known
        self.strict_box = QCheckBox("Strict")
        self.strict_box.setToolTip("Accelerator only: a provider that cannot run every node itself is skipped "
                                   "instead of handing nodes to the CPU (for demos that must not fall back silently)")
        self.precision_combo = combo("The built-in detector's precision: Auto gives NPUs INT8, GPUs FP32, the CPU INT8 "
                                     "where it measured faster and in agreement with FP32")
        for precision in DETECTOR_PRECISIONS:
            self.precision_combo.addItem("Auto" if precision == "auto" else precision.upper(), precision)
        self.threshold_slider = QSlider(Qt.Orientation.Horizontal)
        self.threshold_slider.setRange(5, 95)
        self.threshold_slider.setToolTip("Score threshold ([ and ] adjust)")
        self.threshold_slider.setFixedWidth(160)
        self.threshold_label = QLabel()
        self.iou_box = spin_box(0.1, 0.9, 0.05, self.settings.iou, "NMS IoU: boxes of one class overlapping more than this are merged")
        self.start_button = button("Start", "Start or stop detection (Space)", self.toggle)
        self.snapshot_button = button("Snapshot", "Save the annotated frame as PNG (Ctrl+S)", self.save_snapshot)
        self._fill_sources()
        self._select_data(self.provider_combo, self.settings.provider)
        self._select_data(self.precision_combo, self.settings.precision)
        self.strict_box.setChecked(bool(self.settings.strict))
        self.threshold_slider.setValue(round(self.settings.threshold * 100))
        self._show_threshold()

        provider = labeled("Provider", self.provider_combo)
        precision = labeled("Precision", self.precision_combo)
        iou = labeled("NMS IoU", self.iou_box)
        self.details = [provider, self.strict_box, precision, self.threshold_label, self.threshold_slider, iou, self.snapshot_button]
        bar = QHBoxLayout()
        for widget in (labeled("Source", self.source_combo), provider, self.strict_box, precision, self.threshold_label,
                       self.threshold_slider, iou):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.start_button)
        bar.addWidget(self.snapshot_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)

        self.source_combo.activated.connect(self._source_chosen)
        self.provider_combo.activated.connect(self._provider_chosen)
        self.precision_combo.activated.connect(self._precision_chosen)
        self.strict_box.toggled.connect(self._strict_chosen)
        self.threshold_slider.valueChanged.connect(self._threshold_changed)
        self.iou_box.valueChanged.connect(self._iou_changed)
        shortcuts(self, (("Space", self.toggle), ("]", lambda: self._nudge(5)), ("[", lambda: self._nudge(-5)),
                         ("C", self.compare_devices), ("P", self.compare_precisions)))

    def _fill_sources(self) -> None:
        self.source_combo.clear()
        self.source_combo.addItem("Demo video (people walking)", DEMO_VIDEO)
        for index in self._cameras:
            self.source_combo.addItem(f"Camera {index}", f"camera:{index}")
        for path in self.settings.recent("vision"):
            self.source_combo.addItem(Path(path).name, path)
        self.source_combo.addItem("Open file...", OPEN_FILE)
        self._select_data(self.source_combo, self.settings.source)

    def _probe_cameras(self) -> None:
        """Camera discovery can take seconds on some systems: it runs on a worker."""
        self._camera_probe = run_in_background(list_cameras, self._cameras_found, self.status.emit, self, "camera-probe")

    def _providers_found(self, ranked: list[ProviderChoice]) -> None:
        for device in DEVICE_ORDER:
            if any(choice.device == device for choice in ranked):
                self.provider_combo.addItem(f"Best {device}", f"{DEVICE_PREFIX}{device.lower()}")
        for choice in ranked:
            self.provider_combo.addItem(f"{choice.label} [{choice.device}]", choice.key)
        self._select_data(self.provider_combo, self._shown_provider)

    def _cameras_found(self, cameras: list[int] | None) -> None:
        self._cameras = cameras or []
        self._fill_sources()
        if cameras:
            self.status.emit(f"Cameras found: {', '.join(map(str, cameras))}")

    @staticmethod
    def _select_data(combo: QComboBox, data: str) -> None:
        index = combo.findData(data)
        combo.setCurrentIndex(index if index >= 0 else 0)

    # ----- user actions -------------------------------------------------------------------
    def _source_chosen(self, index: int) -> None:
        if self.source_combo.itemData(index) == OPEN_FILE:
            self.open_file()
            return
        self.settings.source = self.source_combo.itemData(index)
        self.restart()

    def open_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Open a video or image", str(Path.home()), VIDEO_FILTER)
        if not path:
            self._select_data(self.source_combo, self.settings.source)
            return
        self.use_source(path)

    def use_source(self, spec: str) -> None:
        """Switch to a source ('demo', 'camera:N' or a file path) and restart."""
        if spec != DEMO_VIDEO and not spec.startswith("camera:"):
            self.settings.remember("vision", spec)
        self.settings.source = spec
        self._fill_sources()
        self.restart()

    def open_model(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Open an ONNX detector", str(Path.home()), MODEL_FILTER)
        if path:
            self.use_model(Path(path))

    def use_model(self, path: Path) -> None:
        """Run ``path`` as the detector; if it fails to load, the previous model stays."""
        self._model_on_trial, self._previous_model = path, self.model
        self.model = path
        self.start()

    def _provider_chosen(self, index: int) -> None:
        self.settings.provider = self.provider_combo.itemData(index)
        self.restart()

    def _precision_chosen(self, index: int) -> None:
        self.settings.precision = self.precision_combo.itemData(index)
        self.restart()

    def _strict_chosen(self, strict: bool) -> None:
        if strict != bool(self.settings.strict):
            self.settings.strict = int(strict)
            self.restart()

    def _nudge(self, step: int) -> None:
        self.threshold_slider.setValue(self.threshold_slider.value() + step)

    def _threshold_changed(self, value: int) -> None:
        self.settings.threshold = value / 100
        self._show_threshold()
        self._apply_detector_settings()

    def _iou_changed(self, value: float) -> None:
        self.settings.iou = value
        self._apply_detector_settings()

    def detector_settings(self) -> DetectorSettings:
        return DetectorSettings(score_threshold=self.threshold_slider.value() / 100, iou_threshold=self.iou_box.value())

    def _apply_detector_settings(self) -> None:
        """The running worker picks the new thresholds up on its next frame."""
        if self._live is not None:
            self._live.settings = self.detector_settings()

    def _show_threshold(self) -> None:
        self.threshold_label.setText(f"Threshold {self.threshold_slider.value() / 100:.2f}")

    # ----- running --------------------------------------------------------------------------
    def is_running(self) -> bool:
        return self._worker is not None and self._worker.is_running()

    def toggle(self) -> None:
        if self.is_running():
            self.stop()
        else:
            self.start()

    def start(self, source: str | None = None, provider: str | None = None, precision: str | None = None,
              strict: bool | None = None) -> None:
        """Start detection; ``source``/``provider``/``precision``/``strict`` override the remembered ones for
        this run. While another panel is in front, it starts when this one shows."""
        if not self.isVisible():
            self._start_when_shown = (source, provider, precision, strict)
            return
        self.stop()
        provider = provider or self.settings.provider
        precision = precision or self.settings.precision
        strict = bool(self.settings.strict) if strict is None else strict
        self._shown_provider = provider
        self._select_data(self.provider_combo, provider)
        self._select_data(self.precision_combo, precision)
        self.strict_box.blockSignals(True)  # showing this run's mode is not choosing it
        self.strict_box.setChecked(strict)
        self.strict_box.blockSignals(False)
        self.cores.set_live(True)
        self._threads = self.cores.threads()
        self.precision_combo.setEnabled(self.model is None)  # a model file the user opened runs as it is
        self._live = LiveDetection(
            source or self.settings.source, self.model, None if provider == AUTO_PROVIDER else provider,
            self.detector_settings(), precision if self.model is None else "auto", strict, self._threads,
            bool(self.settings.fallback_to_demo),
        )
        self._last_result_at = None
        self.metrics = StageMetrics(STAGES)
        self.provider, self.notices = None, ()
        self.view.show_message("Loading the model and warming up the provider...")
        self._worker = start_worker(self._live.loop, "vision", self, self._take_item, self._failed, self._finished)
        self.start_button.setText("Stop")

    def stop(self) -> bool:
        """Stop the worker (within a second); True when nothing is left running."""
        worker, self._worker = self._worker, None
        self.start_button.setText("Start")
        self.cores.set_live(False)
        if worker is None:
            return True
        stopped = worker.stop()
        worker.dispose()
        return stopped

    def restart(self) -> None:
        if self.is_running():
            self.start()

    def compare(self, kind: str) -> ComparisonWindow:
        """Open the side-by-side view (C: CPU vs accelerator, P: FP32 vs INT8); live detection pauses
        meanwhile, so both sides get the machine, and resumes when it closes."""
        was_running = self.is_running()
        self.stop()
        window = ComparisonWindow(kind, self)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.finished.connect(lambda: self.start() if was_running else None)
        window.destroyed.connect(lambda: setattr(self, "comparison", None))
        window.show()
        self.comparison = window
        return window

    def compare_devices(self) -> ComparisonWindow:
        return self.compare(DEVICE)

    def compare_precisions(self) -> ComparisonWindow:
        return self.compare(PRECISION)

    def _threads_changed(self, threads: int) -> None:
        """Another pipeline started or stopped: onnxruntime cannot resize its pool, so the session is re-created."""
        if threads != self._threads and self.is_running():
            self.start(self._live.source if self._live else None)

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Another panel is in front: free the CPU for it, and resume when this one shows again."""
        if self.is_running():
            self._start_when_shown = (None, None, None, None)
            self.stop()
        super().hideEvent(event)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._start_when_shown is not None:
            arguments, self._start_when_shown = self._start_when_shown, None
            self.start(*arguments)

    def shutdown(self) -> None:
        """Stop everything this panel runs (called when the window closes)."""
        if self.comparison is not None:
            self.comparison.close()
        self.stop()
        self.cores.release()
        for probe in (self._camera_probe, self._provider_probe):
            if probe is not None:
                probe.stop()
        self.writer.close()  # a snapshot being written is finished

    def _take_item(self) -> None:
        worker = self.sender()
        if worker is not self._worker:
            return
        item = worker.take_item()
        if isinstance(item, DetectionResult):
            self._show_result(item)
        elif isinstance(item, DetectorReady):
            if self._model_on_trial is not None:
                self.settings.model, self._model_on_trial = str(self._model_on_trial), None
            self.provider = item.provider
            note = f" ({item.provider.fallback_note()})" if item.provider.fallbacks else ""
            self.status.emit(f"{item.model_name} on {item.provider.badge()}{note}")
            self.view.show_message("Waiting for the first frame...")
        elif isinstance(item, SourceNotice):
            self.notices = (*self.notices, item.message)
            self.status.emit(item.message)
            if self.watchdog is not None:
                self.watchdog.events.add(self.pipeline, item.message)

    # ----- watchdog (app/watchdog.py) --------------------------------------------------------------
    def heartbeat_age_s(self) -> float | None:
        """Seconds since the last frame while detection runs (from the first frame on)."""
        if not self.is_running() or self._last_result_at is None:
            return None
        return time.monotonic() - self._last_result_at

    def engine_fault(self) -> ShowcaseError | None:
        return None  # detection runs in this process: a stall is what the watchdog can see

    def restart_engine(self) -> None:
        self.start(self._live.source if self._live is not None else None)

    def show_fault(self, message: str) -> None:
        self.view.show_message(message)
        self.status.emit(message)

    def fall_back(self) -> str:
        self.start(DEMO_VIDEO, "cpu")
        return "Switched to the CPU provider and the demo video."

    def _show_result(self, result: DetectionResult) -> None:
        self._last_result_at = time.monotonic()
        self.metrics.record({**result.timings_ms, "paint": self.view.last_paint_ms})
        self.metrics.rate.tick()
        self._dropped = result.dropped_frames
        hud = vision_hud(self.metrics.summary(), self.metrics.rate.rate(), self.provider, self._dropped, self.notices)
        self.view.show_frame(result.frame.image, result.detections, hud)

    def _failed(self, message: str) -> None:
        worker = self.sender()
        if worker is not self._worker:
            return
        if is_engine_fault(worker.error) and self.watchdog is not None and self._model_on_trial is None:
            self.watchdog.report(self, worker.error)  # a worker that raised unexpectedly: restarted with back-off
            return
        if self._model_on_trial is not None:
            self.model, self._model_on_trial = self._previous_model, None
            message += " (the previous model is kept)"
        self.view.show_message(message)
        self.status.emit(message)

    def _finished(self) -> None:
        if self.sender() is self._worker:
            self.start_button.setText("Start")

    def save_snapshot(self) -> Path | None:
        """Save the annotated frame to Pictures/Edge AI Showcase (encoded off the UI thread)."""
        image = self.view.render_annotated()
        if image.isNull():
            self.status.emit("No frame to save yet")
            return None
        folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)) / "Edge AI Showcase"
        path = folder / f"snapshot-{datetime.now():%Y%m%d-%H%M%S-%f}.png"

        def write() -> None:
            folder.mkdir(parents=True, exist_ok=True)
            if not image.save(str(path)):
                raise OSError(f"{path} could not be written (a read-only folder or a full disk)")
            self._writer_note.emit(f"Snapshot saved: {path}")

        self.writer.submit(f"the snapshot {path.name}", write)
        return path
