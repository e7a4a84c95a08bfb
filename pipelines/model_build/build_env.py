"""The throwaway virtual environments ``models build`` converts models in (TensorFlow for the detector, torch and
transformers for the onnxruntime-genai variants): in the user's cache, never part of the app's own environment;
reused while their requirements stay the same, removed once a build succeeds (kept after a failure, for the next
try) and by ``models clean``."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import venv
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from pipelines.errors import ModelError
from pipelines.model_store import path_size
from pipelines.storage.user_folders import cache_folder

Progress = Callable[[str], None]
PIP_PROGRESS_PREFIXES = ("Collecting", "Downloading", "Installing collected", "Successfully installed")
STAMP = "edge-showcase-requirements.txt"
CONVERTER_ENV = "converter-env"  # TensorFlow + tf2onnx
QUANTIZER_ENV = "quantizer-env"  # onnxruntime + onnx
GENAI_ENV = "genai-env"  # torch (CPU) + transformers + onnxruntime-genai
ENV_SIZES = {CONVERTER_ENV: 1.37e9, QUANTIZER_ENV: 0.21e9, GENAI_ENV: 1.30e9}  # bytes each took on Linux x86-64
BUILD_ENVS = tuple(ENV_SIZES)
PIP_HEADROOM = 0.5e9  # pip's downloaded wheels and temporary files beside an environment while it installs


def size_text(size: int) -> str:
    """Bytes as GB (from 0.1 GB) or MB."""
    return f"{size / 1e9:.2f} GB" if size >= 1e8 else f"{size / 1e6:.1f} MB"


@dataclass(frozen=True)
class BuildEnv:
    """One build environment found in the user's cache."""

    name: str
    path: Path
    size: int  # bytes

    def describe(self) -> str:
        return f"{self.name} {size_text(self.size)} ({self.path})"

    def to_json(self) -> dict[str, object]:
        return {"name": self.name, "path": str(self.path), "size_mb": round(self.size / 1e6, 1)}


def build_envs() -> list[BuildEnv]:
    """The build environments in the user's cache now, with their sizes."""
    folders = [cache_folder() / name for name in BUILD_ENVS]
    return [BuildEnv(folder.name, folder, path_size(folder)) for folder in folders if folder.is_dir()]


def remove_build_envs() -> list[BuildEnv]:
    """Remove every build environment from the user's cache; those removed, with the bytes each held."""
    found = build_envs()
    for env in found:
        shutil.rmtree(env.path)
    return found


def freed_line(removed: Sequence[BuildEnv]) -> str:
    """What removing ``removed`` freed, in one line."""
    if not removed:
        return f"no build environment in {cache_folder()}"
    each = ", ".join(f"{env.name} {size_text(env.size)}" for env in removed)
    return f"removed the build environments: {each}; {size_text(sum(env.size for env in removed))} freed"


def kept_line(kept: Sequence[BuildEnv]) -> str:
    """Where the build environments ``kept`` are and how big, in one line."""
    total = size_text(sum(env.size for env in kept))
    return f"{'; '.join(env.describe() for env in kept)}; {total} in all ('edge-showcase models clean' removes them)"


def require_free_space(folder: Path, need: int, what: str) -> None:
    """Stop before minutes of downloads with a ModelError that says how much room ``what`` needs in ``folder``
    (or its nearest existing parent) when less is free there."""
    existing = next(parent for parent in (folder, *folder.parents) if parent.exists())
    free = shutil.disk_usage(existing).free
    if free < need:
        raise ModelError(
            f"Not enough disk space for {what}: about {size_text(need)} needed in {existing}, "
            f"{size_text(free)} free; free some space and run 'edge-showcase models build' again"
        )


def env_python(env_dir: Path) -> Path:
    """The interpreter of a virtual environment."""
    return env_dir / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")


def pip_install(python: Path, arguments: list[str], progress: Progress, verb: str = "install") -> None:
    """pip install (or download), relaying the lines that show progress (what it fetches and installs)."""
    command = [str(python), "-m", "pip", verb, "--disable-pip-version-check", "--progress-bar", "off", *arguments]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    tail: list[str] = []
    assert process.stdout is not None  # piped above
    for line in process.stdout:
        line = line.rstrip()
        tail = (tail + [line])[-5:]
        if line.startswith(PIP_PROGRESS_PREFIXES):
            progress(f"pip: {line[:150]}")
    if process.wait() != 0:
        raise ModelError(f"pip {verb} failed (exit {process.returncode}): {' | '.join(tail)[-300:]}")


def ensure_env(name: str, installs: Sequence[Sequence[str]], progress: Progress, what: str) -> Path:
    """The environment ``name`` in the user's cache, made by the pip ``installs`` in order (reused while they stay
    the same); its python. ``what`` names what it holds, for the progress line."""
    env_dir = cache_folder() / name
    python = env_python(env_dir)
    wanted = "\n".join(" ".join(arguments) for arguments in installs)
    stamp = env_dir / STAMP
    if python.exists() and stamp.exists() and stamp.read_text(encoding="utf-8") == wanted:
        progress(f"{name} ready ({env_dir})")
        return python
    replaced = path_size(env_dir) if env_dir.is_dir() else 0  # what an earlier try left is cleared first
    require_free_space(env_dir.parent, int(ENV_SIZES.get(name, 0) + PIP_HEADROOM) - replaced, name)
    progress(f"creating {name} in {env_dir} ({what})")
    venv.EnvBuilder(with_pip=True, clear=True).create(env_dir)
    for arguments in installs:
        if arguments:
            pip_install(python, list(arguments), progress)
    stamp.write_text(wanted, encoding="utf-8")
    return python


def run_command(command: list[str], what: str, env: dict[str, str] | None = None, cwd: Path | None = None) -> str:
    """Run a build step; its stdout, or a ModelError with the last line it printed."""
    completed = subprocess.run(command, capture_output=True, text=True, env={**os.environ, **(env or {})}, cwd=cwd)
    if completed.returncode != 0:
        lines = (completed.stderr or completed.stdout).strip().splitlines() or ["no output"]
        raise ModelError(f"{what} failed (exit {completed.returncode}): {lines[-1][:300]}")
    return completed.stdout
