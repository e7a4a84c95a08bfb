"""Transcript widgets: the running transcript, the input level meter, and big captions for booths."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

METER_FLOOR_DBFS = -60.0


def clock(seconds: float) -> str:
    minutes, secs = divmod(int(seconds), 60)
    return f"{minutes:02d}:{secs:02d}"


TranscriptLine = tuple[float, str] | tuple[float, str, str]  # start s, text[, the original under a translation]
CHUNK = 200  # sentences added in one go: about 16 ms here (2-core Zen 2)
ORIGINAL_LINE_MIN_PX = 360  # narrower than this, a translation shows without its original


class TranscriptView(QTextBrowser):
    """Finished sentences with their start time (under a translation, the words as said in a second, smaller line
    where the view is wide enough); the sentence in progress in a lighter style.

    Rendering is incremental: new sentences are appended and only the last block (the sentence in
    progress) is rewritten, so an all-day transcript costs no more to update than a short one
    (rewriting the whole document took 83 ms at 1,000 sentences, 385 ms at 5,000). The last sentence completed
    (its original arriving after its translation) is rewritten alone too. Many new sentences at once (a week's
    transcript at start: 1.3 s for 20,000) go in ``CHUNK`` at a time, one per turn of the event loop.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shown: list[TranscriptLine] = []  # the finals in the document, in order
        self._latest: tuple[Sequence[TranscriptLine], str, str] = ((), "", "")
        self._more = QTimer(self, singleShot=True, interval=0)
        self._more.timeout.connect(lambda: self.show_transcript(*self._latest))

    def show_transcript(self, finals: Sequence[TranscriptLine], partial: str = "", stable: str = "") -> None:
        self._latest = (finals, partial, stable)
        bar = self.verticalScrollBar()
        at_bottom = bar.value() >= bar.maximum() - 4
        shown = len(self._shown)
        if shown and len(finals) >= shown and finals[shown - 1] != self._shown[-1]:
            if finals[shown - 1][:2] == self._shown[-1][:2]:  # the same sentence, its original added
                self._drop_last_sentence()
                self._shown, shown = self._shown[:-1], shown - 1
            else:  # an earlier pass replaced: start over
                self.clear()
                self._shown, shown = [], 0
        elif len(finals) < shown:  # cleared
            self.clear()
            self._shown, shown = [], 0
        cursor = QTextCursor(self.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()  # the last block holds the sentence in progress
        cursor.setCharFormat(QTextCharFormat())
        new = list(finals[shown : shown + CHUNK])
        if len(finals) > shown + CHUNK:
            self._more.start()
        if new:  # one insertion for all of them: a rebuild of thousands stays fast too
            cursor.insertHtml("".join(self._sentence_html(line) for line in new))
            cursor.insertBlock()
            cursor.setCharFormat(QTextCharFormat())
            self._shown += new
        if partial:
            rest = partial[len(stable):] if partial.startswith(stable) else partial
            cursor.insertHtml(f'<i><span style="color:#95a5a6">{html.escape(stable)}</span>'
                              f'<span style="color:#bdc3c7">{html.escape(rest)}</span></i>')
        if at_bottom:
            bar.setValue(bar.maximum())

    def _sentence_html(self, line: TranscriptLine) -> str:
        start, text, *original = line
        under = (f'<br><span style="color:#7f8c8d; font-size:small">{html.escape(original[0])}</span>'
                 if original and original[0] and self.viewport().width() >= ORIGINAL_LINE_MIN_PX else "")
        return f'<p><span style="color:#7f8c8d">[{clock(start)}]</span> {html.escape(text)}{under}</p>'

    def _drop_last_sentence(self) -> None:
        """Remove the last finished sentence and what follows it (the sentence in progress)."""
        cursor = QTextCursor(self.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.movePosition(QTextCursor.MoveOperation.PreviousBlock)
        cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock)
        cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()


class LevelMeter(QWidget):
    """Input level in dBFS as a horizontal bar (green, amber near clipping)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFixedHeight(10)
        self.setMinimumWidth(120)
        self.level_dbfs = METER_FLOOR_DBFS

    def set_level(self, dbfs: float) -> None:
        self.level_dbfs = dbfs
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#2c3e50"))
        fraction = min(1.0, max(0.0, (self.level_dbfs - METER_FLOOR_DBFS) / -METER_FLOOR_DBFS))
        colour = QColor("#f39c12") if self.level_dbfs > -6 else QColor("#27ae60")
        painter.fillRect(QRectF(0, 0, self.width() * fraction, self.height()), colour)
        painter.end()


class CaptionWindow(QWidget):
    """Large live captions on their own window, for a second screen at a booth (Esc closes)."""

    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("{app}: live captions").format(app="Edge AI Showcase"))
        self.setStyleSheet("background: black; color: white;")
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
        font = QFont("DejaVu Sans")
        font.setPixelSize(48)
        self.label.setFont(font)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        self.resize(1200, 400)

    def show_caption(self, last_final: str, partial: str) -> None:
        self.label.setText(
            html.escape(last_final)
            + (f'<br><span style="color:#bdc3c7">{html.escape(partial)}</span>' if partial else "")
        )

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
        else:
            super().keyPressEvent(event)
