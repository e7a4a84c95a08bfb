"""How fast a chat engine streams here: tokens per second of short greedy replies, bounded in time. Auto's engine
choice (``loading.py``) and the model picker's fluency check (``model_choice.py``) measure alike."""

from __future__ import annotations

import time
from collections.abc import Callable

from pipelines.chat.protocol import ChatEngine, GenerationSettings, Message
from pipelines.chat.reply import ReplyDone, stream_reply
from pipelines.phrases import QT_TRANSLATE_NOOP, Figure, Phrase

MEASURE_TOKENS = 32
MEASURE_REPLIES = 3  # the first warms up; the better of the others counts
MEASURE_BUDGET_S = 8.0  # an engine this slow here has lost already: its rate so far counts, the question waits no more
QUESTION = [Message("user", "Name three uses of a laptop camera.")]
TOKENS_PER_S = QT_TRANSLATE_NOOP("Pipelines", "{rate} tokens/s")


def tokens_per_s(rate: float) -> Phrase:
    """A rate as reasons show it, '107 tokens/s' in the window's digits; under one '<1 tokens/s' (one crawling beside
    a busy CPU said '0 tokens/s')."""
    return Phrase(TOKENS_PER_S, rate=Figure(rate) if rate >= 1 else "<1")


def reply_rate(engine: ChatEngine, should_stop: Callable[[], bool] = lambda: False) -> float:
    """Tokens/s of ``engine``: the better of two short greedy replies after one to warm up (the first reply after a
    load pages the weights in). Bounded by ``MEASURE_BUDGET_S`` (an engine crawling on a busy CPU, llama.cpp's
    per-token barrier at 1.3 tokens/s with two threads beside another busy process on 2 cores, took 90 s for the
    three replies: it is cut short and scored by what it managed) and by ``should_stop``."""
    settings = GenerationSettings(temperature=0.0, max_tokens=MEASURE_TOKENS, seed=0, fresh=True)
    deadline = time.monotonic() + MEASURE_BUDGET_S

    def enough() -> bool:
        return should_stop() or time.monotonic() > deadline

    rates: list[float] = []
    while len(rates) < MEASURE_REPLIES and not (rates and enough()):
        replies = stream_reply(engine, QUESTION, settings, should_stop=enough)
        rates.append(next(e for e in replies if isinstance(e, ReplyDone)).stats.tokens_per_s)
    return max(rates[1:] or rates)
