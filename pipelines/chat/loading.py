"""Choosing and loading a chat engine: llama.cpp by default, MLC LLM when it is installed."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path

from pipelines.chat.mlc_engine import MLC_CONFIG, MlcEngine, mlc_unavailable_reason
from pipelines.chat.protocol import ChatEngine
from pipelines.chat.speed import reply_rate, tokens_per_s
from pipelines.devices.engine_choice import EngineDecision, choose_installed_engine
from pipelines.devices.requests import DEVICE_PREFIX, self_placing
from pipelines.errors import ModelError, ShowcaseError
from pipelines.model_store import resolve_model
from pipelines.models import DEFAULT_CHAT_MODEL
from pipelines.phrases import QT_TRANSLATE_NOOP, Phrase
from pipelines.runtime.engine_support import GENAI, LLAMA_CPP, MLC, cannot_run, chat_engine_missing, installed

AUTO = "auto"  # the engine that reaches this machine's NPU or GPU, else the faster one here (measured once)
SELF_PLACING = {LLAMA_CPP: "llama.cpp", MLC: "MLC LLM"}  # the engines that place their model themselves, by name
MLC_NEEDS_FOLDER = QT_TRANSLATE_NOOP("Pipelines", "MLC LLM needs a compiled model folder")
OPEN_MLC_FOLDER = QT_TRANSLATE_NOOP("Pipelines", "open one with Open model folder... (--model DIR)")
MADE_FOR_FILE = QT_TRANSLATE_NOOP("Pipelines", "the engine this model file is made for")
NOT_CHAT_FOLDER = QT_TRANSLATE_NOOP("Pipelines", "{folder} is not a chat model folder")
CHAT_MODELS = QT_TRANSLATE_NOOP(
    "Pipelines", "pick a GGUF file for llama.cpp, an onnxruntime-genai folder with genai_config.json or a compiled MLC "
    "LLM folder with mlc-chat-config.json"
)


@dataclass(frozen=True)
class EngineChoice:
    """An engine the picker lists, and why it cannot be used here when it cannot."""

    key: str
    label: str
    unavailable_reason: str = ""


def engine_choices() -> list[EngineChoice]:
    return [
        EngineChoice(AUTO, "Auto: the NPU / GPU engine, else the faster here"),
        EngineChoice(GENAI, "onnxruntime-genai (NPU / GPU / CPU)", "" if installed("onnxruntime_genai") else
                     "onnxruntime-genai is not installed"),
        EngineChoice(LLAMA_CPP, "llama.cpp (GGUF)", "" if installed("llama_cpp") else
                     "llama-cpp-python is not installed (pip install edge-ai-showcase[llama])"),
        EngineChoice(MLC, "MLC LLM (compiled model folder)", mlc_unavailable_reason()),
    ]


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


def _engine_for(model: Path | None) -> str:
    """The engine a model the user opened is for: a GGUF file is llama.cpp's, a genai folder onnxruntime-genai's, a
    compiled MLC LLM folder MLC's; any other folder is one line that says what a chat model folder holds."""
    if model is not None and (model / "genai_config.json").is_file():
        return GENAI
    if model is not None and (model / MLC_CONFIG).is_file():
        return MLC
    if model is not None and model.is_dir():
        raise ModelError(Phrase(NOT_CHAT_FOLDER, folder=str(model)), Phrase(CHAT_MODELS))
    return LLAMA_CPP


def placed_by_itself(engine: str, model: Path | None) -> str:
    """The name of the engine that places ``model`` itself (llama.cpp, MLC LLM; under Auto a GGUF file is llama.cpp's
    and a compiled MLC folder MLC LLM's), '' where the device asked for decides (the Device lists grey out)."""
    if engine == AUTO and model is not None:
        try:
            engine = _engine_for(model)
        except ModelError:
            return ""  # not a chat model folder: its load says so
    return SELF_PLACING.get(engine, "")


def _measured_speed(engine: str, threads: int | None) -> float:
    """Tokens/s of the bundled model in ``engine``, in this process (``speed.reply_rate``)."""
    loaded = load_engine(engine, threads=threads)
    try:
        return reply_rate(loaded)
    finally:
        loaded.close()


def chosen_engine(model: Path | None, threads: int | None = None) -> EngineDecision:
    """The engine for ``model`` (a user's file decides by its kind); for the bundled model the engine that reaches
    an NPU or GPU here, else the faster installed one on this CPU (measured once, remembered)."""
    if model is not None:
        return EngineDecision(_engine_for(model), Phrase(MADE_FOR_FILE))
    return choose_installed_engine(
        DEFAULT_CHAT_MODEL, (GENAI, LLAMA_CPP), chat_engine_missing, partial(_measured_speed, threads=threads),
        tokens_per_s,
    )


def load_engine_steps(
    engine: str = AUTO, model: Path | None = None, device: str = "auto", threads: int | None = None
) -> Iterator[LoadProgress | ChatEngine]:
    """Load ``model`` (default: the bundled SmolLM2) in the named engine (``auto``: ``chosen_engine``, or
    onnxruntime-genai where ``device`` asks for a placement): progress, then the engine (``threads``: the engine's
    CPU threads, None: one per core)."""
    why = ""
    if engine == AUTO and device != "auto" and model is None:
        engine = GENAI  # the one engine a placement (provider or device type) can place
    elif engine == AUTO:
        decision = chosen_engine(model, threads)
        engine, why = decision.engine, decision.why
        if device != "auto" and engine == MLC:  # a placement asked of Auto is onnxruntime-genai's, not MLC's devices
            raise self_placing(SELF_PLACING[MLC])
    for step in _load_steps(engine, model, device, threads):
        if isinstance(step, ChatEngine) and why:
            step.info = replace(step.info, why=why)
        yield step


def _load_steps(
    engine: str, model: Path | None, device: str, threads: int | None
) -> Iterator[LoadProgress | ChatEngine]:
    missing = chat_engine_missing(engine) if engine in (GENAI, LLAMA_CPP) else ""
    if missing:
        raise cannot_run(engine, missing)
    if engine == LLAMA_CPP:
        from pipelines.chat.llama_engine import LlamaCppEngine, check_gguf_file

        if device != "auto":
            raise self_placing(SELF_PLACING[LLAMA_CPP])
        path = resolve_model(DEFAULT_CHAT_MODEL, model)
        check_gguf_file(path)  # a wrong file fails before reading 100 MB of it
        yield from _read_through(path)
        yield LlamaCppEngine(path, threads=threads)
    elif engine == GENAI:
        from pipelines.chat.genai_engine import load_genai_chat
        from pipelines.devices.variants import catalog_variants, folder_variants

        variants = folder_variants(model) if model is not None else catalog_variants(DEFAULT_CHAT_MODEL)
        yield load_genai_chat(variants, None if device == "auto" else device, threads)
    elif engine == MLC:
        if model is None:
            raise ShowcaseError(Phrase(MLC_NEEDS_FOLDER), Phrase(OPEN_MLC_FOLDER))
        if device.startswith(DEVICE_PREFIX):  # MLC names its own devices ('vulkan:0', through --provider)
            raise self_placing(SELF_PLACING[MLC])
        yield MlcEngine(model, device)
    else:
        raise ShowcaseError(f"Unknown chat engine '{engine}'", f"use {GENAI}, {LLAMA_CPP} or {MLC}")


def load_engine(
    engine: str = AUTO, model: Path | None = None, device: str = "auto", threads: int | None = None
) -> ChatEngine:
    """Load without progress reports (CLI, bench)."""
    *_, loaded = load_engine_steps(engine, model, device, threads)
    assert isinstance(loaded, ChatEngine), "load_engine_steps ends with the engine"
    return loaded
