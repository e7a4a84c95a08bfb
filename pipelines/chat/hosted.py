"""The chat engine in a child process: the same ``ChatEngine`` to its callers, a crash there leaves the app up.

``ChatServer`` lives in the child and holds the real engine (llama.cpp or MLC LLM); ``HostedChatEngine``
is its stand-in in the app. Tokens stream back over the pipe one message each (~30 µs, against 10-30 ms a
token); counting tokens for the context fit is one round trip per message.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Generator, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from pipelines.chat.loading import AUTO, LoadProgress, load_engine_steps
from pipelines.chat.protocol import ChatEngine, EngineInfo, GenerationSettings, Message, StopReason
from pipelines.errors import ShowcaseError
from pipelines.names import Pipeline
from pipelines.phrases import QT_TRANSLATE_NOOP, Phrase
from pipelines.runtime.core_split import alone_threads
from pipelines.runtime.engine_host import EngineHost, EngineStopped
from pipelines.runtime.hosted_engine import LOAD_TIMEOUT_S, EngineServer, HostedEngine
from pipelines.runtime.thread_priority import WORKER_NICENESS

ENGINE_NAME = QT_TRANSLATE_NOOP("Pipelines", "chat engine")
DEFAULT_STALL_S = 30.0  # no token for this long between two tokens: a hang
# The first token waits for the whole prompt to be read. On a CPU a prompt token costs about what a generated one
# does (the same weights, the same arithmetic; batching only helps): SmolLM2 (98 MB) on one idle core of the 2-core
# test machine read 9.5-10.9 ms a token (91 to 1261 tokens) and generates at ~10 ms a token there, and beside
# detection and Whisper a 1500-token prompt took over 20 s. So the first token may take the stall limit plus
# PROMPT_READ_SLACK times the answers' own pace for each prompt token; before the first answer, the pace is guessed
# from the model's size (arithmetic grows with it).
PROMPT_READ_SLACK = 5
GUESSED_TOKEN_S_PER_GB = 0.1  # SmolLM2: 10 ms a token for 0.1 GB on one slow core
MIN_PACE_TOKENS = 5  # an answer this long or longer sets the pace
CHARACTERS_PER_TOKEN_AT_LEAST = 3  # English measured 5.2 characters a token; fewer for code and other scripts


@dataclass(frozen=True)
class Ended:
    """The last item of a hosted reply: the engine's stream returned ``reason``."""

    reason: StopReason


class ChatServer(EngineServer[ChatEngine]):
    """Child side: loads the engine, then answers the stand-in's requests."""

    what = "chat model"

    def load(
        self, engine: str, model: Path | None, device: str, threads: int | None
    ) -> Iterator[LoadProgress | EngineInfo]:
        for step in load_engine_steps(engine, model, device, threads):
            if isinstance(step, ChatEngine):
                self.engine = step
                yield step.info
            else:
                yield step

    def stream(
        self, messages: Sequence[Message], settings: GenerationSettings, threads: int
    ) -> Generator[str | Ended, None, None]:
        """The pieces, then why the reply ended (the pipe carries items, not a generator's return value)."""
        engine = self.loaded()
        engine.set_threads(threads)
        yield Ended((yield from engine.stream(messages, settings)))

    def count_tokens(self, text: str) -> int:
        return self.loaded().count_tokens(text)

    def truncate_to_tokens(self, text: str, tokens: int) -> str:
        return self.loaded().truncate_to_tokens(text, tokens)

class HostedChatEngine(HostedEngine, ChatEngine):
    """The app's handle on a chat engine that runs in a child process."""

    def __init__(self, host: EngineHost, info: EngineInfo, threads: int) -> None:
        self.host, self.info, self._threads = host, info, threads
        self.token_s = (
            max(info.size_bytes, 1e8) / 1e9 * GUESSED_TOKEN_S_PER_GB
        )  # seconds a token, measured once it answers

    def stream(self, messages: Sequence[Message], settings: GenerationSettings) -> Generator[str, None, StopReason]:
        limit_s = self.first_token_limit_s(messages)
        return self._paced(self.host.stream("stream", list(messages), settings, self._threads, first_item_s=limit_s))

    def first_token_limit_s(self, messages: Sequence[Message]) -> float | None:
        """How long the first token may take: the stall limit plus the whole prompt read five times slower than
        the answers stream (a prompt the engine's cache cannot reuse is read whole before the first token)."""
        if self.host.stall_s is None:
            return None
        prompt_tokens = sum(len(message.content) for message in messages) / CHARACTERS_PER_TOKEN_AT_LEAST
        return self.host.stall_s + prompt_tokens * PROMPT_READ_SLACK * self.token_s

    def _paced(self, pieces: Generator[str | Ended, None, None]) -> Generator[str, None, StopReason]:
        """The pieces as they arrive, then the reason the child sent last; their pace becomes ``token_s``. Closing
        this closes (cancels) ``pieces``."""
        arrivals: list[float] = []
        try:
            for piece in pieces:
                if isinstance(piece, Ended):
                    return piece.reason
                arrivals.append(time.monotonic())
                yield piece
            raise EngineStopped(f"The {ENGINE_NAME}'s reply ended without saying why")
        finally:
            pieces.close()
            if len(arrivals) >= MIN_PACE_TOKENS:
                self.token_s = (arrivals[-1] - arrivals[0]) / (len(arrivals) - 1)

    def count_tokens(self, text: str) -> int:
        return self.host.call("count_tokens", text)

    def truncate_to_tokens(self, text: str, tokens: int) -> str:
        return self.host.call("truncate_to_tokens", text, tokens)

    def set_threads(self, threads: int) -> None:
        self._threads = max(1, threads)  # sent with the next reply: never a round trip from the UI thread


def load_hosted_engine_steps(
    engine: str = AUTO,
    model: Path | None = None,
    device: str = "auto",
    threads: int | None = None,
    stall_s: float = DEFAULT_STALL_S,
    should_stop: Callable[[], bool] = lambda: False,
) -> Iterator[LoadProgress | ChatEngine]:
    """``load_engine_steps`` in a new child process: progress, then the hosted engine; ``should_stop`` abandons the
    load (the child is ended within a tenth of a second)."""
    host = EngineHost(ChatServer, name=Phrase(ENGINE_NAME), stall_s=stall_s, niceness=WORKER_NICENESS)
    info = None
    try:
        # Before its first word the child may measure the engines (once per machine) or bind and profile a model.
        steps = host.stream(
            "load", engine, model, device, threads, first_item_s=max(stall_s, LOAD_TIMEOUT_S), should_stop=should_stop
        )
        for step in steps:
            if isinstance(step, EngineInfo):
                info = step
            else:
                yield step
    finally:
        if info is None:  # failed, or the caller stopped waiting
            host.close()
    if info is None:
        raise ShowcaseError("The chat engine's process ended its load without a model")
    yield HostedChatEngine(host, info, threads or alone_threads(Pipeline.CHAT))


def load_hosted_engine(
    engine: str = AUTO,
    model: Path | None = None,
    device: str = "auto",
    threads: int | None = None,
    stall_s: float = DEFAULT_STALL_S,
) -> HostedChatEngine:
    """Load without progress reports (CLI, bench, soak)."""
    *_, loaded = load_hosted_engine_steps(engine, model, device, threads, stall_s)
    assert isinstance(loaded, HostedChatEngine), "load_hosted_engine_steps ends with the engine"
    return loaded
