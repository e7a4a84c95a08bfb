"""Whisper through onnxruntime-genai: the recognizer that reaches NPUs and GPUs through their execution providers,
bound to the best device that has a variant of the model (``pipelines/devices/genai_sessions.py``), and made live
by ``live_whisper`` like faster-whisper.

onnxruntime-genai decodes through Whisper's full 30 s window (its encoder takes 3000 mel frames) and gives no word
timings: a word's time is its share of the speech (the utterance up to the silence that ended it), by characters.
Audio goes in as a 16 kHz WAV in memory (onnxruntime-genai's reader refuses audio below 16 kHz; the app's samples
are 16 kHz already).
"""

from __future__ import annotations

import io
import wave
from typing import Any

import numpy as np

from pipelines.devices.genai_sessions import GenaiBinding, VariantFor, bind_genai_model
from pipelines.models import model_name
from pipelines.speech.audio import SAMPLE_RATE, float_to_int16
from pipelines.speech.live_whisper import LiveWhisper, TimedWord
from pipelines.speech.protocol import RecognizerInfo

ENGINE_NAME = "onnxruntime-genai"
MAX_LENGTH = 448  # Whisper's decoder context
WINDOW_S = 30.0


def wav_bytes(samples: np.ndarray) -> bytes:
    """int16 mono 16 kHz samples as a WAV file in memory."""
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(SAMPLE_RATE)
        out.writeframes(samples.astype(np.int16).tobytes())
    return buffer.getvalue()


def timed_words(text: str, duration_s: float) -> list[TimedWord]:
    """Words of ``text`` (each with its leading space, as Whisper writes them) over ``duration_s`` by length."""
    words = [f" {word}" for word in text.split()]
    total = sum(len(word) for word in words) or 1
    timed, at = [], 0.0
    for word in words:
        span = duration_s * len(word) / total
        timed.append((word, at, at + span, 1.0))
        at += span
    return timed


class GenaiWhisper:
    """One Whisper model in onnxruntime-genai: text of up to 30 s of audio, greedy, English."""

    def __init__(self, model: Any, language: str = "en") -> None:
        self.model = model
        self.processor = model.create_multimodal_processor()
        self.prompt = f"<|startoftranscript|><|{language}|><|transcribe|><|notimestamps|>"

    def text(self, samples: np.ndarray) -> str:
        """The transcript of int16 16 kHz ``samples`` (at most 30 s)."""
        import onnxruntime_genai as og

        audios = og.Audios.open_bytes(wav_bytes(samples))
        inputs = self.processor([self.prompt], audios=audios)
        params = og.GeneratorParams(self.model)
        params.set_search_options(do_sample=False, num_beams=1, max_length=MAX_LENGTH)
        generator = og.Generator(self.model, params)
        generator.set_inputs(inputs)
        while not generator.is_done():
            generator.generate_next_token()
        return str(self.processor.decode(generator.get_sequence(0))).strip()


class GenaiWhisperRecognizer(LiveWhisper):
    """Live Whisper on the device ``binding`` holds."""

    def __init__(self, binding: GenaiBinding, language: str = "en") -> None:
        self.binding = binding
        self.whisper = GenaiWhisper(binding.model, language)
        self.info = RecognizerInfo(ENGINE_NAME, binding.info.device, model_name(binding.folder), binding.info)
        self.start_live()

    def decode_words(self, audio: np.ndarray, speech_s: float) -> list[TimedWord]:
        """No word timings from onnxruntime-genai: the words share the speech by length, up to where it ended."""
        return timed_words(self.whisper.text(float_to_int16(audio)), speech_s)

    def raw_transcribe(self, samples: np.ndarray) -> None:
        """onnxruntime-genai alone: the recording in 30 s windows, one decode each."""
        step = int(WINDOW_S * SAMPLE_RATE)
        for start in range(0, len(samples), step):
            self.whisper.text(samples[start : start + step])

    def close(self) -> None:
        self.binding.model = None


def load_genai_whisper(variant_for: VariantFor, forced: str | None = None, threads: int | None = None,
                       language: str = "en") -> GenaiWhisperRecognizer:
    """Bind Whisper to the best device that runs one of its variants, warmed up on a second of silence."""
    def warmup(model: Any) -> None:
        GenaiWhisper(model, language).text(np.zeros(SAMPLE_RATE, np.int16))

    binding = bind_genai_model(variant_for, warmup, forced, threads)
    return GenaiWhisperRecognizer(binding, language)
