"""The window's body: one panel at a time behind a tab bar, or all of them at once (the dashboard).

The panels never move between parents: one splitter layout holds them all (the first on the left,
the others stacked on the right) and a tab shows one of them or, on the last tab, every one.
A panel that stays on screen across a switch gets no hide/show events, so it keeps running.
On the dashboard each panel's detail controls are hidden: the live output and figures fill the screen.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QSplitter, QTabBar, QVBoxLayout, QWidget

MAIN_SHARE, SIDE_SHARE = 3, 2  # the dashboard gives the first panel 60 % of the width


class PanelDeck(QWidget):
    """Tabs over panels; ``view_changed`` carries the shown panel's index, or ``dashboard_index``."""

    view_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QTabBar(self)
        self.bar.setDocumentMode(True)
        self.bar.setExpanding(False)
        self.bar.addTab(self.tr("Dashboard"))
        self.bar.setTabToolTip(0, self.tr("Every pipeline at once: the trade-show screen (Ctrl+4)"))
        self._panels: list[QWidget] = []
        self._details: list[Sequence[QWidget]] = []
        self._sizes_to_restore: dict[str, list[int]] = {}
        self._body = QSplitter(Qt.Orientation.Horizontal, self)
        self._side = QSplitter(Qt.Orientation.Vertical, self._body)
        self._body.addWidget(self._side)
        for splitter in (self._body, self._side):
            splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.bar)
        layout.addWidget(self._body, 1)
        self.bar.currentChanged.connect(self._apply)

    def splitters(self) -> dict[str, QSplitter]:
        """The dashboard's splitters by name (the first panel beside the others, the others one above another),
        for the window to remember where the user left them."""
        return {"dashboard": self._body, "dashboard_side": self._side}

    def _restore_sizes(self) -> None:
        for name, splitter in self.splitters().items():
            if name in self._sizes_to_restore:
                splitter.setSizes(self._sizes_to_restore[name])
        self._sizes_to_restore = {}

    def restore_sizes(self, sizes: dict[str, list[int]]) -> None:
        """Where the user left the splitters, given to them when the dashboard next shows (a hidden part has no
        size to take before)."""
        self._sizes_to_restore = sizes

    @property
    def dashboard_index(self) -> int:
        return len(self._panels)

    def add(self, panel: QWidget, title: str, details: Sequence[QWidget] = ()) -> None:
        """Append a panel; the first added is the dashboard's large one. ``details`` are the
        panel's controls the dashboard hides."""
        if self._panels:
            self._side.addWidget(panel)
        else:
            self._body.insertWidget(0, panel)
            self._body.setStretchFactor(0, MAIN_SHARE)
            self._body.setStretchFactor(1, SIDE_SHARE)
            self._body.setSizes([MAIN_SHARE * 1000, SIDE_SHARE * 1000])  # scaled to the width on show
        self._panels.append(panel)
        self._details.append(details)
        self.bar.blockSignals(True)
        self.bar.insertTab(len(self._panels) - 1, title)
        self.bar.setCurrentIndex(0)
        self.bar.blockSignals(False)
        self._apply(0)

    def select(self, index: int) -> None:
        """Show panel ``index``, or the dashboard for ``dashboard_index`` (``view_changed`` follows)."""
        if index == self.bar.currentIndex():
            self._apply(index)
        else:
            self.bar.setCurrentIndex(index)

    def current(self) -> int:
        return self.bar.currentIndex()

    def is_dashboard(self) -> bool:
        return self.current() == self.dashboard_index

    def _apply(self, index: int) -> None:
        shown = set(range(len(self._panels))) if index == self.dashboard_index else {index}
        for panel, details in zip(self._panels, self._details):
            for widget in details:
                widget.setVisible(index != self.dashboard_index)
            if panel.layout() is not None:
                panel.layout().activate()  # now, not on the next event: stale sizes would widen the window
        for i, panel in enumerate(self._panels):  # show before hiding: no moment with nothing on screen
            if i in shown:
                panel.setVisible(True)
        for i, panel in enumerate(self._panels):
            if i not in shown:
                panel.setVisible(False)
        self._side.setVisible(bool(shown - {0}))
        if index == self.dashboard_index and self._sizes_to_restore:
            QTimer.singleShot(0, self._restore_sizes)  # once laid out: before, the stretch factors share the width
        if self._panels:
            self.view_changed.emit(index)
