"""Side by side in the window: the same detector on the CPU and on the best accelerator (C), or in FP32
and INT8 (P), on the same demo frames, with each side's time and the speed-up. Where only a CPU exists,
the second column says so plainly instead of showing the CPU twice.

Below them the energy line (``pipelines/detection/comparison.py`` measures it): where the laptop reports its draw,
the measurement's progress and the draw now, then "INT8 uses 2.4x less energy per frame (12.1 vs 29.0 mJ, averaged
over 12 s each, ...)"; elsewhere one short line saying why there is no figure (the full reason in its tooltip)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QDialog, QGridLayout, QLabel, QWidget

from app.locale_format import window_numbers
from app.phrases import translated
from app.worker import start_worker
from pipelines.detection.comparison import (
    BOTH,
    DEVICE,
    IDLE,
    LEFT,
    MEASURED,
    MEASURING,
    RIGHT,
    ComparedFrame,
    EnergyPlan,
    EnergyState,
    Pair,
    compare_live,
    load_pair,
)
from pipelines.machine.power import ON_AC, ROOT_ONLY, PowerSource, find_power_source
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

    def __init__(self, kind: str, parent: QWidget | None = None,
                 power: Callable[[], PowerSource] = find_power_source, plan: EnergyPlan = EnergyPlan()) -> None:
        super().__init__(parent)
        self.kind = kind
        self.power, self.plan = power, plan
        self.energy_state: EnergyState | None = None
        self.setWindowTitle(self.tr("Compare: {what}").format(what=self.tr(TITLES[kind])))
        self.pair: Pair | None = None
        self.last: ComparedFrame | None = None
        self.numbers = window_numbers()  # the window's locale: "12,1 ms" in German
        self.left_view, self.right_view = VideoView(self), VideoView(self)
        for view in (self.left_view, self.right_view):
            view.numbers = self.numbers  # the boxes' scores
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
        self.energy = QLabel(self)
        self.energy.setWordWrap(True)
        grid = QGridLayout(self)
        grid.addWidget(self.left_title, 0, 0)
        grid.addWidget(self.right_title, 0, 1)
        grid.addWidget(self.left_view, 1, 0)
        grid.addWidget(self.right_view, 1, 1)
        grid.addWidget(self.missing, 1, 1)
        grid.addWidget(self.figures, 2, 0, 1, 2)
        grid.addWidget(self.energy, 3, 0, 1, 2)
        self.resize(1280, 560)
        self._worker = start_worker(self._loop, f"compare-{kind}", self, self._take, self._failed, lambda: None)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The summary line and the titles read from the booth's distance: sized from the window's height."""
        super().resizeEvent(event)
        px = booth_text_px(self.height())
        self.figures.setStyleSheet(f"font-size: {px}px; font-weight: bold;")
        self.energy.setStyleSheet(f"font-size: {px}px; font-weight: bold;")
        for title in (self.left_title, self.right_title):
            title.setStyleSheet(f"font-size: {max(13, px * 2 // 3)}px;")

    def _loop(self, should_stop: Callable[[], bool]) -> Iterator[Pair | ComparedFrame | EnergyState]:
        pair = load_pair(self.kind)
        yield pair
        yield from compare_live(pair, should_stop, self.power, self.plan)

    def _take(self) -> None:
        item = self._worker.take_item()
        if isinstance(item, Pair):
            self.pair = item
            self.left_title.setText(item.left_title)
            self.right_title.setText(item.right_title or self.tr("No second device"))
            self.missing.setText(translated(item.missing))
            self.missing.setVisible(item.right is None)
            self.right_view.setVisible(item.right is not None)
        elif isinstance(item, ComparedFrame):
            self._show(item)
        elif isinstance(item, EnergyState):  # the idle baseline: no frame yet, nothing runs
            self._show_energy(item)

    def _show(self, frame: ComparedFrame) -> None:
        """Both views, or only the side that ran alone while the energy is measured (the other holds its frame)."""
        self.last = frame
        if frame.running in (BOTH, LEFT):
            self.left_view.show_frame(
                frame.image, frame.left, HudContent(headline=self._latency(frame.left_ms, frame.left_ms_p50))
            )
        if self.pair is not None and self.pair.right is not None and frame.running in (BOTH, RIGHT):
            self.right_view.show_frame(
                frame.image, frame.right, HudContent(headline=self._latency(frame.right_ms, frame.right_ms_p50))
            )
        self.figures.setText(self.summary())
        if frame.energy is not None:
            self._show_energy(frame.energy)

    def _show_energy(self, state: EnergyState) -> None:
        self.energy_state = state
        self.energy.setText(self.energy_line())
        self.energy.setToolTip(state.reason)

    def _side(self, side: str) -> str:
        """A side's short name: "FP32", "INT8", "CPU", "NPU"... (its title's first part)."""
        pair = self.pair
        title = "" if pair is None else pair.left_title if side == LEFT else pair.right_title
        return title.split(" · ")[0]

    def energy_line(self) -> str:
        """The energy: the measurement's progress and the draw now, the figure, or why there is none."""
        state, n = self.energy_state, self.numbers.number
        if state is None:
            return ""
        if state.stage == MEASURING:
            left = n(state.seconds_left)
            if state.running == IDLE:
                line = self.tr("energy: measuring the idle draw, nothing running ({seconds} s left)").format(
                    seconds=left)
            else:
                line = self.tr("energy: measuring {side} alone ({seconds} s left)").format(
                    side=self._side(state.running), seconds=left)
            if state.now_w is not None:
                line += " · " + self.tr("{watts} W now").format(watts=n(state.now_w, 1))
            return line
        if state.stage == MEASURED and state.left is not None:
            seconds, idle = n(state.seconds), n(state.idle_w, 1)
            less = state.less_energy()
            if less is not None and state.right is not None:
                side, ratio = less
                low, high = sorted((state.left.mj_per_frame or 0.0, state.right.mj_per_frame or 0.0))
                return self.tr(
                    "{side} uses {ratio}x less energy per frame ({low} vs {high} mJ, averaged over {seconds} s each, "
                    "{idle} W idle subtracted)"
                ).format(side=self._side(side), ratio=n(ratio, 1), low=n(low, 1), high=n(high, 1),
                         seconds=seconds, idle=idle)
            mj = state.left.mj_per_frame
            if state.right is None and mj is not None and mj > 0:
                return self.tr(
                    "energy: {side} takes {mj} mJ per frame ({watts} W above {idle} W idle, averaged over {seconds} s)"
                ).format(side=self._side(LEFT), mj=n(mj, 1), watts=n(state.left.w, 1), idle=idle,
                         seconds=seconds)
            return self.tr("energy: too close to the idle draw to measure ({idle} W idle, averaged over {seconds} s)"
                           ).format(idle=idle, seconds=seconds)
        if state.cause == ON_AC:
            return self.tr("energy: on AC power, plug out the charger to measure it")
        if state.cause == ROOT_ONLY:
            return self.tr("energy: only an administrator may read this machine's power counters")
        if state.source:
            return self.tr("energy: the power reading stopped before the figure was measured")
        return self.tr("energy: this machine reports no power draw")

    def summary(self) -> str:
        """The figures line: each side's p50 and FPS, the speed-up and the agreement (or the one side, alone)."""
        frame, pair, n = self.last, self.pair, self.numbers.number
        if frame is None or pair is None:
            return ""
        left = f"{self._side(LEFT)} {self._speed(frame.left_ms_p50)}"
        if pair.right is None:
            alone = self.tr("{side} · nothing to compare it with on this machine · {frames} frames")
            return alone.format(side=left, frames=frame.frames)
        right = f"{self._side(RIGHT)} {self._speed(frame.right_ms_p50)}"
        if frame.running != BOTH:  # the energy's blocks: one side at a time, nothing to agree on yet
            return f"{left} · {right}"
        figures = self.tr("speed-up {speedup}x · agreement {agreement} · {frames} frames").format(
            speedup=n(frame.speedup, 2), agreement=self.numbers.percent(frame.agreement * 100), frames=frame.frames
        )
        return f"{left} · {right} · {figures}"

    def _speed(self, ms_p50: float) -> str:
        n = self.numbers.number
        return f"{n(ms_p50, 1)} ms ({n(1000 / ms_p50)} FPS)" if ms_p50 > 0 else "-"

    def _latency(self, ms: float, ms_p50: float) -> str:
        """A view's headline: this frame's time and the median so far."""
        return f"{self.numbers.number(ms, 1)} ms  p50 {self.numbers.number(ms_p50, 1)}"

    def _failed(self, message: str) -> None:
        self.figures.setText(message)

    def done(self, result: int) -> None:
        """Esc (QDialog's reject) ends here without a close event, as closing does: both detectors are told to stop,
        never waited for (a load in flight, two detectors compiled, ends on its own thread a moment later)."""
        worker = self._worker
        worker.stop(0)
        worker.setParent(self.parentWidget())  # outlives this dialog, deleted on close, until its thread has ended
        worker.dispose()
        super().done(result)
