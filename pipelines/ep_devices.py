"""The devices onnxruntime can drive, from its device API, and the plugin execution providers installed.

onnxruntime 1.22+ lists devices rather than provider names: ``get_ep_devices()`` gives each device an
EP can drive (CPU, GPU or NPU, vendor, metadata). Plugin EPs ship as packages of their own
(``onnxruntime-ep-openvino``, ``onnxruntime-ep-webgpu``, ``onnxruntime-ep-mlx``...) whose module
``onnxruntime_ep_<name>`` says where its library is (``get_library_path()``) and which EPs it holds
(``get_ep_names()``); registering that library with ``register_execution_provider_library`` adds
its devices to the list. The packages are found among the installed ones (never a hard-coded path)
and registered once per process; a failure is reported with onnxruntime's reason, never raised.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from importlib.metadata import packages_distributions

import onnxruntime as ort

PLUGIN_MODULE_PREFIX = "onnxruntime_ep_"


@dataclass(frozen=True)
class EpDevice:
    """One device an execution provider can drive."""

    ep: str
    type: str  # "CPU", "GPU", "NPU", or "unknown" where onnxruntime has no device API
    vendor: str
    device_id: int
    metadata: dict[str, str] = field(default_factory=dict)

    def to_json(self) -> dict:
        return {"ep": self.ep, "type": self.type, "vendor": self.vendor, "device_id": self.device_id, "metadata": self.metadata}


@dataclass(frozen=True)
class PluginEp:
    """An installed plugin EP package and what registering its library gave."""

    module: str
    package: str
    library: str
    ep_names: tuple[str, ...]
    registered: bool
    reason: str = ""

    def to_json(self) -> dict:
        return {"module": self.module, "package": self.package, "library": self.library, "ep_names": list(self.ep_names),
                "registered": self.registered, "reason": self.reason}


_REGISTERED: dict[str, PluginEp] = {}  # by module: registration is once per process


def plugin_modules() -> dict[str, str]:
    """Installed plugin EP modules and the distribution each comes from."""
    return {module: ", ".join(dists) for module, dists in packages_distributions().items() if module.startswith(PLUGIN_MODULE_PREFIX)}


def _register(module_name: str, package: str) -> PluginEp:
    library, names = "", ()
    try:
        module = importlib.import_module(module_name)
        library = str(module.get_library_path())
        names = tuple(module.get_ep_names() if hasattr(module, "get_ep_names") else [module.get_ep_name()])
        ort.register_execution_provider_library(module_name, library)
    except Exception as error:  # noqa: BLE001 - a plugin that cannot load is reported, the app goes on without it
        reason = (str(error).strip().splitlines() or [type(error).__name__])[0][:200]
        return PluginEp(module_name, package, library, names, False, reason)
    return PluginEp(module_name, package, library, names, True)


def register_plugin_eps(found: dict[str, str] | None = None) -> list[PluginEp]:
    """Register every installed plugin EP (once per process); what happened to each."""
    if not hasattr(ort, "register_execution_provider_library"):
        return [PluginEp(m, p, "", (), False, f"onnxruntime {ort.__version__} has no plugin EP support (1.22+ does)")
                for m, p in (plugin_modules() if found is None else found).items()]
    for module_name, package in (plugin_modules() if found is None else found).items():
        if module_name not in _REGISTERED:
            _REGISTERED[module_name] = _register(module_name, package)
    return list(_REGISTERED.values())


def ep_devices() -> list[EpDevice]:
    """Every device each EP can drive (plugin EPs registered first); from the provider list where the
    installed onnxruntime has no device API (then the device type is unknown)."""
    if not hasattr(ort, "get_ep_devices"):
        return [EpDevice(ep, "unknown", "", 0) for ep in ort.get_available_providers()]
    register_plugin_eps()
    return [
        EpDevice(d.ep_name, d.device.type.name, d.device.vendor or d.ep_vendor, int(d.device.device_id),
                 {**dict(d.device.metadata), **dict(d.ep_metadata)})
        for d in ort.get_ep_devices()
    ]
