"""What a binding found, as every pipeline's badge shows it: the device, the provider that runs, the model's
precision, where its nodes really ran, and why the better-ranked providers did not."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from pipelines.devices.placement import Placement
from pipelines.devices.ranking import CPU_EP, ProviderChoice
from pipelines.phrases import QT_TRANSLATE_NOOP, Phrase, joined, with_detail

MIN_ACCELERATED_SHARE = 0.9  # below this share of the nodes (or of their time) on the accelerator, the badge warns
NODES = QT_TRANSLATE_NOOP("Pipelines", "{ran}/{total} nodes")
STRICT = QT_TRANSLATE_NOOP("Pipelines", "strict")
MOSTLY_ON_CPU = QT_TRANSLATE_NOOP(
    "Pipelines", "mostly on CPU: the {device} ({provider}) took {ran} of {total} nodes, {share} of the time"
)
FELL_BACK = QT_TRANSLATE_NOOP("Pipelines", "fell back from {fallbacks}")
ONLY_THE_CPU = QT_TRANSLATE_NOOP(
    "Pipelines", "No NPU or GPU this app can use on this machine: the CPU is the only device here"
)


@dataclass(frozen=True)
class Fallback:
    """A provider that was tried and skipped, with the reason in one line."""

    choice: ProviderChoice
    reason: str

    def describe(self) -> str:
        return f"{self.choice.label}: {self.reason}"


@dataclass(frozen=True)
class ProviderInfo:
    """What a pipeline's badge shows: the device, the provider that runs, the model's precision, where
    its nodes really ran (``placement``: nodes per EP in the profiled warm-up) and why others did not."""

    device: str
    provider: str
    ep: str
    warmup_ms: float
    fallbacks: tuple[Fallback, ...] = ()
    precision: str = ""
    placement: Mapping[str, int] = field(default_factory=dict)
    placement_us: Mapping[str, int] = field(default_factory=dict)  # kernel time per EP in the profiled run
    key: str = ""  # the choice's key ('cpu', 'openvino-npu'...): forcing it binds the same device again
    bound_by: str = ""  # "device" (the device API's OrtEpDevice) or "name" (the provider list)
    strict: bool = False  # the CPU EP could not take nodes the accelerator refused

    @classmethod
    def of(
        cls,
        choice: ProviderChoice,
        warmup_ms: float,
        fallbacks: Sequence[Fallback],
        precision: str,
        placement: Placement,
        by_device: bool,
        strict: bool = False,
    ) -> ProviderInfo:
        """What a binding found: ``choice`` ran the warm-up in ``warmup_ms`` with ``placement``, after ``fallbacks``."""
        bound_by = "device" if by_device else "name"
        return cls(choice.device, choice.label, choice.ep, warmup_ms, tuple(fallbacks), precision, placement.nodes,
                   placement.micros, choice.key, bound_by, strict)

    def nodes_on_chosen_ep(self) -> tuple[int, int]:
        """Nodes the chosen EP ran, and nodes in all (0, 0 when nothing was profiled)."""
        return self.placement.get(self.ep, 0), sum(self.placement.values())

    def time_share_of_chosen_ep(self) -> float:
        """The chosen EP's share of the profiled run's kernel time (1.0 when nothing was profiled)."""
        total = sum(self.placement_us.values())
        return self.placement_us.get(self.ep, 0) / total if total else 1.0

    def to_json(self) -> dict:
        """Where the model runs, for ``--json`` output: EP, device, precision, nodes per EP, fallbacks."""
        return {
            "provider": self.ep,
            "device": self.device,
            "precision": self.precision,
            "placement": dict(self.placement),
            "fallbacks": [{"choice": f.choice.key, "reason": f.reason} for f in self.fallbacks],
            "bound_by": self.bound_by,
            "strict": self.strict,
        }

    def badge(self) -> str:
        """E.g. 'CPU · CPUExecutionProvider · INT8 · 110/110 nodes' (and '· strict' in strict mode)."""
        ran, total = self.nodes_on_chosen_ep()
        nodes = Phrase(NODES, ran=ran, total=total) if total else ""
        return joined([self.device, self.ep, self.precision.upper(), nodes, Phrase(STRICT) if self.strict else ""])

    def placement_warning(self) -> str:
        """'mostly on CPU: ...' when the chosen accelerator ran under 90 % of the nodes or of their time, else ''."""
        ran, total = self.nodes_on_chosen_ep()
        time_share = self.time_share_of_chosen_ep()
        if (
            self.ep == CPU_EP
            or not total
            or (ran >= MIN_ACCELERATED_SHARE * total and time_share >= MIN_ACCELERATED_SHARE)
        ):
            return ""
        return Phrase(MOSTLY_ON_CPU, device=self.device, provider=self.provider, ran=ran, total=total,
                      share=f"{time_share:.0%}")

    def fallback_note(self) -> str:
        """'fell back from X: why' for the overlay, or '' when the first choice ran."""
        if not self.fallbacks:
            return ""
        return Phrase(FELL_BACK, fallbacks="; ".join(f.describe() for f in self.fallbacks))

    def why_only_the_cpu(self) -> Phrase:
        """Why a model that asked for the best device got the CPU: no other, and each accelerator's reason if tried."""
        tried = self.fallback_note()
        return with_detail(Phrase(ONLY_THE_CPU), tried) if tried else Phrase(ONLY_THE_CPU)
