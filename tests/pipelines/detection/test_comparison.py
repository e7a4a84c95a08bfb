"""The comparisons' energy: measured in phases (an idle baseline, then each side alone in blocks), each power reading
given to the side that ran when it was taken; without a source, or when it stops, the reason instead of a figure.
Real detectors (FP32 and INT8 on the CPU); the power source is a fake whose watts depend on which detector is at work,
or a battery in a tree laid out like Linux's /sys."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipelines.detection.comparison import (
    BOTH,
    IDLE,
    LEFT,
    MEASURED,
    MEASURING,
    PRECISION,
    RIGHT,
    UNAVAILABLE,
    ComparedFrame,
    EnergyPlan,
    EnergyState,
    Pair,
    compare_live,
    load_pair,
)
from pipelines.machine.power import NO_SOURCE, ON_AC, PowerUnavailable, find_power_source, on_ac
from tests.pipelines.machine.test_power import supply

IDLE_W, ADDED_W = 5.0, {IDLE: 0.0, LEFT: 10.0, RIGHT: 4.0}  # FP32 adds 10 W to the idle draw, INT8 4 W
SHORT = EnergyPlan(idle_s=1.0, block_s=1.0, rounds=1, interval_s=0.05, settle_s=0.2)


class Working:
    """A detector that notes in ``flag`` that it is at work (from its preprocessing on) before doing it."""

    def __init__(self, detector, side: str, flag: list[str]) -> None:
        self._detector, self._side, self._flag = detector, side, flag

    def __getattr__(self, name: str):
        return getattr(self._detector, name)

    def preprocess(self, image):
        self._flag[0] = self._side
        return self._detector.preprocess(image)

    def infer(self, inputs):
        self._flag[0] = self._side
        return self._detector.infer(inputs)


class SideDraw:
    """A power source drawing the idle watts plus what the detector at work adds (RAPL-like: read any time)."""

    kind = "rapl"

    def __init__(self, flag: list[str]) -> None:
        self.flag = flag

    def watts(self) -> float:
        return IDLE_W + ADDED_W[self.flag[0]]


@pytest.fixture(scope="module")
def precisions(built_model, int8_model) -> Pair:
    return load_pair(PRECISION)


def watched(pair: Pair, flag: list[str]) -> Pair:
    return Pair(pair.kind, Working(pair.left, LEFT, flag), Working(pair.right, RIGHT, flag), pair.left_title,
                pair.right_title)


def until_paced(items, extra: int = 2) -> list[ComparedFrame | EnergyState]:
    """The items up to ``extra`` frames after the first one with both sides running (the measurement over)."""
    seen, paced = [], 0
    for item in items:
        seen.append(item)
        paced += isinstance(item, ComparedFrame) and item.running == BOTH
        if paced >= extra:
            return seen
    raise AssertionError("the comparison ended on its own")


def test_each_reading_goes_to_the_side_running_alone_when_it_was_taken(precisions):
    flag = [IDLE]
    items = until_paced(compare_live(watched(precisions, flag), lambda: False, lambda: SideDraw(flag), SHORT))
    runs = [item.running if isinstance(item, ComparedFrame) else IDLE for item in items]
    assert [run for i, run in enumerate(runs) if i == 0 or runs[i - 1] != run] == [IDLE, LEFT, RIGHT, BOTH]
    assert all(item.stage == MEASURING and item.running == IDLE for item in items if isinstance(item, EnergyState))
    left_frames = [item for item in items if isinstance(item, ComparedFrame) and item.running == LEFT]
    right_frames = [item for item in items if isinstance(item, ComparedFrame) and item.running == RIGHT]
    assert all(frame.right == [] for frame in left_frames)  # the right side has not run yet: its view holds
    assert all(frame.left is left_frames[-1].left for frame in right_frames)  # the left view holds its last frame
    assert left_frames[-1].energy is not None and left_frames[-1].energy.now_w == IDLE_W + ADDED_W[LEFT]

    energy = items[-1].energy
    assert energy is not None and energy.stage == MEASURED and energy.source == "rapl"
    assert energy.idle_w == IDLE_W
    assert energy.right is not None and energy.left.readings > 3 and energy.right.readings > 3
    assert (energy.left.w, energy.right.w) == (ADDED_W[LEFT], ADDED_W[RIGHT])  # no reading from another phase
    assert energy.left.frames == len(left_frames) and energy.right.frames == len(right_frames)
    for side in (energy.left, energy.right):  # mJ per frame = W above idle x the block's seconds / its frames
        assert side.seconds >= SHORT.block_s
        assert side.mj_per_frame == pytest.approx(side.w * side.seconds * 1000 / side.frames, rel=0.01)
    left_mj, right_mj = (ADDED_W[side] * energy_side.seconds * 1000 / energy_side.frames
                         for side, energy_side in ((LEFT, energy.left), (RIGHT, energy.right)))
    expected = left_mj / right_mj
    side, ratio = energy.less_energy()
    assert (side, ratio) == ((RIGHT, pytest.approx(expected, rel=0.02)) if expected > 1 else
                             (LEFT, pytest.approx(1 / expected, rel=0.02)))
    assert all(item.energy == energy for item in items if isinstance(item, ComparedFrame) and item.running == BOTH)


def test_a_charger_plugged_in_mid_measurement_says_so_and_the_comparison_goes_on(precisions):
    class Unplugged:
        kind, calls = "battery", 0

        def watts(self) -> float:
            self.calls += 1
            if self.calls > 4:
                raise on_ac("BAT0: Charging")
            return 8.0

    items = until_paced(compare_live(precisions, lambda: False, Unplugged, SHORT))
    energy = items[-1].energy
    assert energy is not None and energy.stage == UNAVAILABLE and energy.cause == ON_AC
    assert energy.reason == ("the power reading stopped: on AC power (battery BAT0: Charging): plug out the charger "
                             "to measure energy")
    assert not any(isinstance(item, ComparedFrame) and item.running in (LEFT, RIGHT) for item in items)


def test_on_ac_power_or_without_a_source_the_comparison_starts_at_once_with_the_reason(precisions, tmp_path: Path):
    supply(tmp_path, "BAT0", type="Battery", status="Charging", power_now=0)
    first = next(iter(compare_live(precisions, lambda: False, lambda: find_power_source(tmp_path, "linux"))))
    assert isinstance(first, ComparedFrame) and first.running == BOTH and first.energy is not None
    assert first.energy.stage == UNAVAILABLE and first.energy.cause == ON_AC
    assert first.energy.reason.startswith("on AC power (battery BAT0: Charging): plug out the charger")

    with pytest.raises(PowerUnavailable):
        find_power_source()  # this machine: no battery, no RAPL
    first = next(iter(compare_live(precisions, lambda: False)))
    assert isinstance(first, ComparedFrame) and first.energy is not None and first.energy.cause == NO_SOURCE
    assert first.energy.reason == "no battery in /sys/class/power_supply; no RAPL domain in /sys/class/powercap"
