"""Where each node of a model really ran: read from onnxruntime's profile of one run.

A session created with ``[accelerator, CPU]`` runs whatever the accelerator refuses on the CPU, and
says nothing about it. onnxruntime's profiler records, for every node it runs, the execution
provider that ran it; one profiled warm-up run is enough to count them. (An EP that compiles a
subgraph into one kernel, as OpenVINO and QNN do, shows as one node per compiled subgraph.)
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import onnxruntime as ort

KERNEL_SUFFIX = "_kernel_time"


def profile_first_run(options: ort.SessionOptions, folder: Path) -> None:
    """Profile the session's runs, into ``folder``, until ``profiled_placement`` ends it after the first."""
    options.enable_profiling = True
    options.profile_file_prefix = str(folder / "profile")


@dataclass(frozen=True)
class Placement:
    """Per execution provider: the distinct nodes it ran and its kernels' time (microseconds) in the run."""

    nodes: dict[str, int]
    micros: dict[str, int]


def profiled_placement(session: ort.InferenceSession) -> Placement:
    """End profiling and sum, per execution provider, the nodes it ran and the time they took."""
    return placement_from_profiles([Path(session.end_profiling())])


def placement_from_profiles(profiles: list[Path]) -> Placement:
    """Nodes and kernel time per execution provider over onnxruntime profile files (one per session: an
    onnxruntime-genai model has one for its decoder, and one for Whisper's encoder too)."""
    nodes: dict[str, set[str]] = defaultdict(set)
    micros: dict[str, int] = defaultdict(int)
    for index, profile in enumerate(profiles):
        try:
            events = json.loads(profile.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        for event in events:
            provider = event.get("args", {}).get("provider") if event.get("cat") == "Node" else None
            if provider and event.get("name", "").endswith(KERNEL_SUFFIX):
                nodes[provider].add(f"{index}:{event['name'].removesuffix(KERNEL_SUFFIX)}")
                micros[provider] += int(event.get("dur", 0))
    ranked = sorted(nodes, key=lambda provider: -len(nodes[provider]))
    return Placement({p: len(nodes[p]) for p in ranked}, {p: micros[p] for p in ranked})
