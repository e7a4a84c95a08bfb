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
from pipelines.devices.ranking import DEVICE_ORDER, ProviderChoice, ranked_choices
from pipelines.devices.requests import DEVICE_PREFIX

MIN_CHARS = 8  # "Best NPU" whole


def select_data(combo: QComboBox, data: str) -> None:
    """Select the item holding ``data`` (the first item when none does)."""
    index = combo.findData(data)
    combo.setCurrentIndex(index if index >= 0 else 0)


class DeviceCombo(QComboBox):
    """Emits ``chosen`` with the request the user picks: ``AUTO_PROVIDER``, 'device:npu' or a provider key."""

    chosen = Signal(str)

    def __init__(
        self, request: str, background: Background, binds: Callable[[ProviderChoice], bool] = lambda _: True
    ) -> None:
        super().__init__()
        self._binds, self._background = binds, background
        self._request = request  # selected again once the choices are known
        self._placer = ""  # the engine that places the model itself, when the one picked does
        self._tooltip = self.tr(
            "Where the model runs: Auto picks NPU, then GPU, then CPU; 'Best NPU' the best provider of one device "
            "type; or one provider"
        )
        self.setToolTip(self._tooltip)
        self.addItem(self.tr("Auto"), AUTO_PROVIDER)
        # As wide as its shortest useful text: a provider's long name ("DirectML (DirectX 12 GPU / NPU) [GPU]") would
        # widen the panel's row past a booth laptop's 1366 px; the open list shows it whole.
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(MIN_CHARS)
        select_data(self, request)
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
        """Show the request a run uses (it may override the remembered one)."""
        self._request = request
        select_data(self, request)

    def place_by(self, engine: str) -> None:
        """``engine`` places the model itself ("" when the choice here decides): the list is disabled and says so."""
        self._placer = engine
        self.setEnabled(not engine)
        why = self.tr("{engine} places the model itself").format(engine=engine)
        self.setToolTip(why if engine else self._tooltip)

    def _found(self, ranked: list[ProviderChoice]) -> None:
        while self.count() > 1:  # Auto stays
            self.removeItem(1)
        usable = [choice for choice in ranked if self._binds(choice)]
        for device in DEVICE_ORDER:
            if any(choice.device == device for choice in usable):
                self.addItem(self.tr("Best {device}").format(device=device), f"{DEVICE_PREFIX}{device.lower()}")
        for choice in usable:
            self.addItem(f"{choice.label} [{choice.device}]", choice.key)
        if self.findData(self._request) < 0:  # remembered from a machine (or a driver) no longer here: say so
            name = self._request.removeprefix(DEVICE_PREFIX)
            name = name.upper() if name != self._request else name
            self.addItem(self.tr("{name} (not found on this machine)").format(name=name), self._request)
        select_data(self, self._request)

    def _activated(self, index: int) -> None:
        self._request = self.itemData(index)
        self.chosen.emit(self._request)
