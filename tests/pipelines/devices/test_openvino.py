"""OpenVINO's own execution provider, for real on this x86-64 CPU: a venv where ``onnxruntime-openvino``
stands in place of ``onnxruntime`` (everything else, the app included, comes from the project's venv
through a site-packages link), then the app's own commands in it. Needs PyPI (the wheel is 84 MB)."""

from __future__ import annotations

import json
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

from pipelines.speech.sources import demo_recording
from tests.support.helpers import DATA, catalog_model_path

pytestmark = pytest.mark.openvino

OPENVINO_WHEEL = "onnxruntime-openvino==1.24.1"
OPENVINO_EP = "OpenVINOExecutionProvider"


@pytest.fixture(scope="module")
def openvino_python(tmp_path_factory) -> Path:
    """A venv with onnxruntime-openvino first on sys.path and the project's venv after it."""
    folder = tmp_path_factory.mktemp("openvino-venv")
    venv.create(folder, with_pip=True)
    python = folder / "bin" / "python"
    subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--no-deps", OPENVINO_WHEEL], check=True, timeout=600
    )
    site_packages = Path(
        subprocess.check_output(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], text=True
        ).strip()
    )
    # addsitedir also runs the project venv's own .pth files (the editable install of this repo).
    (site_packages / "zz_project_venv.pth").write_text(
        f"import site; site.addsitedir({sysconfig.get_paths()['purelib']!r})\n"
    )
    return python


def run_app(python: Path, *args: str) -> dict:
    done = subprocess.run([str(python), "-m", "app", *args], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.splitlines()[0])


def test_the_venv_runs_openvinos_onnxruntime(openvino_python):
    probe = "import onnxruntime as o; print(o.__version__, o.get_available_providers())"
    out = subprocess.check_output([str(openvino_python), "-c", probe], text=True)
    assert out.startswith("1.24.1") and OPENVINO_EP in out and sys.prefix not in out


def test_auto_mode_picks_openvino_with_its_own_reasons_for_npu_and_gpu(openvino_python, built_model, int8_model):
    result = run_app(openvino_python, "detect", str(DATA / "chelsea.png"), "--json")
    assert result["provider"] == OPENVINO_EP and result["device"] == "CPU" and result["precision"] == "int8"
    reasons = {fallback["choice"]: fallback["reason"] for fallback in result["fallbacks"]}
    assert set(reasons) == {"openvino-npu", "openvino-gpu"}
    assert (
        "Device NPU is not available" in reasons["openvino-npu"]
        and "Device GPU is not available" in reasons["openvino-gpu"]
    )
    assert (
        result["placement"].get(OPENVINO_EP, 0) >= 1 and result["bound_by"] == "name"
    )  # no Intel device for the device API
    assert result["detections"][0]["label"] == "cat"


def test_strict_mode_keeps_every_node_on_openvino(openvino_python, built_model):
    result = run_app(
        openvino_python,
        "detect",
        str(DATA / "chelsea.png"),
        "--provider",
        "openvino-cpu",
        "--precision",
        "fp32",
        "--strict",
        "--json",
    )
    assert result["provider"] == OPENVINO_EP and result["strict"] is True and list(result["placement"]) == [OPENVINO_EP]


# onnxruntime-genai 0.18 needs onnxruntime's API 25 or newer; onnxruntime-openvino 1.24 offers 24: the venv takes the
# last onnxruntime-genai built against that API, which reads the app's model folders.
GENAI_FOR_ORT_124 = "onnxruntime-genai==0.12.2"


@pytest.fixture(scope="module")
def openvino_genai_python(openvino_python) -> Path:
    subprocess.run(
        [str(openvino_python), "-m", "pip", "install", "--quiet", "--no-deps", GENAI_FOR_ORT_124], check=True,
        timeout=600,
    )
    return openvino_python


def test_chat_runs_on_openvinos_cpu_device_with_its_placement(openvino_genai_python):
    catalog_model_path("smollm2-135m-instruct-genai-cpu")
    result = run_app(openvino_genai_python, "chat", "How many days are in a week?", "--engine", "onnxruntime-genai",
                     "--provider", "openvino-cpu", "--max-tokens", "24", "--json")
    assert result["engine"] == "onnxruntime-genai" and result["provider"] == OPENVINO_EP and result["device"] == "CPU"
    assert result["placement"].get(OPENVINO_EP, 0) >= 1 and "7" in result["text"]


def test_whisper_on_openvino_is_refused_with_openvinos_own_reason(openvino_genai_python):
    catalog_model_path("whisper-base-genai-cpu")
    done = subprocess.run(
        [str(openvino_genai_python), "-m", "app", "transcribe", str(demo_recording()), "--engine",
         "onnxruntime-genai", "--provider", "openvino-cpu"],
        capture_output=True, text=True, timeout=300,
    )
    error = done.stderr.strip().splitlines()[-1]
    assert done.returncode == 1 and error.startswith("edge-showcase: error: No execution provider could run")
    assert "OpenVINO (CPU): " in error
