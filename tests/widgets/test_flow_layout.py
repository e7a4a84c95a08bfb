"""The wrapping row: one line where it fits, more where the width runs out, mirrored right to left."""

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QPushButton, QWidget

from widgets.flow_layout import FlowLayout


def row_of(qtbot, widths, direction=Qt.LayoutDirection.LeftToRight):
    host = QWidget()
    host.setLayoutDirection(direction)
    qtbot.addWidget(host)
    layout = FlowLayout(host)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(10)
    buttons = []
    for width in widths:
        button = QPushButton("x")
        button.setFixedSize(width, 20)
        layout.addWidget(button)
        buttons.append(button)
    return host, layout, buttons


def test_the_row_is_one_line_where_it_fits_and_wraps_where_it_does_not(qtbot):
    host, layout, buttons = row_of(qtbot, [100, 100, 100])
    assert layout.sizeHint().width() == 320 and layout.minimumSize().width() == 100  # one line; each alone
    layout.setGeometry(QRect(0, 0, 400, 20))
    assert [b.geometry().topLeft().toTuple() for b in buttons] == [(0, 0), (110, 0), (220, 0)]
    assert layout.heightForWidth(400) == 20 and layout.heightForWidth(250) == 50 and layout.heightForWidth(100) == 80
    layout.setGeometry(QRect(0, 0, 250, 50))
    assert [b.geometry().topLeft().toTuple() for b in buttons] == [(0, 0), (110, 0), (0, 30)]
    assert layout.minimumSize().height() == 50  # two lines now: never squeezed under the next row


def test_right_to_left_the_row_starts_at_the_right_and_a_hidden_item_takes_no_room(qtbot):
    host, layout, buttons = row_of(qtbot, [100, 100, 100], Qt.LayoutDirection.RightToLeft)
    buttons[1].hide()
    layout.setGeometry(QRect(0, 0, 400, 20))
    assert buttons[0].geometry().right() == 399 and buttons[2].geometry().topLeft().toTuple() == (190, 0)
    assert layout.sizeHint().width() == 210
