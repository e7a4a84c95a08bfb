"""The sub-commands of ``edge-showcase``: each runs the same pipeline code as the window and prints its result
(``--json``: one JSON object); errors are ``ShowcaseError`` lines, said by ``main``."""

from __future__ import annotations

import argparse
import json
import os
import sys
import time

from app import DASHBOARD
from app.cli.parser import provider_request
from pipelines.errors import ShowcaseError
from pipelines.names import PIPELINES, Pipeline
from pipelines.runtime.engine_support import require


def cmd_detect(args: argparse.Namespace) -> int:
    from pipelines.detection.loading import load_detector
    from pipelines.detection.pipeline import DetectionPipeline
    from pipelines.detection.protocol import DetectorSettings
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
        print(
            f"{args.path.name} frame {result.frame.index}: {len(result.detections)} object(s) on "
            f"{result.provider.badge()} "
            f"in {timings['total']:.1f} ms (infer {timings['infer']:.1f} ms)"
        )
        for det in result.detections:
            print(f"  {det.label:<16}{det.score:5.2f}  [{', '.join(f'{v:.0f}' for v in det.box)}]")
    return 0


def cmd_models(args: argparse.Namespace) -> int:
    from pipelines.demo_media import demo_media_rows
    from pipelines.model_store import catalog_rows
    from pipelines.models import CATALOG

    if args.models_command == "build":
        from pipelines.model_build.builder import build_models

        unknown = [model_id for model_id in args.only or () if model_id not in CATALOG]
        if unknown:
            raise ShowcaseError(f"Unknown model {', '.join(unknown)}", "see 'edge-showcase models list'")
        build_models(lambda line: print(line, flush=True), args.force, args.only, args.keep_envs)
        return 0
    if args.models_command == "clean":
        from pipelines.model_build.build_env import freed_line, remove_build_envs

        removed = remove_build_envs()
        if args.json:
            print(json.dumps({"removed": [env.to_json() for env in removed],
                              "freed_mb": round(sum(env.size for env in removed) / 1e6, 1)}, indent=2))
        else:
            print(freed_line(removed))
        return 0
    rows, media = catalog_rows(), demo_media_rows()
    if args.json:
        print(json.dumps({"models": rows, "demo_media": media}, indent=2))
        return 0
    for row in rows:
        state = f"{row['state']}, built by an older recipe" if row["outdated"] else row["state"]
        print(
            f"{row['id']}  [{state}]  {row['precision'] or '-'}  {row['size_mb']} MB  {row['task']}  "
            f"{row['license']}\n"
            f"    {row['title']}\n    source: {row['source']}\n    file: {row['path']}"
        )
    print("\nDemo media (bundled with the app):")
    for row in media:
        print(
            f"{row['id']}  {row['size_mb']} MB  {row['license']}\n    {row['title']}\n    source: {row['source']}\n"
            f"    used by: {row['used_by']}\n    file: {row['path']}"
        )
    return 0


def cmd_chat(args: argparse.Namespace) -> int:
    from pipelines.chat.hosted import load_hosted_engine
    from pipelines.chat.loading import AUTO
    from pipelines.chat.protocol import GenerationSettings, Message
    from pipelines.chat.reply import ReplyDone, ReplyPiece, stream_reply

    if args.max_tokens < 1:
        raise ShowcaseError("--max-tokens must be at least 1")
    if args.temperature < 0:
        raise ShowcaseError("--temperature must be 0 or more")
    if not args.prompt.strip():
        raise ShowcaseError("The prompt is empty", 'ask something: edge-showcase chat "What is an NPU?"')
    engine = load_hosted_engine(args.engine or AUTO, args.model, provider_request(args) or "auto")
    messages = [Message("system", args.system), Message("user", args.prompt)]
    settings = GenerationSettings(temperature=args.temperature, max_tokens=args.max_tokens, seed=0, fresh=True)
    try:
        for event in stream_reply(engine, messages, settings):
            if isinstance(event, ReplyPiece) and event.tokens == 1 and event.context_note:
                print(f"note: {event.context_note}", file=sys.stderr)
            if isinstance(event, ReplyPiece) and not args.json:
                print(event.text, end="", flush=True)
            elif isinstance(event, ReplyDone):
                if args.json:
                    print(json.dumps({"text": event.text, **event.stats.to_json(), "stop_reason": event.stop_reason}))
                else:
                    print(f"\n[{event.footer()}]", file=sys.stderr)
    finally:
        engine.close()
    return 0


def cmd_transcribe(args: argparse.Namespace) -> int:
    from pipelines.speech.hosted import load_hosted_recognizer
    from pipelines.speech.languages import speech_options
    from pipelines.speech.sources import decode_audio_file
    from pipelines.speech.transcribe import transcribe_samples

    options = speech_options(args.language, args.translate)  # an unknown language: one line, nothing loaded
    started = time.perf_counter()
    samples = decode_audio_file(args.path)  # a bad file fails before the model loads
    decode_s = time.perf_counter() - started
    recognizer, _ = load_hosted_recognizer(args.engine, args.model, provider=provider_request(args), options=options)
    try:
        transcript = transcribe_samples(recognizer, samples, decode_s)
    finally:
        recognizer.close()
    if args.json:
        print(json.dumps(transcript.to_json()))
    else:
        print(transcript.text)
        print(
            f"[{transcript.duration_s:.1f} s of audio, {transcript.language_line()}rtf {transcript.rtf:.2f}, "
            f"{transcript.engine} on {transcript.device}]",
            file=sys.stderr,
        )
    return 0


def cmd_doctor(args: argparse.Namespace) -> int:
    from app.cli.doctor import collect_report, format_report

    report = collect_report()
    print(json.dumps(report, indent=2) if args.json else format_report(report))
    return 0


def cmd_bench(args: argparse.Namespace) -> int:
    from app.cli.bench import run_bench
    from pipelines.machine.cpu import describe_machine, machine_info

    report, text = run_bench(args, provider_request(args))
    machine = machine_info()  # every figure names the machine it was measured on
    print(json.dumps({**report, "machine": machine}) if args.json else f"{text}\n  on {describe_machine(machine)}")
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from pipelines.measure.dashboard_bench import run_phase
    from pipelines.measure.energy import power_samples
    from pipelines.measure.report import write_report
    from pipelines.measure.timing_log import SESSION

    if args.seconds < 0:
        raise ShowcaseError("--seconds must be 0 or more")
    ran_on = {}
    if args.seconds:
        for pipeline in PIPELINES:
            require(pipeline)
        cores = os.cpu_count() or 1
        with power_samples():  # the draw beside the latencies, where the laptop reports it
            results, _, threads = run_phase(PIPELINES, args.seconds, True, cores)
        ran_on = {
            name: f"{result['ran_on']}, {threads[name]} thread{'s' * (threads[name] > 1)} of {cores} cores"
            for name, result in results.items()
        }
    try:
        page = write_report(args.out, SESSION.snapshot(), ran_on)
    except OSError as error:
        raise ShowcaseError(f"Could not write the report to {args.out}", str(error)) from error
    print(f"Report written to {page}")
    return 0


def cmd_soak(args: argparse.Namespace) -> int:
    from pipelines.measure.soak import soak, summary

    if args.minutes <= 0 or args.every <= 0:
        raise ShowcaseError("--minutes and --every must be more than 0")
    for pipeline in PIPELINES:
        require(pipeline)
    result = soak(args.minutes, args.kill, lambda line: print(line, file=sys.stderr, flush=True), args.every)
    print(json.dumps(result) if args.json else summary(result))
    return 1 if result["soak"]["errors"] else 0


COMMAND_PIPELINES = {"detect": Pipeline.DETECTION, "chat": Pipeline.CHAT, "transcribe": Pipeline.SPEECH}


def pipeline_of(args: argparse.Namespace) -> Pipeline | None:
    """The pipeline a command runs, if any (the dashboard and energy benches check all three themselves)."""
    if args.command == "bench":
        return None if args.pipeline in (DASHBOARD, "energy") else Pipeline(args.pipeline)
    return COMMAND_PIPELINES.get(args.command)


COMMANDS = {
    "report": cmd_report,
    "detect": cmd_detect,
    "chat": cmd_chat,
    "transcribe": cmd_transcribe,
    "models": cmd_models,
    "doctor": cmd_doctor,
    "bench": cmd_bench,
    "soak": cmd_soak,
}
