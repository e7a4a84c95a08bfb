"""One lock for the code that swaps the process's stdout/stderr while loading a model.

onnxruntime prints its provider fallback, and llama-cpp-python points file descriptors 1 and 2 at
/dev/null while it loads. Two threads doing that at once restore each other's streams in the wrong
order and leave stdout pointing nowhere; holding this lock around both keeps them in turn.
"""

import threading

STDIO_SWAP_LOCK = threading.Lock()
