"""The status bar: a message longer than its room ends in an ellipsis, whole in the tooltip."""

from PySide6.QtWidgets import QLabel

from widgets.status_bar import StatusBar


def test_a_long_message_is_elided_beside_the_permanent_figures_and_whole_in_the_tooltip(qtbot):
    bar = StatusBar()
    qtbot.addWidget(bar)
    figures = QLabel("Memory 677 MB   Network: 0 connections")
    bar.addPermanentWidget(figures)
    bar.resize(500, 24)
    bar.show()
    long = "Speech: whisper, the faster here on the CPU (measured once: onnxruntime-genai RTF 0.21, whisper RTF 0.09)"
    bar.showMessage(long)
    shown = bar.currentMessage()
    assert shown.endswith("…") and long.startswith(shown[:-1]) and bar.toolTip() == long
    assert bar.fontMetrics().horizontalAdvance(shown) < bar.width() - figures.width()
    bar.showMessage("Ready")
    assert bar.currentMessage() == "Ready" and bar.toolTip() == ""
    bar.showMessage(long)
    bar.clearMessage()
    assert bar.toolTip() == ""
