"""Whisper through faster-whisper (CTranslate2), made live by ``live_whisper``: each live decode uses an encoder
window cut to the utterance (``whisper_window``: ~0.4 s for a 5 s utterance on 2 CPU cores, against ~1.4 s
through the full 30 s window); a whole file goes through faster-whisper's own ``transcribe``.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from pipelines.errors import ModelError, first_line
from pipelines.speech.audio import SAMPLE_RATE, int16_to_float
from pipelines.speech.live_whisper import LiveWhisper, TimedWord, final_of
from pipelines.speech.protocol import Final, RecognizerInfo, Word
from pipelines.speech.whisper_window import WindowedDecoder

# A whole file in one pass of faster-whisper's transcribe; ``bench speech`` times the raw engine with these too.
WHOLE_FILE_OPTIONS = {"beam_size": 1, "word_timestamps": True, "temperature": 0.0,
                      "condition_on_previous_text": False, "vad_filter": True}


def check_whisper_folder(folder: Path) -> None:
    if not folder.is_dir():
        raise ModelError(
            f"Whisper model folder not found: {folder}",
            "run 'edge-showcase models build' or pick a faster-whisper folder",
        )
    missing = [name for name in ("model.bin", "config.json") if not (folder / name).is_file()]
    if missing:
        raise ModelError(f"{folder} is not a faster-whisper model folder (missing {', '.join(missing)})")


class WhisperRecognizer(LiveWhisper):
    """A faster-whisper model folder, on CUDA when present (float16), else the CPU (int8)."""

    def __init__(self, folder: Path, language: str = "en", threads: int = 2) -> None:
        check_whisper_folder(folder)
        import ctranslate2
        from faster_whisper import WhisperModel

        cuda = ctranslate2.get_cuda_device_count() > 0
        device, compute = ("cuda", "float16") if cuda else ("cpu", "int8")
        try:
            self.model = WhisperModel(str(folder), device=device, compute_type=compute, cpu_threads=threads)
        except (RuntimeError, ValueError, OSError) as error:
            raise ModelError(
                f"faster-whisper could not load {folder} (damaged?)", first_line(error)
            ) from error
        self.language = language
        self.info = RecognizerInfo("whisper", "GPU (CUDA)" if cuda else "CPU", folder.name)
        self.decoder = WindowedDecoder(self.model, language)
        self.decoder.words(np.zeros(SAMPLE_RATE, np.float32))  # warm-up: the first decode allocates
        self.start_live()

    def decode_words(self, audio: np.ndarray, speech_s: float) -> list[TimedWord]:
        return self.decoder.words(audio)  # Whisper's own word timings

    def raw_transcribe(self, samples: np.ndarray) -> None:
        segments, _ = self.model.transcribe(int16_to_float(samples), language=self.language, **WHOLE_FILE_OPTIONS)
        list(segments)

    def transcribe_all(self, samples: np.ndarray) -> list[Final]:
        """A whole recording in one pass of faster-whisper's own ``transcribe`` (its VAD skips the silences).

        Each word keeps Whisper's own leading space ("ill", "-disposed"), so joining them with ''
        gives the text as Whisper wrote it.
        """
        segments, _ = self.model.transcribe(int16_to_float(samples), language=self.language, **WHOLE_FILE_OPTIONS)
        words = [
            Word(w.word, float(w.start), float(w.end), float(w.probability))
            for segment in segments
            for w in (segment.words or [])
            if w.word.strip()
        ]
        return [final_of(words, 0.0, len(samples) / SAMPLE_RATE)] if words else []
