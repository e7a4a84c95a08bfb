"""The chat model a machine gets by default, and the booth questions' check (a weak model shows as a number)."""

import json
from pathlib import Path

import psutil
import pytest

from app.cli.main import main
from pipelines.chat.model_choice import ChatCandidate, candidates, choose, model_speed, remembered_speed
from pipelines.chat.quiz import BOOTH_QUESTIONS, Question
from pipelines.errors import ShowcaseError

BIG = ChatCandidate("Qwen2.5-1.5B-Instruct (installer)", Path("/models/qwen.gguf"))
SMALL = ChatCandidate("SmolLM2-135M-Instruct (bundled)", None)


def test_the_best_model_that_streams_fluently_wins_and_each_is_measured_once():
    measured = []
    store: dict[str, float] = {}
    rates = {BIG.label: 22.0, SMALL.label: 110.0}
    speed = remembered_speed(store, lambda option: measured.append(option.label) or rates[option.label])
    chosen, why = choose([BIG, SMALL], speed)
    assert chosen == BIG and why.startswith("the best model this machine streams fluently: 22 tokens/s")
    choose([BIG, SMALL], speed)
    assert measured == [BIG.label, SMALL.label] and store == rates  # remembered: not measured again


def test_a_slow_machine_gets_the_fastest_and_is_told_why():
    rates = {BIG.label: 6.0, SMALL.label: 12.0}
    chosen, why = choose([BIG, SMALL], lambda option: rates[option.label])
    assert chosen == SMALL and why == "no model reaches 15 tokens/s here; the fastest: 12 tokens/s"


def test_here_only_the_bundled_model_is_present(built_model):
    assert candidates() == [SMALL]
    assert choose(candidates(), lambda option: 1 / 0) == (SMALL, "the only chat model here")  # nothing to measure


def test_an_answer_is_right_only_with_every_fact():
    question = Question("q", (("84",), ("times", "multiplied")))
    assert question.missing("12 times 7 is 84.") == []
    assert question.missing("It is 72.") == ["84", "times|multiplied"]


def test_bench_chat_quality_counts_the_answers_with_their_facts(capsys):
    assert main(["bench", "chat", "--quality", "--json"]) == 0
    quality = json.loads(capsys.readouterr().out)["quality"]
    assert quality["asked"] == len(BOOTH_QUESTIONS) and len(quality["answers"]) == quality["asked"]
    assert (
        quality["correct"] == sum(answer["correct"] for answer in quality["answers"]) < quality["asked"]
    )  # SmolLM2-135M is weak
    assert all(answer["answer"] for answer in quality["answers"])


def test_a_measurement_stopped_mid_load_ends_its_engine_process():
    """The window closed while the picker measured a model: the load is abandoned and its child process ended."""
    with pytest.raises(ShowcaseError):
        model_speed(None, lambda: True)
    engines = [child for child in psutil.Process().children() if "resource_tracker" not in " ".join(child.cmdline())]
    _, alive = psutil.wait_procs(engines, timeout=2)  # multiprocessing's resource tracker stays, for the test run
    assert alive == []
