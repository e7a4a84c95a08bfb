"""Devices from onnxruntime's device API, and plugin execution providers found among the installed packages."""

import json
import sys

from app.cli.main import main
from pipelines.devices import ep_devices as discovery
from pipelines.devices.ep_devices import ep_devices, register_plugin_eps

FAKE_PLUGIN = '''
from pathlib import Path

def get_library_path():
    return str(Path(__file__).with_name("libfake_plugin.so"))

def get_ep_names():
    return ["FakeExecutionProvider"]
'''


def test_this_machines_devices_come_from_the_device_api():
    devices = ep_devices()
    cpu = [d for d in devices if d.ep == "CPUExecutionProvider"]
    assert cpu and cpu[0].type == "CPU" and cpu[0].vendor
    assert {d.type for d in devices} <= {"CPU", "GPU", "NPU"}


def test_a_plugin_that_cannot_load_is_reported_not_raised(tmp_path, monkeypatch):
    """A package with the plugin API (as onnxruntime-ep-openvino has it) whose library is not a library."""
    package = tmp_path / "onnxruntime_ep_fake"
    package.mkdir()
    (package / "__init__.py").write_text(FAKE_PLUGIN)
    (package / "libfake_plugin.so").write_bytes(b"not a shared library")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(discovery, "_REGISTERED", {})
    (plugin,) = register_plugin_eps({"onnxruntime_ep_fake": "onnxruntime-ep-fake"})
    assert not plugin.registered and plugin.ep_names == ("FakeExecutionProvider",)
    assert plugin.library.endswith("libfake_plugin.so") and plugin.reason
    assert register_plugin_eps({"onnxruntime_ep_fake": "onnxruntime-ep-fake"}) == [plugin]  # once per process
    missing = register_plugin_eps({"onnxruntime_ep_gone": "onnxruntime-ep-gone"})[-1]
    assert not missing.registered and "onnxruntime_ep_gone" in missing.reason
    sys.modules.pop("onnxruntime_ep_fake", None)


def test_plugin_packages_are_found_on_the_import_path_once_per_process(tmp_path, monkeypatch):
    """An installed plugin package (here a folder on the path, with no distribution record: named after itself) and
    the QNN package's own name are found; nothing else is; the second ask reads nothing again."""
    for name in ("onnxruntime_ep_fake", "onnxruntime_qnn", "onnxruntime_other"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "__init__.py").write_text("")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(discovery, "_PLUGIN_MODULES", [])
    found = discovery.plugin_modules()
    assert found["onnxruntime_ep_fake"] == "onnxruntime_ep_fake" and "onnxruntime_qnn" in found
    assert "onnxruntime_other" not in found
    (tmp_path / "onnxruntime_ep_later").mkdir()
    (tmp_path / "onnxruntime_ep_later" / "__init__.py").write_text("")
    assert discovery.plugin_modules() == found


def test_doctor_lists_devices_and_plugins(built_model, capsys):
    assert main(["doctor", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert any(d["ep"] == "CPUExecutionProvider" and d["type"] == "CPU" for d in report["ep_devices"])
    assert isinstance(report["plugin_eps"], list)
    assert report["detection"]["placement"] and report["detection"]["badge"].startswith(report["detection"]["device"])
