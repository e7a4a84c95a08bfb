"""Remembered settings (QSettings, INI files): source, provider, thresholds, model, window layout.

A change is visible at once to every QSettings object of the process; the file is written on the settings
writer's thread (``pipelines/storage/durable_writer.py``), never on the UI thread: Qt's own deferred write ends
in ``fdatasync``, which takes tens of milliseconds on a busy disk.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QEvent, QSettings

from pipelines.chat.languages import ENGLISH, SYSTEM_PROMPTS, system_prompt
from pipelines.chat.quiz import booth_questions
from pipelines.storage.durable_writer import DurableWriter
from pipelines.storage.user_folders import APPLICATION, ORGANIZATION

AUTO_PROVIDER = "auto"
_writer: DurableWriter | None = None


def _settings_writer() -> DurableWriter:
    """The one thread that writes settings files, started on the first change."""
    global _writer
    if _writer is None:
        _writer = DurableWriter("settings")
    return _writer


def _write_out(file_name: str) -> None:
    """Write the changes queued for ``file_name``: QSettings objects of one process share them, so a fresh object on
    this thread writes what the UI thread's objects changed."""
    store = QSettings(file_name, QSettings.Format.IniFormat)
    store.sync()
    if store.status() == QSettings.Status.AccessError:
        raise OSError(f"{file_name} cannot be written")


class _SettingsStore(QSettings):
    """QSettings that leaves writing its file to the settings writer: Qt's deferred write (an UpdateRequest event,
    handled on the thread that owns the object) is dropped."""

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.UpdateRequest:
            return True
        return super().event(event)


class _Setting:
    """A typed QSettings value with a default and an optional clamp to a valid range."""

    def __init__(
        self, key: str, default: Any, kind: Callable[[Any], Any], low: float | None = None, high: float | None = None
    ) -> None:
        self.key, self.default, self.kind, self.low, self.high = key, default, kind, low, high

    def __get__(self, settings: AppSettings, owner=None) -> Any:
        try:
            value = self.kind(settings.store.value(self.key, self.default))
        except (TypeError, ValueError):
            return self.default
        if self.low is not None:
            value = min(self.high, max(self.low, value))
        return value

    def __set__(self, settings: AppSettings, value: Any) -> None:
        settings.set_value(self.key, self.kind(value))


class AppSettings:
    """Typed access to the app's settings; every value has a sensible default."""

    source = _Setting("vision/source", "demo", str)
    provider = _Setting("vision/provider", AUTO_PROVIDER, str)
    precision = _Setting("vision/precision", "auto", str)  # the built-in detector's: auto, fp32 or int8
    strict = _Setting("vision/strict", 0, int)  # 1: an accelerator must run every node (no CPU fallback in the session)
    threshold = _Setting("vision/threshold", 0.5, float, 0.05, 0.95)
    iou = _Setting("vision/iou", 0.5, float, 0.1, 0.9)
    model = _Setting("vision/model", "", str)  # "" means the built default detector
    chat_engine = _Setting("chat/engine", "auto", str)  # auto: the NPU / GPU engine, else the faster one here
    chat_model = _Setting("chat/model", "", str)  # "" means the bundled SmolLM2
    chat_auto_model = _Setting(
        "chat/auto_model", 1, int
    )  # 1 until the user picks a model: the app picks the best fluent one
    chat_speeds = _Setting("chat/measured_speeds", "{}", str)  # JSON: tokens/s measured per candidate model (once)
    system_prompt = _Setting("chat/system_prompt", "", str)  # "": the default of the window's language
    temperature = _Setting("chat/temperature", 0.7, float, 0.0, 2.0)
    speech_language = _Setting("speech/language", "auto", str)  # auto: detected per utterance; or a Whisper code
    speech_translate = _Setting("speech/translate", 0, int)  # 1: captions in English whatever is said (Whisper)
    first_run_note_seen = _Setting("app/first_run_note_seen", 0, int)
    language = _Setting("app/language", "", str)  # the window's language ("de", "zh_CN"...); "": the system's
    view = _Setting("app/view", "detection", str)  # the panel (or "dashboard") shown when the window last closed
    stall_s = _Setting("watchdog/stall_s", 20.0, float, 2.0, 600.0)  # a live pipeline silent this long is restarted
    fallback_to_demo = _Setting(
        "sources/fallback_to_demo", 1, int
    )  # 1: a camera, mic or file that fails gives way to the demo media
    kiosk_pin = _Setting("kiosk/pin", "", str)  # asked after the exit chord when set
    wake_on_sound = _Setting(
        "kiosk/wake_on_sound", 1, int
    )  # 1: a voice near the booth ends the attract loop (mic level only)
    attract_idle_s = _Setting(
        "kiosk/attract_idle_s", 60.0, float, 2.0, 3600.0
    )  # no input this long: the dashboard plays by itself
    cta_text = _Setting(
        "kiosk/cta_text", QT_TRANSLATE_NOOP("Kiosk", "Runs on this laptop. Nothing leaves it. Scan to learn more."), str
    )  # the default is shown in the window's language
    cta_url = _Setting("kiosk/cta_url", "https://github.com/edge-ai-showcase", str)  # the QR code's content

    def __init__(self) -> None:
        # INI files everywhere (not the Windows registry): easy to inspect, back up and reset.
        self.store = _SettingsStore(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION)

    def set_value(self, key: str, value: Any) -> None:
        """Change ``key`` now; its file is written on the settings writer's thread."""
        self.store.setValue(key, value)
        file_name = self.store.fileName()
        _settings_writer().submit("the settings", partial(_write_out, file_name), key=("settings", file_name))

    def recent(self, kind: str) -> list[str]:
        """Recently opened files of one kind ('vision' sources, 'chat' models, 'speech' model folders), newest first."""
        value = self.store.value(f"{kind}/recent_files", [])
        return [str(v) for v in (value if isinstance(value, list) else [value] if value else [])]

    def remember(self, kind: str, path: str, keep: int = 5) -> None:
        files = [path] + [f for f in self.recent(kind) if f != path]
        self.set_value(f"{kind}/recent_files", files[:keep])

    def attract_questions(self, language: str = ENGLISH) -> list[str]:
        """The questions the attract loop asks in turn (kiosk/questions in the settings file, one list), else the
        booth's own in ``language``."""
        value = self.store.value("kiosk/questions", [])
        questions = [str(v) for v in (value if isinstance(value, list) else [value] if value else []) if str(v).strip()]
        return questions or [question.text for question in booth_questions(language)]

    def chat_system_prompt(self, language: str) -> str:
        """The chat's system prompt: the user's own, else the default in ``language`` (a default saved by an earlier
        version, in any language, counts as none: it follows the window's language)."""
        saved = self.system_prompt.strip()
        return saved if saved and saved not in SYSTEM_PROMPTS.values() else system_prompt(language)

    def window_state(self) -> tuple[QByteArray | None, QByteArray | None]:
        return self.store.value("window/geometry"), self.store.value("window/state")

    def save_window_state(self, geometry: QByteArray, state: QByteArray) -> None:
        self.set_value("window/geometry", geometry)
        self.set_value("window/state", state)

    @property
    def file(self) -> str:
        """Where the settings live (shown in the first-run note)."""
        return self.store.fileName()

    def sync(self) -> None:
        """Write the file now (the window closes, the app restarts), after what the writer has queued."""
        if _writer is not None:
            _writer.flush()
        self.store.sync()
