"""Provider ranking, forcing, and fallback when a provider fails to load or to run."""

from types import SimpleNamespace

import pytest

from pipelines.devices.onnx_sessions import create_session, worker_affinities
from pipelines.devices.ranking import (
    CPU_EP,
    RANKED_CHOICES,
    ProviderChoice,
    candidates_for,
    ranked_choices,
    resolve_choice,
)
from pipelines.errors import ModelError, ProviderError
from tests.support.onnx_models import write_model

BOGUS = ProviderChoice("bogus", "BogusExecutionProvider", "NPU", "Bogus NPU")
CATALOG_WITH_BOGUS = (BOGUS, *RANKED_CHOICES)


def run_once(session, model_path=None):
    session.run(None, {"image": __import__("numpy").zeros((1, 8, 8, 3), "float32")})


@pytest.fixture
def tiny_model(tmp_path):
    return write_model(tmp_path / "tiny.onnx", [1, 8, 8, 3])


def ep_device(ep: str, device_type: str) -> SimpleNamespace:
    """A double of one ``onnxruntime.get_ep_devices()`` entry (the attributes the ranking reads)."""
    return SimpleNamespace(ep_name=ep, device=SimpleNamespace(type=SimpleNamespace(name=device_type)))


NPU_GPU_CPU = [
    ep_device("QNNExecutionProvider", "NPU"),
    ep_device("DmlExecutionProvider", "GPU"),
    ep_device(CPU_EP, "CPU"),
]
GPU_ONLY = [
    ep_device("WebGpuExecutionProvider", "GPU"),
    ep_device("DmlExecutionProvider", "GPU"),
    ep_device(CPU_EP, "CPU"),
]
CPU_ONLY = [ep_device(CPU_EP, "CPU")]


def test_ranking_puts_npu_before_gpu_before_cpu():
    available = [
        "CPUExecutionProvider",
        "CUDAExecutionProvider",
        "DmlExecutionProvider",
        "QNNExecutionProvider",
        "OpenVINOExecutionProvider",
        "CoreMLExecutionProvider",
    ]
    ranked = ranked_choices(available, listed=[])
    assert [c.key for c in ranked] == [
        "qnn",
        "openvino-npu",
        "coreml",
        "openvino-gpu",
        "directml",
        "cuda",
        "openvino-cpu",
        "cpu",
    ]
    assert [c.device for c in ranked] == ["NPU"] * 3 + ["GPU"] * 3 + ["CPU"] * 2


@pytest.mark.parametrize(
    ("listed", "keys"),
    [
        (NPU_GPU_CPU, ["qnn", "directml", "cpu"]),
        (GPU_ONLY, ["directml", "webgpu", "cpu"]),
        (CPU_ONLY, ["cpu"]),
    ],
)
def test_devices_listed_by_the_device_api_are_offered_even_when_not_built_in(listed, keys):
    """Plugin EPs never appear in get_available_providers(): the device list alone offers them."""
    assert [c.key for c in ranked_choices([CPU_EP], listed=listed)] == keys


def test_a_device_type_picks_every_choice_of_that_type_or_says_what_there_is():
    assert [c.key for c in candidates_for("device:npu", [CPU_EP], listed=NPU_GPU_CPU)] == ["qnn"]
    assert [c.key for c in candidates_for("device:cpu", ["OpenVINOExecutionProvider", CPU_EP], listed=[])] == [
        "openvino-cpu",
        "cpu",
    ]
    with pytest.raises(ProviderError, match="No NPU this app can use on this machine") as info:
        candidates_for("device:npu", [CPU_EP], listed=GPU_ONLY)
    assert "directml [GPU]" in info.value.one_line()
    with pytest.raises(ProviderError, match="Unknown device type 'tpu'"):
        candidates_for("device:tpu", [CPU_EP], listed=CPU_ONLY)


def test_cpu_is_always_offered():
    assert [c.key for c in ranked_choices([], listed=[])] == ["cpu"]


def test_sessions_bind_to_the_device_the_device_api_lists(tiny_model):
    """The real device API of this machine's onnxruntime: the CPU is bound as an OrtEpDevice, not by name."""
    binding = create_session(tiny_model, run_once)
    assert binding.info.bound_by == "device" and binding.info.to_json()["bound_by"] == "device"
    assert binding.session.get_providers()[0] == CPU_EP


def test_a_plugin_ep_without_a_device_of_the_wanted_type_is_skipped_with_the_reason(tiny_model):
    catalog = (ProviderChoice("plugin-npu", "PluginExecutionProvider", "NPU", "Plugin NPU"), *RANKED_CHOICES)
    listed = [ep_device("PluginExecutionProvider", "GPU")]
    with pytest.raises(ProviderError) as info:  # forced: the plugin (a double) is tried and refused before any binding
        create_session(tiny_model, run_once, forced="device:npu", available=[CPU_EP], catalog=catalog, listed=listed)
    assert "PluginExecutionProvider lists no NPU device on this machine (get_ep_devices)" in info.value.one_line()


def test_strict_mode_refuses_a_session_that_would_need_the_cpu(tiny_model, monkeypatch):
    """With CPU fallback disabled a provider that cannot run the graph alone is skipped, and the badge says strict:
    the accelerator's session is asked with onnxruntime's own switch set, the CPU's without it."""
    from pipelines.devices import onnx_sessions

    asked = []
    options_for = onnx_sessions._session_options

    def recorded(strict, threads, spin):
        options = options_for(strict, threads, spin)
        asked.append(strict and options.get_session_config_entry("session.disable_cpu_ep_fallback") == "1")
        return options

    monkeypatch.setattr(onnx_sessions, "_session_options", recorded)
    binding = create_session(
        tiny_model, run_once, available=["BogusExecutionProvider", CPU_EP], catalog=CATALOG_WITH_BOGUS, strict=True
    )
    assert binding.info.ep == CPU_EP and binding.info.strict is False  # the CPU itself needs no fallback
    assert binding.info.fallbacks[0].choice.key == "bogus" and asked == [True, False]


def test_forcing_an_absent_provider_is_a_clear_error():
    with pytest.raises(ProviderError, match="not available on this machine") as info:
        resolve_choice("directml", ["CPUExecutionProvider"])
    assert "one that is here: cpu" in info.value.one_line()
    with pytest.raises(ProviderError, match="Unknown provider 'warp-drive'"):
        resolve_choice("warp-drive", ["CPUExecutionProvider"])


def test_forced_names_accept_keys_aliases_and_ep_names():
    available = ["DmlExecutionProvider", "CPUExecutionProvider"]
    assert resolve_choice("dml", available).key == "directml"
    assert resolve_choice("DmlExecutionProvider", available).key == "directml"
    assert resolve_choice("CPU", available).ep == CPU_EP


def test_falls_back_from_a_provider_onnxruntime_rejects(tiny_model):
    binding = create_session(
        tiny_model, run_once, available=["BogusExecutionProvider", CPU_EP], catalog=CATALOG_WITH_BOGUS
    )
    assert binding.info.ep == CPU_EP and binding.session.get_providers()[0] == CPU_EP
    assert [f.choice.key for f in binding.info.fallbacks] == ["bogus"]
    note = binding.info.fallback_note()
    assert note.startswith("fell back from Bogus NPU:") and "BogusExecutionProvider" in note


def test_falls_back_when_the_warm_up_inference_fails(tiny_model):
    calls = []

    def flaky_warmup(session, model_path):
        calls.append(1)
        if len(calls) == 1:
            raise RuntimeError("device removed")
        run_once(session)

    twice_cpu = (
        ProviderChoice("cpu-a", CPU_EP, "CPU", "first CPU"),
        ProviderChoice("cpu-b", CPU_EP, "CPU", "second CPU"),
    )
    binding = create_session(tiny_model, flaky_warmup, catalog=twice_cpu)
    assert binding.info.provider == "second CPU"
    assert binding.info.fallbacks[0].reason == "warm-up failed: device removed"
    assert binding.info.warmup_ms > 0


def test_every_provider_failing_is_one_error(tiny_model):
    def broken(session, model_path):
        raise RuntimeError("out of memory")

    with pytest.raises(ProviderError, match="No execution provider could run tiny.onnx") as info:
        create_session(tiny_model, broken)
    assert "out of memory" in info.value.hint


def test_a_corrupt_model_is_a_model_error_not_a_fallback(tmp_path, tiny_model):
    corrupt = tmp_path / "corrupt.onnx"
    corrupt.write_bytes(tiny_model.read_bytes()[:40])
    with pytest.raises(ModelError, match="not a valid ONNX model"):
        create_session(corrupt, run_once, available=["BogusExecutionProvider", CPU_EP], catalog=CATALOG_WITH_BOGUS)


def test_worker_affinities_put_each_worker_on_a_physical_core_of_its_own_the_first_left_to_the_caller():
    intel_smt = [[0, 4], [1, 5], [2, 6], [3, 7]]
    assert worker_affinities(2, [[0], [1]]) == "2"  # processors counted from 1
    assert worker_affinities(3, intel_smt) == "2,6;3,7"  # a worker may run on either thread of its core
    assert worker_affinities(4, intel_smt) == "2,6;3,7;4,8"
    assert worker_affinities(1, intel_smt) == ""  # no worker: the calling thread alone
    assert worker_affinities(3, [[0], [1]]) == ""  # more threads than cores: left to the OS
    assert worker_affinities(2, []) == ""  # nothing says which processors share a core (Windows, macOS)
