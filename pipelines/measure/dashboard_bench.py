"""``bench dashboard``: each pipeline alone, then all three together, on the bundled media, in one run.

Detection runs the demo video through the pipeline as fast as it can (frames per second); speech hears
the demo recording paced in real time (real-time factor, final-text latency); chat answers a fixed
question over and over (tokens per second, first-token latency). Each pipeline runs on a thread of its
own at the app's worker priority, with the thread count the core split gives it (``--no-split``: every
engine sized to the whole machine, as they would be left alone). A 10 ms ticker on a normal-priority
thread stands in for the UI thread: its longest gap is the stall the window would have seen.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable

from pipelines.chat.hosted import load_hosted_engine
from pipelines.chat.protocol import GenerationSettings
from pipelines.chat.reply import stream_reply
from pipelines.detection.loading import load_detector
from pipelines.detection.pipeline import DetectionPipeline
from pipelines.devices.where import ran_on
from pipelines.measure.demo_loads import QUESTION, demo_answers, demo_detections, demo_speech
from pipelines.measure.metrics import median
from pipelines.model_store import model_name
from pipelines.names import PIPELINES, Pipeline
from pipelines.runtime.core_split import thread_split
from pipelines.runtime.long_lived import long_lived_objects_frozen
from pipelines.runtime.thread_priority import lower_this_threads_priority
from pipelines.speech.hosted import load_hosted_recognizer
from pipelines.speech.pipeline import SpeechPipeline

TICK_S = 0.01


class DetectionLoad:
    """The detector on the demo video, unpaced."""

    def __init__(self, threads: int | None) -> None:
        started = time.perf_counter()
        self.pipeline = DetectionPipeline(load_detector(threads=threads))
        self.load_ms = (time.perf_counter() - started) * 1000
        detector = self.pipeline.detector
        self.ran_on = ran_on("onnxruntime", model_name(detector.model_path), detector.provider.device,
                             detector.provider)

    def run(self, stop: threading.Event) -> dict:
        frames, started = 0, time.perf_counter()
        for _ in demo_detections(self.pipeline, paced=False):
            frames += 1
            if stop.is_set():
                break
        return {"fps": frames / (time.perf_counter() - started), "frames": frames}

    def close(self) -> None:
        """Nothing to free: the detector lives in this process and goes with the load."""


class SpeechLoad:
    """The recognizer hearing the demo recording in real time, again and again."""

    def __init__(self, threads: int | None) -> None:
        self.recognizer, _ = load_hosted_recognizer(threads=threads)
        info = self.recognizer.info
        self.ran_on = ran_on(info.engine, info.model, info.device, info.provider)

    def run(self, stop: threading.Event) -> dict:
        self.recognizer.reset()
        pipeline = SpeechPipeline(self.recognizer)
        finals_ms = [
            update.timings_ms["final_latency"]
            for update in demo_speech(pipeline, stop.is_set)
            if "final_latency" in update.timings_ms
        ]
        return {
            "rtf": pipeline.processing_s / pipeline.audio_s if pipeline.audio_s else 0.0,
            "final_ms_p50": median(finals_ms),
            "audio_s": pipeline.audio_s,
        }

    def close(self) -> None:
        self.recognizer.close()


class ChatLoad:
    """The chat model answering one question in a loop."""

    def __init__(self, threads: int | None) -> None:
        self.engine = load_hosted_engine(threads=threads)
        info = self.engine.info
        self.ran_on = ran_on(info.engine, info.model_name, info.device, info.provider, info.placement)
        list(
            stream_reply(self.engine, QUESTION, GenerationSettings(temperature=0.0, max_tokens=8, fresh=True))
        )  # warm-up

    def run(self, stop: threading.Event) -> dict:
        rates, first_ms, tokens = [], [], 0
        for done in demo_answers(self.engine, stop.is_set):
            tokens += done.stats.tokens
            if done.stats.tokens > 1:  # a reply the phase's end cut short still streamed at a real rate
                rates.append(done.stats.tokens_per_s)
                first_ms.append(done.stats.ttft_ms)
        return {"tok_s": median(rates), "first_token_ms": median(first_ms), "tokens": tokens}

    def close(self) -> None:
        self.engine.close()


LOADS: dict[str, Callable[[int | None], DetectionLoad | SpeechLoad | ChatLoad]] = {
    Pipeline.DETECTION: DetectionLoad,
    Pipeline.SPEECH: SpeechLoad,
    Pipeline.CHAT: ChatLoad,
}


def _run_together(loads: dict, seconds: float) -> tuple[dict[str, dict], float]:
    """Run every load for ``seconds`` on worker-priority threads; their results and the ticker's worst gap (ms)."""
    stop = threading.Event()
    results: dict[str, dict] = {}

    def work(name: str) -> None:
        lower_this_threads_priority()
        results[name] = loads[name].run(stop)

    threads = [threading.Thread(target=work, args=(name,), name=f"bench-{name}") for name in loads]
    for thread in threads:
        thread.start()
    worst, last, deadline = 0.0, time.perf_counter(), time.perf_counter() + seconds
    with long_lived_objects_frozen():  # as the window freezes its own once it is built
        while (now := time.perf_counter()) < deadline:
            worst, last = max(worst, now - last), now
            time.sleep(TICK_S)
    stop.set()
    for thread in threads:
        thread.join()
    return results, max(0.0, worst - TICK_S) * 1000


def run_phase(
    live: tuple[str, ...], seconds: float, split: bool, cores: int
) -> tuple[dict[str, dict], float, dict[str, int]]:
    """The ``live`` pipelines together for ``seconds`` (each item is also recorded in the session's timing log); each
    result carries ``ran_on``, the model, engine and device."""
    threads = thread_split(cores, live) if split else {}
    loads = {name: LOADS[name](threads.get(name)) for name in live}
    results, stall_ms = _run_together(loads, seconds)
    for name, load in loads.items():
        results[name]["ran_on"] = load.ran_on
    for load in loads.values():
        load.close()
    return results, stall_ms, threads


def bench_dashboard(seconds: float = 30.0, split: bool = True) -> dict:
    """``{"dashboard": {...}}``: each pipeline alone, then all three together, ``seconds`` each."""
    cores = os.cpu_count() or 1
    solo: dict[str, dict] = {}
    solo_threads: dict[str, int] = {}
    solo_stall = 0.0
    for name in PIPELINES:
        results, stall, threads = run_phase((name,), seconds, split, cores)
        solo[name], solo_stall = results[name], max(solo_stall, stall)
        solo_threads.update(threads)
    together, stall, together_threads = run_phase(PIPELINES, seconds, split, cores)
    reload_ms = DetectionLoad(together_threads.get("detection")).load_ms
    return {
        "dashboard": {
            "detection": {
                "solo_fps": round(solo["detection"]["fps"], 1),
                "together_fps": round(together["detection"]["fps"], 1),
                "ratio": round(together["detection"]["fps"] / solo["detection"]["fps"], 3),
                "reload_ms": round(reload_ms, 1),
                "ran_on": together["detection"]["ran_on"],
            },
            "speech": {
                "solo_rtf": round(solo["speech"]["rtf"], 3),
                "together_rtf": round(together["speech"]["rtf"], 3),
                "solo_final_ms_p50": solo["speech"]["final_ms_p50"],
                "together_final_ms_p50": together["speech"]["final_ms_p50"],
                "ran_on": together["speech"]["ran_on"],
            },
            "chat": {
                "solo_tok_s": solo["chat"]["tok_s"],
                "together_tok_s": together["chat"]["tok_s"],
                "ratio": round(together["chat"]["tok_s"] / solo["chat"]["tok_s"], 3) if solo["chat"]["tok_s"] else 0.0,
                "solo_first_token_ms": solo["chat"]["first_token_ms"],
                "together_first_token_ms": together["chat"]["first_token_ms"],
                "ran_on": together["chat"]["ran_on"],
            },
            "ui_max_stall_ms": round(stall, 1),
            "ui_max_stall_solo_ms": round(solo_stall, 1),
            "cores": cores,
            "split": split,
            "threads": {"solo": solo_threads, "together": together_threads},
            "seconds": seconds,
        }
    }
