"""``bench chat``: raw llama-cpp-python against the app's engine path, same model, prompt and settings.

Raw: llama-cpp-python loaded in this process. App: the engine as the app runs it, in its child process
(``pipelines/chat/hosted.py``), through ``stream_reply``. Both stream with temperature 0 and a fixed seed,
alternating (never at the same time), each from a fresh context so neither reuses a cached prompt.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from pathlib import Path

from pipelines.chat.comparison import load_chat_pair
from pipelines.chat.hosted import load_hosted_engine
from pipelines.chat.languages import ENGLISH, LANGUAGE_NAMES, normalize_language
from pipelines.chat.llama_engine import LlamaCppEngine
from pipelines.chat.loading import AUTO, LLAMA_CPP
from pipelines.chat.protocol import ChatEngine, GenerationSettings, Message
from pipelines.chat.quiz import QuizAnswer, remember_answers, run_quiz
from pipelines.chat.reply import ReplyDone, stream_reply
from pipelines.devices.provider_info import ProviderInfo
from pipelines.measure.metrics import median
from pipelines.measure.side_by_side import DEVICE, ENGINES
from pipelines.model_store import resolve_model
from pipelines.models import DEFAULT_CHAT_MODEL

PROMPT = [Message("system", "You are a concise assistant."), Message("user", "Name three uses of a laptop camera.")]
SETTINGS = GenerationSettings(temperature=0.0, max_tokens=64, seed=0, fresh=True)


def _raw_run(engine: LlamaCppEngine) -> tuple[float, float]:
    """TTFT (ms) and tokens/s of llama-cpp-python's own streaming call, on the engine's decode thread (a second
    calling thread would slow both sides: ``pipelines/chat/decode_thread.py``)."""
    return engine.on_decode_thread(lambda: _raw_stream(engine.raw()))


def _raw_stream(llama) -> tuple[float, float]:
    llama.reset()
    started = time.perf_counter()
    stamps = []
    for chunk in llama.create_chat_completion(messages=[m.to_dict() for m in PROMPT], temperature=SETTINGS.temperature,
                                              max_tokens=SETTINGS.max_tokens, seed=SETTINGS.seed, stream=True):
        if chunk["choices"][0]["delta"].get("content"):
            stamps.append(time.perf_counter())
    return (stamps[0] - started) * 1000, (len(stamps) - 1) / (stamps[-1] - stamps[0])


def _app_run(engine: ChatEngine) -> tuple[float, float]:
    done = _answer(engine)
    return done.stats.ttft_ms, done.stats.tokens_per_s


def bench_quality(model: Path | None = None, languages: list[str] | None = None, engine: str = AUTO) -> dict:
    """``{"quality": {...}, "languages": {code: {...}}}``: the booth's questions in each of ``languages`` (default
    English), each answered greedily from a fresh context with the quiz's prompt in that language (``run_quiz``, as
    the attract loop asks them) and checked for their key facts; which ones the model answers right is remembered
    per language for the attract loop. ``quality`` sums every language asked."""
    codes = [normalize_language(code) for code in languages or [ENGLISH]]  # an unknown code fails before the load
    hosted = load_hosted_engine(engine, model=model)
    per_language: dict[str, list[QuizAnswer]] = {}
    try:
        for code in dict.fromkeys(codes):
            per_language[code] = list(run_quiz(hosted, language=code))
            remember_answers(hosted.info, per_language[code])
    finally:
        hosted.close()
    answers = [answer for code_answers in per_language.values() for answer in code_answers]
    correct = sum(1 for answer in answers if answer.correct)
    return {
        "quality": {
            "model": hosted.info.model_name,
            "engine": hosted.info.engine,
            "device": hosted.info.device,
            "asked": len(answers),
            "correct": correct,
            "score": round(correct / len(answers), 3),
            "answers": [_answer_row(answer) for answer in answers],
        },
        "languages": {
            code: {
                "name": LANGUAGE_NAMES[code],
                "right": sum(1 for answer in code_answers if answer.correct),
                "total": len(code_answers),
                "answers": [_answer_row(answer) for answer in code_answers],
            }
            for code, code_answers in per_language.items()
        },
    }


def _answer_row(answer: QuizAnswer) -> dict:
    return {
        "language": answer.language,
        "question": answer.question,
        "answer": answer.answer,
        "correct": answer.correct,
        "missing": list(answer.missing),
    }


def bench_chat(rounds: int = 3, model: Path | None = None) -> dict:
    engine = LlamaCppEngine(resolve_model(DEFAULT_CHAT_MODEL, model))
    hosted = load_hosted_engine(LLAMA_CPP, model=model)
    _raw_run(engine)  # warm-up: page the weights in, build the graph
    _app_run(hosted)
    raw, app = [], []
    for index in range(rounds):
        if index % 2 == 0:
            raw.append(_raw_run(engine))
            app.append(_app_run(hosted))
        else:
            app.append(_app_run(hosted))
            raw.append(_raw_run(engine))
    ttft, raw_ttft = median((t for t, _ in app), digits=None), median((t for t, _ in raw), digits=None)
    tps, raw_tps = median((r for _, r in app), digits=None), median((r for _, r in raw), digits=None)
    engine.close()
    hosted.close()
    return {
        "chat": {
            "ttft_ms": round(ttft, 1),
            "raw_ttft_ms": round(raw_ttft, 1),
            "tokens_per_s": round(tps, 1),
            "raw_tokens_per_s": round(raw_tps, 1),
            "ttft_ratio": round(ttft / raw_ttft, 3),
            "throughput_ratio": round(tps / raw_tps, 3),
            "engine": engine.info.engine,
            "device": engine.info.device,
            "placement": engine.info.placement,
            "model": engine.info.model_name,
            "rounds": rounds,
            "isolated": True,
        }
    }


def _alternate(engines: Mapping[str, ChatEngine], rounds: int) -> tuple[dict[str, dict], dict[str, str]]:
    """Each engine's figures (medians of ``rounds`` replies, taken in turns, first one first then last) and its
    greedy answer (the warm-up); the engines are closed at the end."""
    runs: dict[str, list[tuple[float, float]]] = {name: [] for name in engines}
    texts: dict[str, str] = {}
    try:
        for name, engine in engines.items():
            texts[name] = _answer(engine).text  # warm-up, and the greedy answer each gives
        names = list(engines)
        for index in range(rounds):
            for name in names if index % 2 == 0 else names[::-1]:
                runs[name].append(_app_run(engines[name]))
    finally:
        for engine in engines.values():
            engine.close()
    figures = {
        name: {
            "tokens_per_s": round(median((r for _, r in results), digits=None), 1),
            "ttft_ms": round(median((t for t, _ in results), digits=None), 1),
            "device": engines[name].info.device,
        }
        for name, results in runs.items()
    }
    return figures, texts


def compare_engines(rounds: int = 3) -> dict:
    """``{"compare": {...}}``: llama.cpp (the Q4_1 GGUF) and onnxruntime-genai (its INT4 build) on the same CPU and
    question, each in its child process as the app runs it (``comparison.load_chat_pair``), replies alternating,
    medians of ``rounds`` each."""
    pair = load_chat_pair(ENGINES)
    assert pair.right is not None, "both engines run on the CPU"
    figures, texts = _alternate({"llama_cpp": pair.left, "onnxruntime_genai": pair.right}, rounds)
    ratio = figures["onnxruntime_genai"]["tokens_per_s"] / max(figures["llama_cpp"]["tokens_per_s"], 1e-9)
    same = texts["llama_cpp"].strip() == texts["onnxruntime_genai"].strip()
    return {"compare": {**figures, "ratio": round(ratio, 3), "same_text": same, "rounds": rounds, "texts": texts}}


def _where(engine: ChatEngine) -> ProviderInfo:
    assert engine.info.provider is not None, "onnxruntime-genai engines know their provider"
    return engine.info.provider


def compare_devices(rounds: int = 3) -> dict:
    """``{"compare": {"cpu": {...}, "accelerator": {...} or None, ...}}``: onnxruntime-genai's SmolLM2 on the CPU
    and on the best accelerator the ranking finds (each device's own build), the same question, replies
    alternating; ``accelerator`` None (and ``why``) where the best device for it is the CPU."""
    pair = load_chat_pair(DEVICE)
    if pair.right is None:
        pair.close()
        return {"compare": {"cpu": None, "accelerator": None, "speedup": None, "why": pair.missing, "rounds": rounds}}
    engines = {"cpu": pair.left, "accelerator": pair.right}
    figures, texts = _alternate(engines, rounds)
    sides = {name: {**figures[name], **_where(engine).to_json()} for name, engine in engines.items()}
    speedup = sides["accelerator"]["tokens_per_s"] / max(sides["cpu"]["tokens_per_s"], 1e-9)
    same = texts["cpu"].strip() == texts["accelerator"].strip()
    return {"compare": {**sides, "speedup": round(speedup, 2), "same_text": same, "rounds": rounds, "texts": texts}}


def _answer(engine: ChatEngine) -> ReplyDone:
    return [event for event in stream_reply(engine, PROMPT, SETTINGS) if isinstance(event, ReplyDone)][0]
