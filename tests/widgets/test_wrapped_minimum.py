"""A column's least height counts its wrapping rows at the lines they wrap into at that width."""

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from widgets.flow_layout import FlowLayout
from widgets.wrapped_minimum import minimum_height_for_width, wrapped_minimum_size


def test_a_column_needs_more_height_where_its_rows_wrap(qtbot):
    column = QWidget()
    qtbot.addWidget(column)
    layout = QVBoxLayout(column)
    row = FlowLayout()
    for text in ("Source: demo recording", "Language: Auto (detect)", "Translate to English"):
        row.addWidget(QLabel(text))
    layout.addLayout(row)
    layout.addWidget(QLabel("Level"))
    one_line = minimum_height_for_width(layout, 2000)
    assert minimum_height_for_width(layout, 200) > one_line  # three lines instead of one
    assert one_line >= layout.minimumSize().height()


def test_only_a_top_to_bottom_column_of_a_laid_out_widget_is_raised(qtbot):
    row_widget = QWidget()
    qtbot.addWidget(row_widget)
    QHBoxLayout(row_widget).addWidget(QLabel("a label"))
    row_widget.resize(50, 20)
    assert wrapped_minimum_size(row_widget, QSize(10, 5)) == QSize(10, 5)
    assert wrapped_minimum_size(QWidget(), QSize(10, 5)) == QSize(10, 5)
