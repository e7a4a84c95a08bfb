"""Whisper through faster-whisper, made live: VAD cuts utterances, partials come from re-decoding.

Whisper is not a streaming model: every decode reads the whole utterance again. So:
- Silero VAD (bundled with faster-whisper) finds where speech starts and ends;
- each live decode uses an encoder window cut to the utterance (``whisper_window``: ~0.4 s for a
  5 s utterance on 2 CPU cores, against ~1.4 s through the full 30 s window);
- while someone speaks, the utterance so far is re-decoded after twice the time the last decode
  took, so live decoding uses about half the CPU however long the utterance; the first partial
  comes early;
- the words two successive decodes agree on are the stable prefix (the LocalAgreement idea);
- a short silence triggers a decode at once: if the silence lasts, that decode is the final text,
  so the final arrives one decode after the end of speech rather than two.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from pipelines.errors import ModelError
from pipelines.speech.audio import SAMPLE_RATE, AudioChunk, int16_to_float
from pipelines.speech.recognizer import Final, Hypothesis, Partial, Recognizer, RecognizerInfo, Word
from pipelines.speech.vad import SPEECH_OFF, SPEECH_ON, StreamingVad
from pipelines.speech.whisper_window import WindowedDecoder

CONFIDENT_SPEECH = 0.9
END_SILENCE_S = 0.4
SPECULATE_AFTER_S = 0.2  # silence this long ends most utterances; shorter dips are pauses between words
PREROLL_S = 0.3
FIRST_PARTIAL_AFTER_S = 0.3
MAX_UTTERANCE_S = 20.0
MIN_INTERVAL_S, MAX_INTERVAL_S = 0.5, 4.0
INTERVAL_PER_DECODE = 2.0  # re-decode after 2 decode-times: live decoding uses about half the CPU
# A whole file in one pass of faster-whisper's transcribe; ``bench speech`` times the raw engine with these too.
WHOLE_FILE_OPTIONS = {"beam_size": 1, "word_timestamps": True, "temperature": 0.0,
                      "condition_on_previous_text": False, "vad_filter": True}


def check_whisper_folder(folder: Path) -> None:
    if not folder.is_dir():
        raise ModelError(f"Whisper model folder not found: {folder}", "run 'edge-showcase models build' or pick a faster-whisper folder")
    missing = [name for name in ("model.bin", "config.json") if not (folder / name).is_file()]
    if missing:
        raise ModelError(f"{folder} is not a faster-whisper model folder (missing {', '.join(missing)})")


def _final(words: list[Word], start_s: float, end_s: float) -> Final:
    clean = tuple(Word(w.word.strip(), w.start, w.end, w.conf) for w in words)
    return Final("".join(w.word for w in words).strip(), clean, start_s, end_s)


def common_prefix(a: list[str], b: list[str]) -> list[str]:
    prefix = []
    for x, y in zip(a, b):
        if x.strip().lower().strip(".,!?") != y.strip().lower().strip(".,!?"):
            break
        prefix.append(y)
    return prefix


@dataclass
class _Utterance:
    start_s: float
    audio: list[np.ndarray] = field(default_factory=list)
    silence_s: float = 0.0
    since_decode_s: float = 0.0
    decoded: int = 0
    interval_s: float = MIN_INTERVAL_S  # audio to wait for before the next partial decode
    previous_words: list[str] = field(default_factory=list)
    speculative: Final | None = None  # decoded at the first silent chunk; final if the silence lasts

    @property
    def duration_s(self) -> float:
        return sum(len(a) for a in self.audio) / SAMPLE_RATE


class WhisperRecognizer(Recognizer):
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
            raise ModelError(f"faster-whisper could not load {folder} (damaged?)", str(error).splitlines()[0][:200]) from error
        self.language = language
        self.info = RecognizerInfo("whisper", "GPU (CUDA)" if cuda else "CPU", folder.name)
        self.vad = StreamingVad()
        self.decoder = WindowedDecoder(self.model, language)
        self.decoder.words(np.zeros(SAMPLE_RATE, np.float32))  # warm-up: the first decode allocates
        self._preroll: list[np.ndarray] = []
        self._utterance: _Utterance | None = None

    def transcribe_all(self, samples: np.ndarray) -> list[Final]:
        """A whole recording in one pass of faster-whisper's own ``transcribe`` (its VAD skips the silences).

        Each word keeps Whisper's own leading space ("ill", "-disposed"), so joining them with ''
        gives the text as Whisper wrote it.
        """
        segments, _ = self.model.transcribe(int16_to_float(samples), language=self.language, **WHOLE_FILE_OPTIONS)
        words = [Word(w.word, float(w.start), float(w.end), float(w.probability))
                 for segment in segments for w in (segment.words or []) if w.word.strip()]
        return [_final(words, 0.0, len(samples) / SAMPLE_RATE)] if words else []

    def _decode(self, utterance: _Utterance) -> list[Word]:
        started = time.perf_counter()
        words = [Word(word, utterance.start_s + start, utterance.start_s + end, conf)
                 for word, start, end, conf in self.decoder.words(np.concatenate(utterance.audio))]
        elapsed = time.perf_counter() - started
        utterance.since_decode_s, utterance.decoded = 0.0, utterance.decoded + 1
        utterance.interval_s = min(MAX_INTERVAL_S, max(MIN_INTERVAL_S, INTERVAL_PER_DECODE * elapsed))
        return words

    def accept(self, chunk: AudioChunk) -> list[Hypothesis]:
        samples = int16_to_float(chunk.samples)
        speech = self.vad.probability(samples)
        utterance = self._utterance
        if utterance is None:
            self._preroll = (self._preroll + [samples])[-max(1, int(PREROLL_S / max(chunk.duration_s, 1e-3))):]
            if speech < SPEECH_ON:
                return []
            preroll_s = sum(len(a) for a in self._preroll) / SAMPLE_RATE
            utterance = self._utterance = _Utterance(chunk.start_s + chunk.duration_s - preroll_s, list(self._preroll))
            self._preroll = []
            return []
        utterance.audio.append(samples)
        utterance.since_decode_s += chunk.duration_s
        if speech >= SPEECH_OFF:
            utterance.silence_s, utterance.speculative = 0.0, None
            return self._maybe_partial(utterance, speech)
        utterance.silence_s += chunk.duration_s
        if utterance.speculative is None and utterance.silence_s >= SPECULATE_AFTER_S:  # probably the final: decode now
            words = self._decode(utterance)
            utterance.speculative = _final(words, utterance.start_s, utterance.start_s + utterance.duration_s)
            if utterance.silence_s < END_SILENCE_S:
                return self._partial_from([w.word for w in words], utterance)
        if utterance.silence_s >= END_SILENCE_S or utterance.duration_s >= MAX_UTTERANCE_S:
            return self._finish()
        return []

    def _maybe_partial(self, utterance: _Utterance, speech: float) -> list[Hypothesis]:
        if utterance.duration_s >= MAX_UTTERANCE_S:
            return self._finish()
        due = FIRST_PARTIAL_AFTER_S if utterance.decoded == 0 else utterance.interval_s
        # A fading voice may be the end of the sentence: wait, so the final's decode is not queued behind this one.
        if utterance.since_decode_s < due or (utterance.decoded and speech < CONFIDENT_SPEECH):
            return []
        return self._partial_from([w.word for w in self._decode(utterance)], utterance)

    @staticmethod
    def _partial_from(words: list[str], utterance: _Utterance) -> list[Hypothesis]:
        stable = common_prefix(utterance.previous_words, words)
        utterance.previous_words = words
        return [Partial("".join(words).strip(), "".join(stable).strip(), utterance.start_s)] if words else []

    def _finish(self) -> list[Final]:
        utterance, self._utterance = self._utterance, None
        final = utterance.speculative
        if final is None:
            final = _final(self._decode(utterance), utterance.start_s, utterance.start_s + utterance.duration_s)
        return [final] if final.text else []

    def flush(self) -> list[Final]:
        if self._utterance is None:
            return []
        self._utterance.speculative = None
        return self._finish()

    def reset(self) -> None:
        self._utterance, self._preroll = None, []
        self.vad.reset()
