"""The chat engine in a child process: the same ``ChatEngine`` to its callers, a crash there leaves the app up.

``ChatServer`` lives in the child and holds the real engine (llama.cpp or MLC LLM); ``HostedChatEngine``
is its stand-in in the app. Tokens stream back over the pipe one message each (~30 µs, against 10-30 ms a
token); counting tokens for the context fit is one round trip per message.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from pathlib import Path

from pipelines.chat.engine import ChatEngine, EngineInfo, GenerationSettings, Message
from pipelines.chat.engines import LLAMA_CPP, LoadProgress, load_engine_steps
from pipelines.engine_host import EngineHost, EngineStopped
from pipelines.thread_priority import WORKER_NICENESS

ENGINE_NAME = "chat engine"
DEFAULT_STALL_S = 30.0  # no token for this long (the longest prompt's evaluation on 2 cores is ~10 s): a hang


class ChatServer:
    """Child side: loads the engine, then answers the stand-in's requests."""

    def __init__(self) -> None:
        self.engine: ChatEngine | None = None

    def load(self, engine: str, model: Path | None, device: str, threads: int | None) -> Iterator[LoadProgress | EngineInfo]:
        for step in load_engine_steps(engine, model, device, threads):
            if isinstance(step, ChatEngine):
                self.engine = step
                yield step.info
            else:
                yield step

    def stream(self, messages: Sequence[Message], settings: GenerationSettings, threads: int) -> Iterator[str]:
        self.engine.set_threads(threads)
        yield from self.engine.stream(messages, settings)

    def count_tokens(self, text: str) -> int:
        return self.engine.count_tokens(text)

    def truncate_to_tokens(self, text: str, tokens: int) -> str:
        return self.engine.truncate_to_tokens(text, tokens)


class HostedChatEngine(ChatEngine):
    """The app's handle on a chat engine that runs in a child process."""

    def __init__(self, host: EngineHost, info: EngineInfo, threads: int) -> None:
        self.host, self.info, self._threads = host, info, threads

    @property
    def pid(self) -> int | None:
        return self.host.pid

    def stream(self, messages: Sequence[Message], settings: GenerationSettings) -> Iterator[str]:
        return self.host.stream("stream", list(messages), settings, self._threads)

    def count_tokens(self, text: str) -> int:
        return self.host.call("count_tokens", text)

    def truncate_to_tokens(self, text: str, tokens: int) -> str:
        return self.host.call("truncate_to_tokens", text, tokens)

    def fault(self) -> EngineStopped | None:
        return self.host.fault()

    def set_threads(self, threads: int) -> None:
        self._threads = max(1, threads)  # sent with the next reply: never a round trip from the UI thread

    def unload(self) -> None:
        self.host.close()


def load_hosted_engine_steps(engine: str = LLAMA_CPP, model: Path | None = None, device: str = "auto",
                             threads: int | None = None, stall_s: float = DEFAULT_STALL_S) -> Iterator[LoadProgress | ChatEngine]:
    """``load_engine_steps`` in a new child process: progress, then the hosted engine."""
    host = EngineHost("pipelines.chat.hosted:ChatServer", name=ENGINE_NAME, stall_s=stall_s, niceness=WORKER_NICENESS)
    info = None
    try:
        for step in host.stream("load", engine, model, device, threads):
            if isinstance(step, EngineInfo):
                info = step
            else:
                yield step
    finally:
        if info is None:  # failed, or the caller stopped waiting
            host.close()
    yield HostedChatEngine(host, info, threads or os.cpu_count() or 1)


def load_hosted_engine(engine: str = LLAMA_CPP, model: Path | None = None, device: str = "auto", threads: int | None = None,
                       stall_s: float = DEFAULT_STALL_S) -> HostedChatEngine:
    """Load without progress reports (CLI, bench, soak)."""
    *_, loaded = load_hosted_engine_steps(engine, model, device, threads, stall_s)
    return loaded
