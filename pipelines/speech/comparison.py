"""The demo recording heard by two Whisper recognizers in turn, each transcript streamed as it comes: Whisper in
onnxruntime-genai on the CPU against the best accelerator (each device's own build), or faster-whisper against
onnxruntime-genai on the device faster-whisper placed itself on. The Speech comparison window (View menu) shows it;
``bench speech --compare device|engine`` loads the same pairs and hears the recording paced, as a microphone.

Where only a CPU exists, the device comparison has no second side: it says why, never showing the CPU twice.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

from pipelines.measure.side_by_side import (
    DEVICE,
    ENGINES,
    LOADING,
    Pair,
    Side,
    SideBySide,
    against_the_cpu,
    pair_with,
    side_labels,
)
from pipelines.speech.audio import SAMPLE_RATE
from pipelines.speech.hosted import load_hosted_recognizer
from pipelines.speech.loading import GENAI, WHISPER
from pipelines.speech.pipeline import SpeechPipeline
from pipelines.speech.protocol import Recognizer
from pipelines.speech.sources import FileAudioSource, decode_audio_file, demo_recording, demo_transcript
from pipelines.speech.wer import word_error_rate

HEARING, HEARD = "hearing", "heard"
WARM_UP_S = 2


def load_speech_pair(kind: str) -> Pair[Recognizer]:
    """Load both sides, each in its own child process (seconds: off the UI thread)."""
    if kind == DEVICE:
        best, _ = load_hosted_recognizer(GENAI)
        return against_the_cpu(
            best, best.info.device, best.info.provider, lambda: load_hosted_recognizer(GENAI, provider="cpu")[0]
        )
    if kind == ENGINES:
        whisper, _ = load_hosted_recognizer(WHISPER)
        same_place = "cpu" if whisper.info.device == "CPU" else None  # faster-whisper places itself (CUDA or CPU)
        return pair_with(kind, whisper, lambda: load_hosted_recognizer(GENAI, provider=same_place)[0])
    raise ValueError(f"unknown comparison {kind!r}")


@dataclass(frozen=True)
class SideTranscript(Side):
    """One side's transcript as it stands: the finals so far and the sentence in progress, the real-time factor,
    then the word error rate against the recording's text."""

    rtf: float | None = None
    wer: float | None = None


@dataclass(frozen=True)
class SpeechComparison(SideBySide[SideTranscript]):
    """The transcripts at one moment; the faster side has the lower real-time factor."""

    @staticmethod
    def speed(side: SideTranscript) -> float:
        return 1.0 / max(side.rtf or 0.0, 1e-9)

    @property
    def idle(self) -> bool:
        return self.stage == HEARD


def engine_name(recognizer: Recognizer) -> str:
    """'faster-whisper' (its recognizer says 'whisper'), 'onnxruntime-genai', 'vosk'."""
    return "faster-whisper" if recognizer.info.engine == WHISPER else recognizer.info.engine


def compare_transcripts(kind: str, should_stop: Callable[[], bool]) -> Iterator[SpeechComparison]:
    """Load the pair and warm each side on the recording's first seconds, then let each hear the whole demo
    recording as fast as it can through the Speech panel's pipeline, the left one first (never both at once, so
    neither takes the other's cores)."""
    yield SpeechComparison(kind, LOADING)
    pair = load_speech_pair(kind)
    try:
        left, right = (_waiting(kind, r) if r is not None else None for r in (pair.left, pair.right))
        state = SpeechComparison(kind, HEARING, left, right, pair.missing)
        yield state
        opening = decode_audio_file(demo_recording())[: WARM_UP_S * SAMPLE_RATE]
        for _, recognizer in pair.sides():  # the first decode allocates: not counted on either side
            recognizer.transcribe_all(opening)
        for side, recognizer in pair.sides():
            for heard in _hear(state, side, recognizer, should_stop):
                yield heard
            state = heard
        yield replace(state, stage=HEARD)
    finally:
        pair.close()


def _waiting(kind: str, recognizer: Recognizer) -> SideTranscript:
    return SideTranscript(*side_labels(kind, engine_name(recognizer), recognizer.info.device, recognizer.info.provider))


def _hear(state: SpeechComparison, side: str, recognizer: Recognizer,
          should_stop: Callable[[], bool]) -> Iterator[SpeechComparison]:
    recognizer.reset()
    pipeline = SpeechPipeline(recognizer)
    finals: list[str] = []
    transcript = getattr(state, side)
    for update in pipeline.run(FileAudioSource(demo_recording(), paced=False), should_stop):
        finals += [final.text for final in update.finals]
        in_progress = [update.partial.text] if update.partial is not None and update.partial.text else []
        transcript = replace(transcript, text=" ".join(finals + in_progress), rtf=update.rtf)
        yield replace(state, **{side: transcript})
    wer = word_error_rate(demo_transcript(), " ".join(finals))
    rtf = pipeline.processing_s / pipeline.audio_s if pipeline.audio_s else None
    yield replace(state, **{side: replace(transcript, text=" ".join(finals), rtf=rtf, wer=wer, done=True)})
