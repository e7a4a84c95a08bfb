"""The recognizer interface both engines implement: feed chunks, get partials and finals."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from pipelines.errors import ShowcaseError
from pipelines.phrases import Phrase
from pipelines.speech.audio import SAMPLE_RATE, AudioChunk
from pipelines.speech.languages import NO_LANGUAGE_CHOICE, USE_WHISPER, SpeechOptions

if TYPE_CHECKING:  # onnxruntime loads only where an onnxruntime engine runs
    from pipelines.devices.provider_info import ProviderInfo


@dataclass(frozen=True)
class Word:
    """A recognised word with its time in the stream (seconds) and confidence (0..1)."""

    word: str
    start: float
    end: float
    conf: float

    def to_json(self) -> dict:
        return {
            "word": self.word,
            "start": round(self.start, 2),
            "end": round(self.end, 2),
            "conf": round(self.conf, 3),
        }


@dataclass(frozen=True)
class Partial:
    """The current guess for the utterance in progress; ``stable`` is the prefix that stopped changing."""

    text: str
    stable: str = ""
    start_s: float = 0.0
    language: str = ""  # what was said in ("" where the engine cannot tell: vosk)
    language_probability: float | None = None  # None: the language was fixed, not detected


@dataclass(frozen=True)
class Final:
    """A finished utterance; ``source`` is set where it is kept ("demo": heard from the demo recording); ``text`` is
    English where ``translated``, ``language`` what was said and ``original`` the words in it (a translation's
    original comes a decode later, in a second Final for the same utterance: ``merge_final``)."""

    text: str
    words: tuple[Word, ...]
    start_s: float
    end_s: float
    source: str = ""
    language: str = ""
    language_probability: float | None = None
    translated: bool = False
    original: str = ""


def merge_final(finals: Sequence[Final], final: Final) -> list[Final]:
    """``finals`` with ``final`` added, or in place of the last one where it is the same utterance completed (its
    original under a translation)."""
    if finals and finals[-1].start_s == final.start_s and finals[-1].text == final.text:
        return [*finals[:-1], final]
    return [*finals, final]


Hypothesis = Partial | Final


@dataclass(frozen=True)
class RecognizerInfo:
    engine: str
    device: str
    model: str
    provider: ProviderInfo | None = None  # onnxruntime engines: the EP, where the nodes ran, why it fell back
    why: str = ""  # why the app chose this engine (``pipelines/devices/engine_choice.py``)


class Recognizer(ABC):
    """Streaming speech recognition over 16 kHz mono int16 chunks, fed in order."""

    info: RecognizerInfo

    @abstractmethod
    def accept(self, chunk: AudioChunk) -> list[Hypothesis]:
        """Take the next chunk; return what changed (new partials, finished utterances)."""

    def transcribe_all(self, samples: np.ndarray) -> list[Final]:
        """A whole recording at once; streaming engines simply take it chunk by chunk."""
        step = SAMPLE_RATE // 10
        hypotheses = [
            h
            for i in range(0, len(samples), step)
            for h in self.accept(AudioChunk(samples[i : i + step], 0.0, i / SAMPLE_RATE))
        ]
        finals: list[Final] = []
        for final in [h for h in hypotheses if isinstance(h, Final)] + self.flush():
            finals = merge_final(finals, final)
        return finals

    def raw_transcribe(self, samples: np.ndarray) -> None:
        """The engine's own one-pass call over a whole recording, nothing of the app around it: the benches'
        reference figure (``bench speech``)."""
        raise NotImplementedError(f"{self.info.engine} has no raw whole-file call")

    def set_options(self, options: SpeechOptions) -> None:
        """The language to hear (or Auto) and whether to translate, from the next utterance on; an engine that cannot
        do what is asked says so in one line (``ShowcaseError``)."""
        raise ShowcaseError(Phrase(NO_LANGUAGE_CHOICE, engine=self.info.engine), Phrase(USE_WHISPER))

    @abstractmethod
    def flush(self) -> list[Final]:
        """The stream ended: finish the utterance in progress."""

    @abstractmethod
    def reset(self) -> None:
        """Forget the utterance in progress (e.g. the user cleared the transcript)."""

    def close(self) -> None:
        """Free the model."""

    def fault(self) -> ShowcaseError | None:
        """Why the engine ended on its own (its process died), or None: an engine in this process cannot."""
        return None
