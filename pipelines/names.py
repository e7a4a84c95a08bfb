"""The one name of each pipeline, used by every layer (CLI, window, settings, benches, core plan, logs)."""

from __future__ import annotations

from enum import Enum

from pipelines.phrases import QT_TRANSLATE_NOOP


class Pipeline(str, Enum):
    """A pipeline; its value is the name the CLI, the JSON reports and the settings use."""

    DETECTION = "detection"
    SPEECH = "speech"
    CHAT = "chat"

    @property
    def label(self) -> str:
        """What the window calls it: its panel's title."""
        return _TITLES[self]

    @classmethod
    def parse(cls, name: str) -> Pipeline:
        """``name`` as a pipeline; "vision", the detection panel's title (and its name before 0.2), is accepted."""
        return cls(_ALIASES.get(name.lower(), name.lower()))

    def __str__(self) -> str:
        return self.value


_TITLES = {  # marked for the window's phrases that name a pipeline (the tabs' titles are the window's own)
    Pipeline.DETECTION: QT_TRANSLATE_NOOP("Pipelines", "Vision"),
    Pipeline.SPEECH: QT_TRANSLATE_NOOP("Pipelines", "Speech"),
    Pipeline.CHAT: QT_TRANSLATE_NOOP("Pipelines", "Chat"),
}
_ALIASES = {"vision": Pipeline.DETECTION.value}
PIPELINES = tuple(Pipeline)
