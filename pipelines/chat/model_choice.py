"""Which chat model a machine gets by default: the best one it runs at a fluent speed.

The installers carry an instruction model of 1-2 B parameters for the booth (the release workflow
downloads it: ``BOOTH_MODEL_FILE`` in the models folder) beside the bundled SmolLM2-135M, which stays
the model for development and CI. The larger model answers a passer-by far better (``bench chat
--quality``) but a slow laptop may not stream it fluently; each candidate's speed is measured once
(a short greedy reply) and remembered, and the best-answering one at ``FLUENT_TOKENS_PER_S`` or more
is chosen, else the fastest. The reason is shown in the model picker.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from pipelines.chat.protocol import ChatEngine
from pipelines.chat.speed import tokens_per_s
from pipelines.model_store import model_status, models_dir
from pipelines.models import CATALOG, DEFAULT_CHAT_MODEL
from pipelines.phrases import QT_TRANSLATE_NOOP, Phrase

FLUENT_TOKENS_PER_S = 15.0  # about three times reading speed
BOOTH_MODEL_FILE = "qwen2.5-1.5b-instruct-q4_k_m.gguf"


@dataclass(frozen=True)
class ChatCandidate:
    """A chat model present here; ``path`` None is the bundled default."""

    label: str
    path: Path | None


def candidates() -> list[ChatCandidate]:
    """The chat models present, best answers first."""
    found = []
    booth = models_dir() / BOOTH_MODEL_FILE
    if booth.is_file():
        found.append(ChatCandidate("Qwen2.5-1.5B-Instruct (installer)", booth))
    if model_status(CATALOG[DEFAULT_CHAT_MODEL]).ready:
        found.append(ChatCandidate("SmolLM2-135M-Instruct (bundled)", None))
    return found


ONLY_MODEL = QT_TRANSLATE_NOOP("Pipelines", "the only chat model here")
FLUENT = QT_TRANSLATE_NOOP("Pipelines", "the best model this machine streams fluently: {rate} (fluent from {fluent})")
NONE_FLUENT = QT_TRANSLATE_NOOP("Pipelines", "no model reaches {fluent} here; the fastest: {rate}")


def choose(options: list[ChatCandidate], speed: Callable[[ChatCandidate], float]) -> tuple[ChatCandidate, str]:
    """The first of ``options`` (best answers first) that streams fluently here, else the fastest; and why.
    ``speed`` gives a candidate's tokens/s (measured once and remembered by the caller)."""
    if len(options) == 1:
        return options[0], Phrase(ONLY_MODEL)
    rates = {option.label: speed(option) for option in options}
    fluent = tokens_per_s(FLUENT_TOKENS_PER_S)
    for option in options:
        if rates[option.label] >= FLUENT_TOKENS_PER_S:
            return option, Phrase(FLUENT, rate=tokens_per_s(rates[option.label]), fluent=fluent)
    fastest = max(options, key=lambda option: rates[option.label])
    return fastest, Phrase(NONE_FLUENT, fluent=fluent, rate=tokens_per_s(rates[fastest.label]))


def model_speed(model: Path | None, should_stop: Callable[[], bool]) -> float:
    """Tokens/s of ``model`` (None: the bundled one) in a child process, as the app runs it (``speed.reply_rate``);
    ``should_stop`` ends the load or the replies early (the window closed)."""
    from pipelines.chat.hosted import load_hosted_engine_steps
    from pipelines.chat.loading import AUTO, LLAMA_CPP
    from pipelines.chat.speed import reply_rate

    *_, engine = load_hosted_engine_steps(LLAMA_CPP if model is not None else AUTO, model, should_stop=should_stop)
    assert isinstance(engine, ChatEngine), "load_hosted_engine_steps ends with the engine"
    try:
        return reply_rate(engine, should_stop)
    finally:
        engine.close()


def remembered_speed(
    store: Mapping[str, float], measure: Callable[[ChatCandidate], float]
) -> Callable[[ChatCandidate], float]:
    """``speed`` for ``choose``: from ``store`` (by label) when measured before, else measured now (and kept in it)."""

    def speed(option: ChatCandidate) -> float:
        if option.label not in store:
            store[option.label] = measure(option)  # type: ignore[index]
        return store[option.label]

    return speed
