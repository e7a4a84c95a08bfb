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

from app.locale_format import window_numbers
from app.worker import BackgroundJobs
from pipelines.devices.ep_devices import register_catalog_provider
from pipelines.devices.windows_ml import INSTALL_SOURCE, READY, CatalogProvider, catalog_providers, install_provider


class AcceleratorsMenu(QMenu):
    """Lists Windows ML's providers (read on a worker); ``installed`` is emitted once one is installed and
    registered."""

    status = Signal(str)
    progress = Signal(float)  # emitted from Windows' download thread: queued to the UI thread
    installed = Signal(str)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("&Accelerators"))
        self._jobs = BackgroundJobs(self)
        self._placeholder = self.addAction(self.tr("Reading Windows ML's catalog..."))
        self._placeholder.setEnabled(False)
        installing = self.tr("Installing the execution provider... {percent}")
        percent = window_numbers().percent  # '42%', '٤٢٪' in Arabic
        self.progress.connect(lambda fraction: self.status.emit(installing.format(percent=percent(fraction * 100))))
        self._run(catalog_providers, self.show_providers, "windowsml-catalog")

    def _run(self, job, on_result, name: str) -> None:
        self._jobs.run(job, on_result, self.status.emit, name)

    def show_providers(self, providers: list[CatalogProvider]) -> None:
        self.clear()
        if not providers:
            self.addAction(
                self.tr("No Windows ML catalog on this machine (Windows 11 with the windowsml package)")
            ).setEnabled(False)
        for provider in providers:
            if provider.state == READY:
                installed = self.tr("{provider} {version}: installed")
                self.addAction(installed.format(provider=provider.name, version=provider.version)).setEnabled(False)
            else:
                install = self.tr("Install {provider} ({state})...")
                item = QAction(install.format(provider=provider.name, state=provider.state), self)
                item.triggered.connect(lambda checked=False, p=provider: self.offer_install(p))
                self.addAction(item)

    def offer_install(self, provider: CatalogProvider) -> None:
        """Ask first: the download is the user's decision, with what and from where stated."""
        answer = QMessageBox.question(
            self.parentWidget(),
            self.tr("Install {provider}?").format(provider=provider.name),
            (
                self.tr(
                    "Windows ML will download and install the {provider} execution provider (version {version}, "
                    "certified for this machine).\n\n"
                ) if provider.certified else self.tr(
                    "Windows ML will download and install the {provider} execution provider (version {version}, "
                    "not certified for this machine).\n\n"
                )
            ).format(provider=provider.name, version=provider.version)
            + self.tr("Source: {source}; package {package}.\n\n").format(
                source=INSTALL_SOURCE, package=provider.package
            )
            + self.tr("This is the only time the app asks Windows to use the network. Install it now?"),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.status.emit(self.tr("Installing {provider} through Windows ML...").format(provider=provider.name))
        refused = self.tr("{provider} installed, but onnxruntime refused it: {reason}")

        def job() -> CatalogProvider:
            installed = install_provider(provider.name, self.progress.emit)
            registration = register_catalog_provider(installed)
            if not registration.registered:
                raise OSError(refused.format(provider=provider.name, reason=registration.reason))
            return installed

        self._run(job, self._installed, f"windowsml-install-{provider.name}")

    def _installed(self, provider: CatalogProvider) -> None:
        self.status.emit(
            self.tr("{provider} installed and registered: detection restarts on it").format(provider=provider.name)
        )
        self._run(catalog_providers, self.show_providers, "windowsml-catalog")
        self.installed.emit(provider.name)
