"""Where an engine ran, as the CLI's ``--json`` says it for every pipeline (without loading onnxruntime)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pipelines.devices.provider_info import ProviderInfo


def ran_on(engine: str, model: str, device: str, provider: ProviderInfo | None, placement: str = "") -> str:
    """Which model ran in which engine on which device, as the panels' badges say it (the session report's words)."""
    where = provider.badge() if provider else f"{device} ({placement})" if placement else device
    return f"{model} in {engine} on {where}"


def where_it_ran(engine: str, device: str, placement: str, provider: ProviderInfo | None) -> dict:
    """engine, provider, device and placement, as ``detect --json`` gives them: an onnxruntime engine's EP, nodes
    per EP and fallbacks; another engine's own account of where it put the model (llama.cpp's load log)."""
    if provider is not None:
        return {"engine": engine, **provider.to_json()}
    return {"engine": engine, "provider": None, "device": device, "placement": placement}
