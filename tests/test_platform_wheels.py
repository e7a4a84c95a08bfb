"""Every target platform installs: the whole dependency tree resolved against PyPI for each one, wheels
only, except what the release workflow builds from source (llama-cpp-python) and srt (a pure-Python
sdist vosk needs). uv resolves for a platform other than this one with that platform's markers."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.wheels

ROOT = Path(__file__).resolve().parents[1]
BUILT_FROM_SOURCE = ("llama-cpp-python", "srt")
TARGETS = {
    "linux-x86_64": "x86_64-unknown-linux-gnu",
    "win-amd64": "x86_64-pc-windows-msvc",
    "win-arm64": "aarch64-pc-windows-msvc",
    "macos-arm64": "aarch64-apple-darwin",
}
# What each platform must get (and must not): its onnxruntime build and accelerator packages.
MUST_HAVE = {
    "linux-x86_64": {"onnxruntime", "opencv-python-headless", "faster-whisper", "vosk", "llama-cpp-python"},
    "win-amd64": {"onnxruntime-directml", "onnxruntime-ep-openvino", "windowsml", "opencv-python-headless", "faster-whisper", "vosk"},
    "win-arm64": {"onnxruntime", "onnxruntime-qnn", "windowsml", "llama-cpp-python", "pyside6-essentials"},
    "macos-arm64": {"onnxruntime", "opencv-python-headless", "faster-whisper", "vosk"},
}
MUST_NOT_HAVE = {"win-arm64": {"onnxruntime-directml", "opencv-python-headless", "ctranslate2", "vosk"}}


def resolve(target: str) -> set[str]:
    """The package names uv resolves for ``target`` (Python 3.11); fails with uv's explanation."""
    uv = shutil.which("uv") or str(Path(sys.executable).with_name("uv"))
    command = [uv, "pip", "compile", str(ROOT / "pyproject.toml"), "--python-platform", TARGETS[target], "--python-version", "3.11",
               "--only-binary", ":all:", "--no-header", "--no-annotate"]
    for package in BUILT_FROM_SOURCE:
        command += ["--no-binary", package]
    done = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, f"{target}: {done.stderr.strip()}"
    return {line.split("==")[0].strip().lower() for line in done.stdout.splitlines() if "==" in line}


@pytest.mark.parametrize("target", TARGETS)
def test_each_target_resolves_with_wheels_only(target):
    packages = resolve(target)
    assert MUST_HAVE[target] <= packages, MUST_HAVE[target] - packages
    assert not MUST_NOT_HAVE.get(target, set()) & packages
