"""The Vision panel's control bar: source, provider, strict mode, precision, score threshold and NMS IoU, each
remembered in the settings. A choice that needs a new run emits ``restart_needed``; new thresholds reach the running
detector through ``thresholds_changed``."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QFileDialog, QLabel, QSlider, QWidget

from app.locale_format import window_numbers
from app.panels.device_combo import DeviceCombo
from app.panels.pipeline_panel import Background
from app.settings import AppSettings
from pipelines.bundled import DEMO_VIDEO
from pipelines.detection.protocol import DetectorSettings
from pipelines.detection.sources import list_cameras
from pipelines.models import DETECTOR_PRECISIONS
from widgets.factory import combo, labeled, select_data, spin_box, together
from widgets.flow_layout import FlowLayout

OPEN_FILE = "open-file"


class VisionControls(QWidget):
    """The controls, in a row that wraps where the window is narrow; ``details`` are the ones the dashboard hides."""

    restart_needed = Signal()
    source_picked = Signal()  # a source picked or a file opened: played at once, even by a stopped panel
    thresholds_changed = Signal()
    status = Signal(str)

    def __init__(self, settings: AppSettings, background: Background, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self._cameras: list[int] = []
        self._shown = settings.source  # what the list shows: the source playing (the pick, or the demo meanwhile)
        self.source_combo = combo(self.tr("Where frames come from (Ctrl+O opens a file)"))
        self.provider_combo = DeviceCombo(self.settings.provider, background)
        self.strict_box = QCheckBox(self.tr("Strict"))
        self.strict_box.setToolTip(
            self.tr(
                "Accelerator only: a provider that cannot run every node itself is skipped "
                "instead of handing nodes to the CPU (for demos that must not fall back silently)"
            )
        )
        self.precision_combo = combo(
            self.tr(
                "The built-in detector's precision: Auto gives NPUs INT8, GPUs FP32, the CPU INT8 "
                "where it measured faster and in agreement with FP32"
            )
        )
        for precision in DETECTOR_PRECISIONS:
            self.precision_combo.addItem(self.tr("Auto") if precision == "auto" else precision.upper(), precision)
        self.threshold_slider = QSlider(Qt.Orientation.Horizontal)
        self.threshold_slider.setRange(5, 95)
        self.threshold_slider.setToolTip(self.tr("Score threshold ([ and ] adjust)"))
        self.threshold_slider.setFixedWidth(160)
        self.threshold_label = QLabel()
        self.iou_box = spin_box(
            0.1,
            0.9,
            0.05,
            self.settings.iou,
            self.tr("NMS IoU: boxes of one class overlapping more than this are merged"),
        )
        self._fill_sources()
        select_data(self.precision_combo, self.settings.precision)
        self.strict_box.setChecked(bool(self.settings.strict))
        self.threshold_slider.setValue(round(self.settings.threshold * 100))
        self._show_threshold()

        provider = labeled(self.tr("Device"), self.provider_combo)  # as Speech and Chat name the same list
        precision = labeled(self.tr("Precision"), self.precision_combo)
        iou = labeled(self.tr("NMS IoU"), self.iou_box)
        threshold = together(self.threshold_label, self.threshold_slider)
        self.details = [provider, self.strict_box, precision, threshold, iou]
        row = FlowLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (labeled(self.tr("Source"), self.source_combo), *self.details):
            row.addWidget(widget)

        self.source_combo.activated.connect(self._source_chosen)
        self.provider_combo.chosen.connect(self._provider_chosen)
        self.precision_combo.activated.connect(self._precision_chosen)
        self.strict_box.toggled.connect(self._strict_chosen)
        self.threshold_slider.valueChanged.connect(self._threshold_changed)
        self.iou_box.valueChanged.connect(self._iou_changed)
        background(list_cameras, self._cameras_found, "camera-probe")  # can take seconds on some systems

    def _fill_sources(self) -> None:
        self.source_combo.clear()
        self.source_combo.addItem(self.tr("Demo video (people walking)"), DEMO_VIDEO)
        for index in self._cameras:
            self.source_combo.addItem(self.tr("Camera {index}").format(index=index), f"camera:{index}")
        for path in self.settings.recent("vision"):
            self.source_combo.addItem(Path(path).name, path)
        if self.source_combo.findData(self._shown) < 0:  # a file not played yet, or one from the command line
            self.source_combo.addItem(Path(self._shown).name, self._shown)
        self.source_combo.addItem(self.tr("Open file..."), OPEN_FILE)
        select_data(self.source_combo, self._shown)

    def show_source(self, spec: str) -> None:
        """``spec`` plays (the user's pick, the demo the watchdog or the booth put on, the command line's): the list
        shows it."""
        self._shown = spec
        self._fill_sources()

    def played(self, spec: str) -> None:
        """``spec``, the user's pick, showed its first frame: a file joins the list kept for the next start (one that
        never opened is not offered again)."""
        if spec == self.settings.source and spec != DEMO_VIDEO and not spec.startswith("camera:"):
            self.settings.remember("vision", spec)

    def failed(self, spec: str) -> None:
        """``spec`` could not be opened: the next start plays the demo rather than fail on it again."""
        if spec == self.settings.source and spec != DEMO_VIDEO:
            self.settings.source = DEMO_VIDEO

    def _cameras_found(self, cameras: list[int] | None) -> None:
        self._cameras = cameras or []
        self._fill_sources()
        if cameras:
            self.status.emit(self.tr("Cameras found: {cameras}").format(cameras=", ".join(map(str, cameras))))

    def show_run(self, provider: str, precision: str, strict: bool, model_opened: bool) -> None:
        """Show the choices a run uses (they may override the remembered ones); a model file the user opened runs
        as it is, so its precision cannot be picked."""
        self.provider_combo.show_request(provider)
        select_data(self.precision_combo, precision)
        self.strict_box.blockSignals(True)  # showing this run's mode is not choosing it
        self.strict_box.setChecked(strict)
        self.strict_box.blockSignals(False)
        self.precision_combo.setEnabled(not model_opened)

    def detector_settings(self) -> DetectorSettings:
        return DetectorSettings(score_threshold=self.threshold_slider.value() / 100, iou_threshold=self.iou_box.value())

    def nudge(self, step: int) -> None:
        self.threshold_slider.setValue(self.threshold_slider.value() + step)

    # ----- choices ---------------------------------------------------------------------------
    def _source_chosen(self, index: int) -> None:
        if self.source_combo.itemData(index) == OPEN_FILE:
            self.open_file()
            return
        self.settings.source = self.source_combo.itemData(index)
        self.source_picked.emit()

    def open_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a video or image"),
            str(Path.home()),
            self.tr("Videos and images (*.mp4 *.avi *.mkv *.mov *.webm *.png *.jpg *.jpeg *.bmp);;All files (*)"),
        )
        if not path:
            select_data(self.source_combo, self._shown)
            return
        self.settings.source = path
        self.show_source(path)
        self.source_picked.emit()

    def _provider_chosen(self, request: str) -> None:
        self.settings.provider = request
        self.restart_needed.emit()

    def _precision_chosen(self, index: int) -> None:
        self.settings.precision = self.precision_combo.itemData(index)
        self.restart_needed.emit()

    def _strict_chosen(self, strict: bool) -> None:
        if strict != bool(self.settings.strict):
            self.settings.strict = int(strict)
            self.restart_needed.emit()

    def _threshold_changed(self, value: int) -> None:
        self.settings.threshold = value / 100
        self._show_threshold()
        self.thresholds_changed.emit()

    def _iou_changed(self, value: float) -> None:
        self.settings.iou = value
        self.thresholds_changed.emit()

    def _show_threshold(self) -> None:
        value = window_numbers().number(self.threshold_slider.value() / 100, 2)
        self.threshold_label.setText(self.tr("Threshold {value}").format(value=value))
