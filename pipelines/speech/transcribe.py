"""Transcribing a whole file (CLI ``transcribe``, bench): decode, then the engine's whole-file path."""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from pipelines.speech.audio import SAMPLE_RATE
from pipelines.speech.recognizer import Recognizer, Word
from pipelines.speech.sources import decode_audio_file


@dataclass(frozen=True)
class Transcript:
    text: str
    words: list[Word]
    rtf: float
    duration_s: float
    engine: str
    device: str
    seconds: float

    def to_json(self) -> dict:
        return {"text": self.text, "words": [w.to_json() for w in self.words], "rtf": round(self.rtf, 3),
                "duration_s": round(self.duration_s, 2), "engine": self.engine, "device": self.device}


def transcribe_file(recognizer: Recognizer, path: Path) -> Transcript:
    """Whisper in one pass, vosk fed the whole file; silence gives empty text."""
    started = time.perf_counter()
    samples = decode_audio_file(path)
    finals = recognizer.transcribe_all(samples)
    seconds = time.perf_counter() - started
    words = [w for final in finals for w in final.words]
    text = " ".join(final.text for final in finals)
    duration = len(samples) / SAMPLE_RATE
    return Transcript(text, words, seconds / duration if duration else 0.0, duration, recognizer.info.engine, recognizer.info.device, seconds)
