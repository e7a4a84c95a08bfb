"""Per-process figures of the process tree, and their sums, on a real child process."""

import os
import subprocess
import sys

from pipelines.machine.process_tree import process_usages, tree_usage


def test_each_process_of_the_tree_is_counted_this_one_first_and_the_tree_is_their_sum():
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        usages = process_usages(uss=True)
        tree = tree_usage()
        assert usages is not None and tree is not None
        assert usages[0].pid == os.getpid() and child.pid in {usage.pid for usage in usages}
        assert all(0 < usage.uss_mb <= usage.rss_mb and usage.threads >= 1 and usage.fds >= 0 for usage in usages)
        assert tree.processes == len(usages) and tree.threads == sum(usage.threads for usage in usages)
        assert abs(tree.memory_mb - sum(usage.rss_mb for usage in usages)) < 5  # a few MB may come and go between
        assert all(usage.uss_mb is None for usage in process_usages() or [])  # USS only when asked
    finally:
        child.kill()
        child.wait()


def test_a_process_that_is_gone_has_no_figures():
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    assert process_usages(child.pid) is None and tree_usage(child.pid) is None
