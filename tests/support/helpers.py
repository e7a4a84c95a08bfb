"""Helpers the tests share: real media made on the fly, the built models, the UI heartbeat, microphones."""

from __future__ import annotations

import shutil
import subprocess
import sys
import threading
import time
import traceback
import wave
from pathlib import Path

import cv2
import numpy as np
import pytest
from PySide6.QtCore import QElapsedTimer, QTimer

from pipelines.model_store import model_status
from pipelines.models import CATALOG
from pipelines.runtime.long_lived import freeze_long_lived_objects, thaw_long_lived_objects
from tests.support.fake_sounddevice import FakeInputStream

DATA = Path(__file__).resolve().parents[1] / "data"
SUPPORT = Path(__file__).resolve().parent


def catalog_model_path(model_id: str) -> Path:
    """A real catalog model; the suite fails (not skips) when it was not built."""
    status = model_status(CATALOG[model_id])
    if not status.ready:
        pytest.fail(f"{model_id} is '{status.state}' at {status.path}: run 'edge-showcase models build' first")
    return status.path


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


def frame_threads():
    return [t for t in threading.enumerate() if t.name.startswith("frames:")]


def wait_for_boxes(qtbot, panel, timeout=15000):
    qtbot.waitUntil(lambda: panel.view.has_frame() and panel.metrics.summary()["infer"].count >= 3, timeout=timeout)


class Heartbeat:
    """A 10 ms timer on the UI thread; records the longest gap between its ticks until ``stop``.

    The objects alive when it starts are frozen out of the garbage collector as the app freezes its own once the
    window is built (``pipelines/runtime/long_lived.py``); ``stop`` gives them back, so the tests after it collect as
    usual. A watcher thread samples every thread's stack while a tick is late, so a stall that fails a test says
    what the UI thread (and whoever held the GIL) was doing."""

    LATE_S = 0.035  # a tick this long after the last one is sampled: 25 ms late, half the tests' budget
    MOST_SAMPLES = 4

    def __init__(self):
        freeze_long_lived_objects()
        self.clock = QElapsedTimer()
        self.worst_ms = 0
        self.stacks: list[str] = []
        self._last_tick = time.monotonic()
        self._ui_thread = threading.get_ident()
        self._stopped = threading.Event()
        self._watcher = threading.Thread(target=self._watch, name="heartbeat-watcher", daemon=True)
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self.tick)
        self.clock.start()
        self.timer.start()
        self._watcher.start()

    def tick(self):
        self._last_tick = time.monotonic()
        self.worst_ms = max(self.worst_ms, self.clock.restart())

    def stop(self):
        self.timer.stop()
        self._stopped.set()
        self._watcher.join()
        thaw_long_lived_objects()

    def assert_responsive(self, budget_ms: int, while_what: str) -> None:
        """Fails with the longest gap and the stacks sampled during the late ticks when it passed ``budget_ms``."""
        stacks = "\n".join(self.stacks) or "(no sample: the watcher thread could not run: the GIL held, or no CPU)"
        assert self.worst_ms <= budget_ms, f"UI thread stalled {self.worst_ms} ms {while_what}\n{stacks}"

    def _watch(self) -> None:
        sampled = 0.0
        while not self._stopped.wait(0.005):
            last = self._last_tick
            late_s = time.monotonic() - last
            if late_s > self.LATE_S and last != sampled and len(self.stacks) < self.MOST_SAMPLES:
                sampled = last
                self.stacks.append(self._every_stack(late_s))

    def _every_stack(self, late_s: float) -> str:
        names = {thread.ident: thread.name for thread in threading.enumerate()}
        lines = [f"--- a tick {late_s * 1000:.0f} ms after the last one; the threads' stacks:"]
        for ident, frame in sys._current_frames().items():
            if ident == threading.get_ident():
                continue
            ui = " (UI thread)" if ident == self._ui_thread else ""
            lines.append(f"  [{names.get(ident, ident)}{ui}]")
            lines.extend("    " + line.strip() for line in traceback.format_stack(frame, limit=6) if line.strip())
        return "\n".join(lines)


def fake_microphone(monkeypatch, samples, rate, **behaviour):
    import sounddevice

    monkeypatch.setattr(
        sounddevice,
        "query_devices",
        lambda device=None, kind=None: {"name": "Fake mic", "default_samplerate": rate, "max_input_channels": 1},
    )
    return lambda **kwargs: FakeInputStream(samples, rate, **behaviour, **kwargs)


def pulse_virtual_microphone() -> bool:
    """A PulseAudio null sink whose monitor is the default source (.ci/run sets it up)."""
    if shutil.which("pactl") is None:
        return False
    info = subprocess.run(["pactl", "info"], capture_output=True, text=True)
    return info.returncode == 0 and "virtual_mic_sink.monitor" in info.stdout


def shown_window(qtbot, model: Path):
    """The main window on ``model``, shown (offscreen), closed by pytest-qt after the test."""
    from app.main_window import MainWindow
    from app.settings import AppSettings

    window = MainWindow(AppSettings(), model)
    qtbot.addWidget(window)
    window.show()
    return window


def shown_chat_panel(qtbot, history: Path, engine: str):
    """A Chat panel on ``engine`` ('llama.cpp', 'onnxruntime-genai' or 'auto'), shown, once its model is loaded."""
    from app.panels.chat_panel import ChatPanel
    from app.settings import AppSettings

    settings = AppSettings()
    settings.chat_engine = engine
    panel = ChatPanel(settings, history_file=history)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitUntil(lambda: panel.engine is not None, timeout=60000)
    return panel


def pick_speech_engine(panel, engine: str) -> None:
    """Pick ``engine`` in the Speech panel's engine list, as the user does."""
    combo = panel.choices.engine_combo
    combo.setCurrentIndex(combo.findData(engine))
    combo.activated.emit(combo.currentIndex())


def pick_device(qtbot, combo, label: str) -> None:
    """Pick the Device list's item ``label`` as the user does, once the ranking (a worker's) has filled the list."""
    qtbot.waitUntil(lambda: combo.findText(label) >= 0, timeout=10000)
    combo.setCurrentIndex(combo.findText(label))
    combo.activated.emit(combo.currentIndex())
