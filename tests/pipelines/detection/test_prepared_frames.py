"""Frames preprocessed by the thread that reads them: the same detections, the inputs made once, for their detector."""

import threading

import numpy as np
import pytest

from pipelines.detection.loading import load_detector
from pipelines.detection.pipeline import DetectionPipeline
from pipelines.detection.prepared_frames import prepared_for
from pipelines.detection.sources import Frame, VideoFileSource, open_source, read_image
from tests.support.helpers import DATA


@pytest.fixture
def preprocessing_threads(detector, monkeypatch) -> list[str]:
    """The name of the thread of each call to the detector's preprocess."""
    threads: list[str] = []
    preprocess = detector.preprocess

    def recording(image):
        threads.append(threading.current_thread().name)
        return preprocess(image)

    monkeypatch.setattr(detector, "preprocess", recording)
    return threads


def test_a_whole_file_is_preprocessed_on_its_read_ahead_thread_with_the_same_detections(detector,
                                                                                       preprocessing_threads):
    pipeline = DetectionPipeline(detector)
    (result,) = pipeline.run_all(open_source(str(DATA / "astronaut.png"), live=False))
    assert preprocessing_threads == ["read-ahead:astronaut.png"]
    assert result.timings_ms["pre"] > 0 and result.timings_ms["total"] > result.timings_ms["infer"]
    plain = pipeline.process(Frame(read_image(DATA / "astronaut.png"), 0.0, 0))
    assert [(d.label, d.box) for d in result.detections] == [(d.label, d.box) for d in plain.detections]
    assert "person" in {d.label for d in result.detections}


def test_live_frames_are_preprocessed_on_the_grabber_thread(detector, preprocessing_threads, short_video):
    results = DetectionPipeline(detector).run_live(VideoFileSource(short_video, paced=True), lambda: False)
    for _ in range(3):
        next(results)
    results.close()
    assert preprocessing_threads and set(preprocessing_threads) == {"frames:short.mp4"}


def test_a_frame_prepared_for_one_detector_is_prepared_again_for_another(detector, int8_model):
    int8 = load_detector(int8_model, provider="cpu")
    frame = prepared_for(detector, Frame(read_image(DATA / "coffee.png"), 0.0, 0))
    assert prepared_for(detector, frame) is frame
    again = prepared_for(int8, frame)
    assert again is not frame and again.detector is int8
    assert frame.inputs["image"].dtype == np.float32 and again.inputs["image"].dtype == np.uint8
