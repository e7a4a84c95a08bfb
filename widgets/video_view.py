"""A live video view: the frame scaled to fit, detection boxes with labels, and the latency overlay."""

from __future__ import annotations

import time
from collections.abc import Sequence

import numpy as np
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from pipelines.detection.protocol import Detection
from pipelines.locale_numbers import C_NUMBERS, NumberFormat
from widgets.hud import HudContent, draw_hud
from widgets.object_names import shown_name

BACKGROUND = QColor("#101418")


def class_colour(class_id: int) -> QColor:
    """A stable, well-separated colour per class (golden-angle hues)."""
    return QColor.fromHsv(int(class_id * 137.508) % 360, 200, 255)


def bgr_to_qimage(image: np.ndarray) -> QImage:
    """Wrap a BGR uint8 frame without copying; the caller keeps ``image`` alive."""
    height, width = image.shape[:2]
    return QImage(image.data, width, height, image.strides[0], QImage.Format.Format_BGR888)


def tag_place(box: QRectF, width: float, height: float, image: QRectF, taken: Sequence[QRectF]) -> QRectF:
    """Where a box's tag goes: above the box, else just inside its top, else under it, the first that covers no tag
    already placed (two people side by side hid each other's score); above it when all do. Always whole inside
    ``image``, however near the edge the box is."""
    left = max(image.left(), min(box.left(), image.right() - width))
    tops = (box.top() - height, box.top(), box.bottom())
    places = [QRectF(left, max(image.top(), min(top, image.bottom() - height)), width, height) for top in tops]
    return next((place for place in places if not any(place.intersects(other) for other in taken)), places[0])


def draw_detections(
    painter: QPainter, detections: Sequence[Detection], scale: float, image: QRectF, tag_px: int = 13,
    numbers: NumberFormat = C_NUMBERS,
) -> None:
    """Boxes with 'label score' tags (``tag_px`` high, the label in the window's language, the score in ``numbers``);
    boxes are in image pixels, drawn at ``scale`` into ``image`` (where the frame is drawn). The boxes first, then the
    tags over them, best score first, each placed clear of the others (``tag_place``)."""
    offset_x, offset_y = image.left(), image.top()
    font = QFont("DejaVu Sans")
    font.setPixelSize(tag_px)
    font.setBold(True)
    painter.setFont(font)
    metrics = QFontMetricsF(font)
    boxes = []
    for det in detections:
        x1, y1, x2, y2 = det.box
        rect = QRectF(offset_x + x1 * scale, offset_y + y1 * scale, (x2 - x1) * scale, (y2 - y1) * scale)
        painter.setPen(QPen(class_colour(det.class_id), 2.5))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect)
        boxes.append(rect)
    taken: list[QRectF] = []
    for det, rect in sorted(zip(detections, boxes), key=lambda pair: -pair[0].score):
        tag = f"{shown_name(det.label)} {numbers.number(det.score, 2)}"
        tag_rect = tag_place(rect, metrics.horizontalAdvance(tag) + 8, metrics.height(), image, taken)
        taken.append(tag_rect)
        painter.fillRect(tag_rect, class_colour(det.class_id))
        painter.setPen(Qt.GlobalColor.black)
        painter.drawText(tag_rect, Qt.AlignmentFlag.AlignCenter, tag)


class VideoView(QWidget):
    """Shows the newest frame with its detections and a HUD; or a centred message."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 240)
        self._image: np.ndarray | None = None
        self._detections: Sequence[Detection] = ()
        self._hud = HudContent()
        self._message = ""
        self._compact_hud = False
        self.last_paint_ms = 0.0
        self.frames_painted = 0
        self.numbers = C_NUMBERS  # how the scores are written: the panel gives the window's locale

    def sizeHint(self) -> QSize:
        return QSize(960, 720)

    def show_frame(self, image: np.ndarray, detections: Sequence[Detection], hud: HudContent) -> None:
        self._image, self._detections, self._hud, self._message = image, detections, hud, ""
        self.update()

    def set_compact_hud(self, compact: bool) -> None:
        """Only the warnings over the video (the booth header above it has the figures); snapshots keep every line."""
        self._compact_hud = compact
        self.update()

    def show_message(self, message: str) -> None:
        """A message over the view (the last frame stays visible, dimmed)."""
        self._message = message
        self.update()

    @property
    def message(self) -> str:
        return self._message

    def has_frame(self) -> bool:
        return self._image is not None

    def render_annotated(self) -> QImage:
        """The current frame at its own resolution with boxes and overlay, for snapshots."""
        if self._image is None:
            return QImage()
        height, width = self._image.shape[:2]
        out = bgr_to_qimage(self._image).copy()
        painter = QPainter(out)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        draw_detections(painter, self._detections, 1.0, QRectF(0, 0, width, height), numbers=self.numbers)
        draw_hud(painter, QRectF(0, 0, width, height), self._hud)
        painter.end()
        return out

    def paintEvent(self, event: QPaintEvent) -> None:
        started = time.perf_counter()
        painter = QPainter(self)
        painter.fillRect(self.rect(), BACKGROUND)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = QRectF(self.rect())
        if self._image is not None:
            height, width = self._image.shape[:2]
            scale = min(area.width() / width, area.height() / height)
            target = QRectF(0, 0, width * scale, height * scale)
            target.moveCenter(area.center())
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(target, bgr_to_qimage(self._image))
            draw_detections(painter, self._detections, scale, target, max(13, self.height() // 55), self.numbers)
            area = target
        draw_hud(painter, area, HudContent(warnings=self._hud.warnings) if self._compact_hud else self._hud)
        if self._message:
            self._draw_message(painter)
        painter.end()
        self.last_paint_ms = (time.perf_counter() - started) * 1000
        self.frames_painted += 1

    def _draw_message(self, painter: QPainter) -> None:
        painter.fillRect(self.rect(), QColor(0, 0, 0, 150))
        font = QFont("DejaVu Sans")
        font.setPixelSize(max(14, self.height() // 28))
        painter.setFont(font)
        painter.setPen(Qt.GlobalColor.white)
        painter.drawText(
            self.rect().adjusted(40, 40, -40, -40),
            Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
            self._message,
        )
