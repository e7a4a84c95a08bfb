"""The throwaway virtual environments ``models build`` converts models in (TensorFlow for the detector, torch and
transformers for the onnxruntime-genai variants): kept in the user's cache, reused while their requirements stay
the same, never part of the app's own environment."""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from collections.abc import Callable, Sequence
from pathlib import Path

from pipelines.errors import ModelError
from pipelines.storage.user_folders import cache_folder

Progress = Callable[[str], None]
PIP_PROGRESS_PREFIXES = ("Collecting", "Downloading", "Installing collected", "Successfully installed")
STAMP = "edge-showcase-requirements.txt"


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
