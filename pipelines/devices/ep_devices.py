"""The devices onnxruntime can drive, from its device API, and the plugin execution providers installed.

onnxruntime 1.22+ lists devices rather than provider names: ``get_ep_devices()`` gives each device an
EP can drive (CPU, GPU or NPU, vendor, metadata). Plugin EPs ship as packages of their own
(``onnxruntime-ep-openvino``, ``onnxruntime-ep-webgpu``, ``onnxruntime-ep-mlx``...) whose module
``onnxruntime_ep_<name>`` says where its library is (``get_library_path()``) and which EPs it holds
(``get_ep_names()``); registering that library with ``register_execution_provider_library`` adds
its devices to the list (onnxruntime-qnn 2.x is such a package under the module ``onnxruntime_qnn``). The
packages are found among the installed ones (never a hard-coded path); on Windows 11 the EPs that
Windows ML has installed are registered too (``pipelines/devices/windows_ml.py``). Each is registered once per
process; a failure is reported with onnxruntime's reason, never raised.
"""

from __future__ import annotations

import importlib
import pkgutil
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from importlib.metadata import packages_distributions

import onnxruntime as ort

from pipelines.devices.windows_ml import READY, CatalogProvider, catalog_providers
from pipelines.errors import first_line

PLUGIN_MODULE_PREFIX = "onnxruntime_ep_"
PLUGIN_MODULES = {"onnxruntime_qnn"}  # plugin EP packages named otherwise (onnxruntime-qnn 2.x)


@dataclass(frozen=True)
class EpDevice:
    """One device an execution provider can drive."""

    ep: str
    type: str  # "CPU", "GPU", "NPU", or "unknown" where onnxruntime has no device API
    vendor: str
    device_id: int
    metadata: dict[str, str] = field(default_factory=dict)

    def to_json(self) -> dict:
        return {
            "ep": self.ep,
            "type": self.type,
            "vendor": self.vendor,
            "device_id": self.device_id,
            "metadata": self.metadata,
        }


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
        return {
            "module": self.module,
            "package": self.package,
            "library": self.library,
            "ep_names": list(self.ep_names),
            "registered": self.registered,
            "reason": self.reason,
        }


_REGISTERED: dict[str, PluginEp] = {}  # by module (or "windowsml:<EP>"): registration is once per process
_CATALOG_READ: list[bool] = []  # Windows ML's catalog is read once per process
_REGISTERING = threading.RLock()  # the picker's probe and a pipeline's load may both ask first


_PLUGIN_MODULES: list[dict[str, str]] = []  # found once per process


def plugin_modules() -> dict[str, str]:
    """Installed plugin EP modules and the distribution each comes from, found once per process (a package installed
    while the app runs is found at its next start; Windows ML's providers are registered as they install). The
    module names are read from the import path's folders (12-24 ms); the installed distributions' records (~110 ms of
    Python, a stall of the window's thread when a low-priority worker held the GIL) only where a plugin is there."""
    with _REGISTERING:
        if not _PLUGIN_MODULES:
            names = [m.name for m in pkgutil.iter_modules() if m.name.startswith(PLUGIN_MODULE_PREFIX)
                     or m.name in PLUGIN_MODULES]
            owners = packages_distributions() if names else {}
            _PLUGIN_MODULES.append({name: ", ".join(owners.get(name, [name])) for name in names})
        return dict(_PLUGIN_MODULES[0])


def _library_and_names(module) -> tuple[str, tuple[str, ...]]:
    """Where a plugin package keeps its EP library and which EPs it holds. Most expose
    ``get_library_path()`` and ``get_ep_names()``; onnxruntime-ep-mlx has ``library_path()`` and ``EP_NAME``."""
    library = module.get_library_path() if hasattr(module, "get_library_path") else module.library_path()
    if hasattr(module, "get_ep_names"):
        return str(library), tuple(module.get_ep_names())
    return str(library), (module.get_ep_name() if hasattr(module, "get_ep_name") else module.EP_NAME,)


def _locate(module_name: str) -> tuple[str, tuple[str, ...]]:
    return _library_and_names(importlib.import_module(module_name))


def _register(key: str, package: str, locate: Callable[[], tuple[str, tuple[str, ...]]]) -> PluginEp:
    """Register one EP library under ``key``; ``locate`` says where the library is and which EPs it holds."""
    library, names = "", tuple[str, ...]()
    try:
        library, names = locate()
        ort.register_execution_provider_library(key, library)
    except Exception as error:
        reason = first_line(error)
        return PluginEp(key, package, library, names, False, reason)
    return PluginEp(key, package, library, names, True)


def register_catalog_provider(provider: CatalogProvider) -> PluginEp:
    """Register an EP that Windows ML has installed (at start-up, or once the user installed it)."""
    key = f"windowsml:{provider.name}"
    with _REGISTERING:
        if key not in _REGISTERED or not _REGISTERED[key].registered:
            _REGISTERED[key] = _register(key, provider.package, lambda: (provider.library_path, (provider.name,)))
        return _REGISTERED[key]


def register_plugin_eps(found: dict[str, str] | None = None) -> list[PluginEp]:
    """Register every installed plugin EP package and every EP Windows ML has ready (once per process);
    what happened to each."""
    found = plugin_modules() if found is None else found
    if not hasattr(ort, "register_execution_provider_library"):
        return [
            PluginEp(m, p, "", (), False, f"onnxruntime {ort.__version__} has no plugin EP support (1.22+ does)")
            for m, p in found.items()
        ]
    with _REGISTERING:
        for module_name, package in found.items():
            if module_name not in _REGISTERED:
                _REGISTERED[module_name] = _register(module_name, package, partial(_locate, module_name))
        if not _CATALOG_READ:
            _CATALOG_READ.append(True)
            for provider in catalog_providers():
                if provider.state == READY:
                    register_catalog_provider(provider)
        return list(_REGISTERED.values())


def raw_ep_devices() -> list:
    """onnxruntime's ``OrtEpDevice`` list (plugin EPs registered first): what sessions bind to; [] where
    the installed onnxruntime has no device API."""
    if not hasattr(ort, "get_ep_devices"):
        return []
    register_plugin_eps()
    return list(ort.get_ep_devices())


def ep_devices() -> list[EpDevice]:
    """Every device each EP can drive (plugin EPs registered first); from the provider list where the
    installed onnxruntime has no device API (then the device type is unknown)."""
    if not hasattr(ort, "get_ep_devices"):
        return [EpDevice(ep, "unknown", "", 0) for ep in ort.get_available_providers()]
    return [
        EpDevice(
            d.ep_name,
            d.device.type.name,
            d.device.vendor or d.ep_vendor,
            int(d.device.device_id),
            {**dict(d.device.metadata), **dict(d.ep_metadata)},
        )
        for d in raw_ep_devices()
    ]
