"""``edge-showcase doctor``: what this machine offers and where each pipeline runs."""

from __future__ import annotations

import platform

import onnxruntime as ort

from pipelines.detection.loading import load_detector
from pipelines.detection.sources import list_cameras
from pipelines.engine_support import PIPELINES, pipeline_unavailable
from pipelines.ep_devices import ep_devices, register_plugin_eps
from pipelines.errors import ShowcaseError
from pipelines.models import CATALOG, model_status
from pipelines.providers import available_eps, ranked_choices
from pipelines.speech.sources import list_microphones
from pipelines.windows_ml import catalog_providers


def collect_report() -> dict:
    """Everything doctor shows, as plain data (the --json output)."""
    report: dict = {
        "platform": f"{platform.system()} {platform.release()} {platform.machine()}, Python {platform.python_version()}",
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
    report["chat_device"] = _chat_device()
    report["speech_device"] = _speech_device()
    for spec in CATALOG.values():
        status = model_status(spec)
        checksum = {"ready": "ok", "not built": "not built", "checksum mismatch": "MISMATCH"}[status.state]
        report["models"].append({"id": spec.id, "state": status.state, "path": str(status.path),
                                 "size_mb": round(status.size / 1e6, 1), "checksum": checksum})
    try:
        info = load_detector().provider
        report["detection"] = {"chosen": info.provider, "ep": info.ep, "device": info.device, "badge": info.badge(),
                               "placement": dict(info.placement), "warmup_ms": round(info.warmup_ms, 1), "bound_by": info.bound_by,
                               "why": info.fallback_note() or "best-ranked provider available here, warmed up with a real inference"}
    except ShowcaseError as error:
        report["detection"] = {"chosen": None, "why": error.one_line()}
    return report


def _chat_device() -> str:
    try:
        import llama_cpp
    except ImportError as error:
        return f"llama.cpp unavailable: {error}"
    from pipelines.chat.llama_engine import gpu_device

    return f"llama.cpp on {gpu_device(llama_cpp)}"


def _speech_device() -> str:
    try:
        import ctranslate2
    except ImportError as error:
        return f"faster-whisper unavailable: {error}"
    cuda = ctranslate2.get_cuda_device_count() > 0
    return f"Whisper (faster-whisper) on {'GPU (CUDA)' if cuda else 'CPU'}; vosk on CPU"


def _plugin_state(plugin: dict, devices: list[dict]) -> str:
    if not plugin["registered"]:
        return f"not registered: {plugin['reason']}"
    driven = [d["type"] for d in devices if d["ep"] in plugin["ep_names"]]
    return f"registered {', '.join(plugin['ep_names'])}, " + (f"devices: {', '.join(driven)}" if driven else "no device it can drive here")


def format_report(report: dict) -> str:
    detection = report["detection"]
    lines = [
        f"platform      {report['platform']}",
        f"onnxruntime   {report['onnxruntime']}; providers: {', '.join(report['providers_available'])}",
        "ranking       " + " > ".join(f"{c['key']} [{c['device']}]" for c in report["ranking"]),
        *(f"device        {d['type']} {d['vendor']} (id {d['device_id']}) via {d['ep']}" for d in report["ep_devices"]),
        *(f"plugin EP     {p['package']}: {_plugin_state(p, report['ep_devices'])}" for p in report["plugin_eps"]),
        *(["plugin EPs    none installed (e.g. onnxruntime-ep-openvino for Intel CPUs, GPUs and NPUs)"] if not report["plugin_eps"] else []),
        *(f"Windows ML    {p['name']} {p['version']}: {p['state']}" for p in report["windows_ml"]),
        *(["Windows ML    no catalog here (Windows 11 with the windowsml package)"] if not report["windows_ml"] else []),
        *(f"unavailable   {name}: {why}" for name, why in report["pipelines_unavailable"].items()),
        f"detection     {detection['badge'] if detection['chosen'] else 'not available'}"
        + (f", bound by {detection['bound_by']}, warm-up {detection['warmup_ms']} ms" if detection["chosen"] else ""),
        f"  why         {detection['why']}",
        "cameras       " + (", ".join(f"camera:{i}" for i in report["cameras"]) or "none found (the demo video is used)"),
        "microphones   " + "; ".join(report["microphones"]),
        f"chat          {report['chat_device']}",
        f"speech        {report['speech_device']}",
    ]
    for model in report["models"]:
        lines.append(f"model         {model['id']}: {model['state']}, {model['size_mb']} MB, checksum {model['checksum']} ({model['path']})")
    return "\n".join(lines)
