"""The kiosk's call-to-action corner: a QR code (made by segno) and a line of text from the settings."""

from __future__ import annotations

import io

import segno
from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

QR_SCALE = 5  # pixels per module: about 150 px for a short URL, readable by a phone at booth distance


def qr_pixmap(content: str) -> QPixmap:
    """``content`` as a QR code (error correction M, quiet zone of 2 modules)."""
    png = io.BytesIO()
    segno.make(content, error="m").save(png, kind="png", scale=QR_SCALE, border=2)
    pixmap = QPixmap()
    pixmap.loadFromData(png.getvalue(), "PNG")
    return pixmap


class CallToAction(QWidget):
    """A QR code with a line of text beside it, on a white card."""

    def __init__(self, text: str, url: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setStyleSheet("background: white; border-radius: 8px;")
        self.url = url
        self.code = QLabel(self)
        self._qr = qr_pixmap(url)
        self.code.setPixmap(self._qr)
        self.text = QLabel(text, self)
        self.text.setWordWrap(True)
        row = QHBoxLayout(self)
        row.addWidget(self.code)
        row.addWidget(self.text)
        self.set_text_px(30)

    def set_text_px(self, px: int) -> None:
        """Sized with the booth's text (``widgets/booth_header.py``): the code about five titles high."""
        side = max(self._qr.width(), px * 5)
        self.code.setPixmap(self._qr.scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio,
                                            Qt.TransformationMode.FastTransformation))  # modules stay sharp
        self.text.setMaximumWidth(px * 10)
        self.text.setStyleSheet(f"color: #111; font-size: {max(13, px // 2)}px; font-weight: bold;")
        self.adjustSize()
