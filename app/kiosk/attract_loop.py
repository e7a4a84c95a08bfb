"""The attract loop: after a while with nobody at the booth, the dashboard plays by itself on the bundled
media (the demo video with detection, the demo recording transcribed, the chat answering the booth's questions
that the loaded model answers right, ``pipelines/chat/quiz.py``) under a caption saying what the passer-by sees.
Any key, click, touch or scroll returns the panels to their live input, and so does a voice near the booth: while
it plays (and ``kiosk/wake_on_sound`` is on) a worker listens to the default microphone's level, keeping no
audio. It runs for hours: it only starts, stops and re-asks the same pipelines the dashboard runs.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QMainWindow

from app.panels.chat_panel import CHAT_PLACEHOLDER
from app.worker import PipelineWorker, start_worker
from pipelines.bundled import DEMO_VIDEO
from pipelines.chat.languages import ENGLISH, LANGUAGES
from pipelines.chat.quiz import booth_questions
from pipelines.speech.sound_wake import loud_sound
from pipelines.speech.sources import DEMO_SPEECH
from widgets.booth_header import booth_text_px

QUESTION_PAUSE_S = 6.0  # after an answer, before the next question: time to read it
BOOTH_TEXTS = {question.text for language in LANGUAGES for question in booth_questions(language)}
# When the model answers none of the questions right, the chat waits for a visitor with this in its input box.
TRY_PROMPT = QT_TRANSLATE_NOOP("AttractLoop", "Ask me anything, for example: write a short poem about this booth.")
POLL_MS = 500
# Not mouse moves: Qt synthesizes them when widgets move under a resting cursor (the caption appearing would end the
# loop).
INPUT_EVENTS = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel, QEvent.Type.TouchBegin}


class AttractLoop(QObject):
    """Starts after ``settings.attract_idle_s`` without input; ``active`` while it plays."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.active = False
        self.asked = 0
        self.caption = QLabel(window)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption.setWordWrap(True)
        self.caption.hide()
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(int(window.settings.attract_idle_s * 1000))
        self._idle.timeout.connect(self.start)
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._next_question_when_ready)
        self._answered_at: float | None = None  # when the last answer ended (monotonic seconds)
        self._listener: PipelineWorker | None = None
        self.listen_problem = ""  # why a sound cannot wake the booth (no microphone...), once tried
        QGuiApplication.instance().installEventFilter(self)
        self._idle.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS:
            self._idle.start()
            if self.active:
                self.stop()
        return False

    def caption_text(self) -> str:
        """'All three run on this laptop's CPU. Nothing leaves it.' with the devices the panels report."""
        devices = set()
        if self.window.vision is not None and self.window.vision.provider is not None:
            devices.add(self.window.vision.provider.device)
        if self.window.speech is not None and self.window.speech.state is not None:
            devices.add(self.window.speech.state.info.device.split(" ")[0])
        if self.window.chat is not None and self.window.chat.engine is not None:
            devices.add(self.window.chat.engine.info.device.split(" ")[0])
        order = [d for d in ("NPU", "GPU", "CPU") if d in devices] or ["CPU"]
        return self.tr("All three run on this laptop's {devices}. Nothing leaves it.").format(
            devices=self.tr(" and ").join(order)
        )

    def start(self) -> None:
        """Play the bundled media on every panel and start asking the scripted questions; not while a comparison is
        open (an operator's, left on screen: it has the machine to itself until it closes)."""
        if self.active:
            return
        if self.window.comparison_open():
            self._idle.start()
            return
        self.active, self.asked = True, 0
        window = self.window
        window.show_view("dashboard")
        if window.vision is not None:
            window.vision.start(DEMO_VIDEO)
        if window.speech is not None and not window.speech.is_running():
            window.speech.start(DEMO_SPEECH)
        self._show_caption()
        self._poll.start()
        self._next_question_when_ready()
        if window.settings.wake_on_sound:
            self._listener = start_worker(
                loud_sound, "attract-listen", self, self._heard, self._cannot_listen, lambda: None
            )

    def _heard(self) -> None:
        if self.sender() is self._listener and self.active:
            self.stop()

    def _cannot_listen(self, message: str) -> None:
        self.listen_problem = message  # no microphone, or a busy one: keys and clicks still wake the booth

    def caption_height(self) -> int:
        """The caption's strip along the window's bottom edge (over the chat box, which waits while the loop plays;
        the panels' titles and figures along the top stay in view)."""
        return booth_text_px(self.window.height()) * 2

    def _show_caption(self) -> None:
        px = booth_text_px(self.window.height())
        self.caption.setStyleSheet(
            f"background: rgba(20,20,20,215); color: white; font-size: {px}px; font-weight: bold; padding: 4px;"
        )
        self.caption.setText(self.caption_text())
        height = self.caption_height()
        self.caption.setGeometry(0, self.window.height() - height, self.window.width(), height)
        self.caption.show()
        self.caption.raise_()

    def questions(self) -> list[str] | None:
        """The questions to ask: the booth's own only where the loaded model answers them right (the operator's own,
        from the settings, as they are); None while that is not known yet."""
        chat = self.window.chat
        questions = self.window.settings.attract_questions(chat.language if chat is not None else ENGLISH)
        if chat is None or not any(question in BOOTH_TEXTS for question in questions):
            return questions
        if chat.right_answers is None:
            return None
        return [question for question in questions if question not in BOOTH_TEXTS or question in chat.right_answers]

    def _ask(self) -> None:
        """The next question, in a conversation of its own (a short prompt, the answer the quiz checked); with none
        to ask, the chat waits for a visitor with a suggestion in its input box."""
        chat, questions = self.window.chat, self.questions()
        if chat is None or chat.engine is None or chat.is_busy():
            return
        if questions is None:
            chat.run_quiz()  # once per model and engine on this machine: which questions it answers right
            return
        if not questions:
            chat.input.setPlaceholderText(self.tr(TRY_PROMPT))
            return
        chat.ask_scripted(questions[self.asked % len(questions)])
        self.asked += 1
        self._answered_at = None

    def _next_question_when_ready(self) -> None:
        """Every half second while active: once an answer is done, pause to let it be read, then ask the next."""
        self._show_caption()  # the devices are known once the models have loaded
        chat = self.window.chat
        if chat is not None and not chat.conversation.scripted:  # the visitor's own answer, if one streams, ends first
            if not chat.is_busy():
                chat.begin_scripted_chat()
                self._ask()
            return
        if chat is None or chat.engine is None or chat.is_busy():
            self._answered_at = None
            return
        if not self.asked:  # a quiz ran, or the model loaded: the first question
            self._ask()
        elif self._answered_at is None:
            self._answered_at = time.monotonic()
        elif time.monotonic() - self._answered_at >= QUESTION_PAUSE_S:
            self._ask()

    def stop(self) -> None:
        """Someone is here: the panels go back to their own input."""
        self.active = False
        self._poll.stop()
        self.caption.hide()
        self._stop_listening()
        window = self.window
        if window.chat is not None:
            window.chat.end_scripted_chat()
            window.chat.input.setPlaceholderText(QCoreApplication.translate("ChatPanel", CHAT_PLACEHOLDER))
        if window.vision is not None and window.settings.source != DEMO_VIDEO:
            window.vision.start()  # the camera (or file) the user picked

    def _stop_listening(self) -> None:
        listener, self._listener = self._listener, None
        if listener is not None:  # on a visitor's first key or click: the booth answers at once, never waits on it
            listener.stop(0)
            listener.dispose()  # deleted once its thread has ended (it reads the microphone 0.1 s at a time)

    def shutdown(self) -> None:
        self._stop_listening()
        QGuiApplication.instance().removeEventFilter(self)
        self._idle.stop()
        self._poll.stop()
