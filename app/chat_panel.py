"""The Chat panel: a private assistant streaming token by token, with its metrics and local history."""

from __future__ import annotations

import json
import time
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.core_share import CoreShare
from app.settings import AppSettings
from pipelines.chat.engine import ChatEngine, GenerationSettings, Message
from pipelines.chat.engines import LLAMA_CPP, LoadProgress, engine_choices
from pipelines.chat.hosted import load_hosted_engine_steps
from pipelines.chat.bench import measure_speed
from pipelines.chat.history import INTERRUPTED, STREAMING, HistoryStore, new_id
from pipelines.chat.model_choice import ChatCandidate, candidates, choose, remembered_speed
from pipelines.chat.reply import ReplyDone, ReplyPiece, stream_reply
from pipelines.durable_writer import DurableWriter
from pipelines.errors import ShowcaseError
from pipelines.supervision import is_engine_fault
from pipelines.worker import BackgroundJobs, PipelineWorker, start_worker
from widgets.chat_view import ChatEntry, ChatInput, ChatView
from widgets.factory import button, combo, labeled, overlay_label, shortcuts, single_shot_timer, spin_box

BUNDLED = ""
OPEN_MODEL = "open-model"
RENDER_INTERVAL_MS = 60  # batch repaints: rendering must never cap generation
MAX_REPLY_TOKENS = 512
DRAFT_SAVE_MS = 400  # the draft is saved this long after the last keystroke
ANSWER_SAVE_S = 0.5  # a streaming answer is saved at most this often


def history_path() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(folder) / "chat-history.sqlite3"


class ChatPanel(QWidget):
    """Chat with a local model. Emits ``status`` lines for the window's status bar."""

    status = Signal(str)
    storage_problem = Signal(str)  # from the history writer's thread
    _writer_note = Signal(str)  # from the history writer's thread; connected to ``status``, so said on the UI thread
    pipeline = "chat"

    def __init__(self, settings: AppSettings, parent: QWidget | None = None, history_file: Path | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.watchdog = None  # set by the window's watchdog when it watches this panel
        self.engine: ChatEngine | None = None
        self._loaded_model: str | None = None  # the model the engine runs (reloaded after a crash)
        self._candidates: list[ChatCandidate] = []  # the chat models present, found on a worker when the panel first shows
        self._candidates_asked = False
        self.model_reason = ""  # why the app chose the model it loaded by itself (shown in the picker)
        # Live once a model is loaded; llama.cpp takes a new thread count at its next reply.
        self.cores = CoreShare(self, "chat", lambda threads: self.engine.set_threads(threads) if self.engine else None)
        self.messages: list[Message] = []
        self.entries: list[ChatEntry] = []
        self.conversation_id: int | None = None
        self.store: HistoryStore | None = None
        self.last_done: ReplyDone | None = None
        self._pending_prompt = ""
        self._set_aside: tuple[list[Message], list[ChatEntry], int | None] | None = None  # the visitor's chat, during a script
        self._streamed_tokens = 0
        self._closing = False
        self._reply: PipelineWorker | None = None
        self._loader: PipelineWorker | None = None
        self._jobs = BackgroundJobs(self)
        self._render_timer = single_shot_timer(self, RENDER_INTERVAL_MS, lambda: self.view.set_entries(self.entries))
        self._search_timer = single_shot_timer(self, 250, self.refresh_history)
        self._draft_timer = single_shot_timer(self, DRAFT_SAVE_MS, self._save_draft)
        self.storage_problem.connect(self._show_error)
        self._writer_note.connect(self.status)
        self.writer = DurableWriter("chat history", self.storage_problem.emit,
                                    lambda: self._writer_note.emit("Chat history is being saved again"))
        self._build()
        history_file = history_file or history_path()
        self._background(lambda: HistoryStore(history_file), self._store_ready, "history-open")

    # ----- layout ---------------------------------------------------------------------------
    def _build(self) -> None:
        self.engine_combo = combo("Inference engine")
        for choice in engine_choices():
            label = choice.label if not choice.unavailable_reason else f"{choice.label}: unavailable"
            self.engine_combo.addItem(label, choice.key)
            if choice.unavailable_reason:
                index = self.engine_combo.count() - 1
                self.engine_combo.model().item(index).setEnabled(False)
                self.engine_combo.setItemData(index, choice.unavailable_reason, Qt.ItemDataRole.ToolTipRole)
        self.model_combo = combo("Model (Ctrl+Shift+O opens a GGUF file)")
        self._fill_models()
        self.model_info = QLabel("no model loaded")
        self.model_info.setWordWrap(True)
        self.load_progress = QProgressBar()
        self.load_progress.setRange(0, 0)  # busy: llama.cpp reports no load progress
        self.load_progress.setMaximumWidth(120)
        self.load_progress.setVisible(False)
        self.system_edit = QLineEdit(self.settings.system_prompt)
        self.system_edit.setToolTip("System prompt")
        self.temperature_box = spin_box(0.0, 2.0, 0.1, self.settings.temperature, "Temperature (0 = deterministic)")

        engine, model = labeled("Engine", self.engine_combo), labeled("Model", self.model_combo)
        top = QHBoxLayout()
        for widget in (engine, model, self.load_progress):
            top.addWidget(widget)
        top.addWidget(self.model_info, 1)
        prompt_bar = QWidget()
        prompt_row = QHBoxLayout(prompt_bar)
        prompt_row.setContentsMargins(0, 0, 0, 0)
        prompt_row.addWidget(labeled("System prompt", self.system_edit, 1), 1)
        prompt_row.addWidget(labeled("Temperature", self.temperature_box))

        self.view = ChatView(self)
        self.live_label = overlay_label(self.view)
        self.live_label.setVisible(False)
        self.input = ChatInput(self)
        self.input.setPlaceholderText("Ask anything. Enter sends, Shift+Enter starts a new line.")
        self.input.setMaximumHeight(90)
        self.send_button = button("Send", "Send (Enter)", self.send)
        self.stop_button = button("Stop", "Stop the answer (Esc)", self.stop)
        self.stop_button.setEnabled(False)
        self.regenerate_button = button("Regenerate", "Answer the last message again (Ctrl+Shift+R)", self.regenerate)
        self.new_button = button("New chat", "Start a new conversation (Ctrl+N)", self.new_chat)
        self.copy_button = button("Copy", "Copy the last answer (Ctrl+Shift+C)", self.copy_last_answer)
        buttons = QHBoxLayout()
        for widget in (self.send_button, self.stop_button, self.regenerate_button, self.new_button, self.copy_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)

        chat_side = QWidget()
        chat_layout = QVBoxLayout(chat_side)
        chat_layout.setContentsMargins(0, 0, 0, 0)
        chat_layout.addWidget(self.view, 1)
        chat_layout.addWidget(self.input)
        chat_layout.addLayout(buttons)

        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText("Search chats")
        self.search_edit.setClearButtonEnabled(True)
        self.history_list = QListWidget()
        self.delete_button = button("Delete", "Delete the selected chat from this computer", self.delete_conversation)
        self.export_button = button("Export...", "Save the selected chat as Markdown", self.export_conversation)
        history_side = QWidget()
        history_layout = QVBoxLayout(history_side)
        history_layout.setContentsMargins(0, 0, 0, 0)
        history_layout.addWidget(self.search_edit)
        history_layout.addWidget(self.history_list, 1)
        row = QHBoxLayout()
        row.addWidget(self.delete_button)
        row.addWidget(self.export_button)
        history_layout.addLayout(row)

        splitter = QSplitter(self)
        splitter.addWidget(history_side)
        splitter.addWidget(chat_side)
        splitter.setSizes([220, 800])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(prompt_bar)
        layout.addWidget(splitter, 1)
        self.details = [engine, model, prompt_bar, history_side, self.regenerate_button, self.new_button, self.copy_button]

        self.engine_combo.activated.connect(lambda _: self.load_model())
        self.model_combo.activated.connect(self._model_chosen)
        self.system_edit.editingFinished.connect(lambda: setattr(self.settings, "system_prompt", self.system_edit.text()))
        self.temperature_box.valueChanged.connect(lambda value: setattr(self.settings, "temperature", value))
        self.input.submitted.connect(self.send)
        self.input.textChanged.connect(self._draft_timer.start)
        self.search_edit.textChanged.connect(lambda _: self._search_timer.start())
        self.history_list.itemActivated.connect(self._open_conversation)
        self.history_list.itemClicked.connect(self._open_conversation)
        shortcuts(self, (("Esc", self.stop), ("Ctrl+N", self.new_chat), ("Ctrl+Shift+R", self.regenerate),
                         ("Ctrl+Shift+C", self.copy_last_answer), ("Ctrl+Shift+O", self.open_model)))

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        """The model loads when the panel is first shown: no cost (CPU, memory, a GIL hitch) before that."""
        super().showEvent(event)
        if self._loader is None and self.engine is None and not self._candidates_asked:
            self._candidates_asked = True  # finding them checksums the model files (~80 ms): off the UI thread
            self._background(candidates, self._load_first_model, "chat-candidates")

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override: keep the live overlay top-right
        super().resizeEvent(event)
        self._place_live_label()

    def _place_live_label(self) -> None:
        self.live_label.adjustSize()
        self.live_label.move(self.view.viewport().width() - self.live_label.width() - 12, 8)

    def _load_first_model(self, options: list[ChatCandidate]) -> None:
        """The remembered model, or (until the user picks one) the best of ``options`` this machine streams fluently,
        measured once per model on a worker (``pipelines/chat/model_choice.py``)."""
        self._candidates = options
        if not self.settings.chat_auto_model or len(options) < 2:
            self.model_reason = "the only chat model here" if len(options) == 1 else ""
            self.load_model()
            return
        speeds = json.loads(self.settings.chat_speeds or "{}")

        def pick() -> tuple[ChatCandidate, str]:
            return choose(options, remembered_speed(speeds, lambda option: measure_speed(option.path)))

        def picked(result: tuple[ChatCandidate, str]) -> None:
            option, self.model_reason = result
            self.settings.chat_speeds = json.dumps(speeds)
            self.status.emit(f"Chat model: {option.label}, {self.model_reason}")
            self.load_model(str(option.path) if option.path else BUNDLED)

        self.model_info.setText("measuring which chat model this machine streams fluently...")
        self._background(pick, picked, "chat-model-choice")

    def _fill_models(self) -> None:
        self.model_combo.clear()
        self.model_combo.addItem("SmolLM2-135M-Instruct (bundled)", BUNDLED)
        for option in self._candidates:
            if option.path is not None:
                self.model_combo.addItem(option.label, str(option.path))
        for path in self.settings.recent("chat"):
            self.model_combo.addItem(Path(path).name, path)
        self.model_combo.addItem("Open model...", OPEN_MODEL)
        index = max(0, self.model_combo.findData(self.settings.chat_model))
        self.model_combo.setCurrentIndex(index)
        if self.model_reason:
            self.model_combo.setItemText(index, f"{self.model_combo.itemText(index)}: {self.model_reason}")

    # ----- background work ------------------------------------------------------------------
    def _background(self, job, on_result, name: str, on_error=None) -> None:
        if self._closing:
            return
        self._jobs.run(job, on_result, on_error or self._show_error, name)

    def _show_error(self, message: str) -> None:
        self.status.emit(message)
        self.entries.append(ChatEntry("note", message))
        self.view.set_entries(self.entries)

    def _store_ready(self, store: HistoryStore) -> None:
        self.store = store
        self.refresh_history()
        self._background(store.draft, self._restore_draft, "history-draft")

    def _restore_draft(self, draft: str) -> None:
        if draft and not self.input.toPlainText():
            self.input.setPlainText(draft)
            self.input.moveCursor(self.input.textCursor().MoveOperation.End)

    def _save_draft(self) -> None:
        if self.store is not None:
            store, text = self.store, self.input.toPlainText()
            self.writer.submit("the chat draft", lambda: store.set_draft(text), key="draft")

    # ----- models ----------------------------------------------------------------------------
    def _model_chosen(self, index: int) -> None:
        self.settings.chat_auto_model = 0  # the user's choice from now on
        if self.model_combo.itemData(index) == OPEN_MODEL:
            self.open_model()
        else:
            self.load_model(self.model_combo.itemData(index))

    def open_model(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Open a GGUF model", str(Path.home()), "GGUF models (*.gguf);;All files (*)")
        if path:
            self.load_model(path)
        else:
            self._fill_models()

    def load_model(self, model: str | None = None) -> None:
        """Load a model off the UI thread; if it fails, the previous one stays loaded."""
        model = self.settings.chat_model if model is None else model
        engine_key = self.engine_combo.currentData() or LLAMA_CPP
        name = Path(model).name if model else "SmolLM2-135M-Instruct"
        self.load_progress.setVisible(True)
        self.model_info.setText(f"loading {name}...")

        def loaded(engine: ChatEngine) -> None:
            previous, self.engine = self.engine, engine
            self._loaded_model = model
            if previous is not None:
                previous.unload()
            self.cores.set_live(True)
            engine.set_threads(self.cores.threads())
            self.settings.chat_model, self.settings.chat_engine = model, engine_key
            if model:
                self.settings.remember("chat", model)
            self._fill_models()
            self.load_progress.setVisible(False)
            info = engine.info
            self.model_info.setText(f"{info.model_name} · {info.size_bytes / 1e6:.0f} MB · {info.quantization or 'n/a'} · "
                                    f"context {info.context_length} · {info.engine} on {info.device}"
                                    f"{f' ({info.placement})' if info.placement else ''}")
            self.status.emit(f"Chat model ready: {info.model_name} on {info.device}")
            if self._pending_prompt:
                self.send(self._pending_prompt)
                self._pending_prompt = ""

        def failed(message: str) -> None:
            self.load_progress.setVisible(False)
            kept = f" (keeping {self.engine.info.model_name})" if self.engine else ""
            self.model_info.setText(self.engine.info.model_name if self.engine else "no model loaded")
            self._fill_models()
            self._show_error(message + kept)

        def take() -> None:
            item = self._loader.take_item() if self._loader is not None else None
            if isinstance(item, LoadProgress):
                self.load_progress.setRange(0, 100)
                self.load_progress.setValue(round(item.fraction * 100))
                if item.fraction >= 1.0:
                    self.load_progress.setRange(0, 0)  # reading done; llama.cpp now builds the model
            elif item is not None:
                loaded(item)

        if self._loader is not None:
            self._loader.dispose()
        model_path = Path(model) if model else None
        threads, stall_s = self.cores.threads(), self.settings.stall_s
        self._loader = start_worker(lambda should_stop: load_hosted_engine_steps(engine_key, model_path, threads=threads, stall_s=stall_s),
                                    "chat-load", self, take, failed, lambda: None)

    # ----- conversation -----------------------------------------------------------------------
    def is_busy(self) -> bool:
        return self._reply is not None and self._reply.is_running()

    def send(self, text: str | None = None) -> None:
        """Send the input box's text (or ``text``, leaving the input box as it is) and stream the answer."""
        typed = text is None
        text = (self.input.toPlainText() if typed else text).strip()
        if not text or self.is_busy():
            return
        if self.engine is None:
            self.status.emit("The model is still loading; your message is kept in the input box")
            return
        if typed:
            self.input.clear()
        self.messages.append(Message("user", text))
        self.entries.append(ChatEntry("user", text))
        self._start_reply(save_user_message=True)

    def send_when_ready(self, text: str) -> None:
        """Send ``text`` now, or as soon as the model has loaded (demo and screenshot mode)."""
        if self.engine is None:
            self._pending_prompt = text
        else:
            self.send(text)

    def has_answer_text(self) -> bool:
        return bool(self.entries) and self.entries[-1].role == "assistant" and bool(self.entries[-1].text)

    def streaming_tokens(self) -> int:
        """Tokens of the answer streaming now (0 when none is)."""
        return self._streamed_tokens if self.is_busy() else 0

    def regenerate(self) -> None:
        if self.is_busy() or self.engine is None or not self.messages or self.messages[-1].role != "assistant":
            return
        self.messages.pop()
        while self.entries and self.entries[-1].role != "user":
            self.entries.pop()
        conversation = self.conversation_id
        # At temperature 0 the conversation is read anew, so regenerating gives the same answer every time.
        fresh = self.temperature_box.value() == 0
        if conversation is not None and self.store is not None:
            self._start_reply(save_user_message=False, before=lambda: self.store.remove_last_reply(conversation), fresh=fresh)
        else:
            self._start_reply(save_user_message=False, fresh=fresh)

    def _start_reply(self, save_user_message: bool, before=None, fresh: bool = False) -> None:
        engine, writer = self.engine, self.writer
        store = None if self.scripted else self.store  # the attract loop's script is not the visitor's history
        if self._reply is not None:
            self._reply.dispose()  # the last answer's worker (ended: nothing is busy)
        messages = [Message("system", self.system_edit.text().strip()), *self.messages] if self.system_edit.text().strip() else list(self.messages)
        settings = GenerationSettings(temperature=self.temperature_box.value(), max_tokens=MAX_REPLY_TOKENS, fresh=fresh)
        user_text = self.messages[-1].content
        conversation = self.conversation_id or new_id()
        question_id, answer_id = new_id(), new_id()  # chosen now: the history's order is the conversation's
        self.conversation_id = conversation
        if store is not None:  # queued in order on the writer's thread; kept in memory while the disk refuses
            if before is not None:
                writer.submit("the chat history", before)
            writer.submit("the chat history", lambda: store.new_conversation(user_text, conversation))
            if save_user_message:
                writer.submit("your message", lambda: store.add_message(conversation, "user", user_text, message_id=question_id))
            self._draft_timer.stop()
            writer.submit("the chat draft", lambda: store.set_draft(""), key="draft")

        def save_answer(text: str, stats: str) -> None:
            if store is not None:
                writer.submit("the answer", lambda: store.add_message(conversation, "assistant", text, stats, answer_id), key=answer_id)

        def loop(should_stop):
            """On the worker: stream the answer, saving it as it grows; a failure keeps the part streamed."""
            text, saved_at = "", 0.0
            try:
                for event in stream_reply(engine, messages, settings, should_stop):
                    if isinstance(event, ReplyPiece):
                        text = event.text_so_far
                        if time.monotonic() - saved_at > ANSWER_SAVE_S:
                            save_answer(text, STREAMING)
                            saved_at = time.monotonic()
                    else:
                        save_answer(event.text, event.footer())
                    yield event
            except ShowcaseError as error:
                if text:
                    save_answer(text, f"{INTERRUPTED} ({error.message})")
                raise

        self.entries.append(ChatEntry("assistant", "", "thinking..."))
        self.view.set_entries(self.entries)
        self._set_streaming(True)
        self._reply = start_worker(loop, "chat-reply", self, self._take_reply_item, self._reply_failed, self._reply_finished)

    def _take_reply_item(self) -> None:
        if self.sender() is not self._reply:
            return
        event = self._reply.take_item()
        if isinstance(event, ReplyPiece):
            self._streamed_tokens = event.tokens
            footer = event.context_note and f"note: {event.context_note}"
            self.entries[-1] = ChatEntry("assistant", event.text_so_far, footer)
            self.live_label.setText(f"streaming · {event.tokens_per_s:5.1f} tokens/s · per token p50 {event.token_ms_p50:.0f} ms "
                                    f"p95 {event.token_ms_p95:.0f} ms · {event.tokens} tokens")
            self._place_live_label()
            if not self._render_timer.isActive():
                self._render_timer.start()
        elif isinstance(event, ReplyDone):
            self.last_done = event
            self.messages.append(Message("assistant", event.text))
            self.entries[-1] = ChatEntry("assistant", event.text, event.footer())
            self._render_timer.stop()
            self.view.set_entries(self.entries)

    def _reply_failed(self, message: str) -> None:
        worker = self.sender()
        if worker is not self._reply:
            return
        self._render_timer.stop()
        partial = self.entries[-1].text if self.entries and self.entries[-1].role == "assistant" else ""
        if partial:  # the part already streamed stays, in the view, the conversation and the history
            self.entries[-1] = ChatEntry("assistant", partial, f"{INTERRUPTED} ({message})")
            self.messages.append(Message("assistant", partial))
        else:
            self.entries[-1] = ChatEntry("note", message)
        self.view.set_entries(self.entries)
        self.status.emit(message)
        if is_engine_fault(worker.error):
            failed, self.engine = self.engine, None  # dead, hung or in an unknown state: nothing more is sent to it
            if failed is not None:
                failed.unload()
            if self.watchdog is not None:
                self.watchdog.report(self, worker.error)

    def _reply_finished(self) -> None:
        if self.sender() is self._reply:
            self._set_streaming(False)
            self.refresh_history()

    def _set_streaming(self, streaming: bool) -> None:
        self.stop_button.setEnabled(streaming)
        self.send_button.setEnabled(not streaming)
        self.regenerate_button.setEnabled(not streaming)
        self.live_label.setVisible(streaming)

    def stop(self) -> bool:
        """Stop the answer being streamed (the text so far is kept); True when nothing runs."""
        if self._reply is None:
            return True
        return self._reply.stop()

    def new_chat(self) -> None:
        self._let_reply_go()
        self.messages, self.entries, self.conversation_id, self.last_done = [], [], None, None
        self.view.set_entries(self.entries)
        self.history_list.clearSelection()

    def _let_reply_go(self) -> None:
        """Stop the answer in flight and ignore what it still reports (it saves what it streamed to the history)."""
        reply, self._reply = self._reply, None
        if reply is not None:
            reply.stop()
            reply.dispose()
            self._render_timer.stop()
            self._set_streaming(False)

    @property
    def scripted(self) -> bool:
        """True while the attract loop holds the chat."""
        return self._set_aside is not None

    def begin_scripted_chat(self) -> None:
        """The attract loop takes the chat: the conversation on screen is set aside (``end_scripted_chat``
        brings it back) and the scripted questions and answers stay out of the history."""
        if self._set_aside is None:
            self._set_aside = (self.messages, self.entries, self.conversation_id)
        self.new_chat()  # lets an answer in flight go: what it still reports is ignored

    def end_scripted_chat(self) -> None:
        """Someone is back: the script stops and their conversation is on screen again, as they left it."""
        if self._set_aside is None:
            return
        self._let_reply_go()
        self._pending_prompt = ""
        (self.messages, self.entries, self.conversation_id), self._set_aside = self._set_aside, None
        self.last_done = None
        self.view.set_entries(self.entries)

    def copy_last_answer(self) -> None:
        answer = next((m.content for m in reversed(self.messages) if m.role == "assistant"), "")
        if answer:
            QGuiApplication.clipboard().setText(answer)
            self.status.emit("Answer copied")

    # ----- history sidebar --------------------------------------------------------------------
    def refresh_history(self) -> None:
        if self.store is None:
            return
        store, search = self.store, self.search_edit.text()
        self._background(lambda: store.conversations(search), self._show_history, "history-list")

    def _show_history(self, conversations) -> None:
        self.history_list.clear()
        for conversation in conversations:
            item = QListWidgetItem(conversation.title)
            item.setData(Qt.ItemDataRole.UserRole, conversation.id)
            self.history_list.addItem(item)
            if conversation.id == self.conversation_id:
                item.setSelected(True)

    def _open_conversation(self, item: QListWidgetItem) -> None:
        conversation_id = item.data(Qt.ItemDataRole.UserRole)
        if self.is_busy() or self.store is None or conversation_id == self.conversation_id:
            return
        store = self.store

        def show(stored) -> None:
            self.conversation_id = conversation_id
            self.messages = [Message(m.role, m.content) for m in stored]
            self.entries = [ChatEntry(m.role, m.content, m.stats) for m in stored]
            self.view.set_entries(self.entries)

        self._background(lambda: store.messages(conversation_id), show, "history-open-chat")

    def _selected_conversation(self) -> int | None:
        item = self.history_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else self.conversation_id

    def delete_conversation(self) -> None:
        conversation_id = self._selected_conversation()
        if conversation_id is None or self.store is None or self.is_busy():
            return
        if QMessageBox.question(self, "Delete chat", "Delete this conversation from this computer?") != QMessageBox.StandardButton.Yes:
            return
        if conversation_id == self.conversation_id:
            self.new_chat()
        store = self.store
        self._background(lambda: store.delete(conversation_id), lambda _: self.refresh_history(), "history-delete")

    def export_conversation(self) -> None:
        conversation_id = self._selected_conversation()
        if conversation_id is None or self.store is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, "Export chat as Markdown", str(Path.home() / "chat.md"), "Markdown (*.md)")
        if path:
            store = self.store
            self._background(lambda: Path(path).write_text(store.export_markdown(conversation_id), encoding="utf-8"),
                             lambda _: self.status.emit(f"Chat exported to {path}"), "history-export")

    def shutdown(self) -> None:
        """Stop the answer and background jobs and free the model (window closing)."""
        self._closing = True
        self.stop()
        self.cores.release()
        if self._loader is not None:
            self._loader.stop()
        self._jobs.stop_all()
        if self.engine is not None:
            self.engine.unload()
            self.engine = None
        if self._draft_timer.isActive():
            self._draft_timer.stop()
            self._save_draft()
        self.writer.close()  # the last answer and the draft reach the disk (or the user was told they could not)

    # ----- watchdog (app/watchdog.py) --------------------------------------------------------------
    def heartbeat_age_s(self) -> float | None:
        return None  # while an answer streams, the engine's host watches for silence itself (stall_s)

    def engine_fault(self) -> ShowcaseError | None:
        """The engine's process died between answers (an answer in flight reports it by failing)."""
        return self.engine.fault() if self.engine is not None and not self.is_busy() else None

    def restart_engine(self) -> None:
        """Load the model again; the conversation and the text in the input box stay as they are."""
        if self.engine is not None:
            self.engine.unload()
            self.engine = None
        self.load_model(self._loaded_model)

    def show_fault(self, message: str) -> None:
        self._show_error(message)

    def fall_back(self) -> str:
        self.engine = None
        return "Pick a smaller model or another engine in the Model list to try again."
