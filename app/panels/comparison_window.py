"""Side by side in the window: the same detector on the CPU and on the best accelerator (C), or in FP32
and INT8 (P), on the same demo frames, with each side's time and the speed-up. Where only a CPU exists,
the second column says so plainly instead of showing the CPU twice."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QDialog, QGridLayout, QLabel, QWidget

from app.worker import start_worker
from pipelines.detection.comparison import DEVICE, ComparedFrame, Pair, compare_live, load_pair
from widgets.booth_header import booth_text_px
from widgets.hud import HudContent
from widgets.video_view import VideoView

TITLES = {
    DEVICE: QT_TRANSLATE_NOOP("ComparisonWindow", "CPU vs accelerator (C)"),
    "precision": QT_TRANSLATE_NOOP("ComparisonWindow", "FP32 vs INT8 (P)"),
}


class ComparisonWindow(QDialog):
    """Runs its two detectors on a worker while open; Esc, the title bar's close button or the app's own close
    stops them (every way out of a dialog ends in ``done``)."""

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setWindowTitle(self.tr("Compare: {what}").format(what=self.tr(TITLES[kind])))
        self.pair: Pair | None = None
        self.last: ComparedFrame | None = None
        self.left_view, self.right_view = VideoView(self), VideoView(self)
        self.left_title, self.right_title = QLabel(self.tr("loading..."), self), QLabel(self.tr("loading..."), self)
        for title in (self.left_title, self.right_title):
            title.setWordWrap(True)
        self.missing = QLabel(self)
        self.missing.setWordWrap(True)
        self.missing.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.missing.setStyleSheet("font-size: 18px; padding: 24px;")
        self.missing.setVisible(False)
        self.figures = QLabel(self.tr("Loading both sides and warming them up..."), self)
        self.figures.setWordWrap(True)  # the whole line in view, wrapped, however narrow the window
        grid = QGridLayout(self)
        grid.addWidget(self.left_title, 0, 0)
        grid.addWidget(self.right_title, 0, 1)
        grid.addWidget(self.left_view, 1, 0)
        grid.addWidget(self.right_view, 1, 1)
        grid.addWidget(self.missing, 1, 1)
        grid.addWidget(self.figures, 2, 0, 1, 2)
        self.resize(1280, 560)
        self._worker = start_worker(self._loop, f"compare-{kind}", self, self._take, self._failed, lambda: None)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The summary line and the titles read from the booth's distance: sized from the window's height."""
        super().resizeEvent(event)
        px = booth_text_px(self.height())
        self.figures.setStyleSheet(f"font-size: {px}px; font-weight: bold;")
        for title in (self.left_title, self.right_title):
            title.setStyleSheet(f"font-size: {max(13, px * 2 // 3)}px;")

    def _loop(self, should_stop: Callable[[], bool]) -> Iterator[Pair | ComparedFrame]:
        pair = load_pair(self.kind)
        yield pair
        yield from compare_live(pair, should_stop)

    def _take(self) -> None:
        item = self._worker.take_item()
        if isinstance(item, Pair):
            self.pair = item
            self.left_title.setText(item.left_title)
            self.right_title.setText(item.right_title or self.tr("No second device"))
            self.missing.setText(item.missing)
            self.missing.setVisible(item.right is None)
            self.right_view.setVisible(item.right is not None)
        elif isinstance(item, ComparedFrame):
            self._show(item)

    def _show(self, frame: ComparedFrame) -> None:
        self.last = frame
        self.left_view.show_frame(
            frame.image, frame.left, HudContent(headline=f"{frame.left_ms:5.1f} ms  p50 {frame.left_ms_p50:.1f}")
        )
        if self.pair is not None and self.pair.right is not None:
            self.right_view.show_frame(
                frame.image, frame.right, HudContent(headline=f"{frame.right_ms:5.1f} ms  p50 {frame.right_ms_p50:.1f}")
            )
        self.figures.setText(self.summary())

    def summary(self) -> str:
        """The figures line: each side's p50 and FPS, the speed-up and the agreement (or the one side, alone)."""
        frame, pair = self.last, self.pair
        if frame is None or pair is None:
            return ""
        left = f"{pair.left_title.split(' · ')[0]} {frame.left_ms_p50:.1f} ms ({1000 / frame.left_ms_p50:.0f} FPS)"
        if pair.right is None:
            alone = self.tr("{side} · nothing to compare it with on this machine · {frames} frames")
            return alone.format(side=left, frames=frame.frames)
        right = f"{pair.right_title.split(' · ')[0]} {frame.right_ms_p50:.1f} ms ({1000 / frame.right_ms_p50:.0f} FPS)"
        figures = self.tr("speed-up {speedup}x · agreement {agreement} · {frames} frames").format(
            speedup=f"{frame.speedup:.2f}", agreement=f"{frame.agreement:.0%}", frames=frame.frames
        )
        return f"{left} · {right} · {figures}"

    def _failed(self, message: str) -> None:
        self.figures.setText(message)

    def done(self, result: int) -> None:
        """Esc (QDialog's reject) ends here without a close event, as closing does: stop both detectors first."""
        self._worker.stop()
        super().done(result)
