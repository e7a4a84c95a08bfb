"""llama.cpp's AMX kernels kept out of the load on CPUs that have AMX.

ggml's AMX matrix multiply crashes the process on Xeons with AMX-INT8 (llama-cpp-python 0.3.36 built from source
with GGML_NATIVE: SIGSEGV at ``ldtilecfg`` in ``ggml_backend_amx_mul_mat``, in the first decode, with or without the
process's AMX permission asked first; seen on a 2-core Xeon VM, 2 December 2026). ggml picks that path through its
extra buffer types, so on such a CPU the model loads without them (``use_extra_bufts``: no AMX and no repacked
weights), which llama-cpp-python's ``Llama`` takes from ``llama_model_default_params`` and has no argument for.
Laptops have no AMX: there the defaults stay.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

CPUINFO = Path("/proc/cpuinfo")


def has_amx(cpuinfo: Path = CPUINFO) -> bool:
    """The CPU reports AMX-INT8 (Linux's CPU flags; False where the file is absent: Windows, macOS)."""
    try:
        text = cpuinfo.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False
    return any(line.startswith("flags") and "amx_int8" in line.split() for line in text.splitlines())


@contextlib.contextmanager
def without_extra_buffers(bindings: Any) -> Iterator[None]:
    """While a model loads (under the caller's lock): llama.cpp's default model parameters with its extra buffer
    types off. ``bindings`` is ``llama_cpp.llama_cpp``, where ``Llama`` looks the defaults up."""
    defaults = bindings.llama_model_default_params

    def plain_buffers():
        params = defaults()
        params.use_extra_bufts = False
        return params

    bindings.llama_model_default_params = plain_buffers
    try:
        yield
    finally:
        bindings.llama_model_default_params = defaults
