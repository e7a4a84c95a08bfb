"""Which engine runs a model here, and why: onnxruntime-genai wherever a variant of the model has an NPU or GPU on
this machine (it is the engine that reaches them); on the CPU, whichever engine measured faster for the model.

Each engine is measured once per model on this machine and the figure is remembered (``engine_speeds.json`` in the
app's data folder), so later starts choose at once; a figure is a score where higher is better (tokens/s, or
seconds of audio per second of decoding).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from pipelines.errors import ShowcaseError
from pipelines.storage import user_folders
from pipelines.storage.atomic_file import write_atomically

SPEEDS_FILE = "engine_speeds.json"
GENAI = "onnxruntime-genai"


@dataclass(frozen=True)
class EngineDecision:
    """The engine to load and the reason shown beside it."""

    engine: str
    why: str


def speeds_path() -> Path:
    return user_folders.data_folder() / SPEEDS_FILE


def remembered_scores(model_id: str, path: Path | None = None) -> dict[str, float]:
    try:
        stored = json.loads((path or speeds_path()).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    scores = stored.get(model_id, {}) if isinstance(stored, dict) else {}
    return {engine: float(value) for engine, value in scores.items() if isinstance(value, (int, float))}


def remember_score(model_id: str, engine: str, score: float, path: Path | None = None) -> None:
    path = path or speeds_path()
    try:
        stored = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        stored = {}
    stored.setdefault(model_id, {})[engine] = round(score, 3)
    write_atomically(path, json.dumps(stored, indent=2, sort_keys=True))


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
) -> EngineDecision:
    """``measures``: the engines installed here, each with its (slow, once) measurement. ``accelerator``: the NPU or
    GPU a variant of the model runs on here ('' when none), which decides for onnxruntime-genai at once."""
    if accelerator and GENAI in measures:
        return EngineDecision(GENAI, f"onnxruntime-genai runs it on the {accelerator}")
    if len(measures) == 1:
        (only,) = measures
        return EngineDecision(only, "the only engine installed for it")
    scores, failures = remembered_scores(model_id, path), {}
    for engine, measure in measures.items():
        if engine not in scores:
            try:
                scores[engine] = measure()
            except ShowcaseError as error:  # its model is not built, say: the other engine runs
                failures[engine] = error
                continue
            remember_score(model_id, engine, scores[engine], path)
    ran = [engine for engine in measures if engine in scores]
    if not ran:
        raise next(iter(failures.values()))
    if len(ran) == 1:
        return EngineDecision(ran[0], f"the other engine cannot run it here ({failures_line(failures)})")
    best = max(ran, key=lambda engine: scores[engine])
    figures = ", ".join(f"{engine} {describe(scores[engine])}" for engine in ran)
    return EngineDecision(best, f"the faster here on the CPU (measured once: {figures})")


def failures_line(failures: Mapping[str, ShowcaseError]) -> str:
    return "; ".join(f"{engine}: {error.one_line()}" for engine, error in failures.items())
