"""A panel's headline on the booth screen (the dashboard and kiosk): a big title, the device badge and the few
figures that matter, each labelled, sized from the window's height so that they read from two metres at any
resolution. The detail figures stay on the panel's own tab."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget

from widgets.factory import left_to_right
from widgets.hud import DEVICE_COLOURS

Figure = tuple[str, str]  # (value, what it is): ("12 ms", "per frame")
TEXT_SHARE = 36  # the title's height is the window's height / TEXT_SHARE: 30 px at 1080 lines, 60 px at 2160
MIN_TEXT_PX = 16


def booth_text_px(window_height: int) -> int:
    """The booth's title size in pixels for a window ``window_height`` pixels high."""
    return max(MIN_TEXT_PX, window_height // TEXT_SHARE)


def unbroken(value: str) -> str:
    """A figure's value as HTML that never wraps inside ('0.1 s' broke between the number and its unit)."""
    return html.escape(value).replace(" ", "&nbsp;")


class BoothHeader(QWidget):
    """Title, device badge and figures in one row; the figures wrap rather than widen the panel."""

    def __init__(self, title: str, subtitle: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self)
        self.badge = QLabel(self)
        self.badge.setVisible(False)
        self.figures = QLabel(self)
        self.figures.setWordWrap(True)
        self.figures.setTextFormat(Qt.TextFormat.RichText)
        self.figures.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._title, self._subtitle = title, subtitle
        self._device, self._figures = "", ()
        self._px = MIN_TEXT_PX
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 2, 4, 2)
        row.addWidget(self.title, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.figures, 1)
        self._render()

    def show_figures(self, device: str, figures: Sequence[Figure]) -> None:
        """The device that serves the pipeline ('' while loading) and its figures."""
        if (device, tuple(figures)) != (self._device, self._figures):
            self._device, self._figures = device, tuple(figures)
            self._render()

    def set_text_px(self, px: int) -> None:
        """The title's pixel size; the figures' values are as big, their labels half."""
        if px != self._px:
            self._px = px
            self._render()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self._render()

    def figures_text(self) -> str:
        """The figures as plain text ('12 ms per frame · 81 frames/s possible')."""
        return " · ".join(f"{value} {label}" for value, label in self._figures)

    def _render(self) -> None:
        px, small = self._px, max(11, self._px // 2)
        self.title.setText(
            f"<span style='font-size:{px}px; font-weight:bold'>{html.escape(self._title)}</span>"
            f"<br><span style='font-size:{small}px; color:#666'>{html.escape(self._subtitle)}</span>"
        )
        colour = DEVICE_COLOURS.get(self._device, DEVICE_COLOURS["CPU"]).name()
        self.badge.setVisible(bool(self._device))
        self.badge.setText(html.escape(self._device))
        self.badge.setStyleSheet(
            f"background:{colour}; color:white; font-weight:bold; font-size:{small}px;"
            f" padding:{small // 4}px {small // 2}px; border-radius:{small // 3}px;"
        )
        # The line's own direction first (a right-to-left mark in Arabic): else the first figure's value decided it, and
        # 'English' heard made an Arabic line left to right, its labels and values swapped about.
        mark = "\u200f" if self.layoutDirection() == Qt.LayoutDirection.RightToLeft else ""
        self.figures.setText(
            mark + "&nbsp;&nbsp; ".join(
                f"<span style='font-size:{px}px; font-weight:bold'>{left_to_right(unbroken(value))}</span>&nbsp;"
                f"<span style='font-size:{small}px'>{html.escape(label)}</span>"
                for value, label in self._figures
            )
        )
