"""Freezing the objects that live as long as the app out of the garbage collector's full collections."""

import gc

from pipelines.runtime.long_lived import long_lived_objects_frozen


def test_frozen_objects_leave_the_collectors_walk_until_thawed():
    window_like = [[index] for index in range(20000)]  # containers the collector tracks, as widgets' wrappers are
    tracked = len(gc.get_objects())
    with long_lived_objects_frozen():
        assert gc.get_freeze_count() >= len(window_like)
        assert len(gc.get_objects()) < tracked - len(window_like)  # a full collection no longer walks them
        made_since = [[index] for index in range(100)]
        assert any(made_since[0] is obj for obj in gc.get_objects())
    assert gc.get_freeze_count() == 0
    assert len(gc.get_objects()) >= tracked
