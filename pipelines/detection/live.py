"""The live detection session the GUI runs on a worker: load, bind, stream, fall back.

``LiveDetection.loop`` is a worker loop (see ``app/worker.py``): it loads the detector off the
UI thread, reports the provider it bound, then streams results. A camera that cannot be opened, or
any source that dies mid-stream, is replaced by the demo video (when the user allows it), and the loop says so.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from pipelines.bundled import DEMO_VIDEO
from pipelines.detection.loading import load_detector
from pipelines.detection.pipeline import DetectionPipeline, DetectionResult
from pipelines.detection.protocol import DetectorSettings
from pipelines.detection.sources import open_source
from pipelines.devices.provider_info import ProviderInfo
from pipelines.errors import SourceError
from pipelines.phrases import QT_TRANSLATE_NOOP, Phrase
from pipelines.source_notice import SourceNotice, gives_way_to_demo

SHOWING_DEMO_VIDEO = QT_TRANSLATE_NOOP("Pipelines", "{problem}: showing the demo video instead")


@dataclass(frozen=True)
class DetectorReady:
    """The model is loaded and warmed up on this provider."""

    provider: ProviderInfo
    model_name: str


LiveItem = DetectorReady | SourceNotice | DetectionResult


class LiveDetection:
    """One run of the Vision panel: a source spec, a model, a provider, a precision, strict or not, its CPU threads
    (``alone``: no other pipeline runs, its workers may spin) and live thresholds."""

    def __init__(
        self,
        source: str,
        model: Path | None,
        provider: str | None,
        settings: DetectorSettings,
        precision: str = "auto",
        strict: bool = False,
        threads: int | None = None,
        fallback_to_demo: bool = True,
        alone: bool | None = None,
    ) -> None:
        self.source = source
        self.fallback_to_demo = fallback_to_demo
        self.model = model
        self.provider = provider
        self.precision = precision
        self.strict = strict
        self.threads = threads
        self.alone = alone
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
        detector = load_detector(self.model, self.provider, self.precision, self.strict, self.threads, self.alone)
        self._pipeline = DetectionPipeline(detector, self._settings)
        yield DetectorReady(detector.provider, detector.model_path.name)
        source_spec = self.source
        while not should_stop():
            played = False
            try:
                source = open_source(source_spec, live=True)
                for result in self._pipeline.run_live(source, should_stop):
                    played = True
                    yield result
                return
            except SourceError as error:
                if not gives_way_to_demo(source_spec, DEMO_VIDEO, self.fallback_to_demo, played, "camera:"):
                    raise
                yield SourceNotice(Phrase(SHOWING_DEMO_VIDEO, problem=error.message))
                source_spec = DEMO_VIDEO
