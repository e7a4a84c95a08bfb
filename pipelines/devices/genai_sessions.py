"""onnxruntime-genai models (chat, Whisper) bound to a device the way the detector's sessions are: the same
ranking (``ranking.candidates_for``), the same fallback with each EP's own reason, the same proof of placement.

A model folder built for one execution provider names it in its ``genai_config.json`` (``provider_options``).
The catalog keeps one folder per EP (its *variants*, ``pipelines/models.py``); ``variant_for`` gives the folder
for a ranked choice. A folder made for the CPU EP also runs on a CPU-device choice of another EP (OpenVINO's CPU
plugin): its provider is replaced in the config. Where the device API lists the choice's device, the genai
config is told its hardware type, so onnxruntime-genai binds that OrtEpDevice (plugin EPs can only be bound so).

Placement: the model is loaded once with onnxruntime's profiler on, warmed up with one real generation, freed
(which writes the profiles), and counted per EP; then loaded again for use, with the profiler off.
"""

from __future__ import annotations

import gc
import json
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipelines.devices.cuda_libraries import prepare_provider
from pipelines.devices.ep_devices import raw_ep_devices
from pipelines.devices.placement import placement_from_profiles
from pipelines.devices.provider_info import Fallback, ProviderInfo
from pipelines.devices.ranking import CPU_EP, ProviderChoice, available_eps, candidates_for
from pipelines.errors import ModelError, ProviderError, first_line
from pipelines.model_store import MODEL_FOLDER_NOT_FOUND
from pipelines.phrases import QT_TRANSLATE_NOOP, Phrase

CONFIG_FILE = "genai_config.json"
EXPECTED_GENAI = QT_TRANSLATE_NOOP("Pipelines", "expected an onnxruntime-genai model folder")
NO_CONFIG = QT_TRANSLATE_NOOP("Pipelines", "{folder} has no {file}")
NOT_GENAI = QT_TRANSLATE_NOOP("Pipelines", "not an onnxruntime-genai model folder")
MISSING_PART = QT_TRANSLATE_NOOP("Pipelines", "{folder} is missing its {part} ({file})")
REBUILD = QT_TRANSLATE_NOOP("Pipelines", "rebuild or re-download it")
# onnxruntime's EP names -> the names genai_config.json uses (onnxruntime-genai's own dispatch table).
GENAI_PROVIDERS = {
    CPU_EP: "cpu",
    "CUDAExecutionProvider": "cuda",
    "DmlExecutionProvider": "dml",
    "QNNExecutionProvider": "QNN",
    "OpenVINOExecutionProvider": "OpenVINO",
    "VitisAIExecutionProvider": "VitisAI",
    "WebGpuExecutionProvider": "WebGPU",
    "NvTensorRTRTXExecutionProvider": "NvTensorRtRtx",
}
ORT_PROVIDERS = {name.lower(): ep for ep, name in GENAI_PROVIDERS.items()}


def genai_binds(choice: ProviderChoice) -> bool:
    """Whether onnxruntime-genai can run a model on ``choice`` (its provider is in genai's dispatch table)."""
    return choice.ep in GENAI_PROVIDERS

VariantFor = Callable[[ProviderChoice], "tuple[Path | None, str]"]  # a choice's folder and precision, or None + why


@dataclass
class GenaiBinding:
    """A loaded onnxruntime-genai model, the device that runs it and the folder it came from."""

    model: Any  # onnxruntime_genai.Model
    info: ProviderInfo
    folder: Path
    choice: ProviderChoice
    device_listed: bool

    def load_again(self, threads: int | None) -> Any:
        """The same folder on the same device with another thread count (a session's pool cannot be resized)."""
        self.model = None
        gc.collect()
        self.model = _load(self.folder, self.choice, self.device_listed, threads)
        return self.model


def read_config(folder: Path) -> dict:
    """The folder's ``genai_config.json``; a missing or unreadable one is a ``ModelError`` naming the folder."""
    path = folder / CONFIG_FILE
    if not folder.is_dir():
        raise ModelError(Phrase(MODEL_FOLDER_NOT_FOUND, path=str(folder)), Phrase(EXPECTED_GENAI))
    if not path.is_file():
        raise ModelError(Phrase(NO_CONFIG, folder=str(folder), file=CONFIG_FILE), Phrase(NOT_GENAI))
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise ModelError(f"{path} is not valid JSON", first_line(error)) from error


def _sessions(config: dict) -> list[str]:
    """The model's sections that hold an onnxruntime session ('decoder', and 'encoder' for Whisper)."""
    return [name for name, part in config.get("model", {}).items() if isinstance(part, dict) and "filename" in part]


def configured_ep(folder: Path) -> str:
    """The onnxruntime EP the folder's config names (the CPU EP when it names none)."""
    return _ep_named(read_config(folder))


def _ep_named(config: dict) -> str:
    decoder = config.get("model", {}).get("decoder", {})
    for entry in decoder.get("session_options", {}).get("provider_options", []):
        for name in entry:
            return ORT_PROVIDERS.get(name.lower(), name)
    return CPU_EP


def check_model_files(folder: Path) -> None:
    """Every ONNX file the config names, and its external data, present and not empty: a folder missing its
    decoder (or a truncated download) is reported before onnxruntime-genai reads it."""
    config = read_config(folder)
    for section in _sessions(config):
        model = folder / config["model"][section]["filename"]
        data = model.with_name(f"{model.name}.data")  # external weights, where the model has them
        for path in (model, data) if data.exists() else (model,):
            if not path.is_file() or path.stat().st_size == 0:
                raise ModelError(Phrase(MISSING_PART, folder=str(folder), part=section, file=path.name),
                                 Phrase(REBUILD))


def _session_options(threads: int | None, profile_prefix: str) -> dict:
    options: dict[str, Any] = {"log_severity_level": 3, "session.intra_op.allow_spinning": "0"}
    if threads:
        options["intra_op_num_threads"] = threads
    if profile_prefix:
        options["enable_profiling"] = profile_prefix
    return options


def session_overlay(folder_config: dict, choice: ProviderChoice, threads: int | None, profile: str) -> dict:
    """The session options laid over the folder's config: threads, no spinning, the profiler when asked. Whisper's
    encoder gets them on the CPU only: onnxruntime-genai 0.18 on CUDA crashes in the first ``set_inputs`` once the
    encoder's session options are overlaid (any key; seen on an H200), so there the decoder alone is profiled."""
    options = _session_options(threads, profile)
    names = [name for name in _sessions(folder_config) if name == "decoder" or choice.ep == CPU_EP]
    return {"model": {name: {"session_options": options} for name in names}}


def genai() -> Any:
    """onnxruntime-genai, with its telemetry events off (ETW on Windows; its 1DS uploads already obey
    ``ORT_DISABLE_TELEMETRY``, which ``pipelines.offline`` sets before anything loads)."""
    import onnxruntime_genai as og

    disable = getattr(og, "disable_telemetry_events", None)  # onnxruntime-genai 0.13 and older have no such events
    if disable is not None:
        disable()
    return og


def _genai_config(folder: Path, choice: ProviderChoice, device_listed: bool, threads: int | None, profile: str) -> Any:
    folder_config = read_config(folder)
    config = genai().Config(str(folder))
    config.overlay(json.dumps(session_overlay(folder_config, choice, threads, profile)))
    if _ep_named(folder_config) != choice.ep:  # a CPU-EP folder on another EP's CPU device
        config.clear_providers()
        if choice.ep != CPU_EP:
            name = GENAI_PROVIDERS[choice.ep]
            config.append_provider(name)
            for key, value in choice.options.items():
                config.set_provider_option(name, key, value)
    if device_listed and choice.ep != CPU_EP:
        config.set_decoder_provider_options_hardware_device_type(GENAI_PROVIDERS[choice.ep], choice.device)
    return config


def _load(folder: Path, choice: ProviderChoice, device_listed: bool, threads: int | None, profile: str = "") -> Any:
    prepare_provider(choice.ep)
    return genai().Model(_genai_config(folder, choice, device_listed, threads, profile))


def _profiled_warmup(
    folder: Path, choice: ProviderChoice, device_listed: bool, threads: int | None, warmup: Callable[[Any], None]
) -> tuple[float, Any]:
    """Load with the profiler on, run ``warmup``, free the model; the warm-up's ms and the placement."""
    with tempfile.TemporaryDirectory(prefix="edge-showcase-genai-profile-", ignore_cleanup_errors=True) as folder_:
        model = _load(folder, choice, device_listed, threads, str(Path(folder_) / "profile"))
        started = time.perf_counter()
        try:
            warmup(model)
        finally:
            warmup_ms = (time.perf_counter() - started) * 1000
            del model
            gc.collect()  # the profiles are written when the sessions end
        return warmup_ms, placement_from_profiles(sorted(Path(folder_).glob("profile*.json")))


def bind_genai_model(
    variant_for: VariantFor,
    warmup: Callable[[Any], None],
    forced: str | None = None,
    threads: int | None = None,
    available: Sequence[str] | None = None,
    listed: Sequence | None = None,
) -> GenaiBinding:
    """The best ranked device that has a variant and runs it: loaded, warmed up, its placement counted.
    ``forced``: a provider key or 'device:npu' as for the detector. A bad model folder (``ModelError``) is raised
    at once; any other failure of a device is a fallback with its reason, and the next one is tried."""
    listed = raw_ep_devices() if listed is None else listed
    available = available_eps() if available is None else available
    fallbacks: list[Fallback] = []
    for choice in candidates_for(forced, available, listed=listed):
        folder, precision = variant_for(choice)
        if folder is None:
            fallbacks.append(Fallback(choice, precision))
            continue
        device_listed = any(d.ep_name == choice.ep and d.device.type.name == choice.device for d in listed)
        try:
            warmup_ms, placement = _profiled_warmup(folder, choice, device_listed, threads, warmup)
            model = _load(folder, choice, device_listed, threads)
        except ModelError:
            raise
        except Exception as error:
            fallbacks.append(Fallback(choice, first_line(error)))
            continue
        info = ProviderInfo.of(choice, warmup_ms, fallbacks, precision, placement, device_listed)
        return GenaiBinding(model, info, folder, choice, device_listed)
    tried = "; ".join(f.describe() for f in fallbacks) or "no variant of this model for any device here"
    raise ProviderError("No execution provider could run this onnxruntime-genai model", tried)
