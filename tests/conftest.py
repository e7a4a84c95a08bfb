"""Shared fixtures: offscreen Qt, isolated settings, the real built detector, small media files."""

from __future__ import annotations

import os
import sys
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The engines' child processes keep their measured speeds in the data folder: one folder for the test session, not
# the user's (in this process the tests' own folders are patched per test, below).
os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="edge-showcase-tests-data-")

from pathlib import Path

import pytest

from pipelines.models import DEFAULT_DETECTOR, INT8_DETECTOR
from tests.support.helpers import catalog_model_path, write_video

DATA = Path(__file__).parent / "data"



@pytest.fixture(scope="session", autouse=True)
def workers_end_before_exit():
    """As the app does after its window closes: wait for the worker threads a closed window asked to stop (a model
    load ends at its next step). A QThread still running when the interpreter ends aborts the process (exit 134), and
    the whole run would fail after every test passed."""
    yield
    if "app.worker" in sys.modules:
        from app.worker import wait_for_all_workers

        assert wait_for_all_workers(60), "a worker thread was still running 60 s after the last test"


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
    """QSettings, the data, log and pictures folders and the kept transcript in a temporary folder: the user's stay
    untouched."""
    from PySide6.QtCore import QSettings

    from pipelines.storage import user_folders

    folder = tmp_path_factory.mktemp("settings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    for name in ("data_folder", "log_folder", "pictures_folder"):
        monkeypatch.setattr(user_folders, name, lambda name=name: folder / name)
    monkeypatch.setattr("app.panels.speech_panel.transcript_path", lambda: folder / "transcript.json")
    yield folder


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
