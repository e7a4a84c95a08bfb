"""A row of controls that wraps onto the next line where the window is too narrow for it (Qt has no such layout).

The panels' control rows were one-line boxes, so the window could not be narrower than the widest of them: 1,160-1,280
px (Speech in German), more than half of a 1920 px screen, where a window snapped beside another gets 960.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QStyle, QWidget


class FlowLayout(QLayout):
    """Lays its items out at their preferred sizes in reading order (right to left in Arabic), centred in their
    line, wrapping where the width runs out; as narrow as its widest item."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._placed_height = 0  # the lines' height at the width last given: the least the row may be squeezed to

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), place=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        height = self._arrange(rect, place=True)
        if height != self._placed_height:  # wrapped onto more or fewer lines: the layouts above ask again
            self._placed_height = height
            self.invalidate()

    def sizeHint(self) -> QSize:
        """One line: every item side by side."""
        sizes = [item.sizeHint() for item in self._shown()]
        width = sum(size.width() for size in sizes) + self._gap() * max(0, len(sizes) - 1)
        return self._with_margins(QSize(width, max((size.height() for size in sizes), default=0)))

    def minimumSize(self) -> QSize:
        """As narrow as the widest item; as low as the lines it wrapped into at its width (a splitter or a box
        asking only for minimum sizes would otherwise squeeze the second line under the next row)."""
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        size = self._with_margins(size)
        return QSize(size.width(), max(size.height(), self._placed_height))

    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]  # a hidden widget takes no room

    def _gap(self) -> int:
        spacing = self.spacing()
        if spacing >= 0:
            return spacing
        parent = self.parentWidget()
        return parent.style().pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing) if parent else 6

    def _with_margins(self, size: QSize) -> QSize:
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, place: bool) -> int:
        """Break the items into lines within ``rect``'s width and, when ``place``, give each its geometry; returns
        the height the lines take."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        gap = self._gap()
        lines: list[list[tuple[QLayoutItem, QSize]]] = [[]]
        x = 0
        for item in self._shown():
            size = item.sizeHint().boundedTo(QSize(max(area.width(), item.minimumSize().width()), 1 << 24))
            if lines[-1] and x + size.width() > area.width():
                lines.append([])
                x = 0
            lines[-1].append((item, size))
            x += size.width() + gap
        y = area.y()
        direction = self.parentWidget().layoutDirection() if self.parentWidget() else Qt.LayoutDirection.LeftToRight
        for line in lines:
            height = max((size.height() for _, size in line), default=0)
            x = area.x()
            for item, size in line:
                if place:
                    spot = QRect(QPoint(x, y + (height - size.height()) // 2), size)
                    item.setGeometry(QStyle.visualRect(direction, area, spot))
                x += size.width() + gap
            y += height + gap
        return max(0, y - gap - area.y()) + margins.top() + margins.bottom()
