"""Small constructors for the controls every panel uses: tooltips always set, slots wired, one style.

Properties go through setters rather than constructor keywords, which some PySide6 releases
mishandle (6.12.0 on Python 3.11 miscounted references with them).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QHBoxLayout, QLabel, QPushButton, QWidget


def button(text: str, tooltip: str, slot: Callable[[], object]) -> QPushButton:
    widget = QPushButton(text)
    widget.setToolTip(tooltip)
    widget.clicked.connect(lambda: slot())  # never pass Qt's 'checked' flag on as an argument
    return widget


def combo(tooltip: str) -> QComboBox:
    widget = QComboBox()
    widget.setToolTip(tooltip)
    return widget


def select_data(widget: QComboBox, data: str) -> None:
    """Select the item holding ``data`` (the first item when none does)."""
    index = widget.findData(data)
    widget.setCurrentIndex(index if index >= 0 else 0)


def add_choice(widget: QComboBox, label: str, data: str, unavailable: str = "") -> None:
    """Add an item; one this machine cannot use stays listed, greyed out, with ``unavailable`` as its tooltip."""
    widget.addItem(label, data)
    if unavailable:
        index = widget.count() - 1
        widget.model().item(index).setEnabled(False)
        widget.setItemData(index, unavailable, Qt.ItemDataRole.ToolTipRole)


def spin_box(low: float, high: float, step: float, value: float, tooltip: str) -> QDoubleSpinBox:
    widget = QDoubleSpinBox()
    widget.setRange(low, high)
    widget.setSingleStep(step)
    widget.setDecimals(2)
    widget.setValue(value)
    widget.setToolTip(tooltip)
    return widget


def together(*widgets: QWidget, last_stretch: int = 0) -> QWidget:
    """Widgets side by side as one, so that a wrapping row keeps them on one line and a view hides them together;
    the last one takes ``last_stretch`` of the room left."""
    group = QWidget()
    row = QHBoxLayout(group)
    row.setContentsMargins(0, 0, 0, 0)
    for index, widget in enumerate(widgets):
        row.addWidget(widget, last_stretch if index == len(widgets) - 1 else 0)
    return group


def labeled(text: str, control: QWidget, stretch: int = 0) -> QWidget:
    """A caption and its control as one widget."""
    return together(QLabel(text), control, last_stretch=stretch)


def overlay_label(parent: QWidget | None = None) -> QLabel:
    """White monospace text on a dark translucent pill: the live figures over a panel (like the video HUD)."""
    label = QLabel(parent)
    label.setStyleSheet(
        "background: rgba(0,0,0,170); color: white; padding: 4px 8px; border-radius: 6px; font-family: monospace;"
    )
    return label


def single_shot_timer(parent: QObject, interval_ms: int, slot: Callable[[], object]) -> QTimer:
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(interval_ms)
    timer.timeout.connect(slot)
    return timer


def shortcuts(parent: QWidget, bindings: tuple[tuple[str, Callable[[], object]], ...]) -> list[QShortcut]:
    """Keyboard shortcuts active while focus is anywhere inside ``parent``."""
    made = []
    for keys, slot in bindings:
        shortcut = QShortcut(QKeySequence(keys), parent)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(lambda slot=slot: slot())
        made.append(shortcut)
    return made


def show_like_the_window(dialog: QWidget, window: QWidget) -> None:
    """Show ``dialog`` full screen where ``window`` is (the booth display: kiosk or F11), else as it is."""
    if window.isFullScreen():
        dialog.setGeometry(window.screen().geometry())
        dialog.showFullScreen()
    else:
        dialog.show()


def left_to_right(text: str) -> str:
    """``text`` kept in its own left-to-right run inside a right-to-left line (Arabic): a file path or a figure with
    its unit ('2.2x', '41 ms') was reordered by the line's direction ('/tmp/a.ini' shown as 'tmp/a.ini/')."""
    return f"\u2066{text}\u2069"  # LEFT-TO-RIGHT ISOLATE ... POP DIRECTIONAL ISOLATE
