"""The latency overlay (heads-up display) drawn over a live view, and the device badge in it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter

DEVICE_COLOURS = {"NPU": QColor("#8e44ad"), "GPU": QColor("#27ae60"), "CPU": QColor("#2c3e50")}
PANEL_COLOUR = QColor(0, 0, 0, 170)
WARNING_COLOUR = QColor("#f39c12")
MARGIN = 8.0
COLUMN = "\t"  # separates a line's cells: such lines are laid out as a table (the first column left, the rest right)


@dataclass(frozen=True)
class HudContent:
    """What the overlay shows: a device badge, a headline, detail lines (cells separated by ``COLUMN`` make a table)
    and an optional warning."""

    device: str = ""
    provider: str = ""
    headline: str = ""
    lines: tuple[str, ...] = ()
    warnings: tuple[str, ...] = field(default_factory=tuple)


def hud_font(height: float) -> QFont:
    font = QFont("DejaVu Sans Mono")
    font.setStyleHint(QFont.StyleHint.Monospace)
    font.setPixelSize(max(11, int(height / 50)))
    return font


def draw_hud(painter: QPainter, area: QRectF, content: HudContent) -> None:
    """Draw the overlay in the top-left corner of ``area`` (only the warnings when it has no headline)."""
    if not content.headline and not content.device:
        painter.save()
        _draw_warnings(painter, area, content.warnings, QFontMetricsF(hud_font(area.height())))
        painter.restore()
        return
    painter.save()
    font = hud_font(area.height())
    painter.setFont(font)
    metrics = QFontMetricsF(font)
    line_h = metrics.height()
    badge = f" {content.device} " if content.device else ""
    rows = [content.headline, *content.lines]
    columns = column_widths(rows, metrics.horizontalAdvance, metrics.horizontalAdvance("  "))
    width = max(
        [sum(columns) if COLUMN in r else metrics.horizontalAdvance(r) for r in rows]
        + [metrics.horizontalAdvance(badge + "  " + content.provider)]
    )
    height = line_h * (len(rows) + 1) + MARGIN * 2
    panel = QRectF(area.left() + MARGIN, area.top() + MARGIN, width + MARGIN * 2, height)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(PANEL_COLOUR)
    painter.drawRoundedRect(panel, 6, 6)
    x, y = panel.left() + MARGIN, panel.top() + MARGIN
    if badge:
        badge_rect = QRectF(x, y, metrics.horizontalAdvance(badge), line_h)
        painter.setBrush(DEVICE_COLOURS.get(content.device, DEVICE_COLOURS["CPU"]))
        painter.drawRoundedRect(badge_rect, 4, 4)
        painter.setPen(Qt.GlobalColor.white)
        painter.drawText(badge_rect, Qt.AlignmentFlag.AlignCenter, badge.strip())
        painter.drawText(QPointF(badge_rect.right() + MARGIN, y + metrics.ascent()), content.provider)
    painter.setPen(Qt.GlobalColor.white)
    for row in rows:
        y += line_h
        for cell, left in placed_cells(row, columns, metrics.horizontalAdvance):
            painter.drawText(QPointF(x + left, y + metrics.ascent()), cell)
    _draw_warnings(painter, area, content.warnings, metrics)
    painter.restore()


def column_widths(rows: list[str], advance: Callable[[str], float], gap: float) -> list[float]:
    """The table's column widths: each column's widest cell, the columns after the first with ``gap`` before them."""
    widths: list[float] = []
    for row in rows:
        if COLUMN not in row:
            continue
        for index, cell in enumerate(row.split(COLUMN)):
            need = advance(cell) + (gap if index else 0.0)
            if index == len(widths):
                widths.append(need)
            else:
                widths[index] = max(widths[index], need)
    return widths


def placed_cells(row: str, widths: list[float], advance: Callable[[str], float]) -> list[tuple[str, float]]:
    """Each cell of ``row`` and its left edge: the first column left-aligned, the others right-aligned (figures line up
    whatever the script of the titles); a row without ``COLUMN`` is one cell at 0."""
    if COLUMN not in row:
        return [(row, 0.0)]
    placed, right = [], 0.0
    for index, cell in enumerate(row.split(COLUMN)):
        left = right
        right += widths[index]
        placed.append((cell, left if index == 0 else right - advance(cell)))
    return placed


def _draw_warnings(painter: QPainter, area: QRectF, warnings: tuple[str, ...], metrics: QFontMetricsF) -> None:
    """Fallback reasons and source notices along the bottom edge, wrapped to the view's width."""
    if not warnings:
        return
    flags = Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap
    text = "\n".join(warnings)
    bounds = metrics.boundingRect(QRectF(0, 0, area.width() - 4 * MARGIN, 10_000), flags, text)
    panel = QRectF(
        area.left() + MARGIN,
        area.bottom() - bounds.height() - 3 * MARGIN,
        area.width() - 2 * MARGIN,
        bounds.height() + 2 * MARGIN,
    )
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(PANEL_COLOUR)
    painter.drawRoundedRect(panel, 6, 6)
    painter.setPen(WARNING_COLOUR)
    painter.drawText(panel.adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN), flags, text)
