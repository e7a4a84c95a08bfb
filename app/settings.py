"""Remembered settings (QSettings, INI files): source, provider, thresholds, model, window layout.

The file is read once; its values are then kept in memory, shared by every ``AppSettings`` of the process, so a
change is seen at once everywhere. The file is written on the settings writer's thread
(``pipelines/storage/durable_writer.py``), never on the UI thread: Qt's own deferred write ends in ``fdatasync``,
which takes tens of milliseconds on a busy disk, and a QSettings read waits for a write of the same file (Qt holds
the file's lock meanwhile), so the UI thread reads the memory, never QSettings.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QSettings

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


_files: dict[str, dict[str, Any]] = {}  # settings file -> its values, as the app sees them


def _values_of(file_name: str) -> dict[str, Any]:
    """The values of ``file_name``, read from it the first time they are asked for."""
    if file_name not in _files:
        store = QSettings(file_name, QSettings.Format.IniFormat)
        _files[file_name] = {key: store.value(key) for key in store.allKeys()}
    return _files[file_name]


def _write_out(file_name: str, values: dict[str, Any]) -> None:
    """Write ``values`` (all of them: the latest change replaces the writes still queued) to ``file_name``."""
    store = QSettings(file_name, QSettings.Format.IniFormat)
    for key, value in values.items():
        store.setValue(key, value)
    store.sync()
    if store.status() == QSettings.Status.AccessError:
        raise OSError(f"{file_name} cannot be written")


class _Setting:
    """A typed QSettings value with a default and an optional clamp to a valid range."""

    def __init__(
        self, key: str, default: Any, kind: Callable[[Any], Any], low: float | None = None, high: float | None = None
    ) -> None:
        self.key, self.default, self.kind, self.low, self.high = key, default, kind, low, high

    def __get__(self, settings: AppSettings, owner=None) -> Any:
        try:
            value = self.kind(settings.value(self.key, self.default))
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
    chat_device = _Setting("chat/device", AUTO_PROVIDER, str)  # where onnxruntime-genai runs the model
    chat_auto_model = _Setting(
        "chat/auto_model", 1, int
    )  # 1 until the user picks a model: the app picks the best fluent one
    chat_speeds = _Setting("chat/measured_speeds", "{}", str)  # JSON: tokens/s measured per candidate model (once)
    system_prompt = _Setting("chat/system_prompt", "", str)  # "": the default of the window's language
    temperature = _Setting("chat/temperature", 0.7, float, 0.0, 2.0)
    speech_language = _Setting("speech/language", "auto", str)  # auto: detected per utterance; or a Whisper code
    speech_translate = _Setting("speech/translate", 0, int)  # 1: captions in English whatever is said (Whisper)
    speech_engine = _Setting("speech/engine", "auto", str)  # auto, onnxruntime-genai, whisper, vosk or a model folder
    speech_device = _Setting("speech/device", AUTO_PROVIDER, str)  # where onnxruntime-genai's Whisper runs
    speech_source = _Setting("speech/source", "demo", str)  # demo, mic:N or an audio file (a mic is never auto-opened)
    speech_microphone = _Setting("speech/microphone", "", str)  # the name of the microphone picked (its index moves)
    push_to_talk = _Setting("speech/push_to_talk", 0, int)  # 1: a microphone is heard only while F8 is held
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
        scope = QSettings.Scope.UserScope
        self.file = QSettings(QSettings.Format.IniFormat, scope, ORGANIZATION, APPLICATION).fileName()  # shown at start
        self._values = _values_of(self.file)

    def value(self, key: str, default: Any = None) -> Any:
        return self._values.get(key, default)

    def set_value(self, key: str, value: Any) -> None:
        """Change ``key`` now; its file is written on the settings writer's thread."""
        self._values[key] = value
        file_name, values = self.file, self._values
        _settings_writer().submit(
            "the settings", lambda: _write_out(file_name, values.copy()), key=("settings", file_name)
        )

    def recent(self, kind: str) -> list[str]:
        """Recently opened files of one kind ('vision' sources, 'chat' models, 'speech' model folders, 'speech_audio'
        files), newest first."""
        value = self.value(f"{kind}/recent_files", [])
        return [str(v) for v in (value if isinstance(value, list) else [value] if value else [])]

    def remember(self, kind: str, path: str, keep: int = 5) -> None:
        files = [path] + [f for f in self.recent(kind) if f != path]
        self.set_value(f"{kind}/recent_files", files[:keep])

    def attract_questions(self, language: str = ENGLISH) -> list[str]:
        """The questions the attract loop asks in turn (kiosk/questions in the settings file, one list), else the
        booth's own in ``language``."""
        value = self.value("kiosk/questions", [])
        questions = [str(v) for v in (value if isinstance(value, list) else [value] if value else []) if str(v).strip()]
        return questions or [question.text for question in booth_questions(language)]

    def chat_system_prompt(self, language: str) -> str:
        """The chat's system prompt: the user's own, else the default in ``language`` (a default saved by an earlier
        version, in any language, counts as none: it follows the window's language)."""
        saved = self.system_prompt.strip()
        return saved if saved and saved not in SYSTEM_PROMPTS.values() else system_prompt(language)

    def window_state(self) -> tuple[QByteArray | None, QByteArray | None]:
        return self.value("window/geometry"), self.value("window/state")

    def save_window_state(self, geometry: QByteArray, state: QByteArray) -> None:
        self.set_value("window/geometry", geometry)
        self.set_value("window/state", state)

    def splitter_sizes(self, name: str) -> list[int]:
        """Where the user left the splitter ``name`` (the dashboard's, the chat's history list): its parts' sizes,
        [] when never moved or unreadable."""
        value = self.value(f"window/{name}_splitter", [])
        try:
            sizes = [int(size) for size in (value if isinstance(value, list) else [])]
        except (TypeError, ValueError):
            return []
        return sizes if sizes and min(sizes) > 0 else []

    def save_splitter_sizes(self, name: str, sizes: list[int]) -> None:
        if sizes and min(sizes) > 0:  # all parts shown (a panel's own tab hides the dashboard's other parts)
            self.set_value(f"window/{name}_splitter", sizes)

    def sync(self) -> None:
        """Write the file now (the window closes, the app restarts): what the writer has queued, or, where the
        writer is waiting to try again (a full disk), one more try here."""
        if _writer is not None and not _writer.flush():
            with contextlib.suppress(OSError):  # said already by the writer; the values stay in memory
                _write_out(self.file, self._values.copy())
