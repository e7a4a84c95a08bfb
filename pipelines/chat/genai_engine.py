"""The onnxruntime-genai chat engine: a model folder (genai_config.json + ONNX) on the best device that has a
variant of it, bound by the same ranking and fallback as the detector (``pipelines/devices/genai_sessions.py``).

This is the engine that reaches NPUs: onnxruntime-genai runs the model on whatever execution provider its variant
was built for (QNN, OpenVINO, Vitis AI, DirectML, CUDA) and on the CPU. The conversation is formatted by the
model's own chat template; each reply reads the whole conversation anew (a fresh generator), so temperature 0 is
repeatable.
"""

from __future__ import annotations

import json
from collections.abc import Generator, Sequence
from typing import Any

from pipelines.chat.protocol import ChatEngine, EngineInfo, GenerationSettings, Message, StopReason
from pipelines.devices.genai_sessions import GenaiBinding, VariantFor, bind_genai_model, read_config
from pipelines.model_store import model_name, path_size

ENGINE_NAME = "onnxruntime-genai"
WARMUP_PROMPT = [Message("user", "Hi")]
WARMUP_SETTINGS = GenerationSettings(temperature=0.0, max_tokens=4)
WARMUP_CONTEXT = 512


class GenaiChatEngine(ChatEngine):
    """A chat model in onnxruntime-genai; ``binding`` says which device runs it and where its nodes ran."""

    def __init__(self, binding: GenaiBinding, threads: int | None) -> None:
        import onnxruntime_genai as og

        self.binding = binding
        self.tokenizer = og.Tokenizer(binding.model)
        self.context_length = int(read_config(binding.folder)["model"].get("context_length", 2048))
        self._threads = threads
        self._wanted_threads = threads
        info = binding.info
        ran, total = info.nodes_on_chosen_ep()
        self.info = EngineInfo(
            ENGINE_NAME,
            info.device,
            model_name(binding.folder),
            self.context_length,
            path_size(binding.folder),
            info.precision.upper(),
            f"{ran}/{total} nodes on {info.ep}" if total else "",
            info,
        )

    def stream(self, messages: Sequence[Message], settings: GenerationSettings) -> Generator[str, None, StopReason]:
        self._apply_threads()
        return (yield from generate(self.binding.model, self.tokenizer, messages, settings, self.context_length))

    def count_tokens(self, text: str) -> int:
        return len(self.tokenizer.encode(text))

    def truncate_to_tokens(self, text: str, tokens: int) -> str:
        ids = self.tokenizer.encode(text)
        return text if len(ids) <= tokens else self.tokenizer.decode(ids[:tokens])

    def set_threads(self, threads: int) -> None:
        """onnxruntime cannot resize a session's pool: the model is loaded again before the next reply."""
        self._wanted_threads = threads

    def _apply_threads(self) -> None:
        wanted = self._wanted_threads
        if wanted is not None and wanted != self._threads and self.binding.info.device == "CPU":
            self.binding.load_again(wanted)
            self._threads = wanted

    def close(self) -> None:
        self.binding.model = None


def template_ids(tokenizer: Any, messages: Sequence[Message]) -> Any:
    """The conversation in the model's own chat template, as token ids, ready for the answer."""
    template = json.dumps([message.to_dict() for message in messages])
    return tokenizer.encode(tokenizer.apply_chat_template(messages=template, add_generation_prompt=True))


def generate(
    model: Any, tokenizer: Any, messages: Sequence[Message], settings: GenerationSettings, context_length: int
) -> Generator[str, None, StopReason]:
    """The answer to ``messages`` piece by piece, from a fresh generator (closing this stops it at once); "length"
    where it filled ``max_length`` (the end-of-text token is not in the sequence: an answer that ended is shorter)."""
    import onnxruntime_genai as og

    tokens = template_ids(tokenizer, messages)
    params = og.GeneratorParams(model)
    sampling: dict[str, Any] = {"do_sample": settings.temperature > 0, "temperature": max(settings.temperature, 1e-3)}
    if settings.seed is not None:
        sampling["random_seed"] = settings.seed
    max_length = min(context_length, len(tokens) + settings.max_tokens)
    params.set_search_options(max_length=max_length, **sampling)
    generator = og.Generator(model, params)
    decoder = tokenizer.create_stream()
    try:
        generator.append_tokens(tokens)
        while not generator.is_done():
            generator.generate_next_token()
            piece = decoder.decode(generator.get_next_tokens()[0])
            if piece:
                yield piece
        return "length" if len(generator.get_sequence(0)) >= max_length else "end"
    finally:
        del generator


def load_genai_chat(folder_for: VariantFor, forced: str | None = None, threads: int | None = None) -> GenaiChatEngine:
    """Bind the chat model (``folder_for``: the ``VariantFor`` of the catalog model or of a folder the user
    opened) to the best device that runs it, warmed up with a short real reply."""
    import onnxruntime_genai as og

    def warmup(model: Any) -> None:
        list(generate(model, og.Tokenizer(model), WARMUP_PROMPT, WARMUP_SETTINGS, WARMUP_CONTEXT))

    return GenaiChatEngine(bind_genai_model(folder_for, warmup, forced, threads), threads)
