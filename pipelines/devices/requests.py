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
