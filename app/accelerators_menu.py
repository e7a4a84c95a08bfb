"""The Accelerators menu: the execution providers Windows ML can install for this machine's NPU or GPU.

Installing one downloads it through Windows, so it happens only when the user picks it here and
confirms a dialog that names the provider and its source; it runs on a worker with its progress in
the status bar, and the new provider is registered with onnxruntime once installed. Where there is
no Windows ML catalog (Linux, macOS, no ``windowsml`` package) the menu says so.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from app.worker import BackgroundJobs
from pipelines.devices.ep_devices import register_catalog_provider
from pipelines.devices.windows_ml import INSTALL_SOURCE, READY, CatalogProvider, catalog_providers, install_provider

NO_CATALOG = "No Windows ML catalog on this machine (Windows 11 with the windowsml package)"


class AcceleratorsMenu(QMenu):
    """Lists Windows ML's providers (read on a worker); ``installed`` is emitted once one is installed and
    registered."""

    status = Signal(str)
    progress = Signal(float)  # emitted from Windows' download thread: queued to the UI thread
    installed = Signal(str)

    def __init__(self, parent: QWidget) -> None:
        super().__init__("&Accelerators", parent)
        self._jobs = BackgroundJobs(self)
        self._placeholder = self.addAction("Reading Windows ML's catalog...")
        self._placeholder.setEnabled(False)
        self.progress.connect(lambda fraction: self.status.emit(f"Installing the execution provider... {fraction:.0%}"))
        self._run(catalog_providers, self.show_providers, "windowsml-catalog")

    def _run(self, job, on_result, name: str) -> None:
        self._jobs.run(job, on_result, self.status.emit, name)

    def show_providers(self, providers: list[CatalogProvider]) -> None:
        self.clear()
        if not providers:
            self.addAction(NO_CATALOG).setEnabled(False)
        for provider in providers:
            if provider.state == READY:
                self.addAction(f"{provider.name} {provider.version}: installed").setEnabled(False)
            else:
                item = QAction(f"Install {provider.name} ({provider.state})...", self)
                item.triggered.connect(lambda checked=False, p=provider: self.offer_install(p))
                self.addAction(item)

    def offer_install(self, provider: CatalogProvider) -> None:
        """Ask first: the download is the user's decision, with what and from where stated."""
        answer = QMessageBox.question(
            self.parentWidget(),
            f"Install {provider.name}?",
            f"Windows ML will download and install the {provider.name} execution provider "
            f"(version {provider.version}, {'certified' if provider.certified else 'not certified'} for this "
            "machine).\n\n"
            f"Source: {INSTALL_SOURCE}; package {provider.package}.\n\n"
            "This is the only time the app asks Windows to use the network. Install it now?",
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.status.emit(f"Installing {provider.name} through Windows ML...")

        def job() -> CatalogProvider:
            installed = install_provider(provider.name, self.progress.emit)
            registration = register_catalog_provider(installed)
            if not registration.registered:
                raise OSError(f"{provider.name} installed, but onnxruntime refused it: {registration.reason}")
            return installed

        self._run(job, self._installed, f"windowsml-install-{provider.name}")

    def _installed(self, provider: CatalogProvider) -> None:
        self.status.emit(f"{provider.name} installed and registered: detection restarts on it")
        self._run(catalog_providers, self.show_providers, "windowsml-catalog")
        self.installed.emit(provider.name)
