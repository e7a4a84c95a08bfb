"""The least height a column of rows needs at a given width, counting each row that wraps (a ``FlowLayout``, a
word-wrapped label) at the lines it wraps into there.

Qt's box layouts report a column's minimum from its rows' one-line minimums, and a splitter (the dashboard's) sizes
its panes by that report: the Speech panel's row that had wrapped onto a third line was cut off under the next row
at 1,100 px ("Translate to English" half hidden).
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QBoxLayout, QLayout, QWidget


def minimum_height_for_width(layout: QBoxLayout, width: int) -> int:
    """The height ``layout`` (top to bottom) needs at ``width``: each row's minimum, or what a wrapping row needs at
    that width if more, with the spacing and margins."""
    margins = layout.contentsMargins()
    inner = width - margins.left() - margins.right()
    heights = []
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item is None or item.isEmpty():
            continue
        height = item.minimumSize().height()
        if item.hasHeightForWidth():
            height = max(height, item.heightForWidth(inner))
        heights.append(height)
    spacing = max(0, layout.spacing())
    return sum(heights) + spacing * max(0, len(heights) - 1) + margins.top() + margins.bottom()


def wrapped_minimum_size(widget: QWidget, hint: QSize) -> QSize:
    """``hint`` (the widget's own minimum) made high enough for its column's rows as they wrap at its width."""
    layout: QLayout | None = widget.layout()
    vertical = isinstance(layout, QBoxLayout) and layout.direction() == QBoxLayout.Direction.TopToBottom
    if not vertical or widget.width() <= 0:
        return hint
    assert isinstance(layout, QBoxLayout)
    return QSize(hint.width(), max(hint.height(), minimum_height_for_width(layout, widget.width())))
