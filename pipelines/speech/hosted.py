"""The speech engine in a child process: the same ``Recognizer`` to its callers, a crash there leaves the app up.

Every chunk (0.1 s, 3.2 kB) is one round trip over the pipe, in order, as before: audio is never dropped.
Loading in the child also keeps faster-whisper's tokenizer parse (230-255 ms holding the GIL) off the app.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

from pipelines.phrases import QT_TRANSLATE_NOOP, Phrase
from pipelines.runtime.engine_host import EngineHost
from pipelines.runtime.hosted_engine import LOAD_TIMEOUT_S, EngineServer, HostedEngine
from pipelines.runtime.thread_priority import WORKER_NICENESS
from pipelines.speech.audio import SAMPLE_RATE, AudioChunk
from pipelines.speech.languages import DEFAULT_OPTIONS, SpeechOptions
from pipelines.speech.loading import load_recognizer
from pipelines.speech.protocol import Final, Hypothesis, Recognizer, RecognizerInfo

ENGINE_NAME = QT_TRANSLATE_NOOP("Pipelines", "speech engine")
DEFAULT_STALL_S = 20.0  # the longest live decode (a 20 s utterance) takes ~2 s here: ten times that is a hang


class RecognizerServer(EngineServer[Recognizer]):
    """Child side: loads the recognizer, then feeds it what the stand-in sends."""

    what = "speech model"

    def load(self, engine: str | None, model: Path | None, threads: int | None, provider: str | None,
             options: SpeechOptions) -> RecognizerInfo:
        self.engine, _ = load_recognizer(engine, model, threads, provider, options)
        return self.engine.info

    def set_options(self, options: SpeechOptions) -> None:
        self.loaded().set_options(options)

    def accept(self, chunk: AudioChunk) -> list[Hypothesis]:
        return self.loaded().accept(chunk)

    def transcribe_all(self, samples: np.ndarray) -> list[Final]:
        return self.loaded().transcribe_all(samples)

    def flush(self) -> list[Final]:
        return self.loaded().flush()

    def reset(self) -> None:
        self.loaded().reset()


class HostedRecognizer(HostedEngine, Recognizer):
    """The app's handle on a recognizer that runs in a child process."""

    def __init__(self, host: EngineHost, info: RecognizerInfo) -> None:
        self.host, self.info = host, info

    def accept(self, chunk: AudioChunk) -> list[Hypothesis]:
        return self.host.call("accept", chunk)

    def transcribe_all(self, samples: np.ndarray) -> list[Final]:
        return self.host.call(
            "transcribe_all", samples, timeout_s=(self.host.stall_s or 0) + 2 * len(samples) / SAMPLE_RATE
        )

    def flush(self) -> list[Final]:
        return self.host.call("flush")

    def reset(self) -> None:
        self.host.call("reset")

    def set_options(self, options: SpeechOptions) -> None:
        self.host.call("set_options", options)


def load_hosted_recognizer(
    engine: str | None = None,
    model: Path | None = None,
    threads: int | None = None,
    stall_s: float = DEFAULT_STALL_S,
    provider: str | None = None,
    options: SpeechOptions = DEFAULT_OPTIONS,
    should_stop: Callable[[], bool] = lambda: False,
) -> tuple[HostedRecognizer, float]:
    """``load_recognizer`` in a new child process: the stand-in and the load time in ms (child start included);
    ``should_stop`` abandons the load (the child is ended within a tenth of a second)."""
    started = time.perf_counter()
    host = EngineHost(RecognizerServer, name=Phrase(ENGINE_NAME), stall_s=stall_s, niceness=WORKER_NICENESS)
    try:
        info = host.call(
            "load", engine, model, threads, provider, options, timeout_s=max(stall_s, LOAD_TIMEOUT_S),
            should_stop=should_stop,
        )
    except BaseException:
        host.close()
        raise
    return HostedRecognizer(host, info), (time.perf_counter() - started) * 1000
