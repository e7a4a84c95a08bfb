"""The Chat panel: a private assistant streaming token by token, with its metrics and local history.

It composes the model picker (``chat_model_picker.py``), the history side bar (``chat_history_bar.py``) and the
conversation itself, kept as data without Qt (``pipelines/chat/conversation.py``); each answer streams on a worker.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QSplitter, QVBoxLayout, QWidget

from app.locale_format import window_numbers
from app.panels.chat_comparison_window import ChatComparisonWindow
from app.panels.chat_history_bar import ChatHistoryBar
from app.panels.chat_model_picker import ChatModelPicker
from app.panels.pipeline_panel import PipelinePanel
from app.phrases import translated
from app.settings import AppSettings
from app.worker import STOP_TIMEOUT_MS
from pipelines.chat.conversation import ChatEntry, Conversation
from pipelines.chat.history import HistoryStore
from pipelines.chat.languages import language_or_english, quiz_system_prompt
from pipelines.chat.protocol import ChatEngine, GenerationSettings, Message
from pipelines.chat.quiz import QUIZ_SETTINGS, QuizSoFar, question_language, quiz_progress, remembered_right_answers
from pipelines.chat.reply import ReplyDone, ReplyPiece
from pipelines.devices.where import ran_on
from pipelines.errors import ShowcaseError
from pipelines.names import Pipeline
from pipelines.storage import user_folders
from widgets.chat_view import ChatInput, ChatView
from widgets.factory import button, labeled, shortcuts, single_shot_timer, spin_box

RENDER_INTERVAL_MS = 60  # batch repaints: rendering must never cap generation
MAX_REPLY_TOKENS = 512
RATE_AFTER_TOKENS = 5  # the booth shows a rate once this many tokens came (the first ones arrive in a burst)
CHAT_PLACEHOLDER = QT_TRANSLATE_NOOP("ChatPanel", "Ask anything. Enter sends, Shift+Enter starts a new line.")
DRAFT_SAVE_MS = 400  # the draft is saved this long after the last keystroke


def history_path() -> Path:
    return user_folders.data_folder() / "chat-history.sqlite3"


class ChatPanel(PipelinePanel):
    """Chat with a local model; its worker streams one answer at a time."""

    pipeline = Pipeline.CHAT
    booth_title = (
        QT_TRANSLATE_NOOP("ChatPanel", "Answers"),
        QT_TRANSLATE_NOOP("ChatPanel", "a language model on this laptop"),
    )
    booth_text_fifths = 3  # the question and the answer
    writes = ("chat history", QT_TRANSLATE_NOOP("ChatPanel", "Chat history is being saved again"))
    # No ``result_type``, so no heartbeat: while an answer streams, the engine's host watches for silence (stall_s).

    def __init__(self, settings: AppSettings, parent: QWidget | None = None, history_file: Path | None = None) -> None:
        super().__init__(settings, parent)
        self.conversation = Conversation(self.writer, numbers=window_numbers())
        self._pending_prompt = ""
        self.right_answers: list[str] | None = None  # the booth questions the loaded model answers right, once known
        self.language = language_or_english(QLocale().name())  # the window's: the default prompt and the booth's
        self._streamed_tokens = 0
        self._answering: ChatEngine | None = None  # the engine the last answer was asked of
        self._render_timer = single_shot_timer(self, RENDER_INTERVAL_MS, self._render)
        self._draft_timer = single_shot_timer(self, DRAFT_SAVE_MS, self._save_draft)
        self._build()
        history_file = history_file or history_path()
        self.background(lambda: HistoryStore(history_file), self._store_ready, "history-open")

    # What the window, the kiosk and the tests read.
    @property
    def engine(self) -> ChatEngine | None:
        return self.picker.engine

    @property
    def store(self) -> HistoryStore | None:
        return self.conversation.store

    @property
    def messages(self) -> list[Message]:
        return self.conversation.messages

    @property
    def entries(self) -> list[ChatEntry]:
        return self.conversation.entries

    @property
    def last_done(self) -> ReplyDone | None:
        return self.conversation.last_done

    # ----- layout ---------------------------------------------------------------------------
    def _build(self) -> None:
        self.picker = ChatModelPicker(self.settings, self.cores.threads, self.background)
        self.system_edit = QLineEdit(self.settings.chat_system_prompt(self.language))
        self.system_edit.setToolTip(self.tr("System prompt"))
        self.temperature_box = spin_box(
            0.0, 2.0, 0.1, self.settings.temperature, self.tr("Temperature (0 = deterministic)")
        )
        prompt_bar = QWidget()
        prompt_row = QHBoxLayout(prompt_bar)
        prompt_row.setContentsMargins(0, 0, 0, 0)
        prompt_row.addWidget(labeled(self.tr("System prompt"), self.system_edit, 1), 1)
        prompt_row.addWidget(labeled(self.tr("Temperature"), self.temperature_box))

        self.view = ChatView(self)
        self.live_label = QLabel(self)  # beside the buttons: over the conversation it hid the question
        self.live_label.setVisible(False)
        self.input = ChatInput(self)
        self.input.setPlaceholderText(self.tr(CHAT_PLACEHOLDER))
        self.input.setMaximumHeight(90)
        self.send_button = button(self.tr("Send"), self.tr("Send (Enter)"), self.send)
        self.stop_button = button(self.tr("Stop"), self.tr("Stop the answer (Esc)"), self.stop_answer)
        self.stop_button.setEnabled(False)
        self.regenerate_button = button(
            self.tr("Regenerate"), self.tr("Answer the last message again (Ctrl+Shift+R)"), self.regenerate
        )
        self.new_button = button(self.tr("New chat"), self.tr("Start a new conversation (Ctrl+N)"), self.new_chat)
        self.copy_button = button(
            self.tr("Copy"), self.tr("Copy the last answer (Ctrl+Shift+C)"), self.copy_last_answer
        )
        self._enable_answer_buttons(running=False)
        detail_buttons = [self.regenerate_button, self.new_button, self.copy_button]  # not on the dashboard
        buttons = QHBoxLayout()
        for widget in (self.send_button, self.stop_button, *detail_buttons):
            buttons.addWidget(widget)
        buttons.addWidget(self.live_label)
        buttons.addStretch(1)
        chat_side = QWidget()
        chat_layout = QVBoxLayout(chat_side)
        chat_layout.setContentsMargins(0, 0, 0, 0)
        chat_layout.addWidget(self.view, 1)
        chat_layout.addWidget(self.input)
        chat_layout.addLayout(buttons)

        self.history_bar = ChatHistoryBar(self.conversation, self.is_busy, self.background)
        self.history_splitter = splitter = QSplitter(self)
        splitter.addWidget(self.history_bar)
        splitter.addWidget(chat_side)
        splitter.setSizes([220, 800])
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.picker)
        layout.addWidget(prompt_bar)
        layout.addWidget(splitter, 1)
        choices = [self.picker.engine_row, self.picker.device_row, self.picker.model_row]
        self.details = [*choices, prompt_bar, self.history_bar, *detail_buttons]

        self.picker.loaded.connect(self._engine_loaded)
        self.picker.problem.connect(self.show_problem)
        self.picker.status.connect(self.status)
        self.history_bar.changed.connect(self._render)
        self.history_bar.status.connect(self.status)
        self.system_edit.editingFinished.connect(
            lambda: setattr(self.settings, "system_prompt", self.system_edit.text())
        )
        self.temperature_box.valueChanged.connect(lambda value: setattr(self.settings, "temperature", value))
        self.input.submitted.connect(self.send)
        self.input.textChanged.connect(self._draft_timer.start)
        shortcuts(
            self,
            (
                ("Esc", self.stop_answer),
                ("Ctrl+N", self.new_chat),
                ("Ctrl+Shift+R", self.regenerate),
                ("Ctrl+Shift+C", self.copy_last_answer),
            ),
        )
        self.operator_controls = [*choices, prompt_bar, self.history_bar]
        self.operator_shortcuts = shortcuts(self, (("Ctrl+Shift+O", self.picker.open_model),))

    def set_booth(self, on: bool) -> None:
        super().set_booth(on)
        self.picker.set_booth(on)
        self.live_label.setVisible(self.is_busy() and not on)

    def showEvent(self, event) -> None:
        """The model loads when the panel is first shown: no cost (CPU, memory, a GIL hitch) before that."""
        super().showEvent(event)
        self.picker.load_first_model()

    def _render(self) -> None:
        """The entries with the pipelines' phrases under them (figures, notes, why it stopped) in the window's
        language."""
        self.view.set_entries([
            replace(entry, text=translated(entry.text), footer=translated(entry.footer))
            for entry in self.conversation.entries
        ])
        self._enable_answer_buttons(self.is_running())

    def _enable_answer_buttons(self, running: bool) -> None:
        """Regenerate and Copy act on the last answer: off while one streams or before there is one (they did
        nothing, without a word, in an empty chat)."""
        self.regenerate_button.setEnabled(not running and self.conversation.can_regenerate())
        self.copy_button.setEnabled(bool(self.conversation.last_answer()))

    # ----- the engine, the history and the draft ----------------------------------------------------
    def _engine_loaded(self, engine: ChatEngine) -> None:
        """A model loaded: it takes the seat (llama.cpp applies a new thread count between answers), and a prompt
        waiting for it is sent."""
        self.cores.set_live(True)
        engine.set_threads(self.cores.threads())
        ready = self.tr("Chat model ready: {model} on {device}")
        self.status.emit(ready.format(model=engine.info.model_name, device=engine.info.device))
        self.right_answers = None
        self.background(
            lambda: remembered_right_answers(engine.info, self.language), self._quiz_remembered, "quiz-results"
        )
        if self._pending_prompt:
            self.send(self._pending_prompt)
            self._pending_prompt = ""

    def _store_ready(self, store: HistoryStore) -> None:
        self.conversation.store = store
        self.history_bar.refresh()
        self.background(store.draft, self._restore_draft, "history-draft")

    def _restore_draft(self, draft: str) -> None:
        if draft and not self.input.toPlainText():
            self.input.setPlainText(draft)
            self.input.moveCursor(self.input.textCursor().MoveOperation.End)

    def _save_draft(self) -> None:
        self.conversation.save_draft(self.input.toPlainText())

    # ----- conversation -----------------------------------------------------------------------
    def is_busy(self) -> bool:
        """An answer is streaming."""
        return self.is_running()

    def send(self, text: str | None = None) -> None:
        """Send the input box's text (or ``text``, leaving the input box as it is) and stream the answer."""
        typed = text is None
        text = (self.input.toPlainText() if typed else text).strip()
        if not text or self.is_busy():
            return
        if self.engine is None:
            self.status.emit(self.tr("The model is still loading; your message is kept in the input box"))
            return
        if typed:
            self.input.clear()
        self.conversation.ask(text)
        self._start_reply()

    def send_when_ready(self, text: str) -> None:
        """Send ``text`` now, or as soon as the model has loaded (demo and screenshot mode)."""
        if self.engine is None:
            self._pending_prompt = text
        else:
            self.send(text)

    def has_answer_text(self) -> bool:
        return self.conversation.has_answer_text()

    def streaming_tokens(self) -> int:
        """Tokens of the answer streaming now (0 when none is)."""
        return self._streamed_tokens if self.is_busy() else 0

    def regenerate(self) -> None:
        """Answer the last question again; at temperature 0 the conversation is read anew, so it gives the same
        answer every time."""
        if not self.is_busy() and self.engine is not None and self.conversation.can_regenerate():
            self._start_reply(regenerating=True, fresh=self.temperature_box.value() == 0)

    def _start_reply(self, regenerating: bool = False, fresh: bool = False, quiz: bool = False) -> None:
        """Stream the answer to the last question; ``quiz``: as the quiz asks it (greedy, its system prompt)."""
        self._let_go()  # the last answer's worker (ended: nothing is busy)
        temperature = self.temperature_box.value()
        settings = QUIZ_SETTINGS if quiz else GenerationSettings(temperature, max_tokens=MAX_REPLY_TOKENS, fresh=fresh)
        if self.conversation.saving:
            self._draft_timer.stop()  # the answer's start empties the saved draft
        question = self.messages[-1].content if self.messages else ""
        system_prompt = (quiz_system_prompt(question_language(question) or self.language) if quiz
                         else self.system_edit.text().strip())
        self._answering = self.engine
        loop = self.conversation.start_answer(self.engine, system_prompt, settings, regenerating)
        self.live_label.setText(self.tr("reading the question..."))  # the last answer's figures stayed meanwhile
        self._render()
        self._run(lambda: loop, "chat-reply")

    def take(self, event: object) -> None:
        if isinstance(event, QuizSoFar):
            if event.done:
                self.right_answers = event.right()
        elif isinstance(event, ReplyPiece):
            self._streamed_tokens = event.tokens
            self.conversation.show_piece(event)
            num = window_numbers().number
            self.live_label.setText(
                self.tr(
                    "streaming · {rate} tokens/s on average · 95 % of tokens within {ms} ms · {tokens} tokens"
                ).format(rate=num(event.tokens_per_s, 1), ms=num(event.token_ms_p95), tokens=num(event.tokens))
            )
            if event.tokens >= RATE_AFTER_TOKENS:  # the first tokens' rate is noise: 1,709 tokens/s at the booth
                self.header.show_figures(self.engine.info.device.split(" ")[0] if self.engine else "",
                                         [(num(event.tokens_per_s), self.tr("tokens/s"))])
            if not self._render_timer.isActive():
                self._render_timer.start()
        elif isinstance(event, ReplyDone):
            stats, num = event.stats, window_numbers().number
            self.header.show_figures(stats.device.split(" ")[0], [
                (num(stats.tokens_per_s), self.tr("tokens/s")),
                (f"{num(stats.ttft_ms / 1000, 1)} s", self.tr("to the first word")),
            ])
            self.conversation.finish(event)
            self._render_timer.stop()
            self._render()

    def run_failed(self, message: str, engine_fault: bool) -> bool:
        if engine_fault and self._answering is not self.engine:  # the user loaded another model: its engine closed
            message, engine_fault = self.tr("The answer stopped: another model was loaded"), False
        self._render_timer.stop()
        self.conversation.fail(message)
        self._render()
        self.status.emit(message)
        if engine_fault:
            self.picker.drop_engine()  # dead, hung or in an unknown state: nothing more is sent to it
        return engine_fault

    def run_ended(self) -> None:
        self.history_bar.refresh()

    def running_changed(self, running: bool) -> None:
        self.stop_button.setEnabled(running)
        self.send_button.setEnabled(not running)
        self._enable_answer_buttons(running)
        self.live_label.setVisible(running and not self.booth)  # the booth header shows the figures
        if not running:
            self._render_timer.stop()

    def stop(self, timeout_ms: int = STOP_TIMEOUT_MS) -> bool:
        """Stop the answer being streamed (the text so far is kept); True when nothing runs. An answer still waiting
        for the last one's worker to end starts stopped: it ends at its first token, as stopped."""
        if self._pending is not None:
            self._stop_on_start = True
            return False
        return self._worker.stop(timeout_ms) if self._worker is not None else True

    def stop_answer(self) -> None:
        """Stop and Esc: the answer ends at its next token, or once the prompt is read; the window does not wait."""
        self.stop(0)

    def new_chat(self) -> None:
        self._let_go()  # an answer in flight goes on saving what it streamed; the panel ignores it
        self.conversation.clear()
        self._render()
        self.history_bar.list.clearSelection()

    # ----- the booth's script (app/kiosk/attract_loop.py) ----------------------------------------------
    def _quiz_remembered(self, right: list[str] | None) -> None:
        if self.right_answers is None:
            self.right_answers = right

    def run_quiz(self) -> None:
        """Quiz the loaded model off screen (on the panel's worker: ``is_busy`` meanwhile) and remember which
        questions it answers right."""
        engine = self.engine
        if engine is None or self.is_busy():
            return

        language = self.language
        self._let_go()
        self.status.emit(self.tr("Checking which booth questions this model answers right..."))
        self._run(lambda: lambda should_stop: quiz_progress(engine, should_stop, language), "chat-quiz")

    def ask_scripted(self, question: str) -> None:
        """The attract loop's question, in a conversation of its own and asked as the quiz asked it: the answer on
        screen is the one the quiz checked."""
        if self.engine is None or self.is_busy():
            return
        self.new_chat()
        self.conversation.ask(question)
        self._start_reply(quiz=True)

    def begin_scripted_chat(self) -> None:
        """The attract loop takes the chat: the conversation on screen is set aside (``end_scripted_chat``
        brings it back) and the scripted questions and answers stay out of the history."""
        self.conversation.begin_script()
        self.new_chat()  # lets an answer in flight go: what it still reports is ignored

    def end_scripted_chat(self) -> None:
        """Someone is back: the script stops and their conversation is on screen again, as they left it."""
        if self.conversation.scripted:
            self._let_go()
            self._pending_prompt = ""
            self.conversation.end_script()
            self._render()

    def copy_last_answer(self) -> None:
        answer = self.conversation.last_answer()
        if answer:
            QGuiApplication.clipboard().setText(answer)
            self.status.emit(self.tr("Answer copied"))

    def compare(self, kind: str) -> ChatComparisonWindow:
        """Open the answers side by side (View menu: CPU vs accelerator, llama.cpp vs onnxruntime-genai), asked after
        this panel's system prompt; an answer streaming here stops, its text kept, so the comparison gets the cores
        (``open_comparison``)."""
        return self.open_comparison(
            kind, lambda kind, parent: ChatComparisonWindow(kind, parent, self.system_edit.text().strip())
        )

    def resume_after_comparison(self) -> None:
        """A stopped answer stays stopped (its text is kept): nothing to resume."""

    # ----- hooks of the base and the watchdog (app/watchdog.py) -----------------------------------------
    def report_ran_on(self) -> str:
        info = self.engine.info if self.engine is not None else None
        return ran_on(info.engine, info.model_name, info.device, info.provider, info.placement) if info else ""

    def threads_changed(self, threads: int) -> None:
        if self.engine is not None:
            self.engine.set_threads(threads)

    def show_problem(self, message: str) -> None:
        self.status.emit(message)
        self.conversation.note(message)
        self._render()

    def free_engines(self) -> None:
        self.picker.shutdown()
        if self._draft_timer.isActive():
            self._draft_timer.stop()
            self._save_draft()

    def idle_engine_fault(self) -> ShowcaseError | None:
        """The engine's process died between answers."""
        return self.engine.fault() if self.engine is not None else None

    def restart_engine(self) -> None:
        """Load the model again; the conversation and the text in the input box stay as they are."""
        self.picker.reload()

    def fall_back(self) -> str:
        self.picker.drop_engine()  # its process is gone or hung: its pipe closed, the child reaped
        return QT_TRANSLATE_NOOP(
            "Watchdog", "Pick a smaller model, another engine, or Auto in the Device list to try again."
        )
