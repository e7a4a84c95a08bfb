"""Windows ML's EP catalog, through a double of the real ``windowsml`` package (no Windows here): ready
EPs are registered at start-up, others only when the user installs them from the Accelerators menu."""

import sys

import pytest
from PySide6.QtWidgets import QMessageBox

from pipelines.devices import ep_devices as discovery
from pipelines.devices.windows_ml import NOT_PRESENT, NOT_READY, READY, catalog_providers, install_provider
from tests.support import fake_windowsml
from tests.support.fake_windowsml import EpReadyState, ExecutionProvider


@pytest.fixture
def catalog(monkeypatch, tmp_path):
    """QNN installed (its library a file onnxruntime will refuse), OpenVINO downloadable, Vitis AI absent."""
    library = tmp_path / "onnxruntime_providers_qnn.dll"
    library.write_bytes(b"not a library")
    providers = [
        ExecutionProvider("QNNExecutionProvider", EpReadyState.Ready, str(library)),
        ExecutionProvider("OpenVINOExecutionProvider", EpReadyState.NotReady, str(library)),
        ExecutionProvider(
            "VitisAIExecutionProvider", EpReadyState.NotPresent, "", fails_with="[WinError 5] Access is denied"
        ),
    ]
    monkeypatch.setitem(sys.modules, "windowsml", fake_windowsml)
    monkeypatch.setattr(fake_windowsml, "PROVIDERS", providers)
    monkeypatch.setattr(discovery, "_REGISTERED", {})
    monkeypatch.setattr(discovery, "_CATALOG_READ", [])
    return providers


def test_without_windows_ml_the_catalog_is_empty():
    assert "windowsml" not in sys.modules and catalog_providers() == []


def test_the_catalog_reads_names_states_and_libraries(catalog):
    states = {p.name: (p.state, bool(p.library_path)) for p in catalog_providers()}
    assert states == {
        "QNNExecutionProvider": (READY, True),
        "OpenVINOExecutionProvider": (NOT_READY, False),
        "VitisAIExecutionProvider": (NOT_PRESENT, False),
    }


def test_only_ready_eps_are_registered_and_a_refusal_is_reported(catalog):
    registered = [p for p in discovery.register_plugin_eps({}) if p.module.startswith("windowsml:")]
    assert [p.module for p in registered] == ["windowsml:QNNExecutionProvider"]  # nothing downloaded on its own
    assert not registered[0].registered and registered[0].reason  # onnxruntime's own reason for a bad library


def test_installing_reports_progress_then_the_library(catalog):
    seen = []
    installed = install_provider("OpenVINOExecutionProvider", seen.append)
    assert seen == [0.25, 0.5, 1.0] and installed.state == READY and installed.library_path
    with pytest.raises(OSError, match="Access is denied"):
        install_provider("VitisAIExecutionProvider", seen.append)
    with pytest.raises(LookupError, match="no execution provider named Nope"):
        install_provider("Nope", seen.append)


def test_the_menu_installs_only_after_the_user_confirms(catalog, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMainWindow

    from app.accelerators_menu import AcceleratorsMenu

    window = QMainWindow()
    qtbot.addWidget(window)
    menu = AcceleratorsMenu(window)
    qtbot.waitUntil(lambda: any("Install" in a.text() for a in menu.actions()), timeout=5000)
    assert [a.text() for a in menu.actions()] == [
        "QNNExecutionProvider 1.0.0: installed",
        "Install OpenVINOExecutionProvider (not ready)...",
        "Install VitisAIExecutionProvider (not present)...",
    ]
    asked = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda parent, title, text: asked.append(text) or QMessageBox.StandardButton.No
    )
    menu.actions()[1].trigger()
    assert (
        "Source: Microsoft" in asked[0] and catalog[1].ready_state == EpReadyState.NotReady
    )  # declined: nothing installed
    monkeypatch.setattr(QMessageBox, "question", lambda parent, title, text: QMessageBox.StandardButton.Yes)
    messages = []
    menu.status.connect(messages.append)
    with qtbot.waitSignal(menu.status, timeout=10000, check_params_cb=lambda text: "refused it" in text):
        menu.actions()[
            1
        ].trigger()  # installed by Windows, then refused by onnxruntime (the double's library is no DLL)
    assert catalog[1].ready_state == EpReadyState.Ready and any("100%" in m for m in messages)
