"""The CUDA and cuDNN libraries that onnxruntime-gpu's CUDA and TensorRT providers (and onnxruntime-genai's CUDA
build) link to, loaded from NVIDIA's pip packages (those the ``cuda`` extra names bring them) before the first CUDA
session.

Without this the providers find them only on the system's library path (a CUDA toolkit install): the session falls
back to the CPU with "libcublasLt.so.13: cannot open shared object file". onnxruntime's own ``preload_dlls`` knows
where each package puts its libraries; where they are missing it loads nothing and the provider says why.
"""

from __future__ import annotations

import contextlib
import io
import logging
from functools import cache

import onnxruntime as ort

from pipelines.runtime.stdio_lock import STDIO_SWAP_LOCK

NEEDS_CUDA_LIBRARIES = frozenset({"CUDAExecutionProvider", "TensorrtExecutionProvider"})
log = logging.getLogger(__name__)


@cache
def load_cuda_libraries() -> None:
    """Load CUDA and cuDNN once per process from the NVIDIA pip packages (no-op where onnxruntime has no CUDA)."""
    preload = getattr(ort, "preload_dlls", None)  # onnxruntime-gpu 1.21 and newer
    if preload is None:
        return
    said = io.StringIO()
    # Its warnings are print()s: kept out of --json output, the stream swapped in turn with the other loaders'.
    with STDIO_SWAP_LOCK, contextlib.redirect_stdout(said):
        try:
            preload()
        except OSError as error:
            log.warning("CUDA libraries not preloaded: %s", error)
    if said.getvalue().strip():
        log.info("onnxruntime.preload_dlls: %s", said.getvalue().strip())


def prepare_provider(ep: str) -> None:
    """Whatever ``ep`` needs loaded before a session is made with it."""
    if ep in NEEDS_CUDA_LIBRARIES:
        load_cuda_libraries()
