"""Choosing and loading a chat engine: llama.cpp by default, MLC LLM when it is installed."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from pipelines.chat.engine import ChatEngine
from pipelines.chat.mlc_engine import MlcEngine, mlc_unavailable_reason
from pipelines.engine_support import installed, pipeline_unavailable
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


@dataclass(frozen=True)
class LoadProgress:
    """How much of the model file has been read (0..1)."""

    fraction: float


READ_BLOCK = 8 << 20


def _read_through(path: Path) -> Iterator[LoadProgress]:
    """Read the file once, reporting how far: the OS then has it cached and the engine's load is quick."""
    size = max(1, path.stat().st_size)
    done = 0
    with path.open("rb") as handle:
        while block := handle.read(READ_BLOCK):
            done += len(block)
            yield LoadProgress(done / size)


def load_engine_steps(engine: str = LLAMA_CPP, model: Path | None = None, device: str = "auto",
                      threads: int | None = None) -> Iterator[LoadProgress | ChatEngine]:
    """Load ``model`` (default: the bundled SmolLM2) in the named engine: progress, then the engine
    (``threads``: llama.cpp's CPU threads, None: one per core)."""
    if engine == LLAMA_CPP:
        if not installed("llama_cpp"):
            raise ShowcaseError(f"llama.cpp cannot run on this machine: {pipeline_unavailable('chat') or 'llama-cpp-python is not installed'}")
        from pipelines.chat.llama_engine import LlamaCppEngine, check_gguf_file

        path = resolve_model(DEFAULT_CHAT_MODEL, model)
        check_gguf_file(path)  # a wrong file fails before reading 100 MB of it
        yield from _read_through(path)
        yield LlamaCppEngine(path, threads=threads)
    elif engine == MLC:
        if model is None:
            raise ShowcaseError("MLC LLM needs a compiled model folder", "pass --model DIR")
        yield MlcEngine(model, device)
    else:
        raise ShowcaseError(f"Unknown chat engine '{engine}'", f"use {LLAMA_CPP} or {MLC}")


def load_engine(engine: str = LLAMA_CPP, model: Path | None = None, device: str = "auto", threads: int | None = None) -> ChatEngine:
    """Load without progress reports (CLI, bench)."""
    *_, loaded = load_engine_steps(engine, model, device, threads)
    return loaded
