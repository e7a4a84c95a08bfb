"""Remembered settings (QSettings): last source, provider, threshold, window geometry."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

ORGANIZATION = "EdgeAIShowcase"
APPLICATION = "Edge AI Showcase"
AUTO_PROVIDER = "auto"


class AppSettings:
    """Typed access to the app's QSettings; every value has a sensible default."""

    def __init__(self, store: QSettings | None = None) -> None:
        # INI files everywhere (not the Windows registry): easy to inspect, back up and reset.
        self._store = store or QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION)

    def _get(self, key: str, default, kind):
        value = self._store.value(key, default)
        try:
            return kind(value)
        except (TypeError, ValueError):
            return default

    @property
    def source(self) -> str:
        return self._get("vision/source", "demo", str)

    @source.setter
    def source(self, value: str) -> None:
        self._store.setValue("vision/source", value)

    @property
    def provider(self) -> str:
        return self._get("vision/provider", AUTO_PROVIDER, str)

    @provider.setter
    def provider(self, value: str) -> None:
        self._store.setValue("vision/provider", value)

    @property
    def threshold(self) -> float:
        return min(0.95, max(0.05, self._get("vision/threshold", 0.5, float)))

    @threshold.setter
    def threshold(self, value: float) -> None:
        self._store.setValue("vision/threshold", float(value))

    @property
    def recent_files(self) -> list[str]:
        value = self._store.value("vision/recent_files", [])
        return [str(v) for v in (value if isinstance(value, list) else [value] if value else [])]

    def remember_file(self, path: str, keep: int = 5) -> None:
        files = [path] + [f for f in self.recent_files if f != path]
        self._store.setValue("vision/recent_files", files[:keep])

    def window_state(self) -> tuple[QByteArray | None, QByteArray | None]:
        return self._store.value("window/geometry"), self._store.value("window/state")

    def save_window_state(self, geometry: QByteArray, state: QByteArray) -> None:
        self._store.setValue("window/geometry", geometry)
        self._store.setValue("window/state", state)

    def sync(self) -> None:
        self._store.sync()
