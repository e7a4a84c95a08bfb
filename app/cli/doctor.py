"""``edge-showcase doctor``: what this machine offers and where each pipeline runs."""

from __future__ import annotations

import platform
from collections.abc import Callable
from typing import Any

import onnxruntime as ort

from pipelines.detection.loading import load_detector
from pipelines.detection.sources import list_cameras
from pipelines.devices.ep_devices import ep_devices, register_plugin_eps
from pipelines.devices.ranking import available_eps, ranked_choices
from pipelines.devices.windows_ml import catalog_providers
from pipelines.errors import ShowcaseError
from pipelines.machine.cpu import describe_machine, machine_info
from pipelines.model_store import model_status
from pipelines.models import CATALOG
from pipelines.names import PIPELINES
from pipelines.runtime.engine_support import pipeline_unavailable
from pipelines.speech.sources import list_microphones


def collect_report() -> dict:
    """Everything doctor shows, as plain data (the --json output)."""
    report: dict = {
        "platform": f"{platform.system()} {platform.release()} {platform.machine()}, "
        f"Python {platform.python_version()}",
        "machine": machine_info(),
        "onnxruntime": ort.__version__,
        "providers_available": available_eps(),
        "ranking": [{"key": c.key, "provider": c.label, "device": c.device, "ep": c.ep} for c in ranked_choices()],
        "ep_devices": [device.to_json() for device in ep_devices()],
        "plugin_eps": [plugin.to_json() for plugin in register_plugin_eps()],
        "windows_ml": [provider.to_json() for provider in catalog_providers()],
        "pipelines_unavailable": {name: why for name in PIPELINES if (why := pipeline_unavailable(name))},
        "cameras": list_cameras(),
        "microphones": [],
        "models": [],
    }
    microphones, why_none = list_microphones()
    report["microphones"] = [f"{m.index}: {m.name} ({m.sample_rate} Hz)" for m in microphones] or [why_none]
    for spec in CATALOG.values():
        status = model_status(spec)
        checksum = {"ready": "ok", "not built": "not built", "checksum mismatch": "MISMATCH"}[status.state]
        report["models"].append(
            {
                "id": spec.id,
                "state": status.state,
                "path": str(status.path),
                "size_mb": round(status.size / 1e6, 1),
                "checksum": checksum,
            }
        )
    try:
        info = load_detector().provider
        report["detection"] = {
            "chosen": info.provider,
            "ep": info.ep,
            "device": info.device,
            "badge": info.badge(),
            "precision": info.precision,
            "placement": dict(info.placement),
            "warmup_ms": round(info.warmup_ms, 1),
            "bound_by": info.bound_by,
            "why": info.fallback_note() or "best-ranked provider available here, warmed up with a real inference",
        }
    except ShowcaseError as error:
        report["detection"] = {"chosen": None, "why": error.one_line()}
    report["pipelines"] = {
        "detection": _detection_entry(report["detection"]),
        "speech": _engine_entry(_speech_info),
        "chat": _engine_entry(_chat_info),
    }
    return report


def _detection_entry(detection: dict) -> dict:
    if not detection["chosen"]:
        return {"engine": None, "variant": None, "provider": None, "device": None, "why": detection["why"]}
    return {"engine": "onnxruntime", "variant": detection["precision"], "provider": detection["ep"],
            "device": detection["device"], "placement": detection["placement"], "why": detection["why"]}


def _chat_info() -> tuple[str, str, str, Any, str]:
    from pipelines.chat.hosted import load_hosted_engine

    engine = load_hosted_engine()
    info = engine.info
    engine.close()
    return info.engine, info.model_name, info.device, info.provider, info.why or info.placement


def _speech_info() -> tuple[str, str, str, Any, str]:
    from pipelines.speech.hosted import load_hosted_recognizer

    recognizer, _ = load_hosted_recognizer()
    info = recognizer.info
    recognizer.close()
    return info.engine, info.model, info.device, info.provider, info.why


def _engine_entry(load: Callable[[], tuple[str, str, str, Any, str]]) -> dict:
    """Which engine, model variant, provider and device a pipeline gets here (loaded for real, then freed)."""
    try:
        engine, variant, device, provider, why = load()
    except ShowcaseError as error:
        return {"engine": None, "variant": None, "provider": None, "device": None, "why": error.one_line()}
    entry = {"engine": engine, "variant": variant, "provider": provider.ep if provider else None, "device": device}
    if provider is not None:
        entry["placement"] = dict(provider.placement)
        why = "; ".join(part for part in (why, provider.fallback_note()) if part)
    return {**entry, "why": why or "the default engine for this pipeline"}


def _pipeline_line(name: str, entry: dict) -> str:
    if not entry["engine"]:
        return f"{name:13} not available: {entry['why']}"
    where = f"{entry['device']} · {entry['provider']}" if entry["provider"] else entry["device"]
    return f"{name:13} {entry['engine']} · {entry['variant']} on {where}\n  why         {entry['why']}"


def _plugin_state(plugin: dict, devices: list[dict]) -> str:
    if not plugin["registered"]:
        return f"not registered: {plugin['reason']}"
    driven = [d["type"] for d in devices if d["ep"] in plugin["ep_names"]]
    return f"registered {', '.join(plugin['ep_names'])}, " + (
        f"devices: {', '.join(driven)}" if driven else "no device it can drive here"
    )


def format_report(report: dict) -> str:
    detection = report["detection"]
    lines = [
        f"platform      {report['platform']}",
        f"machine       {describe_machine(report['machine'])}",
        f"onnxruntime   {report['onnxruntime']}; providers: {', '.join(report['providers_available'])}",
        "ranking       " + " > ".join(f"{c['key']} [{c['device']}]" for c in report["ranking"]),
        *(f"device        {d['type']} {d['vendor']} (id {d['device_id']}) via {d['ep']}" for d in report["ep_devices"]),
        *(f"plugin EP     {p['package']}: {_plugin_state(p, report['ep_devices'])}" for p in report["plugin_eps"]),
        *(
            ["plugin EPs    none installed (e.g. onnxruntime-ep-openvino for Intel CPUs, GPUs and NPUs)"]
            if not report["plugin_eps"]
            else []
        ),
        *(f"Windows ML    {p['name']} {p['version']}: {p['state']}" for p in report["windows_ml"]),
        *(
            ["Windows ML    no catalog here (Windows 11 with the windowsml package)"]
            if not report["windows_ml"]
            else []
        ),
        *(f"unavailable   {name}: {why}" for name, why in report["pipelines_unavailable"].items()),
        f"detection     {detection['badge'] if detection['chosen'] else 'not available'}"
        + (f", bound by {detection['bound_by']}, warm-up {detection['warmup_ms']} ms" if detection["chosen"] else ""),
        f"  why         {detection['why']}",
        "cameras       "
        + (", ".join(f"camera:{i}" for i in report["cameras"]) or "none found (the demo video is used)"),
        "microphones   " + "; ".join(report["microphones"]),
        *(_pipeline_line(name, entry) for name, entry in report["pipelines"].items()),
    ]
    for model in report["models"]:
        lines.append(
            f"model         {model['id']}: {model['state']}, {model['size_mb']} MB, checksum {model['checksum']} "
            f"({model['path']})"
        )
    return "\n".join(lines)
