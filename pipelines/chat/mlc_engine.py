"""The MLC LLM engine, used when the ``mlc_llm`` package is importable (it is not on PyPI).

Install MLC LLM from its own wheels (see the README), compile or download a model folder with
``mlc_llm``, and open that folder in the Chat panel or pass it as ``--model`` with ``--engine mlc``.
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Generator, Sequence
from pathlib import Path

from pipelines.chat.protocol import ChatEngine, EngineInfo, GenerationSettings, Message, StopReason, stop_reason_of
from pipelines.errors import ModelError, ProviderError, first_line
from pipelines.phrases import QT_TRANSLATE_NOOP, Phrase
from pipelines.runtime.engine_support import installed

CHARS_PER_TOKEN = 3.5  # MLC's Python API exposes no tokenizer; a conservative estimate for trimming
DEFAULT_CONTEXT = 4096
MLC_CONFIG = "mlc-chat-config.json"  # in every folder MLC LLM compiled
MLC_MISSING = QT_TRANSLATE_NOOP("Pipelines", "MLC LLM is not installed ({error})")
MLC_INSTALL_HINT = "install MLC LLM from its own wheels, see the README"


def mlc_unavailable_reason() -> str:
    """'' when MLC LLM is installed here, else why not (the engine picker asks on the UI thread: MLC's runtime is
    not loaded to tell; the engine's own import, in its child process, says what else may be wrong)."""
    return "" if installed("mlc_llm") else Phrase(MLC_MISSING, error="No module named 'mlc_llm'")


class MlcEngine(ChatEngine):
    """A compiled MLC model folder served by ``mlc_llm.MLCEngine``."""

    def __init__(self, model: Path, device: str = "auto") -> None:
        try:
            mlc_llm = importlib.import_module("mlc_llm")
        except ImportError as error:
            raise ProviderError(Phrase(MLC_MISSING, error=str(error)), MLC_INSTALL_HINT) from error
        if not model.is_dir():
            raise ModelError(f"MLC model folder not found: {model}", "expected a folder compiled by mlc_llm")

        self._model = str(model)
        try:
            self._engine = mlc_llm.MLCEngine(self._model, device=device, model_lib=None, mode="local")
        except ValueError as error:
            raise ProviderError(f"MLC LLM cannot use device '{device}'", first_line(error)) from error
        config = model / MLC_CONFIG
        context = DEFAULT_CONTEXT
        if config.is_file():
            context = int(json.loads(config.read_text(encoding="utf-8")).get("context_window_size", DEFAULT_CONTEXT))
        self.info = EngineInfo(engine="MLC LLM", device=device, model_name=model.name, context_length=context,
                               size_bytes=sum(f.stat().st_size for f in model.rglob("*") if f.is_file()))

    def stream(self, messages: Sequence[Message], settings: GenerationSettings) -> Generator[str, None, StopReason]:
        response = self._engine.chat.completions.create(
            messages=[m.to_dict() for m in messages], model=self._model, stream=True,
            temperature=settings.temperature, max_tokens=settings.max_tokens, seed=settings.seed,
        )
        finish_reason = None
        for chunk in response:
            for choice in chunk.choices:
                finish_reason = choice.finish_reason or finish_reason
                if choice.delta.content:
                    yield choice.delta.content
        return stop_reason_of(finish_reason)

    def count_tokens(self, text: str) -> int:
        return int(len(text) / CHARS_PER_TOKEN) + 1

    def truncate_to_tokens(self, text: str, tokens: int) -> str:
        return text[: int(tokens * CHARS_PER_TOKEN)]

    def close(self) -> None:
        self._engine.terminate()
