"""The live speech session the GUI runs on a worker: load, listen, transcribe, keep every word.

Each item the loop yields is the whole state (all finals so far, the current partial, the figures),
so a UI that only shows the newest item (latest wins) never loses a finished sentence.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from pipelines.errors import SourceError
from pipelines.measure.metrics import StageMetrics, StatSummary
from pipelines.phrases import QT_TRANSLATE_NOOP, Phrase
from pipelines.source_notice import SourceNotice, gives_way_to_demo
from pipelines.speech.audio import AudioChunk
from pipelines.speech.hosted import DEFAULT_STALL_S, load_hosted_recognizer
from pipelines.speech.languages import DEFAULT_OPTIONS, SpeechOptions
from pipelines.speech.pipeline import STAGES, RecognizerReady, SpeechPipeline
from pipelines.speech.protocol import Final, Partial, Recognizer, RecognizerInfo, merge_final
from pipelines.speech.sources import DEMO_SPEECH, AudioSource, is_microphone, open_audio_source

PLAYING_DEMO_RECORDING = QT_TRANSLATE_NOOP("Pipelines", "{problem}: playing the demo recording instead")


@dataclass(frozen=True)
class SpeechState:
    finals: tuple[Final, ...]
    partial: Partial | None
    level_dbfs: float
    rtf: float
    stats: dict[str, StatSummary]
    info: RecognizerInfo
    audio_s: float
    translate: bool = False  # the text is Whisper's English translation


class GatedSource(AudioSource):
    """Push-to-talk: while the gate is closed the recognizer hears silence (so it finishes the sentence)."""

    def __init__(self, inner: AudioSource, gate: Callable[[], bool]) -> None:
        self._inner, self._gate = inner, gate
        self.name, self.live = inner.name, inner.live

    def chunks(self, should_stop: Callable[[], bool]) -> Iterator[AudioChunk]:
        for chunk in self._inner.chunks(should_stop):
            yield chunk if self._gate() else AudioChunk(chunk.samples * 0, chunk.captured_at, chunk.start_s)

    def close(self) -> None:
        self._inner.close()


class LiveSpeech:
    """One run of the Speech panel: a source spec ('demo', 'mic', 'mic:N' or a file), an engine, a model, the
    language and the task, and where onnxruntime-genai runs (``provider``: None for the best ranked device)."""

    def __init__(self, source: str, engine: str | None, model: Path | None, push_to_talk: bool = False,
                 loaded: Recognizer | None = None, threads: int | None = None, fallback_to_demo: bool = True,
                 stall_s: float = DEFAULT_STALL_S, options: SpeechOptions = DEFAULT_OPTIONS,
                 provider: str | None = None) -> None:
        self.source, self.engine, self.model, self.options, self.provider = source, engine, model, options, provider
        self.fallback_to_demo, self.stall_s = fallback_to_demo, stall_s
        self.loaded = loaded  # a recognizer kept from an earlier run: loading again would stall the UI
        self.threads = threads  # for a recognizer loaded now (a kept one keeps its own)
        self.push_to_talk = push_to_talk
        self._talking = threading.Event()

    def set_talking(self, talking: bool) -> None:
        """Push-to-talk key held (thread-safe)."""
        (self._talking.set if talking else self._talking.clear)()

    def _gate(self) -> bool:
        return not self.push_to_talk or self._talking.is_set()

    def loop(self, should_stop: Callable[[], bool]) -> Iterator[RecognizerReady | SpeechState | SourceNotice]:
        if self.loaded is not None:
            recognizer, load_ms = self.loaded, 0.0
            recognizer.reset()
            recognizer.set_options(self.options)  # one line where the engine cannot follow them (vosk)
        else:
            recognizer, load_ms = load_hosted_recognizer(
                self.engine, self.model, self.threads, self.stall_s, self.provider, self.options, should_stop
            )
        yield RecognizerReady(recognizer.info, load_ms, recognizer)
        metrics = StageMetrics(STAGES)
        finals: tuple[Final, ...] = ()
        partial: Partial | None = None
        source_spec, state = self.source, None
        while True:
            heard = False
            try:
                source = open_audio_source(source_spec, paced=True)
                if is_microphone(source_spec):  # push-to-talk is the microphone's: a file or the demo plays whole
                    source = GatedSource(source, self._gate)
                for update in SpeechPipeline(recognizer).run(source, should_stop):
                    heard = True
                    metrics.record(update.timings_ms)
                    if update.finals:
                        for final in update.finals:
                            finals = tuple(merge_final(finals, final))
                        partial = None
                    elif update.partial is not None:
                        partial = update.partial
                    state = SpeechState(
                        finals, partial, update.level_dbfs, update.rtf, metrics.summary(), update.info, update.audio_s,
                        self.options.translate,
                    )
                    yield state
                return
            except SourceError as error:
                if not gives_way_to_demo(source_spec, DEMO_SPEECH, self.fallback_to_demo, heard, "mic"):
                    raise
                # The sentence in progress is finished first, so no word heard is lost.
                finals += tuple(recognizer.flush())
                if state is not None:
                    yield replace(state, finals=finals, partial=None)
                yield SourceNotice(Phrase(PLAYING_DEMO_RECORDING, problem=error.message))
                source_spec = DEMO_SPEECH
