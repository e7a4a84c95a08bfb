"""The live detection session the GUI runs on a worker: load, bind, stream, fall back.

``LiveDetection.loop`` is a worker loop (see ``pipelines/worker.py``): it loads the detector off the
UI thread, reports the provider it bound, then streams results. A camera that cannot be opened or
that dies mid-stream is replaced by the demo video, and the loop says so.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from pipelines.detection.detector import DetectorSettings
from pipelines.detection.loading import load_detector
from pipelines.detection.pipeline import DetectionPipeline, DetectionResult
from pipelines.bundled import DEMO_VIDEO
from pipelines.detection.sources import open_source
from pipelines.errors import SourceError
from pipelines.providers import ProviderInfo


@dataclass(frozen=True)
class DetectorReady:
    """The model is loaded and warmed up on this provider."""

    provider: ProviderInfo
    model_name: str


@dataclass(frozen=True)
class SourceNotice:
    """Something the user must know about the source (e.g. a fallback to the demo video)."""

    message: str


LiveItem = DetectorReady | SourceNotice | DetectionResult


class LiveDetection:
    """One run of the Vision panel: a source spec, a model, a provider, a precision, strict or not, its CPU threads
    and live thresholds."""

    def __init__(self, source: str, model: Path | None, provider: str | None, settings: DetectorSettings,
                 precision: str = "auto", strict: bool = False, threads: int | None = None) -> None:
        self.source = source
        self.model = model
        self.provider = provider
        self.precision = precision
        self.strict = strict
        self.threads = threads
        self._settings = settings
        self._pipeline: DetectionPipeline | None = None

    @property
    def settings(self) -> DetectorSettings:
        return self._settings

    @settings.setter
    def settings(self, value: DetectorSettings) -> None:
        """Thread-safe: the worker picks the new thresholds up on its next frame."""
        self._settings = value
        if self._pipeline is not None:
            self._pipeline.settings = value

    def loop(self, should_stop: Callable[[], bool]) -> Iterator[LiveItem]:
        detector = load_detector(self.model, self.provider, self.precision, self.strict, self.threads)
        self._pipeline = DetectionPipeline(detector, self._settings)
        yield DetectorReady(detector.provider, detector.model_path.name)
        source_spec = self.source
        while not should_stop():
            try:
                source = open_source(source_spec, live=True)
                yield from self._pipeline.run_live(source, should_stop)
                return
            except SourceError as error:
                if not source_spec.startswith("camera:"):
                    raise
                yield SourceNotice(f"{error.message}: showing the demo video instead")
                source_spec = DEMO_VIDEO
