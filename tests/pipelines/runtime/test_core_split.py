"""The split of the cores between the live pipelines (2, 4 and 16 cores), and the plan the app keeps."""

import pytest

from pipelines.names import PIPELINES
from pipelines.runtime.core_split import CorePlan, thread_split

ALL = PIPELINES


@pytest.mark.parametrize(("cores", "together"), [
    (2, {"speech": 1, "chat": 1, "detection": 1}),
    (4, {"speech": 1, "chat": 2, "detection": 1}),
    (16, {"speech": 2, "chat": 6, "detection": 4}),
])
def test_all_three_get_a_share_and_alone_one_gets_the_machine(cores, together):
    assert thread_split(cores, ALL) == together
    assert thread_split(cores, ["chat"]) == {"chat": min(cores - 1, 8)}  # never the last core
    assert thread_split(cores, ["detection"]) == {"detection": min(cores, 4)}
    assert thread_split(cores, ["speech"]) == {"speech": min(cores, 4)}
    assert thread_split(cores, []) == {}  # none live: no threads


def test_more_cores_never_give_a_pipeline_fewer_threads():
    for live in (ALL, ("detection", "chat"), ("speech", "chat"), ("detection", "speech")):
        for cores in range(1, 64):
            smaller, larger = thread_split(cores, live), thread_split(cores + 1, live)
            assert all(larger[name] >= smaller[name] for name in live), (live, cores)
            assert sum(smaller.values()) <= max(cores, len(live)), (
                live,
                cores,
            )  # never more threads than cores (one each at least)


def test_the_plan_tells_subscribers_when_the_split_changes():
    plan = CorePlan(cores=2)
    heard = []
    plan.subscribe(heard.append)
    assert plan.threads("detection") == 2  # alone: the machine
    plan.set_live("detection", True)
    plan.set_live("detection", True)  # no change, no news
    plan.set_live("chat", True)
    assert heard == [{"detection": 2}, {"chat": 1, "detection": 1}]
    assert plan.threads("speech") == 1 and plan.split() == {"chat": 1, "detection": 1}
    assert not plan.alone("detection") and not plan.alone("chat")
    plan.set_live("chat", False)
    assert heard[-1] == {"detection": 2}
    assert plan.alone("detection") and not plan.alone("speech")
    plan.set_live("detection", False)
    assert heard[-1] == {} and plan.split() == {}
