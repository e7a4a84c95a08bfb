"""The window's status bar: a message too long for the room beside the permanent figures ends in an ellipsis, and its
tooltip holds it whole (QStatusBar cut it off mid-word under the memory and network figures at 960 px in German)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStatusBar, QWidget

MESSAGE_MARGIN_PX = 16  # QStatusBar's own padding around its message


class StatusBar(QStatusBar):
    """``showMessage`` shows the message elided to the room left of the widgets beside it, the whole message in the
    tooltip; ``currentMessage`` is the message as said."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._said = ""
        self.messageChanged.connect(self._message_changed)

    def showMessage(self, message: str, timeout: int = 0) -> None:  # type: ignore[override]
        shown = self._elided(message) if self.isVisible() else message  # hidden: no width to elide to yet
        self._said = message
        self.setToolTip(message if shown != message else "")
        super().showMessage(shown, timeout)

    def currentMessage(self) -> str:  # type: ignore[override]
        return self._said

    def _elided(self, message: str) -> str:
        beside = self.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
        taken = sum(widget.width() + self.layout().spacing() for widget in beside if widget.isVisible())
        room = max(0, self.width() - taken - MESSAGE_MARGIN_PX)
        return self.fontMetrics().elidedText(message, Qt.TextElideMode.ElideRight, room)

    def _message_changed(self, shown: str) -> None:
        if not shown:  # cleared, or its time ran out: the tooltip goes with it
            self._said = ""
            self.setToolTip("")
