"""The session's timing log: bounded by age and by count, oldest first, and compact (the soak saw it grow)."""

import time
import tracemalloc

from pipelines.measure.timing_log import TimingLog


def test_samples_come_back_oldest_first_and_the_oldest_go_past_the_limit():
    log = TimingLog(max_samples=100)
    for value in range(1000):
        log.record("detection_frame_ms", value)
    frames = log.snapshot()["detection_frame_ms"]
    assert [value for _, value in frames] == [float(value) for value in range(900, 1000)]
    assert all(earlier[0] <= later[0] for earlier, later in zip(frames, frames[1:], strict=False))
    assert log.snapshot()["chat_tokens_per_s"] == []


def test_samples_older_than_the_kept_time_are_dropped():
    log = TimingLog(keep_s=0.2)
    log.record("speech_final_ms", 1.0)
    time.sleep(0.3)
    log.record("speech_final_ms", 2.0)
    assert [value for _, value in log.snapshot()["speech_final_ms"]] == [2.0]


def test_an_hour_of_frames_at_30_fps_stays_within_4_mb():
    tracemalloc.start()
    try:
        log = TimingLog()
        before = tracemalloc.get_traced_memory()[0]
        for index in range(108_000):
            log.record("detection_frame_ms", 20.0 + index % 7)
        held = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert len(log.snapshot()["detection_frame_ms"]) == 108_000
    assert held < 4 * 2**20, held  # a deque of (time, value) tuples held 12 MB
