"""What the comparisons of text have in common (the Chat panel's answers, the Speech panel's transcripts): the pair
of engines, one side as it stands, and which of two finished sides was how many times as fast."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Generic, Protocol, TypeVar

if TYPE_CHECKING:
    from pipelines.devices.provider_info import ProviderInfo

DEVICE, ENGINES = "device", "engines"  # the two kinds: the CPU against the best accelerator, one engine against another
LEFT, RIGHT = "left", "right"
LOADING = "loading"  # every comparison's first stage: its pair of engines loads


class Closable(Protocol):
    def close(self) -> None: ...


E = TypeVar("E", bound=Closable)


@dataclass
class Pair(Generic[E]):
    """The two engines, each in its child process (``right`` None where the machine has nothing to compare with,
    and ``missing`` says why)."""

    kind: str
    left: E
    right: E | None
    missing: str = ""

    def sides(self) -> list[tuple[str, E]]:
        return [(LEFT, self.left)] + ([(RIGHT, self.right)] if self.right is not None else [])

    def close(self) -> None:
        for _, engine in self.sides():
            engine.close()


def pair_with(kind: str, first: E, load_second: Callable[[], E], second_left: bool = False) -> Pair[E]:
    """``first`` and the engine ``load_second`` brings (``first`` closed if that fails); ``second_left``: the new
    one is the left side (the CPU against the accelerator loaded first)."""
    try:
        second = load_second()
    except BaseException:
        first.close()
        raise
    return Pair(kind, second, first) if second_left else Pair(kind, first, second)


def against_the_cpu(best: E, device: str, provider: ProviderInfo | None, load_cpu: Callable[[], E]) -> Pair[E]:
    """The device comparison: the CPU (left, the engine ``load_cpu`` brings) against ``best``, the engine the ranking
    put on the best ``device`` (through ``provider``); ``best`` alone where that is the CPU, ``missing`` saying why
    (never the CPU twice)."""
    assert provider is not None, "onnxruntime-genai engines know their provider"
    if device == "CPU":
        return Pair(DEVICE, best, None, provider.why_only_the_cpu())
    return pair_with(DEVICE, best, load_cpu, second_left=True)


@dataclass(frozen=True)
class Side:
    """One side as it stands: where it runs (``title``), what tells it from the other side (``name``: its device, or
    its engine), its text so far, and whether it is done."""

    title: str
    name: str
    text: str = ""
    done: bool = False


S = TypeVar("S", bound=Side)


def side_labels(kind: str, engine: str, device: str, provider: ProviderInfo | None,
                placement: str = "") -> tuple[str, str]:
    """A side's title, 'onnxruntime-genai · CPU · CPUExecutionProvider' (the engine and where it really runs: its
    EP, else the engine's own account), and its name, what tells it from the other side: its device in a device
    comparison, else its engine."""
    where = provider.ep if provider is not None else placement
    title = " · ".join(part for part in (engine, device, where) if part)
    return title, device if kind == DEVICE else engine


@dataclass(frozen=True)
class SideBySide(Generic[S]):
    """A comparison at one moment (a new one per change: the window shows the newest): its kind, where it stands,
    and each side (None until loaded; ``right`` None where the machine has no second side, ``missing`` says why)."""

    kind: str
    stage: str
    left: S | None = None
    right: S | None = None
    missing: str = ""

    @staticmethod
    def speed(side: S) -> float:
        """How fast a side went (higher is faster)."""
        raise NotImplementedError

    @property
    def idle(self) -> bool:
        """Nothing runs: what was asked is answered, the recording heard."""
        raise NotImplementedError

    def faster(self) -> tuple[S, S, float] | None:
        """Once both are done: the faster side, the slower one, and how many times as fast."""
        if self.left is None or self.right is None or not (self.left.done and self.right.done):
            return None
        fast, slow = sorted((self.left, self.right), key=self.speed, reverse=True)
        return fast, slow, self.speed(fast) / max(self.speed(slow), 1e-9)
