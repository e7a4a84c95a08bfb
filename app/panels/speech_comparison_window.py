"""Side by side in the window: the demo recording heard by Whisper in onnxruntime-genai on the CPU and on the best
accelerator, or by faster-whisper and onnxruntime-genai (``pipelines/speech/comparison.py``), each transcript
streamed in its column with its real-time factor, then its word error rate and which was how many times as fast.
Where only a CPU exists, the second column says why."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from app.panels.text_comparison_window import TextComparisonWindow
from pipelines.speech.comparison import (
    SideTranscript,
    SpeechComparison,
    compare_transcripts,
)
from widgets.factory import button


class SpeechComparisonWindow(TextComparisonWindow):
    """Each side hears the whole demo recording as fast as it can, one after the other; Hear again repeats it."""

    engines_title = QT_TRANSLATE_NOOP("SpeechComparisonWindow", "faster-whisper vs onnxruntime-genai")
    pipeline = "speech"

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(kind, parent)
        self.setWindowTitle(self.tr("Compare transcripts: {what}").format(what=self.compared()))
        self.again_button = button(
            self.tr("Hear again"), self.tr("Both sides hear the demo recording again"), self.hear_again
        )
        self.again_button.setEnabled(False)
        self.top.addWidget(self.again_button)
        self.top.addStretch(1)
        self.start()

    def _loop(self, should_stop: Callable[[], bool]) -> Iterator[SpeechComparison]:
        yield from compare_transcripts(self.kind, should_stop)

    def hear_again(self) -> None:
        """Load both sides again and let them hear the recording (the first run's engines are closed by now)."""
        if self.again_button.isEnabled():
            self.again_button.setEnabled(False)
            self.start()

    def took(self, state: SpeechComparison) -> None:
        self.again_button.setEnabled(state.idle)

    def side_figures(self, side: SideTranscript) -> str:
        n = self.numbers.number
        if side.done and side.rtf is not None and side.wer is not None:
            return self.tr("RTF {rtf} · word error rate {wer}").format(
                rtf=n(side.rtf, 3), wer=self.numbers.percent(side.wer * 100, 1))
        return self.tr("RTF {rtf}").format(rtf=n(side.rtf, 3)) if side.rtf is not None else ""

    def result_line(self, fast: SideTranscript, slow: SideTranscript, ratio: float) -> str:
        n = self.numbers.number
        return self.tr("{fast} heard it {ratio}x as fast as {slow} (RTF {fast_rtf} vs {slow_rtf})").format(
            fast=fast.name, slow=slow.name, ratio=n(ratio, 2), fast_rtf=n(fast.rtf, 3), slow_rtf=n(slow.rtf, 3))

    def progress_line(self, state: SpeechComparison) -> str:
        return self.tr("Hearing the demo recording, one side after the other...")
