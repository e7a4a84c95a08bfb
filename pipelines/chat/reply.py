"""One streamed reply with its metrics: time to first token, tokens/s, per-token latency."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pipelines.chat.context import FittedPrompt, fit_to_context
from pipelines.chat.protocol import ChatEngine, GenerationSettings, Message, StopReason
from pipelines.chat.repetition import LOOP_NOTE, is_looping
from pipelines.devices.where import where_it_ran
from pipelines.locale_numbers import C_NUMBERS, NumberFormat
from pipelines.measure.metrics import percentiles
from pipelines.measure.timing_log import SESSION
from pipelines.phrases import QT_TRANSLATE_NOOP, Phrase, joined

if TYPE_CHECKING:
    from pipelines.devices.provider_info import ProviderInfo


FIGURES = QT_TRANSLATE_NOOP(
    "Pipelines", "first token {ms} ms · {rate} tokens/s · {tokens} tokens · {engine} on {device}"
)
TOKEN_LIMIT = QT_TRANSLATE_NOOP("Pipelines", "stopped at the {tokens}-token limit")
STOPPED = QT_TRANSLATE_NOOP("Pipelines", "stopped")


@dataclass(frozen=True)
class ReplyStats:
    """Measured on the consumer's side of the stream, the way a user experiences it."""

    ttft_ms: float
    tokens: int
    tokens_per_s: float
    token_ms_p50: float
    token_ms_p95: float
    engine: str
    device: str
    model: str
    placement: str = ""  # e.g. '31/31 layers on CPU', from the engine's own load log
    provider: ProviderInfo | None = None  # onnxruntime-genai: the EP, nodes per EP, fallbacks

    def summary(self, numbers: NumberFormat = C_NUMBERS) -> str:
        """'first token 120 ms · 12.3 tokens/s · 40 tokens · llama.cpp on CPU', the figures in ``numbers``."""
        num = numbers.number
        return Phrase(FIGURES, ms=num(self.ttft_ms), rate=num(self.tokens_per_s, 1), tokens=num(self.tokens),
                      engine=self.engine, device=self.device)

    def to_json(self) -> dict:
        figures = {"ttft_ms": round(self.ttft_ms, 1), "tokens_per_s": round(self.tokens_per_s, 2)}
        figures["tokens"] = self.tokens
        return {**figures, "model": self.model, **where_it_ran(self.engine, self.device, self.placement, self.provider)}


@dataclass(frozen=True)
class ReplyPiece:
    """New text, the whole reply so far, and the live figures while streaming.

    Each piece carries everything the UI needs, so a UI that only shows the newest piece (batching
    its repaints) loses nothing.
    """

    text: str
    text_so_far: str
    tokens: int
    tokens_per_s: float
    token_ms_p50: float
    token_ms_p95: float
    context_note: str


@dataclass(frozen=True)
class ReplyDone:
    """The whole reply and why it ended (``StopReason``); ``max_tokens`` is the limit it was given."""

    text: str
    stats: ReplyStats
    stop_reason: StopReason
    prompt: FittedPrompt
    max_tokens: int

    def stop_note(self) -> str:
        """Why it ended, in words; '' for the model's own end."""
        return {
            "end": "",
            "length": Phrase(TOKEN_LIMIT, tokens=self.max_tokens),
            "loop": Phrase(LOOP_NOTE),
            "stopped": Phrase(STOPPED),
        }[self.stop_reason]

    def footer(self, numbers: NumberFormat = C_NUMBERS) -> str:
        """The line under the answer: its figures (in ``numbers``: the window gives its locale's), the context note,
        why it ended early."""
        return joined([self.stats.summary(numbers), self.prompt.note(), self.stop_note()])


ReplyEvent = ReplyPiece | ReplyDone
LIVE_STATS_INTERVAL_S = 0.1


def stream_reply(engine: ChatEngine, messages: Sequence[Message], settings: GenerationSettings,
                 should_stop: Callable[[], bool] = lambda: False) -> Iterator[ReplyEvent]:
    """Fit ``messages`` to the context, stream the reply, end with ``ReplyDone`` and its stop reason: the engine's
    ("end", "length"), "stopped" on ``should_stop``, "loop" where the reply falls into a loop (it ends there)."""
    info = engine.info
    prompt = fit_to_context(messages, engine.count_tokens, engine.truncate_to_tokens, info.context_length,
                            min(settings.max_tokens, info.context_length // 4))
    note = prompt.note()
    started = time.perf_counter()
    first_at = last_at = live_at = 0.0
    live_p50, live_p95 = 0.0, 0.0
    gaps: list[float] = []
    text = ""
    tokens = 0
    reason: StopReason
    pieces = engine.stream(prompt.messages, settings)
    try:
        while True:
            try:
                piece = next(pieces)
            except StopIteration as end:  # the engine's own end: its return value says which
                reason = end.value
                break
            now = time.perf_counter()
            if tokens:
                gaps.append((now - last_at) * 1000)
            else:
                first_at = now
            last_at = now
            tokens += 1
            text += piece
            if now - live_at > LIVE_STATS_INTERVAL_S:  # percentiles are cheap, but not free per token
                (live_p50, live_p95), live_at = percentiles(gaps[-64:], 50, 95), now
            rate = (tokens - 1) / (now - first_at) if now > first_at else 0.0
            yield ReplyPiece(piece, text, tokens, rate, live_p50, live_p95, note)
            if should_stop():
                reason = "stopped"
                break
            if is_looping(text):
                reason = "loop"
                break
    finally:
        pieces.close()  # stops the engine's generation at once
    decode_s = last_at - first_at
    p50, p95 = percentiles(gaps, 50, 95)
    stats = ReplyStats(
        ttft_ms=(first_at - started) * 1000 if tokens else 0.0,
        tokens=tokens,
        tokens_per_s=(tokens - 1) / decode_s if decode_s > 0 else 0.0,
        token_ms_p50=p50, token_ms_p95=p95,
        engine=info.engine, device=info.device, model=info.model_name, placement=info.placement,
        provider=info.provider,
    )
    if tokens > 1:
        SESSION.record("chat_tokens_per_s", stats.tokens_per_s)
        SESSION.record("chat_first_token_ms", stats.ttft_ms)
    yield ReplyDone(text, stats, reason, prompt, settings.max_tokens)
