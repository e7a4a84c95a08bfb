"""Whisper through onnxruntime-genai: the recognizer that reaches NPUs and GPUs through their execution providers,
bound to the best device that has a variant of the model (``pipelines/devices/genai_sessions.py``), and made live
by ``live_whisper`` like faster-whisper.

onnxruntime-genai decodes through Whisper's full 30 s window (its encoder takes 3000 mel frames) and gives no word
timings: a word's time is its share of the speech (the utterance up to the silence that ended it), by characters.
Its decoder prompt names the language and the task: Auto starts from <|startoftranscript|> alone, reads the first
step's logits over the language tokens (no extra encoder run), then appends the language, the task and
<|notimestamps|>.
Audio goes in as a 16 kHz WAV in memory (onnxruntime-genai's reader refuses audio below 16 kHz; the app's samples
are 16 kHz already).
"""

from __future__ import annotations

import io
import wave
from typing import Any

import numpy as np

from pipelines.devices.genai_sessions import GenaiBinding, VariantFor, bind_genai_model
from pipelines.model_store import model_name
from pipelines.speech.audio import SAMPLE_RATE, float_to_int16
from pipelines.speech.languages import WHISPER_LANGUAGES, SpeechOptions, english_only, split_words, tokens_per_s
from pipelines.speech.live_whisper import Decoded, LiveWhisper, TimedWord
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
    """Words of ``text`` (each with its leading space, as Whisper writes them; each character of a language without
    spaces a word) over ``duration_s`` by length."""
    words = split_words(text)
    total = sum(len(word) for word in words) or 1
    timed, at = [], 0.0
    for word in words:
        span = duration_s * len(word) / total
        timed.append((word, at, at + span, 1.0))
        at += span
    return timed


class GenaiWhisper:
    """One Whisper model in onnxruntime-genai: text of up to 30 s of audio, greedy, in the language asked for or
    the one detected (the first decoder step's logits over the language tokens), transcribed or translated."""

    def __init__(self, model: Any) -> None:
        import onnxruntime_genai as og

        self.model = model
        self.processor = model.create_multimodal_processor()
        tokenizer = og.Tokenizer(model)
        self.token = {name: ids[0] for name in (*WHISPER_LANGUAGES, "transcribe", "translate", "notimestamps")
                      if len(ids := tokenizer.encode(f"<|{name}|>")) == 1}
        self.languages = [code for code in WHISPER_LANGUAGES if code in self.token]  # none: an English-only model

    def decode(self, samples: np.ndarray, options: SpeechOptions) -> tuple[str, str, float | None]:
        """The text of int16 16 kHz ``samples`` (at most 30 s), the language heard and its probability (None: the
        language was fixed)."""
        import onnxruntime_genai as og

        params = og.GeneratorParams(self.model)
        params.set_search_options(do_sample=False, num_beams=1, max_length=MAX_LENGTH)
        generator = og.Generator(self.model, params)
        generator.set_inputs(self.processor(["<|startoftranscript|>"], audios=og.Audios.open_bytes(wav_bytes(samples))))
        language, probability = options.fixed or "en", None
        if options.fixed is None and self.languages:
            logits = np.asarray(generator.get_logits(), np.float64).reshape(-1)
            scores = logits[[self.token[code] for code in self.languages]]
            shares = np.exp(scores - scores.max())
            best = int(shares.argmax())
            language, probability = self.languages[best], float(shares[best] / shares.sum())
        task = "translate" if options.translate else "transcribe"
        prompt = [self.token[language], self.token[task]] if self.languages else []
        generator.append_tokens([*prompt, self.token["notimestamps"]])
        limit = generator.token_count() + 10 + tokens_per_s(language, options.translate) * len(samples) / SAMPLE_RATE
        while not generator.is_done() and generator.token_count() < limit:  # more is Whisper looping
            generator.generate_next_token()
        return str(self.processor.decode(generator.get_sequence(0))).strip(), language, probability

    def text(self, samples: np.ndarray) -> str:
        """The English transcript of int16 16 kHz ``samples`` (the model build's check)."""
        return self.decode(samples, SpeechOptions("en"))[0]


class GenaiWhisperRecognizer(LiveWhisper):
    """Live Whisper on the device ``binding`` holds."""

    packs_whole_files = True  # each decode reads the full 30 s window

    def __init__(self, binding: GenaiBinding) -> None:
        self.binding = binding
        self.whisper = GenaiWhisper(binding.model)
        self.info = RecognizerInfo(ENGINE_NAME, binding.info.device, model_name(binding.folder), binding.info)
        self.start_live()

    def set_options(self, options: SpeechOptions) -> None:
        if not self.whisper.languages and (options.translate or options.fixed not in (None, "en")):
            raise english_only()
        super().set_options(options)

    def decode_words(self, audio: np.ndarray, speech_s: float) -> Decoded:
        """No word timings from onnxruntime-genai: the words share the speech by length, up to where it ended."""
        text, language, probability = self.whisper.decode(float_to_int16(audio), self.options)
        return Decoded(timed_words(text, speech_s), language, probability)

    def raw_transcribe(self, samples: np.ndarray) -> None:
        """onnxruntime-genai alone: the recording in 30 s windows, one decode each."""
        step = int(WINDOW_S * SAMPLE_RATE)
        for start in range(0, len(samples), step):
            self.whisper.decode(samples[start : start + step], self.options)

    def close(self) -> None:
        self.binding.model = None


def load_genai_whisper(variant_for: VariantFor, forced: str | None = None,
                       threads: int | None = None) -> GenaiWhisperRecognizer:
    """Bind Whisper to the best device that runs one of its variants, warmed up on a second of silence."""
    def warmup(model: Any) -> None:
        GenaiWhisper(model).decode(np.zeros(SAMPLE_RATE, np.int16), SpeechOptions())

    binding = bind_genai_model(variant_for, warmup, forced, threads)
    return GenaiWhisperRecognizer(binding)
