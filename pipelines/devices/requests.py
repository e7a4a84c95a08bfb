"""How a user names where a model runs, without loading onnxruntime: a provider key ('cuda', 'openvino-cpu') or a
device type ('device:npu', the best provider of that type)."""

from __future__ import annotations

from pipelines.errors import ShowcaseError

DEVICE_PREFIX = "device:"


def device_request(provider: str | None, device: str | None) -> str | None:
    """``--provider`` or ``--device`` as one request, never both (None: the best ranked device)."""
    if provider and device:
        raise ShowcaseError("--provider and --device both pick where the model runs", "give one of them")
    return f"{DEVICE_PREFIX}{device}" if device else provider


def self_placing(engine: str) -> ShowcaseError:
    """The error for a placement asked of an engine that places its model itself (llama.cpp, faster-whisper, vosk):
    without it the request would be dropped without a word."""
    return ShowcaseError(
        f"{engine} places the model itself: --provider and --device cannot",
        "leave them out, or use --engine onnxruntime-genai",
    )
