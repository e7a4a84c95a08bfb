"""One Whisper decode of a short utterance, with the encoder window cut to fit the audio.

faster-whisper's ``transcribe`` pads every segment to Whisper's 30-second window, so each live
re-decode paid ~1.2 s of encoder on 2 CPU cores however short the utterance. CTranslate2 accepts a
shorter mel window; Whisper stays accurate down to about 10 s and starts repeating itself below ~6 s.
Measured on the five LibriVox clips and ten espeak-ng sentences (1.6-7 s each), Whisper base int8,
2 threads: a 10 s window gave the same LibriVox WER as 30 s (1.4 %), no worse on espeak, 3.3x faster.
"""

from __future__ import annotations

import numpy as np

from pipelines.speech.audio import SAMPLE_RATE

MIN_WINDOW_S = 10.0
PAD_S = 1.0  # silence after the audio, so the last word is not at the window's edge
FULL_WINDOW_FRAMES = 3000  # Whisper's 30 s, 100 mel frames a second
FRAMES_PER_S = 100
MAX_TOKENS = 224
TOKENS_PER_S = 12  # English speech is ~4-5 tokens a second: more is Whisper looping
NO_SPEECH_PROB, LOW_LOGPROB = 0.6, -1.0  # faster-whisper's defaults for dropping a hallucination
PREPEND_PUNCTUATION = "\"'“¿([{-"
APPEND_PUNCTUATION = "\"'.。,，!！?？:：”)]}、"


def window_frames(content_frames: int) -> int:
    """Mel frames the encoder sees for this much audio: the audio plus padding, 10 s to 30 s."""
    wanted = content_frames + int(PAD_S * FRAMES_PER_S)
    return min(FULL_WINDOW_FRAMES, max(int(MIN_WINDOW_S * FRAMES_PER_S), wanted))


class WindowedDecoder:
    """Greedy, temperature-0 decodes of utterances up to 30 s, with word timings and probabilities."""

    def __init__(self, model, language: str) -> None:
        from faster_whisper.tokenizer import Tokenizer
        from faster_whisper.transcribe import get_suppressed_tokens

        self._model = model
        self._tokenizer = Tokenizer(
            model.hf_tokenizer, model.model.is_multilingual, task="transcribe", language=language
        )
        self._prompt = [*self._tokenizer.sot_sequence, self._tokenizer.no_timestamps]
        self._suppressed = get_suppressed_tokens(self._tokenizer, [-1])

    def words(self, audio: np.ndarray) -> list[tuple[str, float, float, float]]:
        """(word with Whisper's leading space, start s, end s, probability) for float32 16 kHz audio."""
        from faster_whisper.audio import pad_or_trim
        from faster_whisper.transcribe import merge_punctuations

        features = self._model.feature_extractor(audio)
        content = min(features.shape[-1] - 1, FULL_WINDOW_FRAMES)
        encoded = self._model.encode(pad_or_trim(features[:, :content], window_frames(content)))
        max_tokens = min(MAX_TOKENS, int(10 + TOKENS_PER_S * len(audio) / SAMPLE_RATE))
        result = self._model.model.generate(
            encoded,
            [self._prompt],
            beam_size=1,
            max_length=len(self._prompt) + max_tokens,
            suppress_blank=True,
            suppress_tokens=self._suppressed,
            return_scores=True,
            return_no_speech_prob=True,
        )[0]
        tokens = [t for t in result.sequences_ids[0] if t < self._tokenizer.eot]
        if not tokens or (result.no_speech_prob > NO_SPEECH_PROB and result.scores[0] < LOW_LOGPROB):
            return []
        alignment = self._model.find_alignment(self._tokenizer, [tokens], encoded, content)[0]
        merge_punctuations(alignment, PREPEND_PUNCTUATION, APPEND_PUNCTUATION)
        return [
            (w["word"], float(w["start"]), float(w["end"]), float(w["probability"]))
            for w in alignment
            if w["word"].strip()
        ]
