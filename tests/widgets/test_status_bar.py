"""The status bar: a message longer than its room ends in an ellipsis, whole in the tooltip and in currentMessage."""

from PySide6.QtWidgets import QLabel, QStatusBar

from widgets.status_bar import StatusBar

LONG = "Speech: whisper, the faster here on the CPU (measured once: onnxruntime-genai RTF 0.21, whisper RTF 0.09)"


def test_a_long_message_is_elided_beside_the_permanent_figures_and_whole_in_the_tooltip(qtbot):
    bar = StatusBar()
    qtbot.addWidget(bar)
    figures = QLabel("Memory 677 MB   Network: 0 connections")
    bar.addPermanentWidget(figures)
    bar.resize(500, 24)
    bar.show()
    bar.showMessage(LONG)
    painted = QStatusBar.currentMessage(bar)  # the text Qt paints
    assert painted.endswith("…") and LONG.startswith(painted[:-1]) and bar.toolTip() == LONG
    assert bar.fontMetrics().horizontalAdvance(painted) < bar.width() - figures.width()
    assert bar.currentMessage() == LONG  # what was said, for whoever reads it
    bar.showMessage("Ready")
    assert bar.currentMessage() == "Ready" and bar.toolTip() == ""
    bar.showMessage(LONG)
    bar.clearMessage()
    assert bar.currentMessage() == "" and bar.toolTip() == ""


def test_a_hidden_bar_keeps_the_message_whole(qtbot):
    bar = StatusBar()
    qtbot.addWidget(bar)
    bar.showMessage(LONG)
    assert bar.currentMessage() == LONG == QStatusBar.currentMessage(bar)
