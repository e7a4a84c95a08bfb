"""The booth keys (C, P) are single letters, window shortcuts that work wherever focus is. A text box takes plain
keys before them on its own; a drop-down list or an item list does not, so typing "C" to jump to "CPU [CPU]" in the
Device list opened the CPU-vs-accelerator comparison instead. This filter hands those lists their letters."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QComboBox


class LettersInLists(QObject):
    """Installed on the application: a plain letter typed in a list selects by it (type-ahead), never a shortcut."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(watched, (QComboBox, QAbstractItemView))
            and isinstance(event, QKeyEvent)
            and event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier)
            and event.text().isalnum()
        ):
            event.accept()  # the widget takes the key: Qt does not look for a shortcut
            return True
        return False
