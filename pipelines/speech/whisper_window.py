"""One Whisper decode of a short utterance, with the encoder window cut to fit the audio.

faster-whisper's ``transcribe`` pads every segment to Whisper's 30-second window, so each live
re-decode paid ~1.2 s of encoder on 2 CPU cores however short the utterance. CTranslate2 accepts a
shorter mel window; Whisper stays accurate down to about 10 s and starts repeating itself below ~6 s.
Measured on the five LibriVox clips and ten espeak-ng sentences (1.6-7 s each), Whisper base int8,
2 threads: a 10 s window gave the same LibriVox WER as 30 s (1.4 %), no worse on espeak, 3.3x faster.

Auto detects the language on the same encoder output (one decoder step), per decode; a translation asks for
Whisper's "translate" task, whose words are English.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from pipelines.speech.audio import SAMPLE_RATE
from pipelines.speech.languages import SpeechOptions, english_only, tokens_per_s
from pipelines.speech.live_whisper import Decoded

if TYPE_CHECKING:
    from faster_whisper.tokenizer import Tokenizer

MIN_WINDOW_S = 10.0
PAD_S = 1.0  # silence after the audio, so the last word is not at the window's edge
FULL_WINDOW_FRAMES = 3000  # Whisper's 30 s, 100 mel frames a second
FRAMES_PER_S = 100
MAX_TOKENS = 224
NO_SPEECH_PROB, LOW_LOGPROB = 0.6, -1.0  # faster-whisper's defaults for dropping a hallucination
# A translation's tokens are less sure than a transcript's: espeak-ng German (no-speech 0.66) translated at a mean
# log-probability of -1.38, and faster-whisper's -1.0 dropped it.
TRANSLATE_LOW_LOGPROB = -2.0
PREPEND_PUNCTUATION = "\"'“¿([{-"
APPEND_PUNCTUATION = "\"'.。,，!！?？:：”)]}、"


def window_frames(content_frames: int) -> int:
    """Mel frames the encoder sees for this much audio: the audio plus padding, 10 s to 30 s."""
    wanted = content_frames + int(PAD_S * FRAMES_PER_S)
    return min(FULL_WINDOW_FRAMES, max(int(MIN_WINDOW_S * FRAMES_PER_S), wanted))


class WindowedDecoder:
    """Greedy, temperature-0 decodes of utterances up to 30 s, with word timings and probabilities, in the language
    asked for or the one detected in each utterance, transcribed or translated to English."""

    def __init__(self, model) -> None:
        from faster_whisper.transcribe import get_suppressed_tokens

        self._model = model
        self._tokenizers: dict[tuple[str, str], Tokenizer] = {}
        self._suppressed = get_suppressed_tokens(self._tokenizer("en", "transcribe"), [-1])
        self.options = SpeechOptions()

    def set_options(self, options: SpeechOptions) -> None:
        if not self._model.model.is_multilingual and (options.translate or options.fixed not in (None, "en")):
            raise english_only()
        self.options = options

    def _tokenizer(self, language: str, task: str) -> Tokenizer:
        from faster_whisper.tokenizer import Tokenizer

        key = (language, task)
        if key not in self._tokenizers:
            multilingual = self._model.model.is_multilingual
            tokenizer = Tokenizer(self._model.hf_tokenizer, multilingual, task=task, language=language)
            if task == "translate":
                tokenizer.language_code = "en"  # the words aligned are English ones, split at spaces
            self._tokenizers[key] = tokenizer
        return self._tokenizers[key]

    def _language(self, encoded) -> tuple[str, float | None]:
        """The language asked for, else the one the encoded audio sounds most like (one decoder step)."""
        if self.options.fixed or not self._model.model.is_multilingual:
            return self.options.fixed or "en", None
        token, probability = self._model.model.detect_language(encoded)[0][0]
        return token[2:-2], float(probability)

    def decode(self, audio: np.ndarray) -> Decoded:
        """Words (with Whisper's leading space, start s, end s, probability) of float32 16 kHz audio, and the
        language heard."""
        from faster_whisper.audio import pad_or_trim
        from faster_whisper.transcribe import merge_punctuations

        features = self._model.feature_extractor(audio)
        content = min(features.shape[-1] - 1, FULL_WINDOW_FRAMES)
        encoded = self._model.encode(pad_or_trim(features[:, :content], window_frames(content)))
        language, probability = self._language(encoded)
        translate = self.options.translate
        tokenizer = self._tokenizer(language, "translate" if translate else "transcribe")
        prompt = [*tokenizer.sot_sequence, tokenizer.no_timestamps]
        max_tokens = min(MAX_TOKENS, int(10 + tokens_per_s(language, translate) * len(audio) / SAMPLE_RATE))
        result = self._model.model.generate(
            encoded,
            [prompt],
            beam_size=1,
            max_length=len(prompt) + max_tokens,
            suppress_blank=True,
            suppress_tokens=self._suppressed,
            return_scores=True,
            return_no_speech_prob=True,
        )[0]
        tokens = [t for t in result.sequences_ids[0] if t < tokenizer.eot]
        unsure = TRANSLATE_LOW_LOGPROB if translate else LOW_LOGPROB
        if not tokens or (result.no_speech_prob > NO_SPEECH_PROB and result.scores[0] < unsure):
            return Decoded([], language, probability)
        alignment = self._model.find_alignment(tokenizer, [tokens], encoded, content)[0]
        merge_punctuations(alignment, PREPEND_PUNCTUATION, APPEND_PUNCTUATION)
        words = [
            (w["word"], float(w["start"]), float(w["end"]), float(w["probability"]))
            for w in alignment
            if w["word"].strip()
        ]
        return Decoded(words, language, probability)
