"""Workers run below the UI's priority, and the threads they start inherit it (Linux: per-thread nice)."""

import os
import sys
import threading

import pytest
from PySide6.QtCore import QObject

from pipelines.worker import WORKER_NICENESS, run_in_background


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="per-thread nice values are a Linux feature")
def test_a_worker_and_the_threads_it_starts_run_below_the_ui(qtbot):
    def niceness_here_and_in_a_child() -> tuple[int, int]:
        child: list[int] = []
        thread = threading.Thread(target=lambda: child.append(os.getpriority(os.PRIO_PROCESS, threading.get_native_id())))
        thread.start()
        thread.join()
        return os.getpriority(os.PRIO_PROCESS, threading.get_native_id()), child[0]

    results, errors = [], []
    owner = QObject()
    run_in_background(niceness_here_and_in_a_child, results.append, errors.append, owner, "nice-probe")
    qtbot.waitUntil(lambda: bool(results or errors), timeout=5000)
    ui = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
    assert not errors and results[0] == (min(19, ui + WORKER_NICENESS),) * 2
