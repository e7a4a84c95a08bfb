"""The live speech loop: every chunk in order -> recognizer -> partials and finals with latencies.

Latencies, as the user feels them: a partial's is the time from capturing the newest audio it
includes to the moment it is ready; ``first_partial`` is from the capture of the utterance's start
to its first partial; a final's is from the capture of the last word's end to the final text.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from pipelines.measure.timing_log import SESSION
from pipelines.speech.audio import AudioChunk
from pipelines.speech.protocol import Final, Hypothesis, Partial, Recognizer, RecognizerInfo
from pipelines.speech.sources import AudioSource

STAGES = ("chunk", "partial_latency", "first_partial", "final_latency")
TIMELINE_CHUNKS = 600  # a minute of chunks: enough to date the start of any utterance


@dataclass(frozen=True)
class SpeechUpdate:
    """What the panel shows after a chunk: level, the newest partial, new finals, the figures."""

    level_dbfs: float
    partial: Partial | None
    finals: tuple[Final, ...]
    timings_ms: dict[str, float]
    rtf: float
    audio_s: float
    info: RecognizerInfo


@dataclass(frozen=True)
class RecognizerReady:
    """The recognizer is loaded (``load_ms`` is 0 when a loaded one was reused)."""

    info: RecognizerInfo
    load_ms: float
    recognizer: Recognizer


class SpeechPipeline:
    """Feeds a source through a recognizer; real-time factor = processing time / audio time."""

    def __init__(self, recognizer: Recognizer) -> None:
        self.recognizer = recognizer
        self.processing_s = 0.0
        self.audio_s = 0.0
        self._recent: deque[AudioChunk] = deque(maxlen=TIMELINE_CHUNKS)
        self._utterance_start: float | None = None

    def captured_at(self, stream_s: float) -> float | None:
        """When the audio at stream time ``stream_s`` was captured (for the recent past)."""
        for chunk in reversed(self._recent):
            if chunk.start_s <= stream_s:
                return chunk.captured_at - max(0.0, chunk.start_s + chunk.duration_s - stream_s)
        return None

    def step(self, chunk: AudioChunk) -> SpeechUpdate:
        self._recent.append(chunk)
        started = time.perf_counter()
        hypotheses = self.recognizer.accept(chunk)
        return self._update(chunk, hypotheses, started, time.perf_counter())

    def _update(
        self, chunk: AudioChunk, hypotheses: Sequence[Hypothesis], started: float, done: float
    ) -> SpeechUpdate:
        self.processing_s += done - started
        self.audio_s += chunk.duration_s
        partials = [h for h in hypotheses if isinstance(h, Partial)]
        finals = tuple(h for h in hypotheses if isinstance(h, Final))
        timings = {"chunk": (done - started) * 1000}
        if partials:
            timings["partial_latency"] = (done - chunk.captured_at) * 1000
            if self._utterance_start is None:  # the first partial of an utterance
                self._utterance_start = partials[-1].start_s
                spoken_at = self.captured_at(partials[-1].start_s)
                if spoken_at is not None:
                    timings["first_partial"] = (done - spoken_at) * 1000
        for final in finals:
            if final.original:
                continue  # a translation's original, after its final: not a latency of its own
            self._utterance_start = None
            ended_at = self.captured_at(final.words[-1].end) if final.words else None
            if ended_at is not None:
                timings["final_latency"] = (done - ended_at) * 1000
                SESSION.record("speech_final_ms", timings["final_latency"])
        return SpeechUpdate(
            chunk.level_dbfs(),
            partials[-1] if partials else None,
            finals,
            timings,
            self.processing_s / self.audio_s if self.audio_s else 0.0,
            self.audio_s,
            self.recognizer.info,
        )

    def run(self, source: AudioSource, should_stop: Callable[[], bool]) -> Iterator[SpeechUpdate]:
        """Every chunk of ``source`` in order; at the end of a finite source, the last utterance."""
        last_chunk: AudioChunk | None = None
        try:
            for chunk in source.chunks(should_stop):
                last_chunk = chunk
                yield self.step(chunk)
            if last_chunk is not None and not should_stop():
                started = time.perf_counter()
                finals = self.recognizer.flush()
                yield self._update(
                    AudioChunk(last_chunk.samples[:0], last_chunk.captured_at, last_chunk.start_s),
                    finals,
                    started,
                    time.perf_counter(),
                )
        finally:
            source.close()
