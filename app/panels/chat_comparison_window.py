"""Side by side in the window: the same question answered on the CPU and on the best accelerator, or by llama.cpp and
onnxruntime-genai on the same CPU (``pipelines/chat/comparison.py``), each answer streamed in its column with its
first-word time and tokens per second, then which was how many times as fast. Where only a CPU exists, the second
column says why."""

from __future__ import annotations

import queue
from collections.abc import Callable, Iterator

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale
from PySide6.QtWidgets import QLineEdit, QWidget

from app.panels.text_comparison_window import TextComparisonWindow
from pipelines.chat.comparison import (
    ASKING,
    WARMING,
    ChatComparison,
    SideAnswer,
    compare_answers,
)
from pipelines.chat.languages import language_or_english
from pipelines.chat.languages import system_prompt as system_prompt_in
from widgets.factory import button

QUESTION = QT_TRANSLATE_NOOP("ChatComparisonWindow", "Name three uses of a laptop camera.")


class ChatComparisonWindow(TextComparisonWindow):
    """Keeps its two engines loaded for the next question typed in its box; both are asked after
    ``system_prompt`` (the Chat panel's; else the default in the window's language)."""

    engines_title = QT_TRANSLATE_NOOP("ChatComparisonWindow", "llama.cpp vs onnxruntime-genai")
    pipeline = "chat"

    def __init__(self, kind: str, parent: QWidget | None = None, system_prompt: str = "") -> None:
        super().__init__(kind, parent)
        self.system_prompt = system_prompt or system_prompt_in(language_or_english(QLocale().name()))
        self.setWindowTitle(self.tr("Compare answers: {what}").format(what=self.compared()))
        self._questions: queue.Queue[str] = queue.Queue()
        self.question = QLineEdit(self.tr(QUESTION), self)
        self.question.returnPressed.connect(self.ask)
        self.ask_button = button(self.tr("Ask both"), self.tr("Ask both sides this question (Enter)"), self.ask)
        self.ask_button.setEnabled(False)
        self.top.addWidget(self.question, 1)
        self.top.addWidget(self.ask_button)
        self.start()

    def _loop(self, should_stop: Callable[[], bool]) -> Iterator[ChatComparison]:
        self._questions.put(self.question.text())  # the first question is asked once both sides are warm
        yield from compare_answers(self.kind, self.system_prompt, self._questions, should_stop)

    def ask(self) -> None:
        """Ask both sides the question in the box (one question at a time)."""
        text = self.question.text().strip()
        if text and self.ask_button.isEnabled():
            self.ask_button.setEnabled(False)
            self._questions.put(text)

    def took(self, state: ChatComparison) -> None:
        self.ask_button.setEnabled(state.idle and self._questions.empty())

    def side_figures(self, side: SideAnswer) -> str:
        n = self.numbers.number
        if side.done and side.ttft_ms is not None:
            return self.tr("first word {ms} ms · {rate} tokens/s").format(
                ms=n(side.ttft_ms), rate=n(side.tokens_per_s, 1))
        if side.tokens_per_s:
            return self.tr("{rate} tokens/s").format(rate=n(side.tokens_per_s, 1))
        return ""

    def result_line(self, fast: SideAnswer, slow: SideAnswer, ratio: float) -> str:
        n = self.numbers.number
        return self.tr("{fast} answered {ratio}x as fast as {slow} ({fast_rate} vs {slow_rate} tokens/s)").format(
            fast=fast.name, slow=slow.name, ratio=n(ratio, 2), fast_rate=n(fast.tokens_per_s, 1),
            slow_rate=n(slow.tokens_per_s, 1))

    def progress_line(self, state: ChatComparison) -> str:
        if state.stage == WARMING:
            return self.tr("Warming up both sides...")
        return self.tr("Answering, one side after the other...") if state.stage == ASKING else ""
