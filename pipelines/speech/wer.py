"""Word error rate: (substitutions + deletions + insertions) / reference words, case and punctuation ignored; the
character error rate for languages written without spaces (Chinese, Japanese), where words are not marked."""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

SPELLINGS = {"mr": "mister", "mrs": "missus", "dr": "doctor"}


def normalise(text: str) -> list[str]:
    words = re.sub(r"[^\w' ]+|_", " ", text.lower().replace("-", " ")).split()  # letters of every alphabet
    return [SPELLINGS.get(word, word) for word in words]


def _error_rate(ref: Sequence[str], hyp: Sequence[str]) -> float:
    if not ref:
        return float(bool(hyp))
    distance = np.arange(len(hyp) + 1)
    for i, word in enumerate(ref, start=1):
        previous, distance = distance, np.empty_like(distance)
        distance[0] = i
        for j, guess in enumerate(hyp, start=1):
            distance[j] = min(previous[j] + 1, distance[j - 1] + 1, previous[j - 1] + (word != guess))
    return float(distance[-1]) / len(ref)


def word_error_rate(reference: str, hypothesis: str) -> float:
    return _error_rate(normalise(reference), normalise(hypothesis))


def character_error_rate(reference: str, hypothesis: str) -> float:
    """Edits per reference character, spaces and punctuation left out."""
    return _error_rate("".join(normalise(reference)), "".join(normalise(hypothesis)))
