"""Every target platform installs: the whole dependency tree resolved against PyPI for each one, wheels
only, except what the release workflow builds from source (llama-cpp-python) and srt (a pure-Python
sdist vosk needs). uv resolves for a platform other than this one with that platform's markers."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.wheels

ROOT = Path(__file__).resolve().parents[2]
BUILT_FROM_SOURCE = ("llama-cpp-python", "srt")
MACOS_MINIMUM = "14.0"  # packaging/macos/Info.plist's LSMinimumSystemVersion
TARGETS = {
    "linux-x86_64": "x86_64-unknown-linux-gnu",
    "win-amd64": "x86_64-pc-windows-msvc",
    "win-arm64": "aarch64-pc-windows-msvc",
    "macos-arm64": "aarch64-apple-darwin",
}
# What each platform must get (and must not): its onnxruntime build and accelerator packages.
MUST_HAVE = {
    "linux-x86_64": {"onnxruntime", "onnxruntime-genai", "opencv-python-headless", "faster-whisper", "vosk"},
    "win-amd64": {
        "onnxruntime-directml",
        "onnxruntime-genai-directml",
        "onnxruntime-ep-openvino",
        "windowsml",
        "opencv-python-headless",
        "faster-whisper",
        "vosk",
    },
    # Chat and speech through onnxruntime-genai: no C++ toolchain, no CTranslate2 or vosk build needed there.
    "win-arm64": {"onnxruntime", "onnxruntime-qnn", "onnxruntime-genai", "windowsml", "pyside6-essentials"},
    "macos-arm64": {"onnxruntime", "onnxruntime-genai", "opencv-python-headless", "faster-whisper", "vosk"},
}
# llama-cpp-python is the [llama] extra: the app's own install compiles nothing.
MUST_NOT_HAVE = {
    "win-arm64": {"onnxruntime-directml", "opencv-python-headless", "ctranslate2", "vosk", "llama-cpp-python"},
    "win-amd64": {"onnxruntime-genai", "llama-cpp-python"},  # onnxruntime comes with faster-whisper: see ARCHITECTURE
    "linux-x86_64": {"llama-cpp-python"},
}


def resolve(target: str) -> set[str]:
    """The package names uv resolves for ``target`` (Python 3.11); fails with uv's explanation."""
    uv = shutil.which("uv") or str(Path(sys.executable).with_name("uv"))
    command = [
        uv,
        "pip",
        "compile",
        str(ROOT / "pyproject.toml"),
        "--python-platform",
        TARGETS[target],
        "--python-version",
        "3.11",
        "--only-binary",
        ":all:",
        "--no-header",
        "--no-annotate",
    ]
    for package in BUILT_FROM_SOURCE:
        command += ["--no-binary", package]
    # onnxruntime's macOS wheels (1.24 on, which onnxruntime-genai needs) are for macOS 14 and newer, as is the app.
    env = {**os.environ, "MACOSX_DEPLOYMENT_TARGET": MACOS_MINIMUM}
    done = subprocess.run(command, capture_output=True, text=True, timeout=300, env=env)
    assert done.returncode == 0, f"{target}: {done.stderr.strip()}"
    return {line.split("==")[0].strip().lower() for line in done.stdout.splitlines() if "==" in line}


@pytest.mark.parametrize("target", TARGETS)
def test_each_target_resolves_with_wheels_only(target):
    packages = resolve(target)
    assert MUST_HAVE[target] <= packages, MUST_HAVE[target] - packages
    assert not MUST_NOT_HAVE.get(target, set()) & packages
