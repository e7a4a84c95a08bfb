"""Pipeline threads run below the UI thread's priority, and so do the native threads they start."""

from __future__ import annotations

import logging
import os
import sys
import threading

WORKER_NICENESS = 5  # Linux: added to the thread's nice value, inherited by the threads a worker starts
# Chat decodes below the other pipelines: where they share a core, a token waits rather than a video frame or a
# word (a token 20 ms late goes unnoticed in a streaming answer). On 2 cores the bench saw no change in its
# averages (the scheduler mostly gives chat and detection a core each); it is the order of what may wait.
CHAT_NICENESS = 7

log = logging.getLogger(__name__)


def lower_this_threads_priority(niceness: int = WORKER_NICENESS) -> None:
    """Linux ignores thread priorities under its default scheduler; a thread's nice value works."""
    if sys.platform.startswith("linux"):
        try:
            thread = threading.get_native_id()
            os.setpriority(os.PRIO_PROCESS, thread, min(19, os.getpriority(os.PRIO_PROCESS, thread) + niceness))
        except OSError as error:  # a sandbox may forbid it: run at normal priority
            log.info("could not lower the worker's priority: %s", error)


def lower_priority_to(niceness: int) -> None:
    """Give this thread at least ``niceness`` (a child process inherits the nice value of the thread that
    started it: counting from there would lower it twice)."""
    if sys.platform.startswith("linux"):
        current = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
        if niceness > current:
            lower_this_threads_priority(niceness - current)
