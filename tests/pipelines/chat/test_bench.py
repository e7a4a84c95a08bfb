"""``bench chat --quality --language``: the booth's questions in a visitor's language, counted per language; an
unknown language is one line and a non-zero exit before any model loads."""

import json
import subprocess
import sys

from app.cli.main import main
from pipelines.chat.protocol import EngineInfo
from pipelines.chat.quiz import booth_questions, remembered_right_answers


def test_an_unknown_language_is_one_line_and_a_non_zero_exit():
    run = subprocess.run(
        [sys.executable, "-m", "app", "bench", "chat", "--quality", "--language", "klingon"],
        capture_output=True, text=True, timeout=120,
    )
    assert run.returncode != 0 and run.stdout == ""
    assert run.stderr.strip().splitlines() == [
        "edge-showcase: error: The chat has no language 'klingon' (one of en, de, fr, es, it, zh, ja, ko, ar, or all)"
    ]


def test_quality_in_german_reports_the_language_s_answers_and_remembers_them(capsys):
    assert main(["bench", "chat", "--quality", "--language", "de_DE", "--engine", "onnxruntime-genai", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert list(report["languages"]) == ["de"]
    german = report["languages"]["de"]
    assert german["total"] == len(booth_questions("de")) == report["quality"]["asked"]
    assert [a["question"] for a in german["answers"]] == [q.text for q in booth_questions("de")]
    assert german["right"] == sum(a["correct"] for a in german["answers"]) == report["quality"]["correct"]
    assert all(a["language"] == "de" and a["answer"] for a in german["answers"])
    info = EngineInfo(report["quality"]["engine"], "", report["quality"]["model"], 0)
    assert remembered_right_answers(info, "de") == [a["question"] for a in german["answers"] if a["correct"]]
    assert remembered_right_answers(info, "en") is None


def test_compare_device_says_there_is_no_accelerator_here_and_why(capsys):
    """``bench chat --compare device``: the CPU against the best accelerator's build; on this CPU-only machine the best
    device is the CPU, and it says so instead of measuring the CPU twice (on a GPU machine: see README)."""
    assert main(["bench", "chat", "--compare", "device", "--json"]) == 0
    compare = json.loads(capsys.readouterr().out)["compare"]
    assert compare["accelerator"] is None and compare["speedup"] is None
    assert compare["why"] == "No NPU or GPU this app can use on this machine: the CPU is the only device here"
