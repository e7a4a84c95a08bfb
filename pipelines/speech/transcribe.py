"""Transcribing a whole file (CLI ``transcribe``, bench): decode, then the engine's whole-file path."""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from pipelines.devices.where import where_it_ran
from pipelines.speech.audio import SAMPLE_RATE
from pipelines.speech.languages import is_spaceless
from pipelines.speech.protocol import Final, Recognizer, Word
from pipelines.speech.sources import decode_audio_file

if TYPE_CHECKING:
    from pipelines.devices.provider_info import ProviderInfo


@dataclass(frozen=True)
class Transcript:
    text: str
    words: list[Word]
    rtf: float
    duration_s: float
    engine: str
    device: str
    seconds: float
    provider: ProviderInfo | None = None
    language: str = ""  # what most of the speech was in ("" where the engine cannot tell)
    language_probability: float | None = None  # None: the language was fixed, not detected
    translated: bool = False
    original: str = ""  # under a translation: the words in the language spoken

    def to_json(self) -> dict:
        figures = {"rtf": round(self.rtf, 3), "duration_s": round(self.duration_s, 2)}
        words = [w.to_json() for w in self.words]
        where = where_it_ran(self.engine, self.device, "", self.provider)
        probability = None if self.language_probability is None else round(self.language_probability, 3)
        heard = {"language": self.language, "language_probability": probability, "translated": self.translated}
        original = {"original": self.original} if self.translated else {}
        return {"text": self.text, **original, "words": words, **heard, **figures, **where}

    def language_line(self) -> str:
        """'de (detected 0.97), translated, ' for the CLI's summary line; "" where the engine cannot tell."""
        if not self.language:
            return ""
        detected = "" if self.language_probability is None else f" (detected {self.language_probability:.2f})"
        return f"{self.language}{detected}{', translated' if self.translated else ''}, "


def main_language(finals: list[Final]) -> tuple[str, float | None]:
    """The language of most of the speech (by seconds) and its mean detected probability over those utterances."""
    seconds: dict[str, float] = {}
    for final in finals:
        seconds[final.language] = seconds.get(final.language, 0.0) + final.end_s - final.start_s
    if not seconds:
        return "", None
    language = max(seconds, key=lambda code: seconds[code])
    detected = [f.language_probability for f in finals if f.language == language and f.language_probability is not None]
    return language, sum(detected) / len(detected) if detected else None


def transcribe_file(recognizer: Recognizer, path: Path) -> Transcript:
    """Decode and transcribe; the time counted includes the decoding."""
    started = time.perf_counter()
    samples = decode_audio_file(path)
    return transcribe_samples(recognizer, samples, time.perf_counter() - started)


def transcribe_samples(recognizer: Recognizer, samples: np.ndarray, decode_s: float = 0.0) -> Transcript:
    """The engine's whole-file path (Whisper: utterances cut as the live path cuts them; vosk: every chunk in
    order); silence gives empty text.

    ``decode_s`` is the time it took to decode the file, counted in the real-time factor.
    """
    started = time.perf_counter()
    finals = recognizer.transcribe_all(samples)
    seconds = decode_s + time.perf_counter() - started
    words = [w for final in finals for w in final.words]
    language, probability = main_language(finals)
    translated = any(final.translated for final in finals)
    text = ("" if is_spaceless(language, translated) else " ").join(final.text for final in finals)
    original = ("" if is_spaceless(language, False) else " ").join(final.original for final in finals if final.original)
    duration = len(samples) / SAMPLE_RATE
    return Transcript(
        text,
        words,
        seconds / duration if duration else 0.0,
        duration,
        recognizer.info.engine,
        recognizer.info.device,
        seconds,
        recognizer.info.provider,
        language,
        probability,
        translated,
        original,
    )
