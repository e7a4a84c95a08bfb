"""Rolling per-stage statistics and rates."""

import pytest

from pipelines.measure.metrics import RateMeter, RollingStat, StageMetrics


def test_percentiles_over_the_window():
    stat = RollingStat(window=100)
    for value in range(1, 101):
        stat.add(value)
    summary = stat.summary()
    assert summary.last == 100 and summary.count == 100
    assert summary.p50 == pytest.approx(50.5)
    assert summary.p95 == pytest.approx(95.05)


def test_window_forgets_old_samples():
    stat = RollingStat(window=3)
    for value in (1000, 1, 2, 3):
        stat.add(value)
    assert stat.summary().p95 < 4


def test_empty_stat_is_zero():
    assert RollingStat().summary().count == 0


def test_rate_from_timestamps():
    meter = RateMeter()
    for i in range(11):
        meter.tick(at=i * 0.05)
    assert meter.rate() == pytest.approx(20.0)


def test_stage_metrics_ignores_unknown_stages():
    metrics = StageMetrics(("pre", "infer"))
    metrics.record({"pre": 1.0, "infer": 30.0, "other": 5.0})
    summary = metrics.summary()
    assert set(summary) == {"pre", "infer"} and summary["infer"].last == 30.0
