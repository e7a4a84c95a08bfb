"""Guards against a Qt binding that miscounts references (PySide6 6.12.0 on Python 3.11 did).

Such a build loses one reference to None or True/False per call; a long demo then crashes the
interpreter. Each probe makes thousands of ordinary calls and checks the counts did not fall.
"""

import sys

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QPushButton

CALLS = 3000


def counts():
    return sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)


class Emitter(QObject):
    ping = Signal()

    def __init__(self):
        super().__init__()
        self.ping.connect(self.pong)

    def pong(self):
        self.sender()


def test_void_calls_and_signals_keep_reference_counts(qtbot):
    label, button, timer, emitter = QLabel(), QPushButton(), QTimer(), Emitter()
    before = counts()
    for _ in range(CALLS):
        label.setText("x")
        button.setEnabled(False)
        timer.start(1000)
        emitter.ping.emit()
    after = counts()
    lost = [b - a for b, a in zip(before, after)]
    assert max(lost) < CALLS // 10, f"references lost per {CALLS} calls (None, True, False): {lost}"
