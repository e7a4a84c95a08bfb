"""Starting the window, and the screenshot mode used for docs, demos and tests."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from app.main_window import MainWindow
from app.settings import APPLICATION, ORGANIZATION, AppSettings
from pipelines.detection.sources import DEMO


def _ensure_platform(headless: bool) -> None:
    """Without a display (CI, SSH, a frozen app started by a script) Qt must render offscreen."""
    no_display = sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if headless and no_display:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def run_gui(source: str | None, provider: str | None, model: Path | None, screenshot: Path | None, quit_after: float | None) -> int:
    """Open the window; with ``screenshot``, save a PNG of it after ``quit_after`` seconds and exit."""
    _ensure_platform(headless=screenshot is not None)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    window = MainWindow(AppSettings(), model)
    window.show()
    window.vision.start(source or (DEMO if screenshot else None), provider)
    outcome = {"code": 0}
    if screenshot is not None:
        QTimer.singleShot(int((quit_after or 5.0) * 1000), lambda: _save_screenshot(window, screenshot, outcome))
    elif quit_after is not None:
        QTimer.singleShot(int(quit_after * 1000), window.close)
    app.exec()
    return outcome["code"]


def _save_screenshot(window: MainWindow, path: Path, outcome: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if not window.grab().save(str(path)):
        print(f"edge-showcase: error: could not write the screenshot to {path}", file=sys.stderr)
        outcome["code"] = 1
    elif not window.vision.view.has_frame() or window.vision.view.message:
        print(f"edge-showcase: error: no detection frame was shown ({window.vision.view.message or 'still loading'}); screenshot saved to {path}", file=sys.stderr)
        outcome["code"] = 1
    else:
        print(f"Screenshot saved to {path}")
    window.close()
