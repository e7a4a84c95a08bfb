"""The throwaway environment that makes onnxruntime-genai models, and what the genai builds share.

torch, transformers and onnxruntime-genai's model builder are needed only while building: they live in a virtual
environment in the user's cache (``genai-env``, about 1.3 GB with torch's CPU build), never in the app's own, and
removed once the build succeeds.
Nothing is fetched from a model hub: every build reads weights the project already has, and runs with the
Hugging Face libraries held offline.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from pipelines.model_build.build_env import GENAI_ENV, Progress, ensure_env, run_command
from pipelines.model_store import path_size
from pipelines.storage.file_checks import file_sha256

# Pinned to what was verified together (2 CPU cores, Linux x86-64, Python 3.11). torch must be a CPU build:
# pip's default Linux torch wheel carries CUDA (several GB); see GENAI_TORCH_INDEX.
GENAI_REQUIREMENTS = (
    "torch==2.13.0",
    "transformers==5.24.0",
    "accelerate==1.15.0",  # transformers 5 refuses to load a GGUF file without it
    "gguf==0.19.0",
    "onnx==1.23.2",
    "onnx-ir==1.1.0",  # imported by onnxruntime_genai.models.builder but not among its declared dependencies
    "onnxruntime==1.32.0",
    "onnxruntime-genai==0.18.0",
    "numpy>=1.26",
)
# Where pip finds torch's CPU-only wheels, if set (e.g. PyTorch's own CPU index); unset, pip's configured indexes.
GENAI_TORCH_INDEX = os.environ.get("EDGE_SHOWCASE_TORCH_INDEX", "")
OFFLINE = {"HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "HF_HUB_DISABLE_TELEMETRY": "1"}
GENAI_MODEL_SUFFIXES = (".onnx", ".onnx.data")  # the files whose sha256 the manifest records, besides the folder's



def ensure_genai_env(progress: Progress) -> Path:
    """The genai build environment (created, or reused while its requirements stay the same); returns its python.
    torch goes first, alone, so that pip takes its CPU build."""
    torch_index = ["--extra-index-url", GENAI_TORCH_INDEX] if GENAI_TORCH_INDEX else []
    installs = [[*torch_index, GENAI_REQUIREMENTS[0]], list(GENAI_REQUIREMENTS)]
    return ensure_env(GENAI_ENV, installs, progress, "torch CPU, transformers, onnxruntime-genai")


def run_in_env(python: Path, arguments: list[str], what: str, cwd: Path | None = None) -> str:
    """Run ``python arguments`` in the build environment, offline; its stdout, or a ModelError with its last line."""
    return run_command([str(python), *arguments], what, {**OFFLINE, "PYTHONWARNINGS": "ignore", "TQDM_DISABLE": "1"},
                       cwd)


def run_genai_builder(python: Path, hf_dir: Path, output: Path, precision: str, provider: str, work: Path) -> None:
    """onnxruntime-genai's model builder: a Hugging Face folder to a genai folder (ONNX + genai_config.json) for
    ``provider`` (the builder's name: cpu, dml, cuda, webgpu)."""
    run_in_env(python, ["-m", "onnxruntime_genai.models.builder", "-i", str(hf_dir), "-o", str(output),
                        "-p", precision, "-e", provider, "-c", str(work / "builder-cache")],
               f"onnxruntime-genai's builder ({precision}, {provider})", cwd=work)


def build_genai_folder(
    output: Path,
    progress: Progress,
    precision: str,
    provider: str,
    to_hugging_face: Callable[[Path, Path], None],
    check: Callable[[Path], dict[str, object]],
    finish: Callable[[Path], None] = lambda folder: None,
) -> dict[str, object]:
    """Make ``output`` an onnxruntime-genai folder: ``to_hugging_face(python, hf_dir)`` in the build environment,
    the builder, ``finish(folder)``, then ``check(folder)`` through the app's own engine (a CPU build; another EP's
    build is checked where that EP is), and only then is the folder put in place. Its checksums, size and the
    check's figures."""
    python = ensure_genai_env(progress)
    output.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=output.parent) as tmp:
        work = Path(tmp)
        started = time.perf_counter()
        progress("converting the weights to a Hugging Face folder")
        to_hugging_face(python, work / "hf")
        progress(f"building the {precision} onnxruntime-genai model for {provider}")
        run_genai_builder(python, work / "hf", work / "genai", precision, provider, work)
        finish(work / "genai")
        built_s = time.perf_counter() - started
        checked = check(work / "genai") if provider == "cpu" else {"not_checked": f"a {provider} build"}
        progress(f"checked: {json.dumps(checked)[:100]}")
        if output.exists():
            shutil.rmtree(output)
        os.replace(work / "genai", output)
    return {**genai_checksums(output), "precision": precision, "build_s": round(built_s), "check": checked}


def genai_checksums(folder: Path) -> dict[str, object]:
    """What the manifest records of a genai folder: its size, its sha256 and each model file's own."""
    models = sorted(p for p in folder.iterdir() if p.name.endswith(GENAI_MODEL_SUFFIXES))
    return {"sha256": file_sha256(folder), "size": path_size(folder),
            "files": {p.name: {"sha256": file_sha256(p), "size": p.stat().st_size} for p in models}}
