"""Word error rate: (substitutions + deletions + insertions) / reference words, case and punctuation ignored."""

from __future__ import annotations

import re

import numpy as np

SPELLINGS = {"mr": "mister", "mrs": "missus", "dr": "doctor"}


def normalise(text: str) -> list[str]:
    words = re.sub(r"[^a-z0-9' ]+", " ", text.lower().replace("-", " ")).split()
    return [SPELLINGS.get(word, word) for word in words]


def word_error_rate(reference: str, hypothesis: str) -> float:
    ref, hyp = normalise(reference), normalise(hypothesis)
    if not ref:
        return float(bool(hyp))
    distance = np.arange(len(hyp) + 1)
    for i, word in enumerate(ref, start=1):
        previous, distance = distance, np.empty_like(distance)
        distance[0] = i
        for j, guess in enumerate(hyp, start=1):
            distance[j] = min(previous[j] + 1, distance[j - 1] + 1, previous[j - 1] + (word != guess))
    return float(distance[-1]) / len(ref)
