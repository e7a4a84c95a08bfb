"""The Device list offscreen, with the machine's real ranking (CPU only here)."""

from app.panels.device_combo import DeviceCombo


def at_once(job, on_result, name, on_error=None):
    """A panel's ``background``, run on the spot: the list is filled before the test reads it."""
    on_result(job())


def test_the_machines_choices_then_an_alias_shown_as_its_provider_and_a_missing_one_said(qtbot):
    combo = DeviceCombo("auto", at_once)
    qtbot.addWidget(combo)
    assert [combo.itemText(i) for i in range(combo.count())] == ["Auto", "Best CPU", "CPU [CPU]"]
    assert combo.placement() is None and combo.toolTip().startswith("Auto\nWhere the model runs")
    combo.show_request("dml")  # as `--provider dml` runs: DirectML, which this machine lacks
    assert combo.request() == "directml" and combo.placement() == "directml"
    assert combo.currentText() == "DirectML (DirectX 12 GPU / NPU) [GPU] (not found on this machine)"
    combo.place_by("llama.cpp")
    assert combo.currentText() == "Auto" and combo.placement() is None and not combo.isEnabled()
    assert combo.toolTip() == "llama.cpp places the model itself" and combo.request() == "directml"


def test_a_pick_is_announced_once_and_the_same_pick_again_changes_nothing(qtbot):
    combo = DeviceCombo("auto", at_once)
    qtbot.addWidget(combo)
    chosen = []
    combo.chosen.connect(chosen.append)
    for index in (1, 1, 2):  # a wheel or arrow keys over the list fire "activated" for the same entry
        combo.setCurrentIndex(index)
        combo.activated.emit(index)
    assert chosen == ["device:cpu", "cpu"] and combo.placement() == "cpu"
