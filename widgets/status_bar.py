"""The window's status bar: a message too long for the room beside the permanent figures ends in an ellipsis, and its
tooltip holds it whole (QStatusBar cut it off mid-word under the memory and network figures at 960 px in German)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStatusBar, QWidget

MESSAGE_MARGIN_PX = 16  # QStatusBar's own padding around its message


class StatusBar(QStatusBar):
    """``showMessage`` elides to the room left of the widgets beside the message; the whole message is the tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.messageChanged.connect(lambda message: message or self.setToolTip(""))  # gone: its tooltip too

    def showMessage(self, message: str, timeout: int = 0) -> None:  # type: ignore[override]
        beside = self.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
        taken = sum(widget.width() + self.layout().spacing() for widget in beside if widget.isVisible())
        room = max(0, self.width() - taken - MESSAGE_MARGIN_PX)
        shown = self.fontMetrics().elidedText(message, Qt.TextElideMode.ElideRight, room)
        self.setToolTip(message if shown != message else "")
        super().showMessage(shown, timeout)
