"""``bench speech``: the raw engine against the app's transcribe path, then the live pipeline paced.

Raw: faster-whisper's own ``transcribe`` over the whole recording in one pass (the same model, loaded in
this process, same settings), or a fresh vosk ``KaldiRecognizer`` fed the whole file (each engine's
``raw_transcribe``). App: ``transcribe_file``
(decode + the engine's whole-file path) on the engine as the app runs it, in its child process. Live: the demo
recording paced in real time through the same pipeline the panel runs, for the real-time factor and the partial
and final latencies.
"""

from __future__ import annotations

import time
from pathlib import Path

from pipelines.measure.metrics import median
from pipelines.measure.side_by_side import DEVICE, ENGINES
from pipelines.speech.comparison import load_speech_pair
from pipelines.speech.hosted import load_hosted_recognizer
from pipelines.speech.loading import load_recognizer
from pipelines.speech.pipeline import SpeechPipeline
from pipelines.speech.protocol import Final, Recognizer
from pipelines.speech.sources import FileAudioSource, decode_audio_file, demo_recording, demo_transcript
from pipelines.speech.transcribe import transcribe_file
from pipelines.speech.wer import word_error_rate

ROUNDS = 2
LONG_CLIP_S = 5.0  # the language detection budget counts utterances of 5 s of speech or more
LANGUAGE_ROW = ("right", "right_5s", "p", "errors", "final", "kept")  # bench_languages' figures, a list per language


def _raw_seconds(recognizer: Recognizer, path: Path) -> float:
    samples = decode_audio_file(path)
    started = time.perf_counter()
    recognizer.raw_transcribe(samples)
    return time.perf_counter() - started


def bench_speech(engine: str | None = None, model: Path | None = None) -> dict:
    recognizer, _ = load_recognizer(engine, model)
    hosted, _ = load_hosted_recognizer(engine, model)
    path = demo_recording()
    reference = demo_transcript()
    raw, app = [], []
    _raw_seconds(recognizer, path)  # untimed: the first whole-file decode allocates
    transcript = transcribe_file(hosted, path)
    for _ in range(ROUNDS):
        raw.append(_raw_seconds(recognizer, path))
        transcript = transcribe_file(hosted, path)
        app.append(transcript.seconds)
    recognizer.close()
    live = _live(hosted, path, reference)
    hosted.close()
    duration = transcript.duration_s
    return {
        "speech": {
            "engine": recognizer.info.engine,
            "device": recognizer.info.device,
            "model": recognizer.info.model,
            "rtf": live["rtf"],
            "raw_rtf": round(median(raw, digits=None) / duration, 3),
            "app_rtf": round(median(app, digits=None) / duration, 3),
            "overhead_ratio": round(median(app, digits=None) / median(raw, digits=None), 3),
            "partial_latency_ms_p50": live["partial_ms_p50"],
            "first_partial_ms_p50": live["first_partial_ms_p50"],
            "final_latency_ms_p50": live["final_ms_p50"],
            "final_latency_ms_max": live["final_ms_max"],
            "wer": round(word_error_rate(reference, transcript.text), 4),
            "live_wer": live["wer"],
            "audio_s": round(duration, 2),
            "isolated": True,
        }
    }


def _live(recognizer: Recognizer, path: Path, reference: str) -> dict:
    """The recording paced in real time through the panel's pipeline: real-time factor, latencies, WER."""
    recognizer.reset()
    pipeline = SpeechPipeline(recognizer)
    timings: dict[str, list[float]] = {"partial_latency": [], "first_partial": [], "final_latency": []}
    live_text = []
    for update in pipeline.run(FileAudioSource(path, paced=True), lambda: False):
        for key, values in timings.items():
            if key in update.timings_ms:
                values.append(update.timings_ms[key])
        live_text += [final.text for final in update.finals]
    return {
        "rtf": round(pipeline.processing_s / pipeline.audio_s, 3),
        "wer": round(word_error_rate(reference, " ".join(live_text)), 4),
        "final_ms_p50": median(timings["final_latency"]),
        "final_ms_max": round(max(timings["final_latency"], default=0.0), 1),
        "partial_ms_p50": median(timings["partial_latency"]),
        "first_partial_ms_p50": median(timings["first_partial"]),
    }


def _heard_live(hosted: Recognizer) -> dict:
    """The demo recording live (paced) through the panel's pipeline: RTF, WER and final-text latency, and where it
    ran."""
    reference = demo_transcript()
    live = _live(hosted, demo_recording(), reference)
    figures = {key: live[key] for key in ("rtf", "wer", "final_ms_p50")} | {"device": hosted.info.device}
    return {**figures, **hosted.info.provider.to_json()} if hosted.info.provider else figures


def compare_engines() -> dict:
    """``{"compare": {...}}``: faster-whisper and onnxruntime-genai (on the device faster-whisper took), each
    hearing the demo recording live (paced) through the panel's pipeline in its child process, one after the other
    (``comparison.load_speech_pair``); RTF, WER and final-text latency."""
    pair = load_speech_pair(ENGINES)
    try:
        assert pair.right is not None, "both engines run here"
        return {"compare": {"faster_whisper": _heard_live(pair.left), "onnxruntime_genai": _heard_live(pair.right)}}
    finally:
        pair.close()


def compare_devices() -> dict:
    """``{"compare": {"cpu": {...}, "accelerator": {...} or None, ...}}``: Whisper in onnxruntime-genai on the CPU
    and on the best accelerator the ranking finds (each device's own build), each hearing the demo recording live
    as ``compare_engines`` does; ``accelerator`` None (and ``why``) where the best device for it is the CPU."""
    pair = load_speech_pair(DEVICE)
    try:
        if pair.right is None:
            return {"compare": {"cpu": None, "accelerator": None, "speedup": None, "why": pair.missing}}
        accelerator, cpu = _heard_live(pair.right), _heard_live(pair.left)
    finally:
        pair.close()
    speedup = cpu["rtf"] / max(accelerator["rtf"], 1e-9)
    return {"compare": {"cpu": cpu, "accelerator": accelerator, "speedup": round(speedup, 2)}}


def bench_languages(engine: str | None = None, model: Path | None = None) -> dict:
    """``{"languages": {code: {...}}}``: each language's clips (``language_clips``) heard live and paced with Auto
    (the share of clips whose detected language is right, over all and over those of 5 s of speech or more, the
    issue's budget; its mean probability, WER or CER of the finals, final-text latency), then translated (the share of
    the English keywords kept)."""
    import tempfile

    from pipelines.speech.language_clips import keywords_kept, make_clips
    from pipelines.speech.languages import SpeechOptions, is_spaceless
    from pipelines.speech.transcribe import main_language, transcribe_file
    from pipelines.speech.wer import character_error_rate

    hosted, _ = load_hosted_recognizer(engine, model)
    rows: dict[str, dict[str, list]] = {}
    voices: dict[str, str] = {}
    try:
        with tempfile.TemporaryDirectory() as folder:
            for clip in make_clips(Path(folder)):
                row = rows.setdefault(clip.language, {key: [] for key in LANGUAGE_ROW})
                voices[clip.language] = clip.voice
                hosted.set_options(SpeechOptions())
                finals, latencies = _live_finals(hosted, clip.path)
                language, probability = main_language(finals)
                text = " ".join(final.text for final in finals)
                rate = character_error_rate if is_spaceless(clip.language, False) else word_error_rate
                row["right"].append(language == clip.language)
                row["right_5s"] += [language == clip.language] if clip.seconds >= LONG_CLIP_S else []
                row["p"] += [probability] if probability is not None else []
                row["errors"].append(rate(clip.sentence.text, text))
                row["final"] += latencies
                hosted.set_options(SpeechOptions(translate=True))
                row["kept"].append(keywords_kept(clip.sentence, transcribe_file(hosted, clip.path).text))
    finally:
        hosted.close()

    def mean(values: list) -> float | None:
        return round(sum(values) / len(values), 3) if values else None

    return {"languages": {code: {
        "detected": mean(row["right"]), "detected_5s": mean(row["right_5s"]), "detected_probability": mean(row["p"]),
        ("cer" if is_spaceless(code, False) else "wer"): mean(row["errors"]),
        "final_ms_p50": median(row["final"]), "translate_keywords": mean(row["kept"]),
        "clips": len(row["right"]), "voice": voices[code],
    } for code, row in rows.items()}, "engine": hosted.info.engine, "device": hosted.info.device}


def _live_finals(recognizer: Recognizer, path: Path) -> tuple[list[Final], list[float]]:
    """The clip paced in real time through the panel's pipeline: its finals and their final-text latencies."""
    recognizer.reset()
    finals: list[Final] = []
    latencies: list[float] = []
    for update in SpeechPipeline(recognizer).run(FileAudioSource(path, paced=True), lambda: False):
        finals += update.finals
        latencies += [update.timings_ms["final_latency"]] if "final_latency" in update.timings_ms else []
    return finals, latencies
