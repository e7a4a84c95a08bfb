"""Choosing a speech engine: vosk when an English vosk model is installed, else Whisper; or the
engine a model folder the user picked is made for."""

from __future__ import annotations

import time
from dataclasses import replace
from functools import partial
from pathlib import Path

from pipelines.devices.engine_choice import EngineDecision, choose_installed_engine
from pipelines.devices.requests import self_placing
from pipelines.errors import ModelError, ShowcaseError
from pipelines.model_store import models_dir, resolve_model
from pipelines.models import DEFAULT_WHISPER_MODEL
from pipelines.phrases import QT_TRANSLATE_NOOP, Figure, Phrase
from pipelines.runtime.engine_support import GENAI, VOSK, WHISPER, cannot_run, speech_engine_missing
from pipelines.speech.audio import SAMPLE_RATE, int16_to_float
from pipelines.speech.languages import DEFAULT_OPTIONS, SpeechOptions
from pipelines.speech.protocol import Recognizer

RTF = "RTF {rtf}"  # no words to translate: a phrase for its figure's digits
VOSK_STREAMS = QT_TRANSLATE_NOOP("Pipelines", "true streaming with the English vosk model")
NO_ENGLISH_VOSK = QT_TRANSLATE_NOOP("Pipelines", "No English vosk model is installed")
OPEN_VOSK_FOLDER = QT_TRANSLATE_NOOP(  # words for the window and the CLI alike
    "Pipelines", "open a vosk model folder (--model DIR) or use Whisper (--engine whisper)"
)
NOT_SPEECH_FOLDER = QT_TRANSLATE_NOOP("Pipelines", "{folder} is not a speech model folder")
SPEECH_FOLDERS = QT_TRANSLATE_NOOP(
    "Pipelines", "pick a vosk model folder (with am/ and conf/), a faster-whisper one (model.bin, config.json) or an "
    "onnxruntime-genai Whisper (genai_config.json)"
)
SELF_PLACING = {WHISPER: "faster-whisper", VOSK: "vosk"}  # the engines that place their model themselves, by name
ENGLISH_VOSK_FOLDERS = ("vosk-model-small-en-us-0.15", "vosk-model-en-us-0.22", "vosk-model-small-en-us")
MEASURE_S = 5.0  # of the demo recording: one live decode of an utterance this long, the unit of live speech
MEASURE_DECODES = 2


def english_vosk_model() -> Path | None:
    """An English vosk model in the models folder (the installers bundle vosk-model-small-en-us)."""
    return next((models_dir() / name for name in ENGLISH_VOSK_FOLDERS if (models_dir() / name / "am").is_dir()), None)


def _measured_speed(engine: str, threads: int | None) -> float:
    """Seconds of speech per second of one live decode by ``engine`` (higher is faster), in this process: what
    decides live transcription (faster-whisper cuts Whisper's window to the utterance, onnxruntime-genai cannot)."""
    from pipelines.speech.live_whisper import LiveWhisper
    from pipelines.speech.sources import decode_audio_file, demo_recording

    audio = int16_to_float(decode_audio_file(demo_recording())[: int(MEASURE_S * SAMPLE_RATE)])
    recognizer, _ = load_recognizer(engine, threads=threads)
    try:
        assert isinstance(recognizer, LiveWhisper), "both Whisper engines are live Whisper"
        started = time.perf_counter()
        for _ in range(MEASURE_DECODES):
            recognizer.decode_words(audio, MEASURE_S)
        return MEASURE_S * MEASURE_DECODES / max(time.perf_counter() - started, 1e-6)
    finally:
        recognizer.close()


def needs_whisper(options: SpeechOptions) -> bool:
    """Options the English vosk model cannot follow: another language, Auto (detection), a translation."""
    return options.translate or options.language != "en"


def chosen_engine(threads: int | None = None, options: SpeechOptions = DEFAULT_OPTIONS) -> EngineDecision:
    """vosk where an English vosk model is installed and English is asked for (true streaming, the installers bundle
    one); else the Whisper engine that reaches an NPU or GPU here, else the faster Whisper engine on this CPU
    (measured once)."""
    if not needs_whisper(options) and english_vosk_model() is not None and not speech_engine_missing(VOSK):
        return EngineDecision(VOSK, Phrase(VOSK_STREAMS))
    return choose_installed_engine(
        DEFAULT_WHISPER_MODEL, (GENAI, WHISPER), speech_engine_missing, partial(_measured_speed, threads=threads),
        lambda score: Phrase(RTF, rtf=Figure(1 / score, 2)),
    )


def engine_for_folder(folder: Path) -> str:
    """The engine a model folder is for: vosk (am/, conf/), faster-whisper (model.bin, config.json) or
    onnxruntime-genai (genai_config.json)."""
    if all((folder / part).is_dir() for part in ("am", "conf")):
        return VOSK
    if (folder / "genai_config.json").is_file():
        return GENAI
    if all((folder / name).is_file() for name in ("model.bin", "config.json")):
        return WHISPER
    raise ModelError(Phrase(NOT_SPEECH_FOLDER, folder=str(folder)), Phrase(SPEECH_FOLDERS))


def placed_by_itself(engine: str | None, model: Path | None) -> str:
    """The name of the engine that places its model itself (faster-whisper, vosk; a model folder's kind is read from
    its files), '' where the device asked for decides (the Device lists grey out)."""
    if model is not None:
        try:
            engine = engine_for_folder(model)
        except ModelError:
            return ""  # a folder gone since: its load says so
    return SELF_PLACING.get(engine or "", "")


def load_recognizer(
    engine: str | None = None, model: Path | None = None, threads: int | None = None, provider: str | None = None,
    options: SpeechOptions = DEFAULT_OPTIONS,
) -> tuple[Recognizer, float]:
    """The recognizer and its load time in ms. vosk needs a model folder unless an English one is installed;
    with a folder and no engine, the folder says which. ``threads``: Whisper's CPU threads (vosk uses one);
    ``options``: the language and the task (an engine that cannot follow them is one line); ``provider``: where
    onnxruntime-genai runs (no engine named: onnxruntime-genai; faster-whisper and vosk place themselves)."""
    why = ""
    if engine is None and model is not None and model.is_dir():
        engine = engine_for_folder(model)
    elif engine is None and provider is not None:
        engine = GENAI  # the one engine a placement (provider or device type) can place
    elif engine is None:
        decision = chosen_engine(threads, options)
        engine, why = decision.engine, decision.why
    missing = speech_engine_missing(engine) if engine in (WHISPER, VOSK, GENAI) else ""
    if missing:
        raise cannot_run(engine, missing)
    if provider is not None and engine in SELF_PLACING:
        raise self_placing(SELF_PLACING[engine])
    started = time.perf_counter()
    if engine == WHISPER:
        from pipelines.speech.whisper_engine import WhisperRecognizer

        recognizer: Recognizer = WhisperRecognizer(
            resolve_model(DEFAULT_WHISPER_MODEL, model, folder=True), threads=threads or 2
        )
    elif engine == VOSK:
        from pipelines.speech.vosk_engine import VoskRecognizer

        folder = model or english_vosk_model()
        if folder is None:
            raise ShowcaseError(Phrase(NO_ENGLISH_VOSK), Phrase(OPEN_VOSK_FOLDER))
        recognizer = VoskRecognizer(folder)
    elif engine == GENAI:
        from pipelines.devices.variants import catalog_variants, folder_variants
        from pipelines.speech.genai_whisper import load_genai_whisper

        variants = folder_variants(model) if model is not None else catalog_variants(DEFAULT_WHISPER_MODEL)
        recognizer = load_genai_whisper(variants, provider, threads or 2)
    else:
        raise ShowcaseError(f"Unknown speech engine '{engine}'", f"use {WHISPER}, {VOSK} or {GENAI}")
    try:
        recognizer.set_options(options)
    except ShowcaseError:
        recognizer.close()
        raise
    if why:
        recognizer.info = replace(recognizer.info, why=why)
    return recognizer, (time.perf_counter() - started) * 1000
