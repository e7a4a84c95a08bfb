"""A request to end from outside (SIGTERM at logout or from a service manager or ``kill``, SIGINT from a terminal's
Ctrl+C, SIGHUP when that terminal closes) closes the window the way the app's own quit does: the answer, the draft
and the transcript saved, the engines' processes stopped, the screen's inhibit released. Without it the process
died at once, the screen stayed inhibited and its engine processes wrote tracebacks as they found it gone.

Python runs signal handlers only between bytecodes, and an idle Qt event loop runs none: ``signal.set_wakeup_fd``
writes the signal's number to a socket, whose QSocketNotifier wakes the loop (sockets: the one kind Windows takes).
"""

from __future__ import annotations

import signal
import socket
from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier

TERMINATION_SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGINT", "SIGHUP") if hasattr(signal, name))


class TerminationSignals(QObject):
    """Calls ``on_signal(name)`` on the UI thread for the first termination signal; later ones change nothing."""

    def __init__(self, on_signal: Callable[[str], None], parent: QObject) -> None:
        super().__init__(parent)
        self._on_signal = on_signal
        self.received: str | None = None
        self._reader, self._writer = socket.socketpair()
        self._reader.setblocking(False)
        self._writer.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno(), warn_on_full_buffer=False)
        self._previous = {number: signal.signal(number, lambda *_: None) for number in TERMINATION_SIGNALS}
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)

    def _drain(self) -> None:
        try:
            numbers = self._reader.recv(64)
        except BlockingIOError:
            return
        for number in numbers:
            if number in TERMINATION_SIGNALS and self.received is None:
                self.received = signal.Signals(number).name
                self._on_signal(self.received)

    def restore(self) -> None:
        """Give the signals back to their previous handlers (the window has closed)."""
        self._notifier.setEnabled(False)
        for number, handler in self._previous.items():
            if handler is not None:  # None: not set from Python, nothing to give back
                signal.signal(number, handler)
        signal.set_wakeup_fd(self._previous_fd)
        self._reader.close()
        self._writer.close()
