"""The 1-minute soak CI runs: all three pipelines at once, the chat engine's process killed halfway, budgets held."""

import json
import subprocess
import sys


def test_a_one_minute_soak_with_the_chat_engine_killed_keeps_every_pipeline_going(built_model):
    done = subprocess.run([sys.executable, "-m", "app", "soak", "--minutes", "1", "--kill", "chat", "--json"],
                          capture_output=True, text=True, timeout=200)
    assert done.returncode == 0, done.stderr[-2000:]
    soak = json.loads(done.stdout.strip().splitlines()[-1])["soak"]
    assert soak["errors"] == []
    assert soak["restarts"] == {"detection": 0, "speech": 0, "chat": 1}  # restarts only where killed
    assert all(count > 0 for count in soak["results_after_kill"].values()), soak["results_after_kill"]
    assert soak["threads_end"] <= soak["threads_start"] and soak["fds_end"] <= soak["fds_start"]
    assert soak["memory_growth_pct"] < 5 and soak["ui_max_stall_ms"] <= 50
