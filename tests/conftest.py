"""Shared fixtures: offscreen Qt, isolated settings, the real built detector, small media files."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path  # noqa: E402

import cv2  # noqa: E402
import numpy as np  # noqa: E402
import pytest  # noqa: E402

from pipelines.models import CATALOG, DEFAULT_DETECTOR, model_status  # noqa: E402

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
def detector(built_model):
    from pipelines.detection.loading import load_detector

    return load_detector(built_model, provider="cpu")


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path_factory):
    """QSettings in a temporary folder and QStandardPaths in test mode: the user's stay untouched."""
    from PySide6.QtCore import QSettings, QStandardPaths

    folder = tmp_path_factory.mktemp("settings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    QStandardPaths.setTestModeEnabled(True)
    yield folder


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
