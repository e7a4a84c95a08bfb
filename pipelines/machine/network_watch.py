"""The network connections this app's processes hold right now, read from the operating system.

The status bar shows the count live ("Network: 0 connections"): the privacy promise, checked as it
runs rather than claimed. Internet sockets of every kind (TCP and UDP, IPv4 and IPv6) of this process
and every child it started count; local sockets (AF_UNIX: the display, D-Bus, PulseAudio) do not.
"""

from __future__ import annotations

import socket
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import psutil

WATCH_INTERVAL_S = 2.0
STOP_POLL_S = 0.1


@dataclass(frozen=True)
class NetworkConnection:
    """One internet socket held by one of the app's processes."""

    pid: int
    kind: str  # "TCP" or "UDP"
    local: str
    remote: str  # "" for a socket that is not connected
    status: str

    def describe(self) -> str:
        """E.g. 'TCP 10.0.0.5:51544 -> 13.69.109.130:443 (ESTABLISHED, pid 4242)'."""
        target = f" -> {self.remote}" if self.remote else ""
        return f"{self.kind} {self.local}{target} ({self.status}, pid {self.pid})"


@dataclass(frozen=True)
class NetworkSnapshot:
    """What the OS reported at one moment; ``error`` says why it could not tell."""

    connections: tuple[NetworkConnection, ...]
    processes: int
    error: str = ""


def _address(address) -> str:
    return f"{address.ip}:{address.port}" if address else ""


def network_snapshot(pid: int | None = None) -> NetworkSnapshot:
    """Internet connections of process ``pid`` (default: this one) and all its descendants."""
    try:
        root = psutil.Process(pid)
        processes = [root, *root.children(recursive=True)]
    except psutil.Error as error:
        return NetworkSnapshot((), 0, f"cannot read the process list: {error}")
    found: list[NetworkConnection] = []
    for process in processes:
        try:
            sockets = process.net_connections(kind="inet")
        except psutil.NoSuchProcess:  # a child that ended meanwhile holds nothing
            continue
        except psutil.Error as error:
            return NetworkSnapshot((), len(processes), f"cannot read connections of pid {process.pid}: {error}")
        for sock in sockets:
            kind = "TCP" if sock.type == socket.SOCK_STREAM else "UDP"
            found.append(NetworkConnection(process.pid, kind, _address(sock.laddr), _address(sock.raddr), sock.status))
    return NetworkSnapshot(tuple(found), len(processes))


def watch_network(should_stop: Callable[[], bool], interval_s: float = WATCH_INTERVAL_S) -> Iterator[NetworkSnapshot]:
    """A snapshot now and every ``interval_s`` seconds until ``should_stop()`` (checked every 100 ms)."""
    while not should_stop():
        yield network_snapshot()
        next_at = time.monotonic() + interval_s
        while not should_stop() and time.monotonic() < next_at:
            time.sleep(STOP_POLL_S)
