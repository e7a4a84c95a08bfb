"""The base of the two-column comparisons of text (the Chat panel's answers, the Speech panel's transcripts): each
side's title, its text as it streams in and its figures, the reason where the machine has no second side, and one
summary line under both, read from the booth's distance. A subclass runs the comparison on a worker (``_loop``,
whose newest state the window shows) and says what its figures and summary are."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QDialog, QGridLayout, QHBoxLayout, QLabel, QPlainTextEdit, QWidget

from app.locale_format import window_numbers
from app.worker import PipelineWorker, start_worker
from pipelines.measure.side_by_side import DEVICE, LOADING, SideBySide
from widgets.booth_header import booth_text_px

DEVICE_TITLE = QT_TRANSLATE_NOOP("TextComparisonWindow", "CPU vs accelerator")  # both subclasses' device comparison


class TextComparisonWindow(QDialog):
    """Runs its worker (``compare-<pipeline>-<kind>``) while open; Esc, the title bar's close button or the app's own
    close stops it (every way out of a dialog ends in ``done``), never waiting for it: its engines end on the worker's
    thread a moment later. ``top`` is a row above both sides for the subclass's own controls."""

    pipeline = ""  # the worker's name: compare-chat-engines
    engines_title = ""  # what the engines comparison compares, marked for translation in the subclass's context

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.state: Any = None
        self._worker: PipelineWorker | None = None
        self.numbers = window_numbers()  # the window's locale: "12,1 ms" in German
        self.titles = (QLabel(self.tr("loading..."), self), QLabel(self.tr("loading..."), self))
        self.texts = (QPlainTextEdit(self), QPlainTextEdit(self))
        self.figures = (QLabel(self), QLabel(self))
        for label, text in zip(self.titles, self.texts):
            label.setWordWrap(True)
            text.setReadOnly(True)
        self.missing = QLabel(self)
        self.missing.setWordWrap(True)
        self.missing.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.missing.setVisible(False)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.top = QHBoxLayout()
        grid = QGridLayout(self)
        grid.addLayout(self.top, 0, 0, 1, 2)
        for column in (0, 1):
            grid.addWidget(self.titles[column], 1, column)
            grid.addWidget(self.texts[column], 2, column)
            grid.addWidget(self.figures[column], 3, column)
            grid.setColumnStretch(column, 1)  # the same width for both sides, or the one and why it is alone
        grid.addWidget(self.missing, 2, 1)
        grid.addWidget(self.summary, 4, 0, 1, 2)
        self.resize(1100, 560)

    def compared(self) -> str:
        """What this window compares, in the window's language: the CPU and the accelerator, or the two engines."""
        if self.kind == DEVICE:
            return QCoreApplication.translate("TextComparisonWindow", DEVICE_TITLE)
        return QCoreApplication.translate(type(self).__name__, self.engines_title)

    def start(self) -> None:
        """Start the comparison on a new worker (the subclass calls it once its own widgets are built, and to run
        it again once the last run has ended): both sides start empty."""
        if self._worker is not None:
            self._worker.dispose()
        self.state = None
        for text, figures in zip(self.texts, self.figures):
            text.clear()
            figures.clear()
        name = f"compare-{self.pipeline}-{self.kind}"
        self._worker = start_worker(self._loop, name, self, self._take, self._failed, lambda: None)
        self.summary.setText(self.summary_line())

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The texts and the summary read from the booth's distance: sized from the window's height."""
        super().resizeEvent(event)
        px = booth_text_px(self.height())
        self.summary.setStyleSheet(f"font-size: {px}px; font-weight: bold;")
        for text in self.texts:
            text.setStyleSheet(f"font-size: {max(13, px * 2 // 3)}px;")

    def _loop(self, should_stop: Callable[[], bool]) -> Iterator[SideBySide]:
        """The comparison, on the worker: a new state each time something changed."""
        raise NotImplementedError

    def side_figures(self, side: Any) -> str:
        """The line under one side's text."""
        raise NotImplementedError

    def summary_line(self) -> str:
        """The line under both: where the comparison stands, then its result."""
        state = self.state
        if state is None or state.stage == LOADING:
            return self.tr("Loading both sides...")
        if (faster := state.faster()) is not None:
            return self.result_line(*faster)
        if state.idle and state.missing:
            return self.tr("Only the CPU here: nothing to compare it with on this machine")
        return self.progress_line(state)

    def result_line(self, fast: Any, slow: Any, ratio: float) -> str:
        """The summary once both sides are done: which was how many times as fast."""
        raise NotImplementedError

    def progress_line(self, state: Any) -> str:
        """The summary while the sides run (or wait for the next question)."""
        raise NotImplementedError

    def took(self, state: Any) -> None:
        """A new state is shown (a subclass's own widgets follow it here)."""

    def _take(self) -> None:
        state = self._worker.take_item() if self._worker is not None else None
        if state is None:
            return
        self.state = state
        for column, side in enumerate((state.left, state.right)):
            if side is not None:
                self.titles[column].setText(side.title)
                if self.texts[column].toPlainText() != side.text:
                    self.texts[column].setPlainText(side.text)
                self.figures[column].setText(self.side_figures(side))
        if state.missing:
            self.titles[1].setText(self.tr("No second device"))
            self.missing.setText(state.missing)
        self.missing.setVisible(bool(state.missing))
        self.texts[1].setVisible(not state.missing)
        self.summary.setText(self.summary_line())
        self.took(state)

    def _failed(self, message: str) -> None:
        self.summary.setText(message)

    def done(self, result: int) -> None:
        worker = self._worker
        if worker is not None:
            worker.stop(0)
            worker.setParent(self.parentWidget())  # outlives this dialog, deleted on close, until its thread ended
            worker.dispose()
        super().done(result)
