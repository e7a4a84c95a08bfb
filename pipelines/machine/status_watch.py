"""What the window's status bar shows of the app's processes, read off the UI thread every 2 s: their internet
connections (the privacy promise, checked as it runs) and the memory they hold (the chat and speech engines run in
child processes: counted too). Walking the process list is 1-2 ms here, more on a desktop of hundreds of processes."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from pipelines.machine.memory import process_memory_bytes
from pipelines.machine.network_watch import NetworkSnapshot, watch_network
from pipelines.machine.process_tree import tree_usage


@dataclass(frozen=True)
class StatusSnapshot:
    network: NetworkSnapshot
    memory_bytes: int | None  # None where the platform does not tell


def memory_in_use() -> int | None:
    """Resident memory of this process and its children, in bytes (this process alone where the tree cannot be read)."""
    tree = tree_usage()
    return int(tree.memory_mb * 2**20) if tree is not None else process_memory_bytes()


def watch_status(should_stop: Callable[[], bool]) -> Iterator[StatusSnapshot]:
    """A snapshot now and every 2 s until ``should_stop()`` (checked every 100 ms)."""
    for network in watch_network(should_stop):
        yield StatusSnapshot(network, memory_in_use())
