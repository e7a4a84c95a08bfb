"""What a panel shows in place of a pipeline whose engine this machine lacks."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class UnavailableNotice(QWidget):
    """'Speech is unavailable on this machine: <reason>', centred; the other panels run as usual."""

    status = Signal(str)  # the panels' interface: this one never has news

    def __init__(self, title: str, reason: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reason = reason
        self.details: list[QWidget] = []
        text = self.tr(
            "<b>{pipeline} is unavailable on this machine</b><br>{reason}.<br>The other pipelines run as usual."
        )
        self.label = QLabel(text.format(pipeline=title, reason=reason), self)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        QVBoxLayout(self).addWidget(self.label)
