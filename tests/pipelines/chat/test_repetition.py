"""The loop guard on real answers: greedy SmolLM2-135M's loops are seen early, its normal answers never."""

import json

from pipelines.chat.repetition import is_looping
from tests.support.helpers import DATA

# Greedy (temperature 0, fresh context) answers of the bundled SmolLM2-135M-Instruct, 300 tokens at most.
ANSWERS = json.loads((DATA / "smollm2_greedy_answers.json").read_text(encoding="utf-8"))
LOOPS = ("What does NPU stand for?", "What is the capital of France?", "List ten fruits.")
NORMAL = ("What is a neural processing unit?", "Name two things a laptop camera can recognise.",
          "Count from 1 to 60, separated by commas.")


def stops_at(text):
    """Where a reply streamed character by character would be stopped (None: never)."""
    return next((end for end in range(1, len(text) + 1) if is_looping(text[:end])), None)


def test_the_models_loops_are_stopped_long_before_its_token_limit():
    for question in LOOPS:
        answer = ANSWERS[question]
        end = stops_at(answer)
        assert end is not None and end <= len(answer) / 2, (question, end, len(answer))


def test_answers_that_do_not_loop_run_to_their_end():
    for question in NORMAL:
        assert stops_at(ANSWERS[question]) is None, question


def test_numbered_lines_of_one_item_loop_counting_does_not():
    oranges = "".join(f"{n}. Oranges\n" for n in range(1, 40))
    assert is_looping(oranges)
    assert not is_looping(", ".join(str(n) for n in range(1, 200)))
    assert not is_looping("".join(f"{n}. {n * n}\n" for n in range(1, 60)))


def test_punctuation_alone_never_loops_words_do_once_they_fill_the_minimum():
    assert not is_looping("")
    assert not is_looping("Wow" + "!" * 300)  # no letter in the repeating stretch
    assert not is_looping("hello " * 19)  # 114 characters
    assert is_looping("hello " * 20)
