"""Whisper through faster-whisper (CTranslate2), made live by ``live_whisper``: each live decode uses an encoder
window cut to the utterance (``whisper_window``: ~0.4 s for a 5 s utterance on 2 CPU cores, against ~1.4 s
through the full 30 s window). A whole file goes through the live path too (``LiveWhisper.transcribe_all``: VAD
cuts, one decode per utterance, as for onnxruntime-genai): faster-whisper's own long-form ``transcribe`` wrote a
made-up "Thank you." over the demo recording's closing silence; a decode that ends where the VAD heard the speech
end did not, even with 3 s of silence after it. That ``transcribe`` stays the benches' raw reference.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from pipelines.errors import ModelError, first_line
from pipelines.phrases import QT_TRANSLATE_NOOP, Phrase
from pipelines.speech.audio import SAMPLE_RATE, int16_to_float
from pipelines.speech.languages import SpeechOptions
from pipelines.speech.live_whisper import Decoded, LiveWhisper
from pipelines.speech.protocol import RecognizerInfo
from pipelines.speech.whisper_window import WindowedDecoder

# faster-whisper's own whole-file call, the raw engine that ``bench speech`` times the app's transcribe path against.
WHOLE_FILE_OPTIONS = {"beam_size": 1, "word_timestamps": True, "temperature": 0.0,
                      "condition_on_previous_text": False, "vad_filter": True}
WHISPER_FOLDER_NOT_FOUND = QT_TRANSLATE_NOOP("Pipelines", "Whisper model folder not found: {folder}")
BUILD_OR_PICK_WHISPER = QT_TRANSLATE_NOOP(
    "Pipelines", "run 'edge-showcase models build' or pick a faster-whisper folder"
)
NOT_FASTER_WHISPER = QT_TRANSLATE_NOOP("Pipelines", "{folder} is not a faster-whisper model folder (missing {missing})")
WHISPER_CANNOT_LOAD = QT_TRANSLATE_NOOP("Pipelines", "faster-whisper could not load {folder} (damaged?)")


def check_whisper_folder(folder: Path) -> None:
    if not folder.is_dir():
        raise ModelError(Phrase(WHISPER_FOLDER_NOT_FOUND, folder=str(folder)), Phrase(BUILD_OR_PICK_WHISPER))
    missing = [name for name in ("model.bin", "config.json") if not (folder / name).is_file()]
    if missing:
        raise ModelError(Phrase(NOT_FASTER_WHISPER, folder=str(folder), missing=", ".join(missing)))


class WhisperRecognizer(LiveWhisper):
    """A faster-whisper model folder, on CUDA when present (float16), else the CPU (int8)."""

    def __init__(self, folder: Path, threads: int = 2) -> None:
        check_whisper_folder(folder)
        import ctranslate2
        from faster_whisper import WhisperModel

        cuda = ctranslate2.get_cuda_device_count() > 0
        device, compute = ("cuda", "float16") if cuda else ("cpu", "int8")
        try:
            self.model = WhisperModel(str(folder), device=device, compute_type=compute, cpu_threads=threads)
        except (RuntimeError, ValueError, OSError) as error:
            raise ModelError(Phrase(WHISPER_CANNOT_LOAD, folder=str(folder)), first_line(error)) from error
        self.info = RecognizerInfo("whisper", "GPU (CUDA)" if cuda else "CPU", folder.name)
        self.decoder = WindowedDecoder(self.model)
        self.decoder.decode(np.zeros(SAMPLE_RATE, np.float32))  # warm-up: the first decode allocates
        self.start_live()

    def set_options(self, options: SpeechOptions) -> None:
        self.decoder.set_options(options)
        super().set_options(options)

    def decode_words(self, audio: np.ndarray, speech_s: float) -> Decoded:
        return self.decoder.decode(audio)  # Whisper's own word timings

    def raw_transcribe(self, samples: np.ndarray) -> None:
        segments, _ = self.model.transcribe(
            int16_to_float(samples), language=self.options.fixed, task="translate" if self.options.translate
            else "transcribe", **WHOLE_FILE_OPTIONS
        )
        list(segments)
