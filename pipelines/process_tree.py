"""Memory, threads and open files of this process and all its children (the engines' processes), from /proc.

Linux only (the soak runs in CI and here); elsewhere the figures are None.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

PROC = Path("/proc")


@dataclass(frozen=True)
class TreeUsage:
    memory_mb: float
    threads: int
    fds: int
    processes: int


def _children(pid: int) -> list[int]:
    found = []
    for task in (PROC / str(pid) / "task").glob("*/children"):
        try:
            found += [int(child) for child in task.read_text().split()]
        except OSError:
            continue
    return found


def _status(pid: int) -> dict[str, str]:
    lines = (PROC / str(pid) / "status").read_text().splitlines()
    return dict(line.split(":", 1) for line in lines if ":" in line)


def tree_usage(root: int | None = None) -> TreeUsage | None:
    """Resident memory (MB), threads and file descriptors summed over ``root`` (default: this process) and its
    descendants; None where /proc is missing."""
    if not PROC.is_dir():
        return None
    pending, memory_kb, threads, fds, processes = [root or os.getpid()], 0, 0, 0, 0
    while pending:
        pid = pending.pop()
        try:
            status = _status(pid)
            memory_kb += int(status["VmRSS"].split()[0])
            threads += int(status["Threads"])
            fds += len(os.listdir(PROC / str(pid) / "fd"))
        except (OSError, KeyError, ValueError):
            continue  # it ended meanwhile
        processes += 1
        pending += _children(pid)
    return TreeUsage(memory_kb / 1024, threads, fds, processes)
