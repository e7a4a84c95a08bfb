"""Build the installable bundle for the platform this runs on: ``python packaging/build.py``.

1. ``edge-showcase models build`` (cached) and stage the models the installer carries;
2. PyInstaller with ``packaging/edge_showcase.spec`` into ``dist/edge-showcase/`` (one folder);
3. report: bundle size, size per model, start-up time of the frozen app against the venv (same run).
The Windows installer (Inno Setup) and the macOS .app/.dmg are made from this folder by
``packaging/windows/EdgeAIShowcase.iss`` and ``packaging/macos/make_dmg.sh`` (see the README).
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipelines.chat.model_choice import BOOTH_MODEL_FILE  # noqa: E402
from pipelines.model_build.builder import build_models  # noqa: E402
from pipelines.model_store import model_path, model_status, path_size, read_manifest  # noqa: E402
from pipelines.models import CATALOG  # noqa: E402

SHIPPED = (
    "ssd-mobilenet-v2-coco",
    "ssd-mobilenet-v2-coco-int8",
    "smollm2-135m-instruct",
    "whisper-base",
    "smollm2-135m-instruct-genai-cpu",
    "whisper-base-genai-cpu",
)
# Carried when built (the release workflow builds them on Windows x64 for DirectML).
SHIPPED_WHEN_BUILT = ("smollm2-135m-instruct-genai-dml", "whisper-base-genai-dml")
ENGLISH_VOSK = "vosk-model-small-en-us-0.15"  # bundled when present (the release workflow downloads it)
NAME = "edge-showcase"


def stage_models(stage: Path) -> dict[str, int]:
    """Copy the shipped models and their manifest entries into ``stage``; returns size per model."""
    build_models(lambda line: print(line, flush=True), only=list(SHIPPED))
    if stage.exists():
        shutil.rmtree(stage)
    stage.mkdir(parents=True)
    manifest, sizes = read_manifest(), {}
    shipped = [*SHIPPED, *(model_id for model_id in SHIPPED_WHEN_BUILT if model_status(CATALOG[model_id]).ready)]
    for model_id in shipped:
        source = model_path(CATALOG[model_id])
        target = stage / CATALOG[model_id].filename
        (shutil.copytree if source.is_dir() else shutil.copy2)(source, target)
        sizes[model_id] = path_size(target)
    downloads = model_path(
        CATALOG["whisper-base"]
    ).parent  # the release workflow downloads these into the models folder
    vosk = downloads / ENGLISH_VOSK
    if vosk.is_dir():
        shutil.copytree(vosk, stage / ENGLISH_VOSK)
        sizes[ENGLISH_VOSK] = path_size(stage / ENGLISH_VOSK)
    booth = downloads / BOOTH_MODEL_FILE
    if booth.is_file():
        shutil.copy2(booth, stage / BOOTH_MODEL_FILE)
        sizes[BOOTH_MODEL_FILE] = path_size(stage / BOOTH_MODEL_FILE)
    (stage / "manifest.json").write_text(json.dumps({k: manifest[k] for k in shipped}, indent=2), encoding="utf-8")
    return sizes


def startup_seconds(command: list[str], runs: int = 3) -> float:
    """Median wall time to start, show the window and quit (offscreen)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run([*command, "--quit-after", "0"], env=env, capture_output=True, check=True, timeout=120)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> int:
    stage = ROOT / "build" / "models-stage"
    sizes = stage_models(stage)
    env = {**os.environ, "EDGE_SHOWCASE_MODELS_STAGE": str(stage), "EDGE_SHOWCASE_BUNDLE_NAME": NAME}
    started = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(ROOT / "dist"),
            "--workpath",
            str(ROOT / "build" / "pyinstaller"),
            str(ROOT / "packaging" / "edge_showcase.spec"),
        ],
        env=env,
        check=True,
    )
    bundle = ROOT / "dist" / NAME
    executable = bundle / (NAME + (".exe" if sys.platform == "win32" else ""))
    report = {
        "bundle": str(bundle),
        "executable": str(executable),
        "build_s": round(time.perf_counter() - started, 1),
        "bundle_mb": round(path_size(bundle) / 1e6, 1),
        "models_mb": {k: round(v / 1e6, 1) for k, v in sizes.items()},
        "startup_frozen_s": round(startup_seconds([str(executable)]), 2),
        "startup_venv_s": round(startup_seconds([sys.executable, "-m", "app"]), 2),
    }
    report["startup_ratio"] = round(report["startup_frozen_s"] / report["startup_venv_s"], 2)
    (ROOT / "dist" / "build-report.json").write_text(json.dumps(report, indent=2), encoding="utf-8")
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
