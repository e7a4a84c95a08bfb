"""``models build`` leaves no build environment behind when it succeeds, keeps them (and says where) when it fails,
and ``models clean`` removes them; all in a temporary cache folder (XDG_CACHE_HOME), never the user's."""

import json
import shutil
from pathlib import Path

import pytest

from app.cli.main import main
from pipelines.detection.loading import load_detector
from pipelines.errors import ModelError
from pipelines.model_build.build_env import require_free_space, size_text
from pipelines.model_build.builder import BUILDERS, built_here
from pipelines.model_store import model_status, models_dir
from pipelines.models import CATALOG, INT8_DETECTOR


@pytest.fixture(autouse=True)
def cache(tmp_path, monkeypatch) -> Path:
    """The app's cache folder, empty, in ``tmp_path``; the models stay where they are (already built)."""
    monkeypatch.setenv("EDGE_SHOWCASE_MODELS_DIR", str(models_dir()))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return tmp_path / "cache" / "edge-ai-showcase"


def leave_env(cache: Path, name: str, megabytes: int) -> Path:
    """A build environment as an earlier build left it: a folder with an interpreter and ``megabytes`` of files."""
    folder = cache / name
    (folder / "bin").mkdir(parents=True)
    (folder / "bin" / "python").write_bytes(b"\0" * megabytes * 1_000_000)
    return folder


def test_a_build_with_every_model_built_makes_no_env_and_removes_those_left(built_model, cache, capsys):
    genai = leave_env(cache, "genai-env", 3)
    assert main(["models", "build"]) == 0
    lines = capsys.readouterr().out.splitlines()
    built = [spec for spec in CATALOG.values() if not spec.release_only and spec.ep != "CUDAExecutionProvider"]
    assert sum("already built and verified" in line for line in lines) == len(built)  # no GPU here: no CUDA variant
    assert lines[-1] == "removed the build environments: genai-env 3.0 MB; 3.0 MB freed"
    assert not genai.exists() and list(cache.iterdir()) == []


def test_an_accelerator_variant_is_built_where_its_provider_is_and_the_installers_ones_only_when_asked():
    cuda, dml = CATALOG["smollm2-135m-instruct-genai-cuda"], CATALOG["smollm2-135m-instruct-genai-dml"]
    assert built_here(cuda, ["CUDAExecutionProvider", "CPUExecutionProvider"])
    assert not built_here(cuda, ["CPUExecutionProvider"])
    assert not built_here(dml, ["DmlExecutionProvider", "CPUExecutionProvider"])
    assert built_here(CATALOG["smollm2-135m-instruct-genai-cpu"], ["CPUExecutionProvider"])


def test_keep_envs_keeps_them_and_says_where(built_model, cache, capsys):
    quantizer = leave_env(cache, "quantizer-env", 2)
    assert main(["models", "build", "--only", "smollm2-135m-instruct", "--keep-envs"]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == (
        f"kept: quantizer-env 2.0 MB ({quantizer}); 2.0 MB in all ('edge-showcase models clean' removes them)"
    )
    assert quantizer.is_dir()


def test_a_failed_build_keeps_the_envs_and_says_where_and_how_big(tmp_path, cache, monkeypatch, capsys):
    monkeypatch.setenv("EDGE_SHOWCASE_MODELS_DIR", str(tmp_path / "no-models"))
    converter = leave_env(cache, "converter-env", 4)
    assert main(["models", "build", "--only", "ssd-mobilenet-v2-coco-int8"]) == 1
    captured = capsys.readouterr()
    assert captured.out.splitlines()[-1] == (
        f"kept for the next try: converter-env 4.0 MB ({converter}); 4.0 MB in all "
        "('edge-showcase models clean' removes them)"
    )
    assert "must be built before ssd-mobilenet-v2-coco-int8" in captured.err and converter.is_dir()


def test_models_clean_removes_only_the_build_envs_and_says_how_much(cache, capsys):
    for name, megabytes in (("converter-env", 2), ("genai-env", 5)):
        leave_env(cache, name, megabytes)
    kept = cache / "models" / "manifest.json"
    kept.parent.mkdir()
    kept.write_text("{}")
    assert main(["models", "clean", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert [(env["name"], env["size_mb"], env["path"]) for env in report["removed"]] == [
        ("converter-env", 2.0, str(cache / "converter-env")), ("genai-env", 5.0, str(cache / "genai-env"))
    ]
    assert report["freed_mb"] == 7.0 and [p.name for p in cache.iterdir()] == ["models"] and kept.is_file()
    assert main(["models", "clean"]) == 0
    assert capsys.readouterr().out.strip() == f"no build environment in {cache}"


def test_a_model_built_by_an_older_recipe_still_runs_and_is_built_again(int8_model, tmp_path, monkeypatch, capsys):
    """An INT8 detector from before recipes were recorded keeps working; ``models build`` makes it again without
    --force, and says why."""
    for path in (int8_model, models_dir() / "manifest.json"):
        shutil.copy(path, tmp_path / path.name)
    manifest = json.loads((tmp_path / "manifest.json").read_text())
    manifest[INT8_DETECTOR].pop("recipe", None)  # what builds before recipes were recorded left
    (tmp_path / "manifest.json").write_text(json.dumps(manifest))
    monkeypatch.setenv("EDGE_SHOWCASE_MODELS_DIR", str(tmp_path))
    status = model_status(CATALOG[INT8_DETECTOR])
    assert status.ready and status.outdated and status.recipe == 1
    assert load_detector(None, "cpu", "int8").model_path == tmp_path / int8_model.name
    assert main(["models", "list"]) == 0
    assert f"{INT8_DETECTOR}  [ready, built by an older recipe]" in capsys.readouterr().out
    built: list[str] = []
    monkeypatch.setitem(BUILDERS, INT8_DETECTOR, lambda spec, progress: built.append(spec.id))
    assert main(["models", "build", "--only", INT8_DETECTOR]) == 0
    assert built == [INT8_DETECTOR]
    now = CATALOG[INT8_DETECTOR].recipe
    assert f"{INT8_DETECTOR}: built by an older recipe (1, now {now}): building again" in capsys.readouterr().out


@pytest.fixture
def detector_pair(built_model, int8_model, tmp_path, monkeypatch) -> Path:
    """A models folder in ``tmp_path`` with the FP32 detector, the INT8 one made from it, and their manifest."""
    for path in (built_model, int8_model, models_dir() / "manifest.json"):
        shutil.copy(path, tmp_path / path.name)
    monkeypatch.setenv("EDGE_SHOWCASE_MODELS_DIR", str(tmp_path))
    return tmp_path


def record_builds(monkeypatch, built: list[str], remake: Path | None = None) -> None:
    """The two detectors' builders note what they were asked to make; the FP32 one puts back ``remake``."""
    fp32 = CATALOG[INT8_DETECTOR].built_from

    def make_fp32_again(spec, progress):
        built.append(spec.id)
        if remake is not None:
            shutil.copy(remake, models_dir() / spec.filename)

    monkeypatch.setitem(BUILDERS, fp32, make_fp32_again)
    monkeypatch.setitem(BUILDERS, INT8_DETECTOR, lambda spec, progress: built.append(spec.id))


def test_a_model_is_not_made_again_when_what_it_is_made_from_is_made_again_the_same(
    detector_pair, built_model, monkeypatch, capsys
):
    """A fresh checkout installs the packaged models again (identical files): what is made from them stays."""
    fp32 = CATALOG[INT8_DETECTOR].built_from
    (detector_pair / built_model.name).unlink()
    built: list[str] = []
    record_builds(monkeypatch, built, remake=built_model)
    assert main(["models", "build", "--only", fp32, INT8_DETECTOR]) == 0
    assert built == [fp32]
    assert f"{INT8_DETECTOR}: already built and verified" in capsys.readouterr().out


def test_a_model_is_made_again_when_what_it_is_made_from_changed(detector_pair, monkeypatch, capsys):
    manifest = json.loads((detector_pair / "manifest.json").read_text())
    manifest[INT8_DETECTOR]["source_sha256"] = "0" * 64  # made from another FP32 detector than the one here now
    (detector_pair / "manifest.json").write_text(json.dumps(manifest))
    built: list[str] = []
    record_builds(monkeypatch, built)
    fp32 = CATALOG[INT8_DETECTOR].built_from
    assert main(["models", "build", "--only", fp32, INT8_DETECTOR]) == 0
    assert built == [INT8_DETECTOR]
    assert f"{INT8_DETECTOR}: {fp32} changed since: building again" in capsys.readouterr().out


def test_a_build_environment_is_not_begun_without_the_disk_space_it_needs(tmp_path):
    """CI once ran out of disk a minute into installing torch; now the build stops first and says how much."""
    free = shutil.disk_usage(tmp_path).free
    require_free_space(tmp_path / "cache" / "genai-env", 1_000_000, "genai-env")  # room enough: no error
    with pytest.raises(ModelError) as raised:
        require_free_space(tmp_path / "cache" / "genai-env", free + 10**12, "genai-env")
    assert str(raised.value).startswith(f"Not enough disk space for genai-env: about {size_text(free + 10**12)} "
                                        f"needed in {tmp_path}, ")
