"""A model load the window stops (closing while a model loads, or while Auto measures the engines once) ends the
engine's child within a second instead of holding the window's exit: the chat and the speech engine alike."""

import time
from collections.abc import Callable

import pytest

from pipelines.chat.hosted import load_hosted_engine_steps
from pipelines.runtime.engine_host import EngineStopped
from pipelines.speech.hosted import load_hosted_recognizer


def stop_after(seconds: float) -> Callable[[], bool]:
    asked_at: list[float] = []

    def should_stop() -> bool:
        asked_at.append(time.monotonic())
        return asked_at[-1] - asked_at[0] > seconds

    return should_stop


@pytest.mark.parametrize(
    "load",
    [
        lambda should_stop: list(load_hosted_engine_steps(should_stop=should_stop)),
        lambda should_stop: load_hosted_recognizer(should_stop=should_stop),
    ],
    ids=["chat", "speech"],
)
def test_a_stopped_load_ends_its_child_at_once(load):
    started = time.monotonic()
    with pytest.raises(EngineStopped, match="work was stopped"):
        load(stop_after(0.3))  # the child is still starting (spawn, imports) by then
    assert time.monotonic() - started < 1.5
