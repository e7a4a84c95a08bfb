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
        super().__init__("Network: checking...", parent)

    def show_snapshot(self, snapshot: NetworkSnapshot) -> None:
        count = len(snapshot.connections)
        if snapshot.error:
            self.setText("Network: unknown")
            self.setStyleSheet(UNKNOWN_STYLE)
            self.setToolTip(f"Could not read this app's connections from the OS: {snapshot.error}")
        elif count == 0:
            self.setText("Network: 0 connections")
            self.setStyleSheet(QUIET_STYLE)
            self.setToolTip(f"Read live from the OS every 2 s: {snapshot.processes} process(es) of this app hold no "
                            "internet connection, open or listening.")
        else:
            first = snapshot.connections[0].describe()
            more = f" (+{count - 1} more)" if count > 1 else ""
            self.setText(f"Network: {count} connection{'s' if count > 1 else ''}: {first}{more}")
            self.setStyleSheet(ALARM_STYLE)
            self.setToolTip("\n".join(c.describe() for c in snapshot.connections))
