"""Memory, threads and open files of this process and all its children (the engines' processes), from psutil:
the same figures on Linux, Windows and macOS."""

from __future__ import annotations

import os
from dataclasses import dataclass

import psutil


@dataclass(frozen=True)
class TreeUsage:
    memory_mb: float
    threads: int
    fds: int  # file descriptors (handles on Windows)
    processes: int


def _open_files(process: psutil.Process) -> int:
    return process.num_handles() if os.name == "nt" else process.num_fds()


def tree_usage(root: int | None = None) -> TreeUsage | None:
    """Resident memory (MB), threads and file descriptors summed over ``root`` (default: this process) and its
    descendants; None when ``root`` is gone."""
    try:
        top = psutil.Process(root or os.getpid())
        tree = [top, *top.children(recursive=True)]
    except psutil.Error:
        return None
    memory, threads, fds, processes = 0, 0, 0, 0
    for process in tree:
        try:
            with process.oneshot():
                memory += process.memory_info().rss
                threads += process.num_threads()
                fds += _open_files(process)
        except psutil.Error:
            continue  # it ended meanwhile
        processes += 1
    return TreeUsage(memory / 2**20, threads, fds, processes)
