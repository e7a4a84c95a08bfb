"""``edge-showcase bench ...``: which measurement the arguments ask for, and its report as text.

Each kind runs in the pipelines' own bench module (Qt-free) and returns plain data (``--json`` prints it
as it is); this module only picks the run and words the report for a terminal.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

from pipelines.errors import ShowcaseError
from pipelines.names import PIPELINES
from pipelines.runtime.engine_support import GENAI, LLAMA_CPP, require


def _dashboard(args: argparse.Namespace, provider: str | None) -> tuple[dict, str]:
    from pipelines.measure.dashboard_bench import bench_dashboard

    for pipeline in PIPELINES:
        require(pipeline)
    if args.seconds < 5:
        raise ShowcaseError("--seconds must be at least 5")
    report = bench_dashboard(args.seconds, split=not args.no_split)
    d = report["dashboard"]
    det, sp, ch = d["detection"], d["speech"], d["chat"]
    return report, (
        f"dashboard on {d['cores']} cores, {d['seconds']:g} s per phase, "
        f"threads alone {d['threads']['solo'] or 'engine defaults'}, "
        f"together {d['threads']['together'] or 'engine defaults'}\n"
        f"  detection  alone {det['solo_fps']:.1f} FPS   together {det['together_fps']:.1f} FPS   ratio "
        f"{det['ratio']:.2f} (budget 0.5)"
        f"   re-creating the session {det['reload_ms']:.0f} ms\n"
        f"  speech     alone RTF {sp['solo_rtf']:.2f}   together RTF {sp['together_rtf']:.2f} (budget 0.8)   final "
        "text "
        f"{sp['solo_final_ms_p50']:.0f} / {sp['together_final_ms_p50']:.0f} ms\n"
        f"  chat       alone {ch['solo_tok_s']:.1f} tok/s   together {ch['together_tok_s']:.1f} tok/s   ratio "
        f"{ch['ratio']:.2f} (budget 0.3)"
        f"   first token {ch['solo_first_token_ms']:.0f} / {ch['together_first_token_ms']:.0f} ms (budget 1500)\n"
        f"  UI stall   together {d['ui_max_stall_ms']:.0f} ms (budget 50), alone {d['ui_max_stall_solo_ms']:.0f} ms"
    )


def _speech(args: argparse.Namespace, provider: str | None) -> tuple[dict, str]:
    from pipelines.speech.bench import bench_speech

    report = bench_speech(args.engine, args.model)
    sp = report["speech"]
    return report, (
        f"speech: {sp['engine']} on {sp['device']}, {sp['audio_s']} s demo recording\n"
        f"  whole file: raw rtf {sp['raw_rtf']:.3f}, app rtf {sp['app_rtf']:.3f}, overhead ratio "
        f"{sp['overhead_ratio']:.3f} "
        f"(budget 1.1), WER {sp['wer']:.3f}\n"
        f"  live: rtf {sp['rtf']:.3f} (budget 0.8), first partial {sp['first_partial_ms_p50']:.0f} ms (budget 2000), "
        f"final {sp['final_latency_ms_p50']:.0f} ms after speech (budget 1500), WER {sp['live_wer']:.3f}"
    )


def _speech_languages(args: argparse.Namespace, provider: str | None) -> tuple[dict, str]:
    from pipelines.speech.bench import bench_languages

    report = bench_languages(args.engine, args.model)
    lines = [f"speech in other languages: {report['engine']} on {report['device']}, Auto, clips paced live"]
    for code, row in report["languages"].items():
        errors = f"CER {row['cer']:.2f}" if "cer" in row else f"WER {row['wer']:.2f}"
        lines.append(f"  {code}  detected {row['detected']:.2f} (p {row['detected_probability'] or 0:.2f})   {errors}"
                     f"   final {row['final_ms_p50']:.0f} ms   translation keywords {row['translate_keywords']:.2f}"
                     f"   [{row['voice']}]")
    return report, "\n".join(lines)


def _chat(args: argparse.Namespace, provider: str | None) -> tuple[dict, str]:
    from pipelines.chat.bench import bench_chat

    if args.rounds < 1:
        raise ShowcaseError("--rounds must be at least 1")
    report = bench_chat(args.rounds, args.model)
    c = report["chat"]
    return report, (
        f"chat: {c['model']} on {c['engine']} [{c['device']}: {c['placement']}], {c['rounds']} replies per side\n"
        f"  raw llama-cpp-python  first token {c['raw_ttft_ms']:.1f} ms   {c['raw_tokens_per_s']:.1f} tokens/s\n"
        f"  app engine path       first token {c['ttft_ms']:.1f} ms   {c['tokens_per_s']:.1f} tokens/s\n"
        f"  ttft ratio {c['ttft_ratio']:.3f} (budget 1.1)   throughput ratio {c['throughput_ratio']:.3f} (budget 0.9)"
    )


CHAT_ENGINES = {GENAI, LLAMA_CPP}


def quality_languages(requested: str | None) -> list[str]:
    """``--language``: one code (any tag the chat normalises: 'de_DE', 'zh_CN'), 'all', or English when absent."""
    from pipelines.chat.languages import ENGLISH, LANGUAGES, normalize_language

    if requested is None:
        return [ENGLISH]
    return list(LANGUAGES) if requested.strip().lower() == "all" else [normalize_language(requested)]


def _quality(args: argparse.Namespace, provider: str | None) -> tuple[dict, str]:
    from pipelines.chat.bench import bench_quality
    from pipelines.chat.loading import AUTO

    if args.engine is not None and args.engine not in CHAT_ENGINES:
        raise ShowcaseError(f"--engine {args.engine} is for speech", "chat: onnxruntime-genai or llama.cpp")
    languages = quality_languages(args.language)  # an unknown code is one line before any model loads
    report = bench_quality(args.model, languages, args.engine or AUTO)
    q = report["quality"]
    lines = [f"chat quality: {q['model']} on {q['engine']} [{q['device']}] answered {q['correct']} of {q['asked']} "
             "booth questions with their key facts"]
    for code, row in report["languages"].items():
        right = [index + 1 for index, answer in enumerate(row["answers"]) if answer["correct"]]
        lines.append(f"  {code}  {row['right']}/{row['total']}  right: {', '.join(map(str, right)) or 'none'}")
        lines += [f"      {'ok ' if a['correct'] else 'NO '} {a['question']}  ->  {a['answer'][:70]!r}"
                  for a in row["answers"]]
    return report, "\n".join(lines)


def _devices(args: argparse.Namespace, provider: str | None) -> tuple[dict, str]:
    from pipelines.detection.bench import bench_devices

    report = bench_devices(bool(args.strict))
    c = report["compare"]
    cpu, accelerator = c["cpu"], c["accelerator"]
    second = (
        (
            f"  accelerator  {accelerator['provider']} [{accelerator['device']}] {accelerator['precision'].upper()}  "
            f"p50 {accelerator['ms_p50']:.2f} ms  {accelerator['fps']:.1f} FPS\n"
            f"  speed-up {c['speedup']:.2f}x   agreement {c['agreement']:.3f}"
        )
        if accelerator
        else f"  accelerator  none: {c['why']}"
    )
    return report, (
        f"detection CPU vs accelerator, {c['frames']} demo frames\n"
        f"  CPU          {cpu['provider']} {cpu['precision'].upper()}  p50 {cpu['ms_p50']:.2f} ms  {cpu['fps']:.1f} "
        "FPS\n"
        + second
    )


def _precisions(args: argparse.Namespace, provider: str | None) -> tuple[dict, str]:
    from pipelines.detection.bench import bench_precisions

    report = bench_precisions(provider, bool(args.strict))
    c = report["compare"]
    return report, (
        f"detection FP32 vs INT8 on {c['provider']} [{c['device']}], {c['frames']} demo frames\n"
        f"  FP32  p50 {c['fp32_ms_p50']:.2f} ms   {c['fp32_mb']:.1f} MB\n"
        f"  INT8  p50 {c['int8_ms_p50']:.2f} ms   {c['int8_mb']:.1f} MB\n"
        f"  speed-up {c['speedup']:.2f}x   size ratio {c['size_ratio']:.2f}   agreement {c['agreement']:.3f} "
        f"({c['reference_detections']} FP32 detections)"
    )


def _detection(args: argparse.Namespace, provider: str | None) -> tuple[dict, str]:
    from pipelines.detection.bench import bench_detection

    if args.frames < 5:
        raise ShowcaseError("--frames must be at least 5")
    report = bench_detection(args.frames, provider, args.model, args.precision or "auto", bool(args.strict))
    d = report["detection"]
    return report, (
        f"detection on {d['provider']} [{d['device']}] {d['precision'].upper()}, {d['frames']} demo frames\n"
        f"  raw session.run  p50 {d['raw_infer_ms_p50']:.2f} ms   p95 {d['raw_infer_ms_p95']:.2f} ms\n"
        f"  whole pipeline   p50 {d['pipeline_ms_p50']:.2f} ms   p95 {d['pipeline_ms_p95']:.2f} ms\n"
        f"  overhead ratio   {d['overhead_ratio']:.3f}  (budget 1.15)   {d['fps']:.1f} FPS\n"
        f"  placement        {', '.join(f'{ep}: {n} nodes' for ep, n in d['placement'].items())}"
    )


def _energy(args: argparse.Namespace, provider: str | None) -> tuple[dict, str]:
    from pipelines.measure.energy import PER_RESULT, bench_energy

    if args.seconds < 1:
        raise ShowcaseError("--seconds must be at least 1")
    report = bench_energy(args.seconds)
    e = report["energy"]
    if e["source"] == "none":
        return report, f"energy: no power reading here: {e['reason']}"
    lines = [f"energy from the {e['source']}, each figure averaged over {e['seconds']:g} s (a reading every "
             f"{e['interval_s']:g} s); idle {e['idle_w']:.2f} W, subtracted"]
    for pipeline, (count_key, energy_key) in PER_RESULT.items():
        p = e[pipeline]
        what = {"frames": "frame", "audio_s": "second of audio", "tokens": "token"}[count_key]
        per = f"{p[energy_key]:.1f} mJ per {what}" if p[energy_key] is not None else f"no {what} in the run"
        lines.append(f"  {pipeline.value:10} +{p['w']:.2f} W ({p['total_w']:.2f} W in all)   {per}   "
                     f"({p[count_key]:g} {count_key.replace('_', ' ')}, {p['samples']} readings)")
    return report, "\n".join(lines)


BenchRun = Callable[[argparse.Namespace, "str | None"], tuple[dict, str]]
RUNS: dict[str, BenchRun] = {"dashboard": _dashboard, "speech": _speech, "chat": _chat, "energy": _energy}


def _chat_engines(args: argparse.Namespace, provider: str | None) -> tuple[dict, str]:
    from pipelines.chat.bench import compare_engines

    report = compare_engines(args.rounds)
    c = report["compare"]
    lines = [f"chat engines, SmolLM2-135M, {c['rounds']} replies each, alternating"]
    lines += [f"  {name:18} first token {c[name]['ttft_ms']:.0f} ms   {c[name]['tokens_per_s']:.1f} tokens/s   "
              f"[{c[name]['device']}]" for name in ("llama_cpp", "onnxruntime_genai")]
    lines.append(f"  onnxruntime-genai / llama.cpp tokens/s {c['ratio']:.2f} (budget 0.8)")
    lines.append(f"  the same greedy text: {c['same_text']}")
    return report, "\n".join(lines)


def _speech_engines(args: argparse.Namespace, provider: str | None) -> tuple[dict, str]:
    from pipelines.speech.bench import compare_engines

    report = compare_engines()
    c = report["compare"]
    lines = ["speech engines, the demo recording live (paced), Whisper base"]
    lines += [f"  {name:18} RTF {c[name]['rtf']:.3f}   WER {c[name]['wer']:.3f}   final text "
              f"{c[name]['final_ms_p50']:.0f} ms after speech   [{c[name]['device']}]"
              for name in ("faster_whisper", "onnxruntime_genai")]
    return report, "\n".join(lines)


def _chat_devices(args: argparse.Namespace, provider: str | None) -> tuple[dict, str]:
    from pipelines.chat.bench import compare_devices

    report = compare_devices(args.rounds)
    c = report["compare"]
    if c["accelerator"] is None:
        return report, f"chat CPU vs accelerator: no accelerator for onnxruntime-genai here: {c['why']}"
    lines = [f"chat CPU vs accelerator, SmolLM2-135M on onnxruntime-genai, {c['rounds']} replies each, alternating"]
    lines += [f"  {name:12} {c[name]['provider']} {c[name]['precision'].upper()}  first token "
              f"{c[name]['ttft_ms']:.0f} ms   {c[name]['tokens_per_s']:.1f} tokens/s   [{c[name]['device']}]"
              for name in ("cpu", "accelerator")]
    lines.append(f"  speed-up {c['speedup']:.2f}x tokens/s   the same greedy text: {c['same_text']}")
    return report, "\n".join(lines)


def _speech_devices(args: argparse.Namespace, provider: str | None) -> tuple[dict, str]:
    from pipelines.speech.bench import compare_devices

    report = compare_devices()
    c = report["compare"]
    if c["accelerator"] is None:
        return report, f"speech CPU vs accelerator: no accelerator for onnxruntime-genai here: {c['why']}"
    lines = ["speech CPU vs accelerator, Whisper base on onnxruntime-genai, the demo recording live (paced)"]
    lines += [f"  {name:12} {c[name]['provider']} {c[name]['precision'].upper()}  RTF {c[name]['rtf']:.3f}   "
              f"WER {c[name]['wer']:.3f}   final text {c[name]['final_ms_p50']:.0f} ms after speech"
              for name in ("cpu", "accelerator")]
    lines.append(f"  speed-up {c['speedup']:.2f}x (RTF)")
    return report, "\n".join(lines)


ENGINE_COMPARISONS: dict[str, BenchRun] = {"chat": _chat_engines, "speech": _speech_engines}
DEVICE_COMPARISONS: dict[str, BenchRun] = {"detection": _devices, "chat": _chat_devices, "speech": _speech_devices}


def _refuse_unused_options(args: argparse.Namespace, provider: str | None) -> None:
    """The model's options where the measure does not use them: one line, never dropped without a word."""
    detection = args.pipeline == "detection"
    if args.model is not None and (args.compare is not None or args.pipeline in ("dashboard", "energy")):
        measure = f"bench {args.pipeline}" + (f" --compare {args.compare}" if args.compare else "")
        raise ShowcaseError(f"{measure} measures the bundled models", "leave out --model")
    if provider is not None and detection and args.compare == "device":
        raise ShowcaseError("--compare device picks the best accelerator itself", "leave out --provider and --device")
    if provider is not None and not detection:
        raise ShowcaseError("--provider and --device are for bench detection")
    if args.precision is not None and detection and args.compare is not None:
        raise ShowcaseError(f"--compare {args.compare} picks the detector's builds itself", "leave out --precision")
    if args.precision is not None and not detection:
        raise ShowcaseError("--precision is for bench detection")
    if args.strict and not detection:
        raise ShowcaseError("--strict is for bench detection")


def run_bench(args: argparse.Namespace, provider: str | None) -> tuple[dict, str]:
    """The report ``args`` ask for, and its text; ``provider``: --provider or --device, already resolved."""
    _refuse_unused_options(args, provider)
    if args.pipeline == "chat" and args.quality:
        return _quality(args, provider)
    if args.language is not None:
        raise ShowcaseError("--language is for chat --quality", "speech in other languages: --languages")
    if args.pipeline == "chat" and args.engine is not None:
        raise ShowcaseError("--engine is for chat --quality and speech", "--compare engine measures both chat engines")
    if args.engine == LLAMA_CPP:
        raise ShowcaseError("--engine llama.cpp is for chat --quality", "speech: onnxruntime-genai, whisper or vosk")
    if args.languages:
        if args.pipeline != "speech":
            raise ShowcaseError("--languages is for speech")
        return _speech_languages(args, provider)
    if args.compare == "engine":
        if args.pipeline not in ENGINE_COMPARISONS:
            raise ShowcaseError("--compare engine is for chat and speech")
        return ENGINE_COMPARISONS[args.pipeline](args, provider)
    if args.compare == "device":
        if args.pipeline not in DEVICE_COMPARISONS:
            raise ShowcaseError("--compare device is for detection, chat and speech")
        return DEVICE_COMPARISONS[args.pipeline](args, provider)
    if args.compare == "precision" and args.pipeline != "detection":
        raise ShowcaseError("--compare precision is for detection")
    run = RUNS.get(args.pipeline, _precisions if args.compare == "precision" else _detection)
    return run(args, provider)
