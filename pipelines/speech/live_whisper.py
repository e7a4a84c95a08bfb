"""Whisper made live, for any engine that decodes a short utterance: VAD cuts utterances, partials come from
re-decoding (faster-whisper and onnxruntime-genai each supply one decode of an utterance).

Whisper is not a streaming model: every decode reads the whole utterance again. So:
- a voice activity detector finds where speech starts and ends;
- while someone speaks, the utterance so far is re-decoded after twice the time the last decode
  took, so live decoding uses about half the CPU however long the utterance; the first partial
  comes early;
- the words two successive decodes agree on are the stable prefix (the LocalAgreement idea);
- a short silence triggers a decode at once: if the silence lasts, that decode is the final text,
  so the final arrives one decode after the end of speech rather than two.
Every decode is in the language asked for, or detects it (Auto): no partial is shown while Auto is unsure, and the
final's language is the one detected over the whole utterance; partials and the final carry it.
Nothing here assumes English: the words agreed on are compared without case or punctuation (CJK's too), and a
language without spaces comes as one "word" per character group, joined without spaces.
Translating, the final comes in English as soon as it is decoded; the words in the language spoken follow one decode
later (with the next chunk), in a second final for the same utterance, so the translation waits for nothing.
A whole file is cut the same way, each utterance decoded once; an engine whose every decode reads Whisper's full
window whatever the audio (onnxruntime-genai) decodes as many utterances together as fit in one window (their
silences between them left out), so a file costs about one decode per 30 s, as the engine's own one-pass call does.
"""

from __future__ import annotations

import time
from abc import abstractmethod
from dataclasses import dataclass, field, replace

import numpy as np

from pipelines.speech.audio import SAMPLE_RATE, AudioChunk, int16_to_float
from pipelines.speech.languages import SpeechOptions
from pipelines.speech.protocol import Final, Hypothesis, Partial, Recognizer, Word
from pipelines.speech.vad import SPEECH_OFF, SPEECH_ON, voice_detector

TimedWord = tuple[str, float, float, float]  # word with Whisper's leading space, start s, end s, probability
PUNCTUATION = ".,!?;:。，、！？；："

CONFIDENT_SPEECH = 0.9
END_SILENCE_S = 0.4
SPECULATE_AFTER_S = 0.2  # silence this long ends most utterances; shorter dips are pauses between words
PREROLL_S = 0.3
FIRST_PARTIAL_AFTER_S = 0.3
MAX_UTTERANCE_S = 20.0
PACK_S = 28.0  # a whole file's utterances decoded together, up to this much audio (Whisper's window: 30 s)
MIN_INTERVAL_S, MAX_INTERVAL_S = 0.5, 4.0
INTERVAL_PER_DECODE = 2.0  # re-decode after 2 decode-times: live decoding uses about half the CPU
# Auto shows a partial only when its decode is this sure of the language, and either has two seconds of speech or
# hears the language of the utterance before: Whisper base heard espeak-ng German's first 1-1.5 s as Thai ("th 0.97",
# "th 0.56"), 2.2 s as "de 0.97". The final is decoded in the language detected over the whole utterance.
SURE_LANGUAGE = 0.8
DETECT_AFTER_S = 2.0


@dataclass(frozen=True)
class Decoded:
    """One decode: the words, and the language they were heard in (``probability`` None: it was fixed)."""

    words: list[TimedWord]
    language: str
    probability: float | None = None


def final_of(words: list[Word], start_s: float, end_s: float, heard: Decoded, translated: bool) -> Final:
    """The utterance's text and words (Whisper's leading spaces stripped from each word; none between the characters
    of a language written without spaces)."""
    clean = tuple(Word(w.word.strip(), w.start, w.end, w.conf) for w in words)
    text = "".join(w.word for w in words).strip()
    return Final(text, clean, start_s, end_s, "", heard.language, heard.probability, translated)


def common_prefix(a: list[str], b: list[str]) -> list[str]:
    """The words two decodes agree on, from the start (case and punctuation aside; a CJK "word" is a character)."""
    prefix = []
    for x, y in zip(a, b):
        if x.strip().lower().strip(PUNCTUATION) != y.strip().lower().strip(PUNCTUATION):
            break
        prefix.append(y)
    return prefix


def in_file(pack: list[_Utterance], at_s: float) -> float:
    """Where ``at_s`` seconds into a pack's joined audio lies in the file (the silences between utterances were left
    out of the pack)."""
    for utterance in pack[:-1]:
        if at_s < utterance.duration_s:
            return utterance.start_s + at_s
        at_s -= utterance.duration_s
    return pack[-1].start_s + at_s


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
    heard: Decoded = Decoded([], "")  # the last decode's language

    @property
    def duration_s(self) -> float:
        return sum(len(a) for a in self.audio) / SAMPLE_RATE


class LiveWhisper(Recognizer):
    """The live loop around one Whisper decode; subclasses load a model and implement ``decode_words``."""

    packs_whole_files = False  # every decode reads the whole window: a whole file's utterances go in together

    def start_live(self) -> None:
        """Call at the end of a subclass's ``__init__``: the voice detector and an empty utterance."""
        self.partials = True  # off for a whole file: one decode per utterance
        self._pack: list[_Utterance] | None = None  # a whole file's utterances waiting for one decode (packing)
        self.options = SpeechOptions()
        self._last_language = ""  # of the last final: Auto's partials in it need no second of speech
        self.vad = voice_detector()
        self._preroll: list[np.ndarray] = []
        self._utterance: _Utterance | None = None
        self._untranslated: tuple[_Utterance, Final] | None = None  # a translated final whose original is due

    @abstractmethod
    def decode_words(self, audio: np.ndarray, speech_s: float) -> Decoded:
        """One greedy decode of ``audio`` (float32, 16 kHz, up to 30 s) with ``self.options``, words timed from its
        start; the speech ends ``speech_s`` in (after it, the silence that ended the utterance)."""

    def set_options(self, options: SpeechOptions) -> None:
        """Takes effect from the next decode (an utterance in progress goes on in the new language)."""
        self.options = options

    def _decode(self, utterance: _Utterance) -> list[Word]:
        started = time.perf_counter()
        heard = self.decode_words(np.concatenate(utterance.audio), utterance.duration_s - utterance.silence_s)
        words = [
            Word(word, utterance.start_s + start, utterance.start_s + end, conf)
            for word, start, end, conf in heard.words
        ]
        elapsed = time.perf_counter() - started
        utterance.since_decode_s, utterance.decoded = 0.0, utterance.decoded + 1
        utterance.interval_s = min(MAX_INTERVAL_S, max(MIN_INTERVAL_S, INTERVAL_PER_DECODE * elapsed))
        utterance.heard = heard
        return words

    def _final(self, words: list[Word], utterance: _Utterance) -> Final:
        end_s = utterance.start_s + utterance.duration_s
        return final_of(words, utterance.start_s, end_s, utterance.heard, self.options.translate)

    def accept(self, chunk: AudioChunk) -> list[Hypothesis]:
        return [*self._original_due(), *self._heard(chunk)]

    def _original_due(self) -> list[Final]:
        """The last translated final again, with the words in the language spoken (one decode, that language)."""
        if self._untranslated is None:
            return []
        (utterance, final), self._untranslated = self._untranslated, None
        asked = self.options
        self.set_options(SpeechOptions(final.language, translate=False))
        try:
            original = self.decode_words(np.concatenate(utterance.audio), utterance.duration_s - utterance.silence_s)
        finally:
            self.set_options(asked)
        text = "".join(word for word, *_ in original.words).strip()
        return [replace(final, original=text)] if text else []

    def _heard(self, chunk: AudioChunk) -> list[Hypothesis]:
        samples = int16_to_float(chunk.samples)
        speech = self.vad.probability(samples)
        utterance = self._utterance
        if utterance is None:
            self._preroll = (self._preroll + [samples])[-max(1, int(PREROLL_S / max(chunk.duration_s, 1e-3))) :]
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
        speculate = self._pack is None  # a packed file's utterance is decoded with the others, once
        if speculate and utterance.speculative is None and utterance.silence_s >= SPECULATE_AFTER_S:  # decode now
            words = self._decode(utterance)
            utterance.speculative = self._final(words, utterance)
            if utterance.silence_s < END_SILENCE_S:
                return self._partial_from([w.word for w in words], utterance)
        if utterance.silence_s >= END_SILENCE_S or utterance.duration_s >= MAX_UTTERANCE_S:
            return [*self._finish()]
        return []

    def transcribe_all(self, samples: np.ndarray) -> list[Final]:
        """A whole recording cut into utterances as the live path cuts them, each decoded once (no partials)."""
        self.reset()
        self.partials = False
        self._pack = [] if self.packs_whole_files else None
        try:
            return super().transcribe_all(samples)
        finally:
            self.partials, self._pack = True, None
            self.reset()

    def _maybe_partial(self, utterance: _Utterance, speech: float) -> list[Hypothesis]:
        if utterance.duration_s >= MAX_UTTERANCE_S:
            return [*self._finish()]
        if not self.partials:
            return []
        due = FIRST_PARTIAL_AFTER_S if utterance.decoded == 0 else utterance.interval_s
        # A fading voice may be the end of the sentence: wait, so the final's decode is not queued behind this one.
        if utterance.since_decode_s < due or (utterance.decoded and speech < CONFIDENT_SPEECH):
            return []
        return self._partial_from([w.word for w in self._decode(utterance)], utterance)

    def _partial_from(self, words: list[str], utterance: _Utterance) -> list[Hypothesis]:
        heard = utterance.heard
        if heard.probability is not None and (
            heard.probability < SURE_LANGUAGE
            or (utterance.duration_s < DETECT_AFTER_S and heard.language != self._last_language)
        ):
            return []  # Auto is not sure of the language yet: the words are likely in the wrong one
        stable = common_prefix(utterance.previous_words, words)
        utterance.previous_words = words
        partial = Partial("".join(words).strip(), "".join(stable).strip(), utterance.start_s, heard.language,
                          heard.probability)
        return [partial] if words else []

    def _finish(self) -> list[Final]:
        utterance, self._utterance = self._utterance, None
        if utterance is None:
            return []
        if self._pack is not None:
            return self._packed(utterance)
        final = utterance.speculative
        if final is None:
            final = self._final(self._decode(utterance), utterance)
        return self._finished(utterance, final)

    def _finished(self, utterance: _Utterance, final: Final) -> list[Final]:
        if not final.text:
            return []
        self._last_language = final.language
        if final.translated and final.language not in ("", "en"):
            self._untranslated = (utterance, final)
        return [final]

    def _packed(self, utterance: _Utterance) -> list[Final]:
        """``utterance`` joins the file's pack; a pack it would take past ``PACK_S`` is decoded first."""
        assert self._pack is not None
        finals = self._decode_pack() if sum(u.duration_s for u in self._pack) + utterance.duration_s > PACK_S else []
        self._pack.append(utterance)
        return finals

    def _decode_pack(self) -> list[Final]:
        """The packed utterances decoded as one (the silences between them left out): one final from the first's
        start to the last's end, each word's time put back where its utterance is in the file."""
        pack, self._pack = self._pack or [], []
        if not pack:
            return []
        joined = _Utterance(pack[0].start_s, [audio for u in pack for audio in u.audio], silence_s=pack[-1].silence_s)
        at = joined.start_s
        decoded = self._decode(joined)
        words = [replace(w, start=in_file(pack, w.start - at), end=in_file(pack, w.end - at)) for w in decoded]
        final = replace(self._final(words, joined), end_s=pack[-1].start_s + pack[-1].duration_s)
        return self._finished(joined, final)

    def flush(self) -> list[Final]:
        if self._utterance is not None:
            self._utterance.speculative = None
        finals = [*self._original_due(), *self._finish(), *self._original_due()]
        if self._pack is not None:  # a whole file's last pack
            finals += [*self._decode_pack(), *self._original_due()]
        return finals

    def reset(self) -> None:
        self._utterance, self._preroll, self._untranslated = None, [], None
        self.vad.reset()
