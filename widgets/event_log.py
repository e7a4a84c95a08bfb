"""The event log view: what the watchdog saw and did (engine restarts, sources lost, fallbacks)."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QDialog, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

MAX_LINES = 500


class EventLogView(QDialog):
    """A non-modal window listing events, newest at the bottom; ``add_line`` appends one."""

    def __init__(self, log_file: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Event log"))
        self.resize(720, 360)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setMaximumBlockCount(MAX_LINES)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setPlaceholderText(self.tr("Nothing has gone wrong in this session."))
        where = QLabel(
            self.tr("Also written to {path}").format(path=log_file) if log_file
            else self.tr("The log folder cannot be written: events are kept here only")
        )
        where.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(where)

    def add_line(self, line: str) -> None:
        self.text.appendPlainText(line)

    def lines(self) -> list[str]:
        return self.text.toPlainText().splitlines()
