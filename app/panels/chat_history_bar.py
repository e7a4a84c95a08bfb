"""The Chat panel's history side bar: the saved conversations (searchable), opening one, deleting and exporting."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from app.locale_format import window_numbers
from app.panels.pipeline_panel import Background
from pipelines.chat.conversation import Conversation
from pipelines.chat.history import Conversation as SavedConversation
from pipelines.storage.atomic_file import export_text
from widgets.factory import button, single_shot_timer

SEARCH_DELAY_MS = 250  # the list is searched this long after the last keystroke


class ChatHistoryBar(QWidget):
    """Lists ``conversation``'s history; emits ``changed`` when it put another conversation (or none) on screen."""

    changed = Signal()
    status = Signal(str)

    def __init__(
        self,
        conversation: Conversation,
        busy: Callable[[], bool],
        background: Background,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.conversation, self._busy, self._background = conversation, busy, background
        self._search_timer = single_shot_timer(self, SEARCH_DELAY_MS, self.refresh)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search chats"))
        self.search_edit.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.delete_button = button(
            self.tr("Delete"), self.tr("Delete the selected chat from this computer"), self.delete_conversation
        )
        self.export_button = button(
            self.tr("Export..."), self.tr("Save the selected chat as Markdown"), self.export_conversation
        )
        self._enable_chat_buttons()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        row.addWidget(self.delete_button)
        row.addWidget(self.export_button)
        layout.addLayout(row)
        self.search_edit.textChanged.connect(lambda _: self._search_timer.start())
        self.list.itemActivated.connect(self._open)
        self.list.currentItemChanged.connect(lambda *_: self._enable_chat_buttons())
        self.list.itemClicked.connect(self._open)

    def refresh(self) -> None:
        store = self.conversation.store
        if store is not None:
            search = self.search_edit.text()
            self._background(lambda: store.conversations(search), self._show, "history-list")

    def _show(self, saved: Sequence[SavedConversation]) -> None:
        self.list.clear()
        for conversation in saved:
            item = QListWidgetItem(conversation.title)
            item.setData(Qt.ItemDataRole.UserRole, conversation.id)
            self.list.addItem(item)
            if conversation.id == self.conversation.id:
                item.setSelected(True)
        self._enable_chat_buttons()

    def _enable_chat_buttons(self) -> None:
        """Delete and Export act on the chat picked in the list, else the one on screen: off when there is neither
        (a new chat beside older ones: they were on, and did nothing)."""
        for chat_button in (self.delete_button, self.export_button):
            chat_button.setEnabled(self._selected() is not None)

    def _open(self, item: QListWidgetItem) -> None:
        conversation_id, store = item.data(Qt.ItemDataRole.UserRole), self.conversation.store
        if self._busy() or store is None or conversation_id == self.conversation.id:
            return

        def show(stored) -> None:
            self.conversation.open(conversation_id, stored)
            self.changed.emit()

        self._background(lambda: store.messages(conversation_id), show, "history-open-chat")

    def _selected(self) -> int | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else self.conversation.id

    def delete_conversation(self) -> None:
        conversation_id, store = self._selected(), self.conversation.store
        if conversation_id is None or store is None or self._busy():
            return
        if (
            QMessageBox.question(self, self.tr("Delete chat"), self.tr("Delete this conversation from this computer?"))
            != QMessageBox.StandardButton.Yes
        ):
            return
        if conversation_id == self.conversation.id:
            self.conversation.clear()
            self.list.clearSelection()
            self.changed.emit()
        self._background(lambda: store.delete(conversation_id), lambda _: self.refresh(), "history-delete")

    def export_conversation(self) -> None:
        conversation_id, store = self._selected(), self.conversation.store
        if conversation_id is None or store is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export chat as Markdown"), str(Path.home() / "chat.md"), self.tr("Markdown (*.md)")
        )
        if path:
            path = path if Path(path).suffix else f"{path}.md"  # a name typed without one: still a Markdown file
            exported, numbers = self.tr("Chat exported to {path}").format(path=path), window_numbers()

            def export() -> None:
                export_text(path, store.export_markdown(conversation_id, numbers))

            self._background(export, lambda _: self.status.emit(exported), "history-export")
