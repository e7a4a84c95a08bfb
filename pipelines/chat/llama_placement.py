"""Where llama.cpp really put a model's layers, read from its own load log (not guessed from the request).

While a model loads, llama.cpp logs one line per layer ("load_tensors: layer 12 assigned to device CUDA0")
and, in GPU builds, a summary ("offloaded 31/31 layers to GPU"). The log is routed to a callback for
the duration of the load and the lines counted; llama-cpp-python's own log handler is put back after.
"""

from __future__ import annotations

import contextlib
import ctypes
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

import llama_cpp

LAYER_LINE = re.compile(r"layer\s+\d+ assigned to device (\w+)")
OFFLOADED_LINE = re.compile(r"offloaded (\d+)/(\d+) layers to GPU")


@dataclass(frozen=True)
class LayerPlacement:
    """Layers per device ('CPU', 'CUDA0', 'Metal', 'Vulkan0'...), and llama.cpp's own offload summary."""

    layers: dict[str, int] = field(default_factory=dict)
    offloaded: str = ""  # "31/31" in GPU builds, "" where llama.cpp printed no summary

    def describe(self) -> str:
        """E.g. '31/31 layers on CUDA0' or '31 layers on CPU'."""
        if not self.layers:
            return "layer placement not reported"
        total = sum(self.layers.values())
        return ", ".join(f"{count}/{total} layers on {device}" for device, count in self.layers.items())


def parse_load_log(text: str) -> LayerPlacement:
    counts = Counter(LAYER_LINE.findall(text))
    offloaded = OFFLOADED_LINE.search(text)
    return LayerPlacement(dict(counts.most_common()), f"{offloaded[1]}/{offloaded[2]}" if offloaded else "")


_LINES: list[str] = []


@llama_cpp.llama_log_callback
def _collect(level: int, text: bytes, user_data: ctypes.c_void_p) -> None:
    _LINES.append(text.decode("utf-8", errors="replace"))


@contextlib.contextmanager
def load_log_captured(into: list[LayerPlacement]) -> Iterator[None]:
    """Collect llama.cpp's log while a model loads; its placement is appended to ``into``. The caller
    holds ``STDIO_SWAP_LOCK`` (one load at a time)."""
    _LINES.clear()
    llama_cpp.llama_log_set(_collect, ctypes.c_void_p(0))
    try:
        yield
    finally:
        from llama_cpp import _logger  # llama-cpp-python's handler (prints only when verbose)

        llama_cpp.llama_log_set(_logger.llama_log_callback, ctypes.c_void_p(0))
        into.append(parse_load_log("".join(_LINES)))
        _LINES.clear()
