"""Frame sources, latest-frame-wins, and sources that fail mid-stream."""

import threading
import time

import cv2
import numpy as np
import pytest

from pipelines.detection.latest_frame import LatestFrameGrabber, SourceEnded
from pipelines.detection.live import DetectorReady, LiveDetection
from pipelines.detection.pipeline import DetectionPipeline, DetectionResult
from pipelines.detection.protocol import DetectorSettings
from pipelines.detection.read_ahead import ReadAhead
from pipelines.detection.sources import (
    CameraSource,
    Frame,
    FrameSource,
    ImageSource,
    VideoFileSource,
    list_cameras,
    open_source,
)
from pipelines.errors import SourceError
from pipelines.source_notice import SourceNotice
from tests.support.helpers import DATA, write_video


class FakeCapture:
    """Stands in for a camera (none exists here): some frames, then nothing, like an unplugged one."""

    def __init__(self, frames_before_failure: int, opened: bool = True) -> None:
        self.remaining = frames_before_failure
        self.opened = opened
        self.released = False

    def isOpened(self):
        return self.opened

    def read(self):
        if self.remaining > 0:
            self.remaining -= 1
            time.sleep(0.01)
            return True, np.full((48, 64, 3), 128, np.uint8)
        return False, None

    def release(self):
        self.released = True


def test_video_is_paced_at_its_frame_rate_and_loops(short_video):
    source = VideoFileSource(short_video, loop=True, paced=True)
    started = time.perf_counter()
    frames = [source.read() for _ in range(9)]  # 6 frames, then it loops
    elapsed = time.perf_counter() - started
    source.close()
    assert [f.index for f in frames] == list(range(9))
    assert 0.7 <= elapsed < 2.0  # 9 frames at 10 fps
    stamps = [f.captured_at for f in frames]
    assert stamps == sorted(stamps)


def test_unpaced_video_ends(short_video):
    source = open_source(str(short_video), live=False)
    assert sum(1 for _ in iter(source.read, None)) == 6


def test_still_image_once_or_repeated():
    assert ImageSource(DATA / "chelsea.png").read() is not None
    once = ImageSource(DATA / "chelsea.png")
    once.read()
    assert once.read() is None
    repeated = ImageSource(DATA / "chelsea.png", repeat_fps=50)
    assert all(repeated.read() is not None for _ in range(3))


def test_camera_that_stops_delivering_frames():
    capture = FakeCapture(frames_before_failure=3)
    camera = CameraSource(0, capture_factory=lambda index: capture)
    assert [camera.read().index for _ in range(3)] == [0, 1, 2]
    started = time.perf_counter()
    with pytest.raises(SourceError, match="Camera 0 stopped delivering frames"):
        camera.read()
    assert time.perf_counter() - started < 1.5
    camera.close()
    assert capture.released


def test_camera_that_does_not_open_and_listing():
    with pytest.raises(SourceError, match="No camera at index 3"):
        CameraSource(3, capture_factory=lambda index: FakeCapture(0, opened=False))
    assert list_cameras(capture_factory=lambda index: FakeCapture(0, opened=False)) == []


class CountingSource(FrameSource):
    """A fast live source: a new frame every 5 ms."""

    name = "counting"
    live = True

    def __init__(self, limit: int | None = None) -> None:
        self.count = 0
        self.limit = limit
        self.closed = threading.Event()

    def read(self):
        if self.limit is not None and self.count >= self.limit:
            return None
        time.sleep(0.005)
        self.count += 1
        return Frame(np.zeros((4, 4, 3), np.uint8), time.perf_counter(), self.count - 1)

    def close(self):
        self.closed.set()


def test_latest_frame_wins_when_the_consumer_is_slow():
    source = CountingSource()
    grabber = LatestFrameGrabber(source).start()
    taken = []
    for _ in range(5):
        time.sleep(0.05)  # a slow model
        taken.append(grabber.get(timeout=1.0).index)
    grabber.stop()
    assert grabber.dropped > 10
    assert all(b - a > 3 for a, b in zip(taken, taken[1:]))  # frames were skipped, not queued
    assert source.closed.wait(1.0) and not grabber.running


def test_grabber_reports_the_end_and_errors():
    grabber = LatestFrameGrabber(CountingSource(limit=1)).start()
    assert grabber.get(1.0).index == 0
    with pytest.raises(SourceEnded):
        grabber.get(1.0)
    failing = LatestFrameGrabber(CameraSource(0, capture_factory=lambda index: FakeCapture(1))).start()
    assert failing.get(1.0) is not None
    with pytest.raises(SourceError, match="stopped delivering frames"):
        failing.get(3.0)


def test_read_ahead_decodes_the_next_frame_while_this_one_is_processed_and_keeps_every_frame():
    source = CountingSource(limit=3)
    with ReadAhead(source) as frames:
        first = frames.read()
        frames.settle()
        assert first.index == 0 and source.count == 2  # frame 1 decoded before it was asked for
        assert [frames.read().index, frames.read().index] == [1, 2]
        assert frames.read() is None and frames.read() is None  # the end, and no read past it
    assert source.closed.is_set()


def test_read_ahead_raises_the_source_error_on_the_read_that_meets_it():
    failing = CameraSource(0, capture_factory=lambda index: FakeCapture(1))
    with ReadAhead(failing) as frames:
        assert frames.read() is not None
        with pytest.raises(SourceError, match="stopped delivering frames"):
            frames.read()


def test_a_video_decodes_on_one_ffmpeg_thread_up_to_full_hd_and_on_ffmpegs_own_above(tmp_path):
    for size, one_thread in (((160, 120), True), ((3840, 2160), False)):
        video = VideoFileSource(write_video(tmp_path / f"{size[0]}.mp4", 2, size), paced=False)
        assert (video._capture.get(cv2.CAP_PROP_N_THREADS) == 1) == one_thread
        assert video.read().image.shape == (size[1], size[0], 3)
        video.close()


def test_video_deleted_mid_stream_ends_with_a_message(detector, tmp_path):
    video = write_video(tmp_path / "gone.mp4", 4)
    pipeline = DetectionPipeline(detector)
    results = pipeline.run_live(VideoFileSource(video, loop=True, paced=True), should_stop=lambda: False)
    assert isinstance(next(results), DetectionResult)
    video.unlink()
    with pytest.raises(SourceError, match="disappeared while playing"):
        for _ in results:
            pass


def test_live_detection_falls_back_from_an_absent_camera_to_the_demo(built_model):
    live = LiveDetection("camera:7", built_model, "cpu", DetectorSettings())
    stop = threading.Event()
    loop = live.loop(stop.is_set)
    ready = next(loop)
    assert isinstance(ready, DetectorReady) and ready.provider.ep == "CPUExecutionProvider"
    notice = next(loop)
    assert isinstance(notice, SourceNotice)
    assert "No camera at index 7" in notice.message and "demo video" in notice.message
    results = [next(loop) for _ in range(3)]
    assert all(isinstance(r, DetectionResult) and r.source_name == "people_walking.mp4" for r in results)
    assert any(d.label == "person" for r in results for d in r.detections)  # the demo shows people walking
    stop.set()
    assert list(loop) == []
