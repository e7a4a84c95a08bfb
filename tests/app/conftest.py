"""Fixtures for the window's tests."""

import pytest


@pytest.fixture(autouse=True)
def panels_shut_down():
    """After each test, shut down the panels it left open, as the window does when it closes: a test that fails
    half-way would otherwise leave its engines running (Whisper transcribing the demo over and over, a chat model
    loaded) and the tests after it on a busy CPU."""
    yield
    from PySide6.QtWidgets import QApplication

    from app.panels.pipeline_panel import PipelinePanel

    app = QApplication.instance()
    for widget in app.allWidgets() if isinstance(app, QApplication) else []:
        if isinstance(widget, PipelinePanel) and not widget._closing:
            widget.shutdown()
