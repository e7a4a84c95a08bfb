"""Voice activity over a live stream of chunks: Silero VAD (bundled with faster-whisper) where faster-whisper is
installed; elsewhere (Windows on ARM64 has no CTranslate2 build) the signal's level against its noise floor."""

from __future__ import annotations

import numpy as np

from pipelines.speech.audio import SAMPLE_RATE

SPEECH_ON = 0.5  # hysteresis: speech starts above this probability...
SPEECH_OFF = 0.35  # ...and a chunk counts as silence only below this one
VAD_WINDOW = 512
VAD_HISTORY_WINDOWS = 32


class StreamingVad:
    """Speech probability of each new chunk, from Silero VAD run over the last second of audio."""

    def __init__(self) -> None:
        from faster_whisper.vad import get_vad_model

        self._model = get_vad_model()
        self._history = np.zeros(0, np.float32)

    def probability(self, samples: np.ndarray) -> float:
        """The highest speech probability in the newest ``samples`` (float32, 16 kHz)."""
        self._history = np.concatenate([self._history, samples])[-VAD_WINDOW * VAD_HISTORY_WINDOWS:]
        usable = len(self._history) // VAD_WINDOW * VAD_WINDOW
        if usable == 0:
            return 0.0
        probabilities = np.asarray(self._model(self._history[-usable:])).reshape(-1)
        newest = max(1, len(samples) // VAD_WINDOW)
        return float(probabilities[-newest:].max())

    def reset(self) -> None:
        self._history = np.zeros(0, np.float32)


class LevelVad:
    """Speech where a chunk's level stands well above the quietest recent level (the room's noise floor).
    Cruder than Silero (a cough counts), good enough to cut utterances for Whisper, which drops non-speech."""

    def __init__(self, margin_db: float = 15.0, floor_decay_s: float = 10.0) -> None:
        self.margin_db, self.floor_decay_s = margin_db, floor_decay_s
        self._floor_db: float | None = None

    def probability(self, samples: np.ndarray) -> float:
        level = 10 * np.log10(float(np.mean(np.square(samples))) + 1e-10)
        seconds = len(samples) / SAMPLE_RATE
        floor = level if self._floor_db is None else min(level, self._floor_db + seconds * 60 / self.floor_decay_s)
        self._floor_db = max(floor, -90.0)
        above = level - self._floor_db
        return float(np.clip(above / self.margin_db, 0.0, 1.0)) if level > -60.0 else 0.0

    def reset(self) -> None:
        self._floor_db = None


def voice_detector() -> StreamingVad | LevelVad:
    """Silero where faster-whisper brings it, else the level detector."""
    from pipelines.runtime.engine_support import installed

    return StreamingVad() if installed("faster_whisper") and installed("ctranslate2") else LevelVad()


class SpeechEndDetector:
    """Says when speech has been followed by ``silence_s`` of silence: the end of an utterance."""

    def __init__(self, silence_s: float) -> None:
        self.vad = voice_detector()
        self.silence_s = silence_s
        self._heard_speech = False
        self._silent_for_s = 0.0

    def speech_ended(self, samples: np.ndarray, duration_s: float) -> bool:
        """Feed the next chunk (float32, 16 kHz); True once per utterance, on the chunk that ends it."""
        probability = self.vad.probability(samples)
        if probability >= SPEECH_ON:
            self._heard_speech, self._silent_for_s = True, 0.0
        elif probability < SPEECH_OFF and self._heard_speech:
            self._silent_for_s += duration_s
            if self._silent_for_s >= self.silence_s:
                self.utterance_done()
                return True
        return False

    def utterance_done(self) -> None:
        """The utterance was ended another way (the engine's own endpoint): wait for new speech."""
        self._heard_speech, self._silent_for_s = False, 0.0

    def reset(self) -> None:
        self.utterance_done()
        self.vad.reset()
