"""Fixtures for the window's tests."""

import pytest

WORKERS_END_S = 10  # the session's end waits 60 s and fails (tests/conftest.py); here a straggler only delays


@pytest.fixture(autouse=True)
def panels_shut_down():
    """After each test, shut down the panels it left open, as the window does when it closes: a test that fails
    half-way would otherwise leave its engines running (Whisper transcribing the demo over and over, a chat model
    loaded) and the tests after it on a busy CPU. Then wait, as the app does at exit, for the workers to end: a
    closed window does not wait for them, and beside a busy process the last test's detector, still ending, was
    counted by the next test as a second one running."""
    yield
    from PySide6.QtWidgets import QApplication

    from app.panels.pipeline_panel import PipelinePanel
    from app.worker import wait_for_all_workers

    app = QApplication.instance()
    for widget in app.allWidgets() if isinstance(app, QApplication) else []:
        if isinstance(widget, PipelinePanel) and not widget._closing:
            widget.shutdown()
    wait_for_all_workers(WORKERS_END_S)
