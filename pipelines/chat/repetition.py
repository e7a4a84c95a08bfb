"""Small models fall into loops: greedy SmolLM2-135M answers "What does NPU stand for?" with
"Ultra-Resistant-Ultra-Resistant-..." and "List ten fruits." with "37. Oranges\\n38. Oranges\\n..." until its token
limit, 10-15 s of nonsense on a booth screen. ``is_looping`` sees such a tail so the reply can stop there.

A loop is the end of the answer repeating one stretch of text back to back, at least ``MIN_REPEATS`` times and over
at least ``MIN_LOOP_CHARS`` characters, digits counted as alike (numbered lines of the same item are a loop), and the
stretch holds a letter (counting "1, 2, 3, ..." is not a loop).
"""

from __future__ import annotations

from pipelines.phrases import QT_TRANSLATE_NOOP

MAX_PERIOD_CHARS = 200  # the longest repeating stretch looked for: a sentence or two
MIN_REPEATS = 3
MIN_LOOP_CHARS = 120  # "!!!!!!" or "......" in a normal answer is not a loop
LOOP_NOTE = QT_TRANSLATE_NOOP("Pipelines", "stopped: the model began repeating itself")
_DIGITS_ALIKE = str.maketrans("123456789", "000000000")
_TAIL_CHARS = max(MAX_PERIOD_CHARS * MIN_REPEATS, MIN_LOOP_CHARS) + MAX_PERIOD_CHARS


def is_looping(text: str) -> bool:
    """Whether ``text`` ends in a loop (cheap enough to ask after every token: it reads the last ~800 characters)."""
    tail = text[-_TAIL_CHARS:].translate(_DIGITS_ALIKE)
    for period in range(1, min(MAX_PERIOD_CHARS, len(tail) // MIN_REPEATS) + 1):
        if tail[-1] != tail[-1 - period]:
            continue  # the usual case, decided by one character
        span = max(period * MIN_REPEATS, MIN_LOOP_CHARS)
        window = tail[-span:]
        if len(window) == span and window[period:] == window[:-period] and any(c.isalpha() for c in window[-period:]):
            return True
    return False
