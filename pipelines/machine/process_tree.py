"""Memory, threads and open files of this process and all its children (the engines' processes), from psutil:
the same figures on Linux, Windows and macOS."""

from __future__ import annotations

import os
from dataclasses import dataclass

import psutil


@dataclass(frozen=True)
class ProcessUsage:
    """One process: resident memory (RSS) and, when asked, unique memory (USS: what ending it would free), in MB."""

    pid: int
    rss_mb: float
    uss_mb: float | None  # None when not asked for (it reads the process's memory map: slower)
    threads: int
    fds: int  # file descriptors (handles on Windows)


@dataclass(frozen=True)
class TreeUsage:
    memory_mb: float
    threads: int
    fds: int  # file descriptors (handles on Windows)
    processes: int


def _open_files(process: psutil.Process) -> int:
    return process.num_handles() if os.name == "nt" else process.num_fds()


def process_usages(root: int | None = None, uss: bool = False) -> list[ProcessUsage] | None:
    """Each process of the tree under ``root`` (default: this process), ``root`` first; None when ``root`` is gone.
    A child that ends meanwhile is left out."""
    try:
        top = psutil.Process(root or os.getpid())
        tree = [top, *top.children(recursive=True)]
    except psutil.Error:
        return None
    found = []
    for process in tree:
        try:
            with process.oneshot():
                rss = process.memory_info().rss
                unique = process.memory_full_info().uss / 2**20 if uss else None
                found.append(ProcessUsage(process.pid, rss / 2**20, unique, process.num_threads(),
                                          _open_files(process)))
        except psutil.Error:
            continue  # it ended meanwhile
    return found


def tree_usage(root: int | None = None) -> TreeUsage | None:
    """Resident memory (MB), threads and file descriptors summed over ``root`` (default: this process) and its
    descendants; None when ``root`` is gone."""
    usages = process_usages(root)
    if usages is None:
        return None
    return TreeUsage(sum(usage.rss_mb for usage in usages), sum(usage.threads for usage in usages),
                     sum(usage.fds for usage in usages), len(usages))
