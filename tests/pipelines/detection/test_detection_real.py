"""The real converted SSD-MobileNetV2 on real photos: the right classes with sane boxes."""

import json
import os
from pathlib import Path

import pytest

from app.cli.main import main
from pipelines.detection.pipeline import DetectionPipeline
from pipelines.detection.protocol import DetectorSettings
from pipelines.detection.sources import open_source, read_image
from pipelines.machine.cpu import physical_cores
from tests.support.helpers import DATA


def detect(detector, name, threshold=0.5):
    pipeline = DetectionPipeline(detector, DetectorSettings(score_threshold=threshold))
    return list(pipeline.run_all(open_source(str(DATA / name), live=False)))


@pytest.mark.parametrize(
    ("photo", "label", "min_area_fraction"),
    [("astronaut.png", "person", 0.3), ("chelsea.png", "cat", 0.4), ("coffee.png", "cup", 0.15)],
)
def test_finds_the_known_object_with_a_sane_box(detector, photo, label, min_area_fraction):
    (result,) = detect(detector, photo)
    height, width = read_image(DATA / photo).shape[:2]
    found = [d for d in result.detections if d.label == label]
    assert found, f"no {label} in {photo}: {result.detections}"
    best = max(found, key=lambda d: d.score)
    x1, y1, x2, y2 = best.box
    assert best.score >= 0.6
    assert 0 <= x1 < x2 <= width and 0 <= y1 < y2 <= height
    assert (x2 - x1) * (y2 - y1) >= min_area_fraction * width * height


def test_no_cat_in_the_coffee_and_no_cup_on_the_cat(detector):
    assert "cat" not in {d.label for d in detect(detector, "coffee.png")[0].detections}
    assert "cup" not in {d.label for d in detect(detector, "chelsea.png")[0].detections}


def test_threshold_filters_detections(detector):
    loose = detect(detector, "coffee.png", threshold=0.3)[0].detections
    strict = detect(detector, "coffee.png", threshold=0.9)[0].detections
    assert len(strict) < len(loose)
    assert all(d.score >= 0.9 for d in strict) and all(d.score >= 0.3 for d in loose)


def test_timings_are_recorded_per_stage(detector):
    (result,) = detect(detector, "chelsea.png")
    timings = result.timings_ms
    assert timings["infer"] > 0 and timings["pre"] > 0 and timings["post"] > 0
    assert timings["total"] == pytest.approx(timings["pre"] + timings["infer"] + timings["post"], rel=0.05)


def test_cli_json_for_an_image(built_model, bound_ep, capsys):
    assert main(["detect", str(DATA / "chelsea.png"), "--model", str(built_model), "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["provider"] == bound_ep
    assert set(payload["timings_ms"]) == {"pre", "infer", "post", "total"}
    cat = max(payload["detections"], key=lambda d: d["score"])
    assert cat["label"] == "cat" and len(cat["box"]) == 4


def test_cli_json_lines_for_a_video(built_model, short_video, capsys):
    assert main(["detect", str(short_video), "--model", str(built_model), "--json"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert [json.loads(line)["frame"] for line in lines] == list(range(6))


def test_cli_text_output_uses_the_default_model(built_model, capsys):
    assert main(["detect", str(DATA / "astronaut.png")]) == 0
    out = capsys.readouterr().out
    assert "person" in out and "ms" in out


def test_only_a_detector_alone_on_the_machine_spins(built_model):
    """Spinning workers wake at once between operators but take cores from everything beside them: a detector
    sharing the machine (a thread count from the core split) never spins, and no session spins past its run."""
    from pipelines.detection.loading import load_detector

    def spinning(detector) -> tuple[str, str]:
        options = detector.session.get_session_options()
        entries = ("session.intra_op.allow_spinning", "session.force_spinning_stop")
        return tuple(options.get_session_config_entry(entry) for entry in entries)

    assert spinning(load_detector(built_model, provider="cpu")) == ("1", "1")
    assert spinning(load_detector(built_model, provider="cpu", threads=1)) == ("0", "1")
    assert spinning(load_detector(built_model, provider="cpu", threads=2, spin=True)) == ("1", "1")


def thread_ids() -> set[int]:
    return {int(task.name) for task in Path("/proc/self/task").iterdir()}


@pytest.mark.skipif(len(physical_cores()) < 2, reason="needs Linux and two physical cores")
def test_a_thread_count_given_pins_each_worker_to_a_core_of_its_own_as_onnxruntime_does_by_itself(built_model):
    """A detector on 2 threads has one worker, on the second physical core (unpinned, Linux woke it beside the
    calling thread: 1.7x slower at the camera's pace); on 1 thread it has none to pin."""
    from pipelines.detection.loading import load_detector

    second_core = physical_cores()[1]
    before = thread_ids()
    detector = load_detector(built_model, provider="cpu", threads=2, spin=False)
    workers = [os.sched_getaffinity(tid) for tid in thread_ids() - before]
    assert set(second_core) in workers
    options = detector.session.get_session_options()
    assert options.get_session_config_entry("session.intra_op_thread_affinities") == ",".join(
        str(cpu + 1) for cpu in second_core
    )
    single = load_detector(built_model, provider="cpu", threads=1).session.get_session_options()
    with pytest.raises(RuntimeError, match="does not have configuration"):
        single.get_session_config_entry("session.intra_op_thread_affinities")
