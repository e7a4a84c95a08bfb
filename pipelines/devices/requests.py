"""How a user names where a model runs, without loading onnxruntime: a provider key ('cuda', 'openvino-cpu') or a
device type ('device:npu', the best provider of that type)."""

from __future__ import annotations

from pipelines.errors import ShowcaseError
from pipelines.phrases import QT_TRANSLATE_NOOP, Phrase

DEVICE_PREFIX = "device:"
DEVICE_ORDER = ("NPU", "GPU", "CPU")  # the ranking's order of device types, best first
DEVICE_TYPES = tuple(device.lower() for device in DEVICE_ORDER)  # as ``--device`` takes them
PLACES_ITSELF = QT_TRANSLATE_NOOP("Pipelines", "{engine} places the model itself: it cannot run on a chosen device")
LEAVE_TO_AUTO = QT_TRANSLATE_NOOP(
    "Pipelines", "let the engine choose the device (Auto: no --provider or --device), or use an onnxruntime-genai model"
)


def device_request(provider: str | None, device: str | None) -> str | None:
    """``--provider`` or ``--device`` as one request, never both (None: the best ranked device)."""
    if provider and device:
        raise ShowcaseError("--provider and --device both pick where the model runs", "give one of them")
    return f"{DEVICE_PREFIX}{device}" if device else provider


def self_placing(engine: str) -> ShowcaseError:
    """The error for a placement asked of an engine that places its model itself (llama.cpp, MLC LLM, faster-whisper,
    vosk): without it the request would be dropped without a word."""
    return ShowcaseError(Phrase(PLACES_ITSELF, engine=engine), Phrase(LEAVE_TO_AUTO))
