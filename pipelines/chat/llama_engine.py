"""The default chat engine: llama.cpp through llama-cpp-python, all layers on the GPU when it can.

The model's own chat template formats the conversation (``create_chat_completion``). Before loading,
the file is checked: present, a GGUF file, and small enough for the memory that is free.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Generator, Sequence
from pathlib import Path
from typing import Any, TypeVar

from pipelines.chat.decode_thread import DecodeThread
from pipelines.chat.llama_amx import has_amx, without_extra_buffers
from pipelines.chat.protocol import ChatEngine, EngineInfo, GenerationSettings, Message, StopReason, stop_reason_of
from pipelines.errors import ModelError, first_line
from pipelines.machine.memory import available_memory_bytes
from pipelines.model_store import MODEL_FILE_NOT_FOUND
from pipelines.names import Pipeline
from pipelines.phrases import QT_TRANSLATE_NOOP, Figure, Phrase
from pipelines.runtime.core_split import alone_threads
from pipelines.runtime.stdio_lock import STDIO_SWAP_LOCK

T = TypeVar("T")
GGUF_MAGIC = b"GGUF"
DEFAULT_CONTEXT = 2048
MEMORY_MARGIN_BYTES = 256 * 1024 * 1024  # KV cache and scratch buffers of a small context
FILE_TYPES = {
    0: "F32",
    1: "F16",
    2: "Q4_0",
    3: "Q4_1",
    7: "Q8_0",
    8: "Q5_0",
    9: "Q5_1",
    10: "Q2_K",
    11: "Q3_K_S",
    12: "Q3_K_M",
    13: "Q3_K_L",
    14: "Q4_K_S",
    15: "Q4_K_M",
    16: "Q5_K_S",
    17: "Q5_K_M",
    18: "Q6_K",
    32: "BF16",
}
GPU_BACKENDS = ("CUDA", "METAL", "VULKAN", "HIP", "SYCL")
EXPECTED_GGUF = QT_TRANSLATE_NOOP("Pipelines", "expected a GGUF file")
NOT_GGUF = QT_TRANSLATE_NOOP("Pipelines", "Not a GGUF model: {path}")
NEEDS_GGUF = QT_TRANSLATE_NOOP("Pipelines", "llama.cpp needs a .gguf file")
TOO_BIG = QT_TRANSLATE_NOOP("Pipelines", "{name} needs about {needed} GiB but only {free} GiB of memory is free")
FREE_MEMORY = QT_TRANSLATE_NOOP("Pipelines", "close other apps or pick a smaller model")
LLAMA_CANNOT_LOAD = QT_TRANSLATE_NOOP("Pipelines", "llama.cpp could not load {path}")


def check_gguf_file(path: Path) -> int:
    """Fail with the path and what was expected on a missing, empty, non-GGUF or too-large file."""
    if not path.is_file():
        raise ModelError(Phrase(MODEL_FILE_NOT_FOUND, path=str(path)), Phrase(EXPECTED_GGUF))
    size = path.stat().st_size
    with path.open("rb") as handle:
        magic = handle.read(4)
    if magic != GGUF_MAGIC:
        raise ModelError(Phrase(NOT_GGUF, path=str(path)), Phrase(NEEDS_GGUF))
    free = available_memory_bytes()
    if free is not None and size + MEMORY_MARGIN_BYTES > free:
        needed, free_gib = Figure((size + MEMORY_MARGIN_BYTES) / 2**30, 1), Figure(free / 2**30, 1)
        raise ModelError(Phrase(TOO_BIG, name=path.name, needed=needed, free=free_gib), Phrase(FREE_MEMORY))
    return size


def gpu_device(llama_cpp) -> str:
    """'CPU' unless this llama.cpp build can offload layers; then the backend it was built with."""
    if not llama_cpp.llama_supports_gpu_offload():
        return "CPU"
    system = llama_cpp.llama_print_system_info().decode(errors="replace").upper()
    backend = next((name for name in GPU_BACKENDS if name in system), "GPU")
    return f"GPU ({backend.title() if backend != 'CUDA' else backend})"


class LlamaCppEngine(ChatEngine):
    """A GGUF model loaded in llama.cpp."""

    def __init__(self, path: Path, context_length: int = DEFAULT_CONTEXT, threads: int | None = None) -> None:
        size = check_gguf_file(path)
        import llama_cpp

        from pipelines.chat.llama_placement import load_log_captured

        device = gpu_device(llama_cpp)
        placement: list = []
        self._threads = self._wanted_threads = threads or alone_threads(Pipeline.CHAT)

        def load() -> llama_cpp.Llama:
            # verbose=False makes llama-cpp-python silence fds 1 and 2 while it loads; its log still reaches our
            # callback
            plain_buffers = without_extra_buffers(llama_cpp.llama_cpp) if has_amx() else contextlib.nullcontext()
            with STDIO_SWAP_LOCK, load_log_captured(placement), plain_buffers:
                return llama_cpp.Llama(
                    model_path=str(path),
                    n_ctx=context_length,
                    n_gpu_layers=-1 if device != "CPU" else 0,
                    n_threads=self._threads,
                    n_threads_batch=self._threads,
                    verbose=False,
                )

        self._decoder = DecodeThread(f"llama.cpp:{path.stem}")
        try:
            self._llama = self._decoder.call(load)
        except (ValueError, RuntimeError) as error:
            self._decoder.close()
            raise ModelError(Phrase(LLAMA_CANNOT_LOAD, path=str(path)), first_line(error)) from error
        metadata = self._llama.metadata
        file_type = metadata.get("general.file_type", "")
        self.info = EngineInfo(
            engine="llama.cpp",
            device=device,
            model_name=path.stem,
            context_length=self._llama.n_ctx(),
            size_bytes=size,
            quantization=FILE_TYPES.get(int(file_type), f"type {file_type}") if file_type.isdigit() else "",
            placement=placement[0].describe(),
        )

    def set_threads(self, threads: int) -> None:
        self._wanted_threads = max(1, threads)  # applied between replies, never under a decode in flight

    def stream(self, messages: Sequence[Message], settings: GenerationSettings) -> Generator[str, None, StopReason]:
        def produce() -> Generator[str, None, StopReason]:
            if self._wanted_threads != self._threads:
                self._threads = self._wanted_threads
                self._llama._ctx.set_n_threads(self._threads, self._threads)
            if settings.fresh:
                self._llama.reset()  # no cached prefix: the prompt is evaluated in the same batches every time
            # llama-cpp-python's stubs type the stream loosely (a response or an iterator): read it as data.
            turns: Any = [m.to_dict() for m in messages]
            chunks: Any = self._llama.create_chat_completion(
                messages=turns,
                temperature=settings.temperature,
                max_tokens=settings.max_tokens,
                seed=settings.seed,
                stream=True,
            )
            finish_reason = None
            try:
                for chunk in chunks:
                    choice = chunk["choices"][0]
                    text, finish_reason = choice["delta"].get("content"), choice["finish_reason"]
                    if text:
                        yield text
            finally:
                chunks.close()
            return stop_reason_of(finish_reason)

        return self._decoder.stream(produce)

    def count_tokens(self, text: str) -> int:
        return len(self._llama.tokenize(text.encode("utf-8"), add_bos=False, special=False))

    def truncate_to_tokens(self, text: str, tokens: int) -> str:
        ids = self._llama.tokenize(text.encode("utf-8"), add_bos=False, special=False)
        return self._llama.detokenize(ids[:tokens]).decode("utf-8", errors="ignore")

    def raw(self):
        """The underlying ``llama_cpp.Llama`` (the bench compares against it, through ``on_decode_thread``)."""
        return self._llama

    def on_decode_thread(self, function: Callable[[], T]) -> T:
        """``function()`` on the thread every llama.cpp call of this engine runs on."""
        return self._decoder.call(function)

    def close(self) -> None:
        self._decoder.call(self._llama.close)
        self._decoder.close()
