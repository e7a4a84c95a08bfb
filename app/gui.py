"""Starting the window, and the screenshot mode used for docs, demos and tests."""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import TextIO

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QProcess, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from app import DASHBOARD, view_name
from app.locale_format import use_window_locale
from app.log_file import close_log_file
from app.main_window import MainWindow
from app.panels.chat_panel import history_path
from app.qt_platform import prepare_platform
from app.settings import AppSettings
from app.termination import TerminationSignals
from app.translations import chosen_language, install_translators, restart_command
from app.worker import wait_for_all_workers
from pipelines.bundled import DEMO_VIDEO, asset_path
from pipelines.names import PIPELINES, Pipeline
from pipelines.runtime.long_lived import freeze_long_lived_objects
from pipelines.storage.private_files import keep_private
from pipelines.storage.user_folders import APPLICATION, ORGANIZATION

MID_ANSWER_TOKENS = 24
SHOT_FRAMES = 10  # vision's shot: after this many frames (the first frame's figures are its warm-up's)
SHOT_WAIT_S = 30.0  # a shot waits this long for live output (at most): Auto measures the engines before a slow
# laptop's first words (5 s gave an empty Speech panel on a 2-core Xeon)
EXIT_WAIT_S = 30  # closing waits this long for a decode in flight (seconds at worst) before it gives up
DEMO_PROMPT = QT_TRANSLATE_NOOP("Gui", "In three short bullet points, why does running AI on a laptop protect privacy?")


def _remembered_view(settings: AppSettings) -> str:
    """The view shown when the window last closed (saved as "vision" by older versions), else detection."""
    try:
        return view_name(settings.view)
    except ValueError:
        return Pipeline.DETECTION.value


def run_gui(source: str | None, provider: str | None, model: Path | None, screenshot: Path | None,
            quit_after: float | None, panel: str | None = None, prompt: str | None = None, precision: str | None = None,
            strict: bool | None = None, kiosk: bool = False, display: int | None = None,
            lang: str | None = None) -> int:
    """Open the window on ``panel`` (default: the view shown when it last closed); with ``screenshot``,
    save a PNG once the panel shows live output (or after ``quit_after`` seconds) and exit. With
    ``quit_after`` alone, close after that many seconds and say whether every panel shown showed
    live output (a check of an unattended demo machine; the start-up timing uses 0 s).

    On the chat panel and the dashboard, ``prompt`` (in screenshot mode: a demo prompt) is sent once
    the model loads. The window speaks ``lang``, else the language picked in View > Language, else the system's.
    """
    prepare_platform(headless=screenshot is not None)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setWindowIcon(QIcon(str(asset_path("icons/app.png"))))
    # Screenshot runs (docs, demos, tests) keep their demo chat out of the user's history.
    history = Path(tempfile.mkdtemp(prefix="edge-showcase-")) / "history.sqlite3" if screenshot else None
    settings = AppSettings()
    keep_private(Path(settings.file), (history or history_path()).parent)
    language = chosen_language(lang, settings.language, QLocale.system().uiLanguages())
    language_problem = install_translators(app, language)
    use_window_locale(language)  # numbers and dates as the window's language writes them
    panel = DASHBOARD if kiosk else panel or _remembered_view(settings)
    window = MainWindow(settings, model, history)
    if language_problem:
        window.watchdog.events.add("window", language_problem)
    window.show()
    window.show_view(panel)  # after show: hidden controls must not count in the window's first size
    termination = TerminationSignals(lambda name: _close_on_signal(window, name), app)
    if kiosk:
        window.enter_kiosk(display)
        window.kiosk.screen_awake.connect(
            lambda awake: awake.problem and print(f"edge-showcase: {awake.problem}", file=sys.stderr)
        )
    vision_source = source if panel in (Pipeline.DETECTION, DASHBOARD) else None
    if window.vision is not None:
        window.vision.start(vision_source or (DEMO_VIDEO if screenshot else None), provider, precision, strict)
    if panel in (Pipeline.CHAT, DASHBOARD) and (prompt or screenshot) and window.chat is not None:
        window.chat.send_when_ready(prompt or QCoreApplication.translate("Gui", DEMO_PROMPT))
    if panel == Pipeline.SPEECH and window.speech is not None:
        window.speech.start(source)
    outcome = {"code": 0}
    if screenshot is not None:
        deadline = time.monotonic() + (quit_after or SHOT_WAIT_S)
        poll = QTimer(window)

        def maybe_save() -> None:
            if _shows_live_output(window, panel) or time.monotonic() >= deadline:
                poll.stop()
                _save_screenshot(window, panel, screenshot, outcome)

        poll.timeout.connect(maybe_save)
        poll.start(50)
    elif quit_after is not None:
        QTimer.singleShot(int(quit_after * 1000), lambda: _report_and_close(window, panel, quit_after))
    freeze_long_lived_objects()
    app.exec()
    termination.restore()
    if not wait_for_all_workers(EXIT_WAIT_S):
        # A native call that never returns: end without destroying its running thread (Qt would abort).
        print(
            f"edge-showcase: a worker was still busy {EXIT_WAIT_S} s after the window closed; exiting anyway",
            file=sys.stderr,
        )
        sys.stdout.flush()
        sys.stderr.flush()
        close_log_file()
        os._exit(outcome["code"])
    if window.restart_requested:  # a new language from the View menu: the app starts again in it
        program, *arguments = restart_command(sys.argv)
        QProcess.startDetached(program, arguments)
    return outcome["code"]


def _shows_live_output(window: MainWindow, panel: str) -> bool:
    """The moment for the shot: chat mid-answer, speech mid-sentence, the dashboard all three at work, vision after
    its first frames."""
    if panel == Pipeline.CHAT:
        return window.chat is not None and window.chat.streaming_tokens() >= MID_ANSWER_TOKENS
    if panel == Pipeline.SPEECH:
        return window.speech is not None and window.speech.has_partial_and_final()
    if panel == DASHBOARD:  # speech with a final sentence, not only its first words
        return window.speech is not None and window.speech.has_partial_and_final() and not _panel_problem(window, panel)
    vision = window.vision  # frames with their boxes, enough for the figures to settle
    return vision is not None and not _panel_problem(window, panel) and max(
        (stage.count for stage in vision.metrics.summary().values()), default=0) >= SHOT_FRAMES


def _panel_problem(window: MainWindow, panel: str) -> str:
    """Why the shown panel (every panel, on the dashboard) has nothing to show yet, or '' when it shows real output."""
    if panel == DASHBOARD:
        return "; ".join(
            f"{name}: {problem}" for name in PIPELINES if (problem := _panel_problem(window, name))
        )
    if window.unavailable[panel]:
        return f"unavailable here ({window.unavailable[panel]})"
    if panel == Pipeline.CHAT:
        return "" if window.chat.has_answer_text() else "no answer text streamed yet"
    if panel == Pipeline.SPEECH:
        return "" if window.speech.has_words() else (window.speech.message.text() or "no words transcribed yet")
    view = window.vision.view
    if not view.has_frame() or view.message:
        return view.message or "still loading"
    return ""


def _report_and_close(window: MainWindow, panel: str, seconds: float) -> None:
    problem = _panel_problem(window, panel)
    shown = f"not every panel showed output ({problem})" if problem else "every panel showed live output"
    _tell(f"Ran {seconds:g} s on the {panel} view: {shown}")
    window.quit_app()


def _tell(line: str, stream: TextIO | None = None) -> None:
    """Say ``line`` where the app was started from (stdout by default); a terminal already closed (a broken pipe)
    must not keep the window from closing: the line is dropped."""
    with contextlib.suppress(OSError):
        print(line, file=stream or sys.stdout, flush=True)


def _close_on_signal(window: MainWindow, name: str) -> None:
    _tell(f"edge-showcase: {name} received: closing", sys.stderr)
    window.quit_app()


def _save_screenshot(window: MainWindow, panel: str, path: Path, outcome: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if window.speech is not None:
        window.speech.render()  # its repaints are batched: show the newest words in the shot
    problem = _panel_problem(window, panel)
    if not window.grab().save(str(path)):
        _tell(f"edge-showcase: error: could not write the screenshot to {path}", sys.stderr)
        outcome["code"] = 1
    elif problem:
        _tell(f"edge-showcase: error: the {panel} panel shows no result ({problem}); screenshot saved to {path}",
              sys.stderr)
        outcome["code"] = 1
    else:
        _tell(f"Screenshot of the {panel} view saved to {path}")
    window.quit_app()
