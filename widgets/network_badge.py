"""The status bar's network indicator: the connections the app's processes hold, live from the OS."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from pipelines.machine.network_watch import NetworkSnapshot

QUIET_STYLE = "color: #2e7d32;"
ALARM_STYLE = "color: white; background: #c62828; padding: 0 6px; font-weight: bold;"
UNKNOWN_STYLE = "color: #8d6e00;"


class NetworkBadge(QLabel):
    """'Network: 0 connections' in green; red with the endpoint as soon as any process holds one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setText(self.tr("Network: checking..."))

    def show_snapshot(self, snapshot: NetworkSnapshot) -> None:
        count = len(snapshot.connections)
        if snapshot.error:
            self.setText(self.tr("Network: unknown"))
            self.setStyleSheet(UNKNOWN_STYLE)
            self.setToolTip(
                self.tr("Could not read this app's connections from the OS: {error}").format(error=snapshot.error)
            )
        elif count == 0:
            self.setText(self.tr("Network: 0 connections"))
            self.setStyleSheet(QUIET_STYLE)
            self.setToolTip(self.tr("Read live from the OS every 2 s: {processes} process(es) of this app hold no "
                                    "internet connection, open or listening.").format(processes=snapshot.processes))
        else:
            first = snapshot.connections[0].describe()
            if count == 1:
                self.setText(self.tr("Network: 1 connection: {first}").format(first=first))
            else:
                self.setText(self.tr("Network: {count} connections: {first} (+{more} more)").format(
                    count=count, first=first, more=count - 1
                ))
            self.setStyleSheet(ALARM_STYLE)
            self.setToolTip("\n".join(c.describe() for c in snapshot.connections))
        self.ensurePolished()
        self.setMinimumWidth(self.sizeHint().width())  # with its style's padding and weight: never clipped
