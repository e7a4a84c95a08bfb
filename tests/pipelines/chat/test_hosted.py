"""The chat engine in its child process: a load the window stops (closing while a model loads, or while Auto
measures the engines once) ends the child within a second instead of holding the exit."""

import time

import pytest

from pipelines.chat.hosted import load_hosted_engine_steps
from pipelines.runtime.engine_host import EngineStopped


def test_a_stopped_load_ends_its_child_at_once():
    asked_at: list[float] = []

    def should_stop() -> bool:
        asked_at.append(time.monotonic())
        return asked_at[-1] - asked_at[0] > 0.3  # the child is still starting (spawn, imports) by then

    started = time.monotonic()
    with pytest.raises(EngineStopped, match="work was stopped"):
        list(load_hosted_engine_steps(should_stop=should_stop))
    assert time.monotonic() - started < 1.5
