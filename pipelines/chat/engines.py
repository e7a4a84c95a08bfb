"""Choosing and loading a chat engine: llama.cpp by default, MLC LLM when it is installed."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pipelines.chat.engine import ChatEngine
from pipelines.chat.mlc_engine import MlcEngine, mlc_unavailable_reason
from pipelines.errors import ShowcaseError
from pipelines.models import DEFAULT_CHAT_MODEL, resolve_model

LLAMA_CPP = "llama.cpp"
MLC = "mlc"


@dataclass(frozen=True)
class EngineChoice:
    """An engine the picker lists, and why it cannot be used here when it cannot."""

    key: str
    label: str
    unavailable_reason: str = ""


def engine_choices() -> list[EngineChoice]:
    return [EngineChoice(LLAMA_CPP, "llama.cpp (GGUF)"), EngineChoice(MLC, "MLC LLM (compiled model folder)", mlc_unavailable_reason())]


def load_engine(engine: str = LLAMA_CPP, model: Path | None = None, device: str = "auto") -> ChatEngine:
    """Load ``model`` (default: the bundled SmolLM2) in the named engine."""
    if engine == LLAMA_CPP:
        from pipelines.chat.llama_engine import LlamaCppEngine

        return LlamaCppEngine(resolve_model(DEFAULT_CHAT_MODEL, model))
    if engine == MLC:
        if model is None:
            raise ShowcaseError("MLC LLM needs a compiled model folder", "pass --model DIR")
        return MlcEngine(model, device)
    raise ShowcaseError(f"Unknown chat engine '{engine}'", f"use {LLAMA_CPP} or {MLC}")
