"""Options written before a command's name: they count where the command takes them, and are refused where not."""

import json
from pathlib import Path

import pytest

from app.cli.main import main
from app.cli.parser import parse_arguments
from tests.support.helpers import DATA


def test_a_detector_option_before_detect_counts_for_it(built_model, capsys):
    """``--precision fp32 detect`` ran INT8 without a word: argparse let detect's default overwrite it."""
    assert main(["--precision", "fp32", "detect", str(DATA / "chelsea.png"), "--json"]) == 0
    assert json.loads(capsys.readouterr().out.splitlines()[0])["precision"] == "fp32"


def test_an_option_after_the_command_wins_over_the_same_one_before():
    args = parse_arguments(["--precision", "fp32", "detect", "x.png", "--precision", "int8"])
    assert args.precision == "int8"
    assert parse_arguments(["detect", "x.png"]).precision is None  # neither: the command's own default


def test_a_model_before_chat_or_transcribe_is_the_commands_model():
    assert parse_arguments(["--model", "tiny.gguf", "chat", "Hi"]).model == Path("tiny.gguf")
    assert parse_arguments(["--device", "npu", "transcribe", "a.wav"]).device == "npu"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--kiosk", "detect", "x.png"], "--kiosk is not an option of 'detect'"),
        (["--prompt", "Hi", "chat", "Hello"], "--prompt is not an option of 'chat'"),
        (["--precision", "int8", "chat", "Hello"], "--precision is not an option of 'chat'"),
        (["--strict", "models", "list"], "--strict is not an option of 'models'"),
        (["--source", "demo", "bench", "detection"], "--source is not an option of 'bench'"),
    ],
)
def test_an_option_the_command_does_not_take_is_refused(capsys, args, message):
    with pytest.raises(SystemExit) as exit_info:
        parse_arguments(args)
    assert exit_info.value.code == 2 and message in capsys.readouterr().err


def test_the_window_language_is_allowed_before_any_command():
    assert parse_arguments(["--lang", "de", "models", "list"]).lang == "de"
