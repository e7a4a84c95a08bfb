"""Windows ML's catalog of execution providers (Windows 11, package ``windowsml``).

Windows ML knows the certified EPs for the machine's NPU and GPU (QNN on Snapdragon, Vitis AI on Ryzen AI,
OpenVINO on Core Ultra, TensorRT RTX on NVIDIA) and installs them as system packages. The app reads the
catalog at start-up and registers with onnxruntime only the EPs that are already installed (``Ready``);
installing one downloads it through Windows, so that is only ever the user's explicit action in the
window (never automatic: the app itself opens no connection). Elsewhere (Linux, macOS, no package)
the catalog is empty.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

READY, NOT_READY, NOT_PRESENT = "ready", "not ready", "not present"
STATES = {0: READY, 1: NOT_READY, 2: NOT_PRESENT}  # windowsml.EpReadyState: Ready, NotReady, NotPresent
INSTALL_SOURCE = "Microsoft, through Windows Update (a system package; Windows ML shows no size before the download)"


@dataclass(frozen=True)
class CatalogProvider:
    """One EP in the catalog, as read from it (handles do not outlive the catalog)."""

    name: str
    version: str
    state: str  # READY, NOT_READY or NOT_PRESENT
    certified: bool
    library_path: str
    package: str  # the system package's family name

    def to_json(self) -> dict:
        return {"name": self.name, "version": self.version, "state": self.state, "certified": self.certified,
                "library_path": self.library_path, "package": self.package}


def _windowsml():
    """The ``windowsml`` module, or None where it cannot load (not Windows, not installed, no DLL)."""
    try:
        import windowsml
    except (ImportError, OSError):  # OSError: FileNotFoundError for a missing DLL, or the DLL refusing to load
        return None
    return windowsml


def _describe(provider) -> CatalogProvider:
    state = STATES.get(int(provider.ready_state), NOT_PRESENT)
    return CatalogProvider(provider.name, provider.version, state, int(provider.certification) == 1,
                           provider.library_path if state == READY else "", provider.package_family_name)


def catalog_providers() -> list[CatalogProvider]:
    """Every EP Windows ML offers on this machine; [] where there is no catalog or it cannot be read."""
    windowsml = _windowsml()
    if windowsml is None:
        return []
    try:
        with windowsml.EpCatalog() as catalog:
            return [_describe(provider) for provider in catalog.find_all_providers()]
    except OSError:  # every native call raises OSError on a failing HRESULT
        return []


def install_provider(name: str, on_progress: Callable[[float], None]) -> CatalogProvider:
    """Download and install one EP through Windows ML (the user asked for it); blocks: run it on a worker.
    Raises ``OSError`` with Windows' reason when it fails, ``LookupError`` for an unknown name."""
    windowsml = _windowsml()
    if windowsml is None:
        raise LookupError("Windows ML is not available on this machine")
    with windowsml.EpCatalog() as catalog:
        provider = next((p for p in catalog.find_all_providers() if p.name == name), None)
        if provider is None:
            raise LookupError(f"Windows ML has no execution provider named {name}")
        with provider.ensure_ready_async(on_progress=on_progress) as operation:
            operation.wait()
        return _describe(provider)
