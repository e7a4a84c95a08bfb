"""Choosing a speech engine: vosk when an English vosk model is installed, else Whisper; or the
engine a model folder the user picked is made for."""

from __future__ import annotations

import time
from pathlib import Path

from pipelines.engine_support import speech_engine_missing
from pipelines.errors import ModelError, ShowcaseError
from pipelines.models import DEFAULT_WHISPER_MODEL, models_dir, resolve_model
from pipelines.speech.recognizer import Recognizer

WHISPER = "whisper"
VOSK = "vosk"
ENGLISH_VOSK_FOLDERS = ("vosk-model-small-en-us-0.15", "vosk-model-en-us-0.22", "vosk-model-small-en-us")


def english_vosk_model() -> Path | None:
    """An English vosk model in the models folder (the installers bundle vosk-model-small-en-us)."""
    return next((models_dir() / name for name in ENGLISH_VOSK_FOLDERS if (models_dir() / name / "am").is_dir()), None)


def default_engine() -> str:
    return VOSK if english_vosk_model() is not None and not speech_engine_missing(VOSK) else WHISPER


def engine_for_folder(folder: Path) -> str:
    """The engine a model folder is for: vosk (am/, conf/) or faster-whisper (model.bin, config.json)."""
    if all((folder / part).is_dir() for part in ("am", "conf")):
        return VOSK
    if all((folder / name).is_file() for name in ("model.bin", "config.json")):
        return WHISPER
    raise ModelError(f"{folder} is not a speech model folder",
                     "pick a vosk model folder (with am/ and conf/) or a faster-whisper one (model.bin, config.json)")


def load_recognizer(engine: str | None = None, model: Path | None = None, threads: int | None = None) -> tuple[Recognizer, float]:
    """The recognizer and its load time in ms. vosk needs a model folder unless an English one is installed;
    with a folder and no engine, the folder says which. ``threads``: Whisper's CPU threads (vosk uses one)."""
    engine = engine or (engine_for_folder(model) if model is not None and model.is_dir() else default_engine())
    missing = speech_engine_missing(engine) if engine in (WHISPER, VOSK) else ""
    if missing:
        raise ShowcaseError(f"The {engine} speech engine cannot run on this machine: {missing}")
    started = time.perf_counter()
    if engine == WHISPER:
        from pipelines.speech.whisper_engine import WhisperRecognizer

        recognizer: Recognizer = WhisperRecognizer(resolve_model(DEFAULT_WHISPER_MODEL, model, folder=True), threads=threads or 2)
    elif engine == VOSK:
        from pipelines.speech.vosk_engine import VoskRecognizer

        folder = model or english_vosk_model()
        if folder is None:
            raise ShowcaseError("No English vosk model is installed", "pass --model DIR (a vosk model folder) or use --engine whisper")
        recognizer = VoskRecognizer(folder)
    else:
        raise ShowcaseError(f"Unknown speech engine '{engine}'", f"use {WHISPER} or {VOSK}")
    return recognizer, (time.perf_counter() - started) * 1000
