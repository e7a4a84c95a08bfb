"""``bench speech``: the raw engine against the app's transcribe path, then the live pipeline paced.

Raw: faster-whisper's own ``transcribe`` over the whole recording in one pass (the same model, loaded in
this process, same settings), or a fresh vosk ``KaldiRecognizer`` fed the whole file. App: ``transcribe_file``
(decode + the engine's whole-file path) on the engine as the app runs it, in its child process. Live: the demo recording paced in real time through the
same pipeline the panel runs, for the real-time factor and the partial and final latencies.
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from pipelines.bundled import asset_path
from pipelines.metrics import median
from pipelines.speech.audio import SAMPLE_RATE, int16_to_float
from pipelines.speech.engines import load_recognizer
from pipelines.speech.hosted import load_hosted_recognizer
from pipelines.speech.pipeline import SpeechPipeline
from pipelines.speech.recognizer import Recognizer
from pipelines.speech.sources import FileAudioSource, decode_audio_file, demo_recording
from pipelines.speech.transcribe import transcribe_file
from pipelines.speech.wer import word_error_rate
from pipelines.speech.whisper_engine import WHOLE_FILE_OPTIONS

ROUNDS = 2


def _raw_seconds(recognizer: Recognizer, path: Path) -> float:
    samples = decode_audio_file(path)
    started = time.perf_counter()
    if recognizer.info.engine == "whisper":
        segments, _ = recognizer.model.transcribe(int16_to_float(samples), language=recognizer.language, **WHOLE_FILE_OPTIONS)
        list(segments)
    else:
        import vosk

        raw = vosk.KaldiRecognizer(recognizer.model, SAMPLE_RATE)
        raw.SetWords(True)
        raw.AcceptWaveform(samples.tobytes())
        raw.FinalResult()
    return time.perf_counter() - started


def bench_speech(engine: str | None = None, model: Path | None = None) -> dict:
    recognizer, _ = load_recognizer(engine, model)
    hosted, _ = load_hosted_recognizer(engine, model)
    path = demo_recording()
    reference = asset_path("demo/speech_librivox.txt").read_text(encoding="utf-8")
    raw, app, transcript = [], [], None
    _raw_seconds(recognizer, path)  # untimed: the first whole-file decode allocates
    transcribe_file(hosted, path)
    for _ in range(ROUNDS):
        raw.append(_raw_seconds(recognizer, path))
        transcript = transcribe_file(hosted, path)
        app.append(transcript.seconds)
    recognizer.close()
    pipeline = SpeechPipeline(hosted)
    timings: dict[str, list[float]] = {"partial_latency": [], "first_partial": [], "final_latency": []}
    live_text = []
    for update in pipeline.run(FileAudioSource(path, paced=True), lambda: False):
        for key, values in timings.items():
            if key in update.timings_ms:
                values.append(update.timings_ms[key])
        live_text += [final.text for final in update.finals]
    hosted.close()
    duration = transcript.duration_s
    return {"speech": {
        "engine": recognizer.info.engine, "device": recognizer.info.device, "model": recognizer.info.model,
        "rtf": round(pipeline.processing_s / pipeline.audio_s, 3), "raw_rtf": round(statistics.median(raw) / duration, 3),
        "app_rtf": round(statistics.median(app) / duration, 3), "overhead_ratio": round(statistics.median(app) / statistics.median(raw), 3),
        "partial_latency_ms_p50": median(timings["partial_latency"]), "first_partial_ms_p50": median(timings["first_partial"]),
        "final_latency_ms_p50": median(timings["final_latency"]), "final_latency_ms_max": round(max(timings["final_latency"], default=0.0), 1),
        "wer": round(word_error_rate(reference, transcript.text), 4), "live_wer": round(word_error_rate(reference, " ".join(live_text)), 4),
        "audio_s": round(duration, 2), "isolated": True,
    }}
