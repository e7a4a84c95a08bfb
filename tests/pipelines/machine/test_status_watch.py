"""The status bar's reading, taken off the UI thread: the app's connections and the memory of its whole process tree."""

import subprocess
import sys
import time

from pipelines.machine.status_watch import memory_in_use, watch_status

HOLD_200_MB = "import time; block = bytearray(200 * 2**20); print('ready', flush=True); time.sleep(60)"


def test_a_child_processs_memory_counts():
    before = memory_in_use()
    child = subprocess.Popen([sys.executable, "-c", HOLD_200_MB], stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "ready"
        assert memory_in_use() - before > 190 * 2**20
    finally:
        child.kill()
        child.wait(10)


def test_each_reading_has_both_and_the_watch_stops_within_a_poll():
    stop_at: list[float] = []
    watch = watch_status(lambda: bool(stop_at))
    snapshot = next(watch)
    assert snapshot.network.error == "" and snapshot.network.connections == ()
    assert snapshot.memory_bytes is not None and snapshot.memory_bytes > 10 * 2**20  # a Python process alone holds more
    stop_at.append(time.monotonic())
    assert next(watch, None) is None and time.monotonic() - stop_at[0] < 0.2
