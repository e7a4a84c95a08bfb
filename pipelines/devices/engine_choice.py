"""Which engine runs a model here, and why: onnxruntime-genai wherever a variant of the model has an NPU or GPU on
this machine (it is the engine that reaches them); on the CPU, whichever engine measured faster for the model.

Each engine is measured once per model on this machine and the figure is remembered (``engine_speeds.json`` in the
app's data folder), so later starts choose at once; a figure is a score where higher is better (tokens/s, or
seconds of audio per second of decoding). Figures taken while the CPU was busy (a compile, the other pipelines:
llama.cpp measured 11-24 tokens/s so, 105-115 idle) are kept only until a start finds the CPU quiet, which
measures again.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import psutil

from pipelines.errors import ShowcaseError
from pipelines.phrases import QT_TRANSLATE_NOOP, Phrase, joined
from pipelines.storage import user_folders
from pipelines.storage.atomic_file import write_atomically

SPEEDS_FILE = "engine_speeds.json"
GENAI = "onnxruntime-genai"
LOAD_KEY = "load_per_core"  # the CPU's load when the figures were taken
BUSY_LOAD = 0.5  # a 1-minute load average per core above this: the figures are measured again once it is quiet
RUNS_ON_ACCELERATOR = QT_TRANSLATE_NOOP("Pipelines", "onnxruntime-genai runs it on the {accelerator}")
ONLY_ENGINE = QT_TRANSLATE_NOOP("Pipelines", "the only engine installed for it")
OTHER_CANNOT = QT_TRANSLATE_NOOP("Pipelines", "the other engine cannot run it here ({failures})")
FASTER_HERE = QT_TRANSLATE_NOOP("Pipelines", "the faster here on the CPU (measured once: {figures})")
ENGINE_FIGURE = "{engine} {figure}"  # no words to translate: a phrase for its figure's digits


@dataclass(frozen=True)
class EngineDecision:
    """The engine to load and the reason shown beside it."""

    engine: str
    why: str


def speeds_path() -> Path:
    return user_folders.data_folder() / SPEEDS_FILE


def load_per_core() -> float:
    """The CPU's 1-minute load average per core (0.0 where the platform does not tell)."""
    try:
        return float(psutil.getloadavg()[0]) / (psutil.cpu_count() or 1)
    except (OSError, AttributeError):
        return 0.0


def _stored(path: Path | None) -> dict:
    try:
        stored = json.loads((path or speeds_path()).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return stored if isinstance(stored, dict) else {}


def remembered_scores(model_id: str, path: Path | None = None, quiet_now: bool = False) -> dict[str, float]:
    """The figures remembered for ``model_id``; none when they were taken on a busy CPU and it is ``quiet_now``."""
    entry = _stored(path).get(model_id, {})
    if quiet_now and float(entry.get(LOAD_KEY, 0.0)) > BUSY_LOAD:
        return {}
    return {engine: float(value) for engine, value in entry.items() if engine != LOAD_KEY
            and isinstance(value, (int, float))}


def remember_scores(model_id: str, scores: Mapping[str, float], load: float, path: Path | None = None) -> None:
    stored = _stored(path)
    stored[model_id] = {**{engine: round(score, 3) for engine, score in scores.items()}, LOAD_KEY: round(load, 2)}
    write_atomically(path or speeds_path(), json.dumps(stored, indent=2, sort_keys=True))


def choose_installed_engine(
    model_id: str,
    engines: Sequence[str],
    missing: Callable[[str], str],
    measure: Callable[[str], float],
    describe: Callable[[float], str],
) -> EngineDecision:
    """The engine of ``engines`` (those not ``missing`` here) for the catalog model ``model_id``: onnxruntime-genai
    where a variant of it has an NPU or GPU here, else the faster one measured by ``measure(engine)``."""
    installed = [engine for engine in engines if not missing(engine)]
    if not installed:
        raise ShowcaseError(f"No engine for {model_id} is installed", "pip install onnxruntime-genai")
    from pipelines.devices.variants import accelerated_device

    accelerator = accelerated_device(model_id) if GENAI in installed else ""
    measures = {engine: partial(measure, engine) for engine in installed}
    return choose_engine(model_id, measures, describe, accelerator)


def choose_engine(
    model_id: str,
    measures: Mapping[str, Callable[[], float]],
    describe: Callable[[float], str],
    accelerator: str = "",
    path: Path | None = None,
    load: Callable[[], float] = load_per_core,
) -> EngineDecision:
    """``measures``: the engines installed here, each with its (slow, once) measurement; ``describe``: a score as the
    reason shows it (a ``Phrase`` with a ``Figure``: the window writes it in its digits). ``accelerator``: the NPU or
    GPU a variant of the model runs on here ('' when none), which decides for onnxruntime-genai at once."""
    if accelerator and GENAI in measures:
        return EngineDecision(GENAI, Phrase(RUNS_ON_ACCELERATOR, accelerator=accelerator))
    if len(measures) == 1:
        (only,) = measures
        return EngineDecision(only, Phrase(ONLY_ENGINE))
    cpu_load = load()
    scores, failures = remembered_scores(model_id, path, quiet_now=cpu_load <= BUSY_LOAD), {}
    missing = [engine for engine in measures if engine not in scores]
    for engine in missing:
        try:
            scores[engine] = measures[engine]()
        except ShowcaseError as error:  # its model is not built, say: the other engine runs
            failures[engine] = error
    if any(engine in scores for engine in missing):
        remember_scores(model_id, scores, cpu_load, path)
    ran = [engine for engine in measures if engine in scores]
    if not ran:
        raise next(iter(failures.values()))
    if len(ran) == 1:
        return EngineDecision(ran[0], Phrase(OTHER_CANNOT, failures=failures_line(failures)))
    best = max(ran, key=lambda engine: scores[engine])
    figures = joined([Phrase(ENGINE_FIGURE, engine=engine, figure=describe(scores[engine])) for engine in ran], ", ")
    return EngineDecision(best, Phrase(FASTER_HERE, figures=figures))


def failures_line(failures: Mapping[str, ShowcaseError]) -> str:
    return "; ".join(f"{engine}: {error.one_line()}" for engine, error in failures.items())
