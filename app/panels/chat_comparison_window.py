"""Side by side in the window: the same question answered on the CPU and on the best accelerator, or by llama.cpp and
onnxruntime-genai on the same CPU (``pipelines/chat/comparison.py``), each answer streamed in its column with its
first-word time and tokens per second, then the speed-up. Where only a CPU exists, the second column says why."""

from __future__ import annotations

import queue
from collections.abc import Callable, Iterator

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QDialog, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget

from app.locale_format import window_numbers
from app.worker import start_worker
from pipelines.chat.comparison import ASKING, DEVICE, LOADING, WARMING, ChatComparison, SideAnswer, compare_answers
from widgets.booth_header import booth_text_px
from widgets.factory import button

TITLES = {
    DEVICE: QT_TRANSLATE_NOOP("ChatComparisonWindow", "CPU vs accelerator"),
    "engines": QT_TRANSLATE_NOOP("ChatComparisonWindow", "llama.cpp vs onnxruntime-genai"),
}
QUESTION = QT_TRANSLATE_NOOP("ChatComparisonWindow", "Name three uses of a laptop camera.")


class ChatComparisonWindow(QDialog):
    """Loads its two engines on a worker while open and keeps them for the next question; Esc or closing ends them."""

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.state: ChatComparison | None = None
        self.numbers = window_numbers()
        self._questions: queue.Queue[str] = queue.Queue()
        self.setWindowTitle(self.tr("Compare answers: {what}").format(what=self.tr(TITLES[kind])))
        self.question = QLineEdit(self.tr(QUESTION), self)
        self.question.returnPressed.connect(self.ask)
        self.ask_button = button(self.tr("Ask both"), self.tr("Ask both sides this question (Enter)"), self.ask)
        self.ask_button.setEnabled(False)
        ask_row = QHBoxLayout()
        ask_row.addWidget(self.question, 1)
        ask_row.addWidget(self.ask_button)
        self.titles = (QLabel(self.tr("loading..."), self), QLabel(self.tr("loading..."), self))
        self.answers = (QPlainTextEdit(self), QPlainTextEdit(self))
        self.figures = (QLabel(self), QLabel(self))
        for title, answer in zip(self.titles, self.answers):
            title.setWordWrap(True)
            answer.setReadOnly(True)
        self.missing = QLabel(self)
        self.missing.setWordWrap(True)
        self.missing.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.missing.setVisible(False)
        self.summary = QLabel(self.tr("Loading both sides..."), self)
        self.summary.setWordWrap(True)
        grid = QGridLayout(self)
        grid.addLayout(ask_row, 0, 0, 1, 2)
        for column in (0, 1):
            grid.addWidget(self.titles[column], 1, column)
            grid.addWidget(self.answers[column], 2, column)
            grid.addWidget(self.figures[column], 3, column)
        grid.addWidget(self.missing, 2, 1)
        grid.addWidget(self.summary, 4, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)  # the same width for both sides, or the CPU's and the reason why it is alone
        self.resize(1100, 560)
        self._worker = start_worker(self._loop, f"compare-chat-{kind}", self, self._take, self._failed, lambda: None)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The answers and the summary read from the booth's distance: sized from the window's height."""
        super().resizeEvent(event)
        px = booth_text_px(self.height())
        self.summary.setStyleSheet(f"font-size: {px}px; font-weight: bold;")
        for answer in self.answers:
            answer.setStyleSheet(f"font-size: {max(13, px * 2 // 3)}px;")

    def _loop(self, should_stop: Callable[[], bool]) -> Iterator[ChatComparison]:
        self._questions.put(self.question.text())  # the first question is asked once both sides are warm
        yield from compare_answers(self.kind, self._questions, should_stop)

    def ask(self) -> None:
        """Ask both sides the question in the box (one question at a time)."""
        text = self.question.text().strip()
        if text and self.ask_button.isEnabled():
            self.ask_button.setEnabled(False)
            self._questions.put(text)

    def _take(self) -> None:
        state = self._worker.take_item()
        if state is None:
            return
        self.state = state
        self.ask_button.setEnabled(state.stage not in (LOADING, WARMING, ASKING) and self._questions.empty())
        for column, side in enumerate((state.left, state.right)):
            if side is not None:
                self.titles[column].setText(side.title)
                if self.answers[column].toPlainText() != side.text:
                    self.answers[column].setPlainText(side.text)
                self.figures[column].setText(self._figures(side))
        if state.missing:
            self.titles[1].setText(self.tr("No second device"))
            self.missing.setText(state.missing)
        self.missing.setVisible(bool(state.missing))
        self.answers[1].setVisible(not state.missing)
        self.summary.setText(self.summary_line())

    def _figures(self, side: SideAnswer) -> str:
        n = self.numbers.number
        if side.done and side.ttft_ms is not None:
            return self.tr("first word {ms} ms · {rate} tokens/s").format(
                ms=n(side.ttft_ms), rate=n(side.tokens_per_s, 1))
        if side.tokens_per_s:
            return self.tr("{rate} tokens/s").format(rate=n(side.tokens_per_s, 1))
        return ""

    def summary_line(self) -> str:
        """Where the comparison stands, then the speed-up once both answered."""
        state = self.state
        if state is None or state.stage == LOADING:
            return self.tr("Loading both sides...")
        if state.stage == WARMING:
            return self.tr("Warming up both sides...")
        faster, n = state.faster(), self.numbers.number
        if faster is not None:
            fast, slow, ratio = faster
            return self.tr("{fast} answered {ratio}x as fast as {slow} ({fast_rate} vs {slow_rate} tokens/s)").format(
                fast=fast.name, slow=slow.name, ratio=n(ratio, 2), fast_rate=n(fast.tokens_per_s, 1),
                slow_rate=n(slow.tokens_per_s, 1))
        if state.stage == ASKING:
            return self.tr("Answering, one side after the other...")
        if state.missing:
            return self.tr("Only the CPU here: nothing to compare it with on this machine")
        return ""

    def _failed(self, message: str) -> None:
        self.summary.setText(message)

    def done(self, result: int) -> None:
        """Esc or closing: both engines are told to stop, never waited for (their child processes end on the
        worker's thread a moment later)."""
        worker = self._worker
        worker.stop(0)
        worker.setParent(self.parentWidget())  # outlives this dialog, deleted on close, until its thread has ended
        worker.dispose()
        super().done(result)

