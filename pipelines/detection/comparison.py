"""Two detectors side by side on the same frames: the CPU against the best accelerator (same model, same
precision), or FP32 against INT8 (same provider). The window's C and P keys and ``bench detection
--compare device|precision`` use it.

Where only a CPU exists, the device comparison has no second side: it says so, with why each
accelerator was not used, and never shows a second column of the same CPU.

Energy (where the laptop reports its draw, ``pipelines/machine/power.py``): a reading averages over seconds, so two
detectors alternating every frame cannot be told apart. ``compare_live`` therefore first measures in phases: an idle
baseline (nothing running), then blocks of seconds in which one side runs alone and unpaced on the demo frames (its
view live, the other holding its last frame), in the order A B B A so a drift in the draw hits both sides alike; each
reading goes to the block it falls in (``PhasedMeter``). Per side, mJ per frame = (its mean W - idle W) x its
seconds / its frames. Then both sides run paced, frame after frame, as without a source, the figure kept. Without
a source the comparison starts paced at once, and its energy says why there is no figure.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass

import numpy as np

from pipelines.bundled import demo_video_path
from pipelines.detection.loading import load_detector
from pipelines.detection.precision import AGREEMENT_MIN_SCORE, Tally, model_mb, run_both, run_one
from pipelines.detection.protocol import Detection, Detector, DetectorSettings
from pipelines.detection.sources import VideoFileSource
from pipelines.errors import ModelError
from pipelines.machine.cpu import int8_instructions
from pipelines.machine.power import ON_AC, PowerSource, PowerUnavailable, find_power_source
from pipelines.measure.energy import INTERVAL_S, PhasedMeter, per_result
from pipelines.model_store import BUILD_ONCE, NOT_BUILT, model_status
from pipelines.models import CATALOG, INT8_DETECTOR
from pipelines.phrases import Phrase

DEVICE, PRECISION = "device", "precision"
LEFT, RIGHT, BOTH, IDLE = "left", "right", "both", "idle"  # which side runs (IDLE: the baseline, nothing runs)
MEASURING, MEASURED, UNAVAILABLE = "measuring", "measured", "unavailable"
STOPPED = "stopped"  # an EnergyState's cause beside power.py's: the reading stopped or came too rarely mid-measure



@dataclass(frozen=True)
class Pair:
    """The two sides (``right`` None where the machine has nothing to compare with, and ``missing`` says why)."""

    kind: str
    left: Detector
    right: Detector | None
    left_title: str
    right_title: str
    missing: str = ""


def side_title(detector: Detector) -> str:
    info = detector.provider
    return f"{info.device} · {info.ep} · {info.precision.upper()}"


def cpu_int8(detector: Detector) -> str:
    """' (AVX2 without VNNI)' after a CPU side: the instructions that decide what INT8 gains there."""
    instructions = int8_instructions() if detector.provider.device == "CPU" else ""
    return f" ({instructions})" if instructions else ""


def load_pair(kind: str, strict: bool = False) -> Pair:
    """Load both sides of a comparison (seconds: run it off the UI thread)."""
    if kind == DEVICE:
        best = load_detector(strict=strict)
        if best.provider.device == "CPU":
            return Pair(kind, best, None, side_title(best), "", best.provider.why_only_the_cpu())
        cpu = load_detector(provider="cpu", precision=best.provider.precision or "auto")
        return Pair(kind, cpu, best, side_title(cpu), side_title(best))
    if kind == PRECISION:
        int8_status = model_status(CATALOG[INT8_DETECTOR])
        if not int8_status.ready:
            raise ModelError(
                Phrase(NOT_BUILT, title=CATALOG[INT8_DETECTOR].title, path=str(int8_status.path)), Phrase(BUILD_ONCE)
            )
        fp32 = load_detector(precision="fp32", strict=strict)
        int8 = load_detector(provider=fp32.provider.key, precision="int8", strict=strict)
        return Pair(
            kind,
            fp32,
            int8,
            f"FP32 · {model_mb(fp32):.1f} MB · {fp32.provider.device}",
            f"INT8 · {model_mb(int8):.1f} MB · {int8.provider.device}{cpu_int8(int8)}",
        )
    raise ValueError(f"unknown comparison {kind!r}")


@dataclass(frozen=True)
class EnergyPlan:
    """How long the energy measurement idles, how long each side's block lasts and how many rounds (A B, then B A)
    it takes; ``settle_s`` None: by the source's kind (``energy.SETTLE_S``)."""

    idle_s: float = 6.0
    block_s: float = 6.0
    rounds: int = 2
    interval_s: float = INTERVAL_S
    settle_s: float | None = None

    def seconds(self, sides: int) -> float:
        return self.idle_s + self.block_s * self.rounds * sides


@dataclass(frozen=True)
class SideEnergy:
    """One side's measured energy: watts above idle, millijoules per frame (None without a frame), over ``seconds``."""

    w: float
    mj_per_frame: float | None
    frames: int
    seconds: float
    readings: int


@dataclass(frozen=True)
class EnergyState:
    """The comparison's energy as it stands: ``MEASURING`` (``running``: IDLE, LEFT or RIGHT, ``seconds_left``),
    ``MEASURED`` (each side's figure; ``right`` None with one side), or ``UNAVAILABLE`` with the ``reason`` and its
    ``cause`` (``power.ON_AC``, ``ROOT_ONLY``, ``NO_SOURCE`` or ``STOPPED``). ``now_w``: the laptop's latest reading."""

    stage: str
    source: str = ""
    reason: str = ""
    cause: str = ""
    running: str = ""
    seconds_left: float = 0.0
    now_w: float | None = None
    idle_w: float | None = None
    left: SideEnergy | None = None
    right: SideEnergy | None = None

    @property
    def seconds(self) -> float:
        """The seconds each side's figure is averaged over (their mean where the two differ by a frame's time)."""
        sides = [side.seconds for side in (self.left, self.right) if side is not None]
        return sum(sides) / len(sides) if sides else 0.0

    def less_energy(self) -> tuple[str, float] | None:
        """(LEFT or RIGHT: the side that takes less energy per frame, how many times less), or None where a side has
        no figure or one too close to the idle draw (at or below it) to divide by."""
        if self.left is None or self.right is None:
            return None
        left, right = self.left.mj_per_frame, self.right.mj_per_frame
        if left is None or right is None or left <= 0 or right <= 0:
            return None
        return (LEFT, right / left) if left <= right else (RIGHT, left / right)


@dataclass(frozen=True)
class ComparedFrame:
    """One frame, each side's detections and time, and the figures so far. ``running``: BOTH, or the side that ran
    alone on ``image`` while the energy was measured (the other's view holds its last frame)."""

    image: np.ndarray
    left: list[Detection]
    right: list[Detection]
    left_ms: float
    right_ms: float
    left_ms_p50: float
    right_ms_p50: float
    agreement: float
    frames: int
    running: str = BOTH
    energy: EnergyState | None = None

    @property
    def speedup(self) -> float:
        return self.left_ms_p50 / self.right_ms_p50 if self.right_ms_p50 else 0.0


def run_pair(pair: Pair, image: np.ndarray, tally: Tally) -> tuple[list[Detection], list[Detection]]:
    """Both sides on one frame, or the one side alone where there is no second."""
    if pair.right is None:
        return run_one(pair.left, image, tally), []
    return run_both(pair.left, pair.right, image, tally)


def run_alone(detector: Detector, image: np.ndarray, times_ms: list[float]) -> list[Detection]:
    """One side alone on one frame (the energy's blocks), its inference time added to ``times_ms``; nothing agreed."""
    inputs, transform = detector.preprocess(image)
    started = time.perf_counter()
    outputs = detector.infer(inputs)
    times_ms.append((time.perf_counter() - started) * 1000)
    return detector.postprocess(outputs, transform, DetectorSettings(score_threshold=AGREEMENT_MIN_SCORE))


def _frame(image: np.ndarray, left: list[Detection], right: list[Detection], tally: Tally, running: str,
           energy: EnergyState | None) -> ComparedFrame:
    left_p50, right_p50 = tally.p50()
    return ComparedFrame(image, left, right, tally.left_ms[-1] if tally.left_ms else 0.0,
                         tally.right_ms[-1] if tally.right_ms else 0.0, left_p50, right_p50, tally.agreement,
                         tally.frames, running, energy)


def _measured(meter: PhasedMeter, sides: list[str], kind: str) -> EnergyState:
    """The figures from the meter's blocks; UNAVAILABLE where a phase got no reading (a gauge slower than a block)."""
    idle = meter.draw(IDLE)
    figures: dict[str, SideEnergy] = {}
    for side in sides:
        draw = meter.draw(side)
        if idle.total_w is None or draw.total_w is None:
            gap = "the idle baseline" if idle.total_w is None else f"the {side} side's blocks"
            return EnergyState(UNAVAILABLE, kind, f"no power reading fell in {gap}", STOPPED, now_w=meter.now_w())
        added_w, mj = per_result(draw.total_w, idle.total_w, draw.seconds, draw.count)
        figures[side] = SideEnergy(added_w, mj, int(draw.count), draw.seconds, draw.readings)
    assert idle.total_w is not None
    return EnergyState(MEASURED, kind, now_w=meter.now_w(), idle_w=round(idle.total_w, 2), left=figures[LEFT],
                       right=figures.get(RIGHT))


def measure_energy(pair: Pair, source: PowerSource, should_stop: Callable[[], bool], tally: Tally,
                   plan: EnergyPlan = EnergyPlan()
                   ) -> Generator[ComparedFrame | EnergyState, None, EnergyState]:
    """The idle baseline, then each side alone in blocks (A B, B A, ...), yielding the progress (an EnergyState while
    idle, each side's frames after); returns the figures, or why there are none."""
    sides = [LEFT] if pair.right is None else [LEFT, RIGHT]
    detectors = {LEFT: pair.left, RIGHT: pair.right}
    order = [side for turn in range(plan.rounds) for side in (sides if turn % 2 == 0 else sides[::-1])]
    meter = PhasedMeter(source, plan.interval_s, plan.settle_s)
    ends = time.monotonic() + plan.seconds(len(sides))

    def progress(running: str) -> EnergyState:
        idle = meter.draw(IDLE).total_w if running != IDLE else None
        return EnergyState(MEASURING, source.kind, running=running, seconds_left=max(0.0, ends - time.monotonic()),
                           now_w=meter.now_w(), idle_w=None if idle is None else round(idle, 2))

    shown: dict[str, list[Detection]] = {LEFT: [], RIGHT: []}
    with meter, VideoFileSource(demo_video_path(), loop=True, paced=False) as video:
        meter.begin(IDLE)
        idle_ends = time.monotonic() + plan.idle_s
        while (now := time.monotonic()) < idle_ends and not should_stop() and not meter.lost:
            time.sleep(min(0.1, idle_ends - now))  # nothing runs; the stop flag is seen every 100 ms
            yield progress(IDLE)
        meter.end(0)
        for side in order:
            detector = detectors[side]
            if should_stop() or meter.lost or detector is None:
                break
            meter.begin(side)
            frames, block_ends = 0, time.monotonic() + plan.block_s
            while time.monotonic() < block_ends and not should_stop():
                image = video.next_frame().image
                shown[side] = run_alone(detector, image, tally.left_ms if side == LEFT else tally.right_ms)
                frames += 1
                yield _frame(image, shown[LEFT], shown[RIGHT], tally, side, progress(side))
            meter.end(frames)
    if meter.lost:
        cause = ON_AC if meter.sampler.lost_cause == ON_AC else STOPPED  # a charger plugged in: say to unplug it
        return EnergyState(UNAVAILABLE, source.kind, f"the power reading stopped: {meter.lost}", cause)
    return _measured(meter, sides, source.kind)


def compare_live(pair: Pair, should_stop: Callable[[], bool],
                 power: Callable[[], PowerSource] = find_power_source, plan: EnergyPlan = EnergyPlan()
                 ) -> Iterator[ComparedFrame | EnergyState]:
    """The energy measured first where ``power`` finds a source (``measure_energy``), then both sides on the demo
    video at its own pace, frame after frame, until stopped, each frame carrying the energy figure (or why none)."""
    tally = Tally()
    try:
        source = power()
    except PowerUnavailable as error:
        energy = EnergyState(UNAVAILABLE, reason=error.reason, cause=error.cause)
    else:
        energy = yield from measure_energy(pair, source, should_stop, tally, plan)
    with VideoFileSource(demo_video_path(), loop=True, paced=True) as video:
        while not should_stop():
            image = video.next_frame().image
            left, right = run_pair(pair, image, tally)
            yield _frame(image, left, right, tally, BOTH, energy)
