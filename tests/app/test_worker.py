"""Workers run below the UI's priority, and the threads they start inherit it (Linux: per-thread nice);
a worker busy in native code outlives its owner rather than abort the app."""

import os
import subprocess
import sys
import threading

import pytest
from PySide6.QtCore import QObject

from app.worker import BackgroundJobs, PipelineWorker, run_in_background
from pipelines.errors import ShowcaseError
from pipelines.runtime.thread_priority import WORKER_NICENESS


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="per-thread nice values are a Linux feature")
def test_a_worker_and_the_threads_it_starts_run_below_the_ui(qtbot):
    def niceness_here_and_in_a_child() -> tuple[int, int]:
        child: list[int] = []
        thread = threading.Thread(
            target=lambda: child.append(os.getpriority(os.PRIO_PROCESS, threading.get_native_id()))
        )
        thread.start()
        thread.join()
        return os.getpriority(os.PRIO_PROCESS, threading.get_native_id()), child[0]

    results, errors = [], []
    owner = QObject()
    run_in_background(niceness_here_and_in_a_child, results.append, errors.append, owner, "nice-probe")
    qtbot.waitUntil(lambda: bool(results or errors), timeout=5000)
    ui = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
    assert not errors and results[0] == (min(19, ui + WORKER_NICENESS),) * 2


def test_finished_background_jobs_are_deleted_not_kept_by_their_owner(qtbot):
    """The chat lists its history after every answer: a booth answering all day must not keep a worker per list."""
    owner = QObject()
    jobs, results = BackgroundJobs(owner), []
    for n in range(30):
        jobs.run(lambda n=n: n * n, results.append, pytest.fail, f"job-{n}")
    qtbot.waitUntil(lambda: len(results) == 30 and not owner.findChildren(PipelineWorker), timeout=10000)
    assert sorted(results) == [n * n for n in range(30)]


OWNER_DELETED_MID_DECODE = """
import gc, sys, time
import shiboken6
from PySide6.QtCore import QCoreApplication, QObject
from app.worker import PipelineWorker, wait_for_all_workers

app = QCoreApplication([])

def decode_that_ignores_stop(should_stop):
    time.sleep(1.5)  # like a native Whisper decode: the stop flag is only seen when it returns
    yield "words"

owner = QObject()
worker = PipelineWorker(decode_that_ignores_stop, "speech", owner)
worker.start()
time.sleep(0.2)
print("stopped in time:", worker.stop(100))
worker.dispose()
shiboken6.delete(owner)  # the window closes: the panel and its worker go while the decode runs
del worker, owner
gc.collect()
print("all ended:", wait_for_all_workers(5.0))
"""


def test_a_worker_busy_in_native_code_survives_its_owner_and_is_joined_at_exit():
    """Qt aborts the process when a running QThread is destroyed: the thread must outlive its owner."""
    completed = subprocess.run(
        [sys.executable, "-c", OWNER_DELETED_MID_DECODE], capture_output=True, text=True, timeout=60
    )
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout.split("\n")[:2] == ["stopped in time: False", "all ended: True"]


def test_a_stopped_jobs_result_is_dropped_and_an_ended_thread_needs_no_event_loop(qtbot):
    """The window closed while a job ran: its result must not start new work on the closed panel (the chat's model
    list arrived after close and started a model load nothing stopped: the test run aborted at exit, 'QThread:
    Destroyed while thread chat-load is still running'). And a loop that ended ends its thread on its own: at exit no
    event loop delivers a quit."""
    owner, release, results = QObject(), threading.Event(), []
    worker = run_in_background(lambda: release.wait(5) and "models", results.append, pytest.fail, owner, "job")
    worker.stop(0)  # the owner closes while the job runs
    release.set()
    qtbot.waitUntil(lambda: not worker.is_running(), timeout=5000)
    qtbot.wait(100)  # its queued result is delivered by now, and dropped
    assert results == []
    ended = run_in_background(lambda: "list", results.append, pytest.fail, owner, "job")
    assert ended._thread.wait(5000)  # no stop asked, no event loop run here: the thread ended with its loop


def test_a_stoppable_job_ends_when_its_owner_closes_and_its_failure_is_not_shown(qtbot):
    """The chat picker's first-run measurement loads each candidate model in turn (the installers carry a 1.1 GB one):
    closing the window meanwhile waited on it, 1 s on the UI thread and up to 30 s at exit. A stoppable job is given
    the stop flag; what it raises once stopped is not shown on the closed panel."""
    owner, started, errors = QObject(), threading.Event(), []

    def measure(should_stop) -> str:
        started.set()
        while not should_stop():
            threading.Event().wait(0.01)
        raise ShowcaseError("The chat engine's process ended its load without a model")

    jobs = BackgroundJobs(owner)
    jobs.run(measure, pytest.fail, errors.append, "chat-model-choice", stoppable=True)
    assert started.wait(5)
    worker = next(iter(jobs._running))
    assert worker.stop(1000)  # ended on the flag, well within the wait
    qtbot.wait(100)  # its queued failure is delivered by now, and dropped
    assert errors == []
