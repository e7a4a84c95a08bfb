"""Where a panel's model runs: Auto (NPU, then GPU, then CPU), the best provider of one device type, or one execution
provider. The Vision, Speech and Chat panels offer the one ranking (``pipelines/devices/ranking.py``), each only the
providers its engine binds; the choices are found off the UI thread (ranking registers plugin EP libraries, tens of
MB, and reads Windows ML's catalog). An engine that places its model itself (llama.cpp, faster-whisper, vosk) leaves
the list disabled, saying why."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox

from app.panels.pipeline_panel import Background
from app.settings import AUTO_PROVIDER
from pipelines.devices.ranking import DEVICE_ORDER, RANKED_CHOICES, ProviderChoice, choice_key, ranked_choices
from pipelines.devices.requests import DEVICE_PREFIX
from widgets.factory import select_data

MIN_CHARS = 8  # "Best NPU" whole


class DeviceCombo(QComboBox):
    """Emits ``chosen`` with the request the user picks: ``AUTO_PROVIDER``, 'device:npu' or a provider key."""

    chosen = Signal(str)

    def __init__(
        self, request: str, background: Background, binds: Callable[[ProviderChoice], bool] = lambda _: True
    ) -> None:
        super().__init__()
        self._binds, self._background = binds, background
        self._request = choice_key(request)  # selected again once the choices are known
        self._placer = ""  # the engine that places the model itself, when the one picked does
        self._ranked = False  # the machine's choices are listed
        self._about = self.tr(
            "Where the model runs: Auto picks NPU, then GPU, then CPU; 'Best NPU' the best provider of one device "
            "type; or one provider"
        )
        self.addItem(self.tr("Auto"), AUTO_PROVIDER)
        # As wide as its shortest useful text: a provider's long name ("DirectML (DirectX 12 GPU / NPU) [GPU]") would
        # widen the panel's row past a booth laptop's 1366 px; the open list and the tooltip show it whole.
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(MIN_CHARS)
        self._select()
        self.activated.connect(self._activated)
        self.rank()

    def rank(self) -> None:
        """List the choices this machine has (again, once a provider was installed), off the UI thread."""
        self._background(ranked_choices, self._found, "provider-probe")

    def request(self) -> str:
        return self._request

    def placement(self) -> str | None:
        """The request as the loaders take it: 'device:npu' or a provider key; None for Auto (the best ranked device)
        and where the engine places the model itself."""
        return None if self._placer or self._request == AUTO_PROVIDER else self._request

    def show_request(self, request: str) -> None:
        """Show the request a run uses (it may override the remembered one; 'dml' shows as DirectML)."""
        self._request = choice_key(request)
        self._select()

    def place_by(self, engine: str) -> None:
        """``engine`` places the model itself ("" when the choice here decides): the list is disabled, shows Auto (the
        engine's own choice) and says why; the request is kept for the engines it applies to."""
        self._placer = engine
        self.setEnabled(not engine)
        self._select()

    def _found(self, ranked: list[ProviderChoice]) -> None:
        while self.count() > 1:  # Auto stays
            self.removeItem(1)
        usable = [choice for choice in ranked if self._binds(choice)]
        for device in DEVICE_ORDER:
            if any(choice.device == device for choice in usable):
                self.addItem(self._label(f"{DEVICE_PREFIX}{device.lower()}"), f"{DEVICE_PREFIX}{device.lower()}")
        for choice in usable:
            self.addItem(self._label(choice.key), choice.key)
        self._ranked = True
        self._select()

    def _label(self, request: str) -> str:
        """'Best NPU', 'DirectML (DirectX 12 GPU / NPU) [GPU]': from the catalog, before the machine is ranked too."""
        if request.startswith(DEVICE_PREFIX):
            return self.tr("Best {device}").format(device=request.removeprefix(DEVICE_PREFIX).upper())
        choice = next((choice for choice in RANKED_CHOICES if choice.key == request), None)
        return f"{choice.label} [{choice.device}]" if choice else request

    def _select(self) -> None:
        """Show the request (Auto where the engine places the model itself). Until the machine is ranked a remembered
        request is listed by its name; once ranked, one this machine lacks (remembered from another machine, or a
        driver gone) is listed as not found."""
        if self.findData(self._request) < 0:
            label = self._label(self._request)
            if self._ranked:
                label = self.tr("{name} (not found on this machine)").format(name=label)
            self.addItem(label, self._request)
        select_data(self, AUTO_PROVIDER if self._placer else self._request)
        why = self.tr("{engine} places the model itself").format(engine=self._placer)
        self.setToolTip(why if self._placer else f"{self.currentText()}\n{self._about}")  # the entry whole, then what

    def _activated(self, index: int) -> None:
        request = self.itemData(index)
        if request != self._request:  # the same one again (a wheel or arrow key over the list) changes nothing
            self._request = request
            self._select()
            self.chosen.emit(request)
