"""Shared fixtures: offscreen Qt, isolated settings, the real built detector, small media files."""

from __future__ import annotations

import os
import wave

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path  # noqa: E402

import cv2  # noqa: E402
import numpy as np  # noqa: E402
import pytest  # noqa: E402

from pipelines.models import CATALOG, DEFAULT_DETECTOR, INT8_DETECTOR, model_status  # noqa: E402

DATA = Path(__file__).parent / "data"


def catalog_model_path(model_id: str) -> Path:
    """A real catalog model; the suite fails (not skips) when it was not built."""
    status = model_status(CATALOG[model_id])
    if not status.ready:
        pytest.fail(f"{model_id} is '{status.state}' at {status.path}: run 'edge-showcase models build' first")
    return status.path


@pytest.fixture(scope="session")
def built_model() -> Path:
    return catalog_model_path(DEFAULT_DETECTOR)


@pytest.fixture(scope="session")
def int8_model() -> Path:
    return catalog_model_path(INT8_DETECTOR)


@pytest.fixture(scope="session")
def detector(built_model):
    from pipelines.detection.loading import load_detector

    return load_detector(built_model, provider="cpu")


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path_factory, monkeypatch):
    """QSettings and the kept transcript in a temporary folder, QStandardPaths in test mode: the user's stay untouched."""
    from PySide6.QtCore import QSettings, QStandardPaths

    folder = tmp_path_factory.mktemp("settings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    QStandardPaths.setTestModeEnabled(True)
    monkeypatch.setattr("app.speech_panel.transcript_path", lambda: folder / "transcript.json")
    yield folder


def write_wav(path: Path, samples: np.ndarray, rate: int = 16_000) -> Path:
    """16-bit mono PCM samples as a WAV file."""
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(samples.astype(np.int16).tobytes())
    return path


def demo_sentences(padding_s: float = 0.5) -> list[np.ndarray]:
    """The demo recording's sentences, each with ``padding_s`` of its silence around it: the five
    LibriVox clips are joined with runs of digital silence (exact zeros), which is where it is cut."""
    from pipelines.speech.sources import decode_audio_file, demo_recording

    samples = decode_audio_file(demo_recording())
    sound = np.flatnonzero(samples != 0)
    gaps = np.flatnonzero(np.diff(sound) > 8_000)  # a run of over 0.5 s of zeros at 16 kHz
    starts, ends = np.r_[sound[0], sound[gaps + 1]], np.r_[sound[gaps], sound[-1]]
    pad = int(padding_s * 16_000)
    return [samples[max(0, a - pad): b + pad] for a, b in zip(starts, ends)]


def write_video(path: Path, frames: int, size: tuple[int, int] = (160, 120), fps: float = 10.0) -> Path:
    """A small real video: a bright square moving over a dark background."""
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"mp4v"), fps, size)
    for i in range(frames):
        image = np.full((size[1], size[0], 3), 30, np.uint8)
        cv2.rectangle(image, (5 + i * 3, 20), (45 + i * 3, 60), (0, 200, 255), -1)
        writer.write(image)
    writer.release()
    return path


@pytest.fixture
def short_video(tmp_path) -> Path:
    return write_video(tmp_path / "short.mp4", 6)


@pytest.fixture(scope="session")
def bound_ep(built_model) -> str:
    """The execution provider the detector binds to on this machine (CPU here; CoreML, DirectML... elsewhere)."""
    from pipelines.detection.loading import load_detector

    return load_detector(built_model).provider.ep


@pytest.fixture(scope="session")
def chat_device() -> str:
    import llama_cpp

    from pipelines.chat.llama_engine import gpu_device

    return gpu_device(llama_cpp)


@pytest.fixture(scope="session")
def speech_device() -> str:
    import ctranslate2

    return "GPU (CUDA)" if ctranslate2.get_cuda_device_count() > 0 else "CPU"
