"""Provider ranking, forcing, and fallback when a provider fails to load or to run."""

import pytest

from pipelines.errors import ModelError, ProviderError
from pipelines.providers import CPU_EP, RANKED_CHOICES, ProviderChoice, create_session, ranked_choices, resolve_choice
from tests.onnx_models import write_model

BOGUS = ProviderChoice("bogus", "BogusExecutionProvider", "NPU", "Bogus NPU")
CATALOG_WITH_BOGUS = (BOGUS, *RANKED_CHOICES)


def run_once(session, model_path=None):
    session.run(None, {"image": __import__("numpy").zeros((1, 8, 8, 3), "float32")})


@pytest.fixture
def tiny_model(tmp_path):
    return write_model(tmp_path / "tiny.onnx", [1, 8, 8, 3])


def test_ranking_puts_npu_before_gpu_before_cpu():
    available = ["CPUExecutionProvider", "CUDAExecutionProvider", "DmlExecutionProvider", "QNNExecutionProvider", "OpenVINOExecutionProvider"]
    keys = [c.key for c in ranked_choices(available)]
    assert keys == ["qnn", "openvino-npu", "openvino-gpu", "directml", "cuda", "cpu"]
    assert [c.device for c in ranked_choices(available)] == ["NPU", "NPU", "GPU", "GPU", "GPU", "CPU"]


def test_cpu_is_always_offered():
    assert [c.key for c in ranked_choices([])] == ["cpu"]


def test_forcing_an_absent_provider_is_a_clear_error():
    with pytest.raises(ProviderError, match="not available on this machine") as info:
        resolve_choice("directml", ["CPUExecutionProvider"])
    assert "available: cpu" in info.value.one_line()
    with pytest.raises(ProviderError, match="Unknown provider 'warp-drive'"):
        resolve_choice("warp-drive", ["CPUExecutionProvider"])


def test_forced_names_accept_keys_aliases_and_ep_names():
    available = ["DmlExecutionProvider", "CPUExecutionProvider"]
    assert resolve_choice("dml", available).key == "directml"
    assert resolve_choice("DmlExecutionProvider", available).key == "directml"
    assert resolve_choice("CPU", available).ep == CPU_EP


def test_falls_back_from_a_provider_onnxruntime_rejects(tiny_model):
    binding = create_session(tiny_model, run_once, available=["BogusExecutionProvider", CPU_EP], catalog=CATALOG_WITH_BOGUS)
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

    twice_cpu = (ProviderChoice("cpu-a", CPU_EP, "CPU", "first CPU"), ProviderChoice("cpu-b", CPU_EP, "CPU", "second CPU"))
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
