"""The code that swaps the process's stdout/stderr while loading a model, and one lock for all of it.

onnxruntime prints its provider fallback (to Python's stdout, or from C++ straight to file descriptor 2),
and llama-cpp-python points file descriptors 1 and 2 at /dev/null while it loads. Two threads doing
that at once restore each other's streams in the wrong order and leave stdout pointing nowhere;
holding this lock around all of them keeps them in turn.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
import threading
from collections.abc import Iterator

STDIO_SWAP_LOCK = threading.Lock()


@contextlib.contextmanager
def native_stderr_captured(into: list[str]) -> Iterator[None]:
    """Send what native code writes to file descriptor 2 into ``into`` (one string) instead of the
    terminal; the caller holds ``STDIO_SWAP_LOCK``."""
    sys.stderr.flush()
    saved = os.dup(2)
    with tempfile.TemporaryFile(mode="w+b") as sink:
        os.dup2(sink.fileno(), 2)
        try:
            yield
        finally:
            os.dup2(saved, 2)
            os.close(saved)
            sink.seek(0)
            into.append(sink.read().decode("utf-8", "replace"))
