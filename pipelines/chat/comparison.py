"""Two chat engines answer the same question in turn, each streamed as it comes: SmolLM2 in onnxruntime-genai on
the CPU against the best accelerator (each device's own build), or llama.cpp against onnxruntime-genai on the same
CPU. The Chat comparison window (View menu) shows it live; ``bench chat --compare device|engines`` loads the same
pairs and takes medians.

Where only a CPU exists, the device comparison has no second side: it says why, never showing the CPU twice.
"""

from __future__ import annotations

import queue
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

from pipelines.chat.hosted import load_hosted_engine
from pipelines.chat.loading import GENAI, LLAMA_CPP
from pipelines.chat.protocol import ChatEngine, GenerationSettings, Message
from pipelines.chat.reply import ReplyDone, ReplyPiece, stream_reply
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

WARMING, ASKING, ANSWERED = "warming", "asking", "answered"
SETTINGS = GenerationSettings(temperature=0.0, max_tokens=192, seed=0, fresh=True)  # greedy: both sides may agree
POLL_S = 0.1


def load_chat_pair(kind: str) -> Pair[ChatEngine]:
    """Load both sides, each in its own child process (seconds: off the UI thread)."""
    if kind == DEVICE:
        best: ChatEngine = load_hosted_engine(GENAI)
        return against_the_cpu(
            best, best.info.device, best.info.provider, lambda: load_hosted_engine(GENAI, device="cpu")
        )
    if kind == ENGINES:
        llama: ChatEngine = load_hosted_engine(LLAMA_CPP)
        return pair_with(kind, llama, lambda: load_hosted_engine(GENAI, device="cpu"))
    raise ValueError(f"unknown comparison {kind!r}")


@dataclass(frozen=True)
class SideAnswer(Side):
    """One side's answer as it stands: the text so far, the live rate, then the final figures."""

    tokens_per_s: float | None = None
    ttft_ms: float | None = None


@dataclass(frozen=True)
class ChatComparison(SideBySide[SideAnswer]):
    """The answers at one moment, and the question they answer."""

    question: str = ""

    @staticmethod
    def speed(side: SideAnswer) -> float:
        return side.tokens_per_s or 0.0

    @property
    def idle(self) -> bool:
        return self.stage == ANSWERED


def compare_answers(kind: str, system_prompt: str, questions: queue.Queue[str],
                    should_stop: Callable[[], bool]) -> Iterator[ChatComparison]:
    """Load the pair, warm each side once, then answer each question put in ``questions`` (after ``system_prompt``,
    the Chat panel's): the left side streams its whole answer, then the right one (never both at once, so neither
    takes the other's cores)."""
    yield ChatComparison(kind, LOADING)
    pair = load_chat_pair(kind)
    try:
        left, right = (_waiting(kind, engine) if engine else None for engine in (pair.left, pair.right))
        state = ChatComparison(kind, WARMING, left, right, pair.missing)
        yield state
        for _, engine in pair.sides():  # the first reply builds graphs and pages the weights in
            for _ in stream_reply(engine, _asking(system_prompt, "Hello."), SETTINGS, should_stop):
                pass
        yield (state := replace(state, stage=ANSWERED))
        while not should_stop():
            try:
                question = questions.get(timeout=POLL_S)
            except queue.Empty:
                continue
            state = replace(state, stage=ASKING, question=question, left=_fresh(state.left), right=_fresh(state.right))
            yield state
            for side, engine in pair.sides():
                for answered in _answer(state, side, engine, system_prompt, question, should_stop):
                    yield answered
                state = answered
            yield (state := replace(state, stage=ANSWERED))
    finally:
        pair.close()


def _waiting(kind: str, engine: ChatEngine) -> SideAnswer:
    info = engine.info
    return SideAnswer(*side_labels(kind, info.engine, info.device, info.provider, info.placement))


def _fresh(side: SideAnswer | None) -> SideAnswer | None:
    return SideAnswer(side.title, side.name) if side is not None else None


def _asking(system_prompt: str, question: str) -> list[Message]:
    return [Message("system", system_prompt), Message("user", question)]


def _answer(state: ChatComparison, side: str, engine: ChatEngine, system_prompt: str, question: str,
            should_stop: Callable[[], bool]) -> Iterator[ChatComparison]:
    messages = _asking(system_prompt, question)
    answer = getattr(state, side)
    for event in stream_reply(engine, messages, SETTINGS, should_stop):
        if isinstance(event, ReplyPiece):
            answer = replace(answer, text=event.text_so_far, tokens_per_s=event.tokens_per_s or None)
        elif isinstance(event, ReplyDone):
            stats, cut = event.stats, " …" if event.stop_reason == "length" else ""  # at max_tokens
            answer = replace(answer, text=event.text + cut, tokens_per_s=stats.tokens_per_s, ttft_ms=stats.ttft_ms,
                             done=True)
        yield replace(state, **{side: answer})
