"""onnxruntime-genai models bound like the detector: the catalog's variants, a folder the user opens, bad folders."""

import json
import shutil
from pathlib import Path

import pytest

from pipelines.devices.engine_choice import GENAI, choose_engine, remembered_scores
from pipelines.devices.genai_sessions import configured_ep, read_config, session_overlay
from pipelines.devices.ranking import RANKED_CHOICES
from pipelines.devices.variants import accelerated_device, catalog_variants, folder_variants
from pipelines.errors import ModelError, ProviderError, ShowcaseError
from pipelines.speech.loading import load_recognizer
from tests.support.helpers import catalog_model_path

CHAT_VARIANT = "smollm2-135m-instruct-genai-cpu"
WHISPER_VARIANT = "whisper-base-genai-cpu"


def linked_copy(folder: Path, target: Path) -> Path:
    """The model folder with its small files copied and its large ones linked (cheap to alter one file)."""
    target.mkdir()
    for item in folder.iterdir():
        if item.stat().st_size > 1 << 20:
            (target / item.name).symlink_to(item)
        else:
            shutil.copy(item, target / item.name)
    return target


def test_the_catalog_variant_binds_the_cpu_with_its_placement():
    from pipelines.chat.genai_engine import load_genai_chat
    from pipelines.chat.protocol import GenerationSettings, Message

    catalog_model_path(CHAT_VARIANT)
    engine = load_genai_chat(catalog_variants("smollm2-135m-instruct"), threads=2)
    info = engine.binding.info
    ran, total = info.nodes_on_chosen_ep()
    assert info.device == "CPU" and info.ep == "CPUExecutionProvider" and info.precision == "int4"
    assert total > 100 and ran == total and info.badge().startswith("CPU · CPUExecutionProvider · INT4 · ")
    answer = "".join(engine.stream([Message("user", "What is the capital of France?")],
                                   GenerationSettings(temperature=0.0, max_tokens=24)))
    assert "Paris" in answer
    engine.close()


def test_no_accelerated_variant_here_and_the_reason_for_each_device():
    assert accelerated_device("smollm2-135m-instruct") == ""  # this machine has only the CPU


def test_a_folder_without_genai_config_is_a_clear_error(tmp_path):
    folder = linked_copy(catalog_model_path(CHAT_VARIANT), tmp_path / "chat")
    (folder / "genai_config.json").unlink()
    with pytest.raises(ModelError, match="has no genai_config.json"):
        folder_variants(folder)


def test_a_config_naming_an_ep_this_machine_lacks_says_so(tmp_path):
    folder = linked_copy(catalog_model_path(CHAT_VARIANT), tmp_path / "chat")
    config = json.loads((folder / "genai_config.json").read_text())
    config["model"]["decoder"]["session_options"]["provider_options"] = [{"QNN": {"backend_type": "htp"}}]
    (folder / "genai_config.json").write_text(json.dumps(config))
    assert configured_ep(folder) == "QNNExecutionProvider"
    with pytest.raises(ProviderError, match="built for QNNExecutionProvider, which this machine does not have"):
        folder_variants(folder)


def test_a_truncated_model_data_file_fails_in_one_line(tmp_path):
    from pipelines.chat.genai_engine import load_genai_chat

    source = catalog_model_path(CHAT_VARIANT)
    folder = linked_copy(source, tmp_path / "chat")
    (folder / "model.onnx.data").unlink()
    (folder / "model.onnx.data").write_bytes((source / "model.onnx.data").read_bytes()[: 1 << 20])
    with pytest.raises(ShowcaseError) as failure:
        load_genai_chat(folder_variants(folder), threads=1)
    assert "\n" not in failure.value.one_line() and "CPU" in failure.value.one_line()


def test_a_whisper_folder_missing_its_decoder_is_named(tmp_path):
    folder = linked_copy(catalog_model_path(WHISPER_VARIANT), tmp_path / "whisper")
    (folder / "decoder.onnx").unlink()
    with pytest.raises(ModelError, match="missing its decoder"):
        load_recognizer(GENAI, folder)


def test_the_engine_choice_is_measured_once_and_remembered(tmp_path):
    store, calls = tmp_path / "speeds.json", []

    def measure(engine: str, score: float):
        return lambda: calls.append(engine) or score

    measures = {GENAI: measure(GENAI, 80.0), "llama.cpp": measure("llama.cpp", 110.0)}
    quiet = lambda: 0.1
    first = choose_engine("m", measures, lambda s: f"{s:.0f} tokens/s", path=store, load=quiet)
    again = choose_engine("m", measures, lambda s: f"{s:.0f} tokens/s", path=store, load=quiet)
    assert first.engine == again.engine == "llama.cpp" and calls == [GENAI, "llama.cpp"]
    assert "onnxruntime-genai 80 tokens/s" in first.why
    assert remembered_scores("m", store) == {GENAI: 80.0, "llama.cpp": 110.0}
    on_npu = choose_engine("m", measures, str, accelerator="NPU · QNN", path=store, load=quiet)
    assert on_npu.engine == GENAI and "NPU · QNN" in on_npu.why


def test_figures_taken_on_a_busy_cpu_are_measured_again_once_it_is_quiet(tmp_path):
    store, calls = tmp_path / "speeds.json", []
    measures = {GENAI: lambda: calls.append(GENAI) or 90.0, "llama.cpp": lambda: calls.append("llama") or 20.0}
    busy, quiet = (lambda: 1.5), (lambda: 0.2)
    assert choose_engine("m", measures, str, path=store, load=busy).engine == GENAI
    assert choose_engine("m", measures, str, path=store, load=busy).engine == GENAI  # still busy: kept
    assert calls == [GENAI, "llama"]
    choose_engine("m", measures, str, path=store, load=quiet)  # quiet now: measured again, then kept
    choose_engine("m", measures, str, path=store, load=quiet)
    assert calls == [GENAI, "llama", GENAI, "llama"]


def test_whisper_s_encoder_gets_the_session_options_on_the_cpu_only():
    """onnxruntime-genai 0.18 on CUDA crashed (SIGSEGV in Whisper's first set_inputs) once the encoder's session
    options were overlaid; the chat model has no encoder and gets the same options on every device."""
    whisper, chat = (read_config(catalog_model_path(variant)) for variant in (WHISPER_VARIANT, CHAT_VARIANT))
    cpu, cuda = (next(choice for choice in RANKED_CHOICES if choice.key == key) for key in ("cpu", "cuda"))
    on_cpu = session_overlay(whisper, cpu, 2, "/tmp/profile")["model"]
    assert sorted(on_cpu) == ["decoder", "encoder"]
    assert on_cpu["encoder"]["session_options"] == {"log_severity_level": 3, "session.intra_op.allow_spinning": "0",
                                                    "intra_op_num_threads": 2, "enable_profiling": "/tmp/profile"}
    assert list(session_overlay(whisper, cuda, None, "")["model"]) == ["decoder"]
    assert list(session_overlay(chat, cuda, None, "")["model"]) == list(session_overlay(chat, cpu, None, "")["model"])
