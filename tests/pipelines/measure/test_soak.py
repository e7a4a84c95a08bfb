"""The 1-minute soak CI runs: all three pipelines at once, the chat engine's process killed halfway, budgets held;
its series sampled every 10 s; the trend's arithmetic on series whose answer is known."""

import json
import math
import subprocess
import sys

import pytest

from pipelines.measure.soak import memory_trend, slope_per_hour, summary


def test_a_one_minute_soak_with_the_chat_engine_killed_keeps_every_pipeline_going(built_model):
    done = subprocess.run(
        [sys.executable, "-m", "app", "soak", "--minutes", "1", "--kill", "chat", "--every", "10", "--json"],
        capture_output=True, text=True, timeout=200,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    soak = result["soak"]
    assert soak["errors"] == []
    assert soak["restarts"] == {"detection": 0, "speech": 0, "chat": 1}  # restarts only where killed
    assert all(count > 0 for count in soak["results_after_kill"].values()), soak["results_after_kill"]
    assert soak["threads_end"] <= soak["threads_start"] and soak["fds_end"] <= soak["fds_start"]
    assert soak["memory_growth_pct"] < 5 and soak["ui_max_stall_after_warm_up_ms"] <= 50
    assert soak["ui_max_stall_ms"] >= soak["ui_max_stall_after_warm_up_ms"]  # the whole run's: model loads too

    series = soak["series"]
    assert [round(row["minute"] * 6) for row in series] == [1, 2, 3, 4, 5, 6]  # every 10 s, the last at the end
    for index, row in enumerate(series):
        processes = row["processes"]  # an engine's process is "other" until its engine has loaded
        assert set(processes) <= {"main", "speech", "chat", "other"} and "main" in processes
        assert index < 2 or "speech" in processes
        assert row["threads"] == sum(process["threads"] for process in processes.values())
        assert row["memory_mb"] == pytest.approx(sum(process["rss_mb"] for process in processes.values()), abs=0.5)
        assert all(0 < process["uss_mb"] <= process["rss_mb"] for process in processes.values())
        assert row["results"]["detection"] > 0 and row["ui_stall_ms"] <= soak["ui_max_stall_ms"]
    assert "chat" in series[2]["processes"] and "chat" in series[-1]["processes"]  # restarted after the kill
    counted = {name: sum(row["results"][name] for row in series) for name in soak["results"]}
    assert all(0 < counted[name] <= soak["results"][name] for name in counted), (counted, soak["results"])
    assert series[-1]["memory_mb"] == soak["memory_end_mb"] and soak["processes"] == series[-1]["process_count"]
    trend = soak["trend"]
    assert trend["last_half_from_minute"] == pytest.approx(0.5, abs=0.02) and trend["slope_mb_per_h"] is not None
    assert {"main", "speech"} <= set(trend["rss_slope_mb_per_h"])
    assert trend["day_growth_mb"] is None  # half a minute is no ground for a day
    text = summary(result)
    assert "main" in text and "speech" in text and "slope of the last half" in text and "stall" in text


def _rows(memory_at) -> list[dict]:
    """Two hours sampled every minute, the main process holding ``memory_at(minute)`` MB, an engine 200 MB."""
    rows = []
    for minute in range(1, 121):
        main = memory_at(minute)
        rows.append({"minute": float(minute), "memory_mb": main + 200.0,
                     "processes": {"main": {"rss_mb": main},
                                   "chat": {"rss_mb": 200.0}}})
    return rows


def test_a_leak_shows_as_its_slope_in_the_process_that_leaks():
    trend = memory_trend(_rows(lambda minute: 500.0 + 0.5 * minute))  # 30 MB an hour, from the start
    assert trend["slope_mb_per_h"] == pytest.approx(30.0) and trend["day_growth_mb"] == pytest.approx(240.0)
    assert trend["rss_slope_mb_per_h"] == {"main": pytest.approx(30.0), "chat": 0.0}
    assert trend["last_half_from_minute"] == 60.0 and trend["steady_from_minute"] == 10.0
    assert trend["growth_from_steady_pct"] == pytest.approx((760 / 705 - 1) * 100, abs=0.01)
    assert trend["day_growth_pct"] == pytest.approx(240 / 705 * 100, abs=0.01)


def test_a_warm_up_that_levels_off_has_a_flat_last_half():
    rows = _rows(lambda minute: 460.0 + 40.0 * (1 - math.exp(-minute / 8)))
    assert rows[-1]["memory_mb"] / rows[0]["memory_mb"] > 1.05  # start and end alone: over the budget
    trend = memory_trend(rows)
    assert abs(trend["slope_mb_per_h"]) < 0.1 and abs(trend["day_growth_mb"]) < 1
    assert trend["growth_from_steady_pct"] < 5


def test_no_slope_from_fewer_than_three_points_and_no_steady_baseline_in_a_short_run():
    assert slope_per_hour([1.0, 2.0], [1.0, 2.0]) is None
    trend = memory_trend(_rows(lambda minute: 500.0)[:1])
    assert trend["slope_mb_per_h"] is None and trend["day_growth_mb"] is None and trend["steady_from_minute"] is None
