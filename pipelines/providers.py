"""Which accelerators exist, ranked best first, and ONNX sessions created on them with fallback.

A session is created on the best provider onnxruntime offers, warmed up with one real inference,
and the provider that actually ran is recorded. When a provider fails (at creation or at warm-up),
the next one is tried and the reason is kept, so the UI can say "fell back from X: why".
"""

from __future__ import annotations

import contextlib
import io
import os
import tempfile
import time
import warnings
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import onnxruntime as ort
from onnxruntime.capi import onnxruntime_pybind11_state as ort_state

from pipelines.errors import ModelError, ProviderError
from pipelines.placement import profile_first_run, profiled_placement
from pipelines.stdio_lock import STDIO_SWAP_LOCK

CPU_EP = "CPUExecutionProvider"
MIN_ACCELERATED_SHARE = 0.9  # below this share of the nodes (or of their time) on the accelerator, the badge warns


@dataclass(frozen=True)
class ProviderChoice:
    """One way to run a model: an onnxruntime execution provider with its options."""

    key: str
    ep: str
    device: str
    label: str
    options: Mapping[str, str] = field(default_factory=dict)


RANKED_CHOICES: tuple[ProviderChoice, ...] = (
    ProviderChoice("qnn", "QNNExecutionProvider", "NPU", "QNN (Snapdragon Hexagon NPU)", {"backend_type": "htp"}),
    ProviderChoice("vitisai", "VitisAIExecutionProvider", "NPU", "Vitis AI (AMD Ryzen AI NPU)"),
    ProviderChoice("openvino-npu", "OpenVINOExecutionProvider", "NPU", "OpenVINO (Intel NPU)", {"device_type": "NPU"}),
    ProviderChoice("openvino-gpu", "OpenVINOExecutionProvider", "GPU", "OpenVINO (Intel GPU)", {"device_type": "GPU"}),
    ProviderChoice("coreml", "CoreMLExecutionProvider", "NPU", "Core ML (Apple Neural Engine / GPU)", {"MLComputeUnits": "ALL"}),
    ProviderChoice("directml", "DmlExecutionProvider", "GPU", "DirectML (DirectX 12 GPU / NPU)"),
    ProviderChoice("tensorrt", "TensorrtExecutionProvider", "GPU", "TensorRT (NVIDIA GPU)"),
    ProviderChoice("cuda", "CUDAExecutionProvider", "GPU", "CUDA (NVIDIA GPU)"),
    ProviderChoice("rocm", "ROCMExecutionProvider", "GPU", "ROCm (AMD GPU)"),
    ProviderChoice("cpu", CPU_EP, "CPU", "CPU"),
)

ALIASES = {"dml": "directml", "openvino": "openvino-npu", "trt": "tensorrt", "npu": "qnn"}


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
            "provider": self.ep, "device": self.device, "precision": self.precision, "placement": dict(self.placement),
            "fallbacks": [{"choice": f.choice.key, "reason": f.reason} for f in self.fallbacks],
        }

    def badge(self) -> str:
        """E.g. 'CPU · CPUExecutionProvider · INT8 · 110/110 nodes'."""
        ran, total = self.nodes_on_chosen_ep()
        parts = [self.device, self.ep, self.precision.upper(), f"{ran}/{total} nodes" if total else ""]
        return " · ".join(part for part in parts if part)

    def placement_warning(self) -> str:
        """'mostly on CPU: ...' when the chosen accelerator ran under 90 % of the nodes or of their time, else ''."""
        ran, total = self.nodes_on_chosen_ep()
        time_share = self.time_share_of_chosen_ep()
        if self.ep == CPU_EP or not total or (ran >= MIN_ACCELERATED_SHARE * total and time_share >= MIN_ACCELERATED_SHARE):
            return ""
        return f"mostly on CPU: the {self.device} ({self.provider}) took {ran} of {total} nodes, {time_share:.0%} of the time"

    def fallback_note(self) -> str:
        """'fell back from X: why' for the overlay, or '' when the first choice ran."""
        if not self.fallbacks:
            return ""
        return "fell back from " + "; ".join(f.describe() for f in self.fallbacks)


@dataclass
class SessionBinding:
    """An onnxruntime session bound to the provider that actually runs it, and the model file it runs."""

    session: ort.InferenceSession
    info: ProviderInfo
    model_path: Path


ModelFor = Callable[[ProviderChoice], tuple[Path, str]]  # the model file for a device, and its precision


def available_eps() -> list[str]:
    return list(ort.get_available_providers())


def ranked_choices(available: Sequence[str] | None = None, catalog: Sequence[ProviderChoice] = RANKED_CHOICES) -> list[ProviderChoice]:
    """The choices whose provider this onnxruntime build offers, best first (CPU is always last)."""
    offered = set(available_eps() if available is None else available) | {CPU_EP}
    return [choice for choice in catalog if choice.ep in offered]


def resolve_choice(name: str, available: Sequence[str] | None = None, catalog: Sequence[ProviderChoice] = RANKED_CHOICES) -> ProviderChoice:
    """A provider named by the user (key like 'cuda' or EP name); absent or unknown is an error."""
    wanted = ALIASES.get(name.strip().lower(), name.strip().lower())
    match = next((c for c in catalog if wanted in (c.key, c.ep.lower())), None)
    present = ranked_choices(available, catalog)
    present_keys = ", ".join(c.key for c in present)
    if match is None:
        known = ", ".join(c.key for c in catalog)
        raise ProviderError(f"Unknown provider '{name}'", f"known: {known}")
    if match not in present:
        raise ProviderError(f"Provider '{match.label}' is not available on this machine", f"available: {present_keys}")
    return match


def _session_options() -> ort.SessionOptions:
    options = ort.SessionOptions()
    options.log_severity_level = 3
    # Idle worker threads must not spin: the UI thread and the other pipelines share the cores.
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    threads = os.environ.get("EDGE_SHOWCASE_THREADS")
    if threads:
        options.intra_op_num_threads = int(threads)
    return options


def _first_line(error: BaseException | str) -> str:
    text = str(error).strip() or type(error).__name__
    return text.splitlines()[0][:200]


def _open_session(model_path: Path, choice: ProviderChoice, profile_folder: Path) -> tuple[ort.InferenceSession | None, str]:
    """Try one provider; returns the session (or None) and onnxruntime's own reason on failure."""
    providers: list = [(choice.ep, dict(choice.options))]
    if choice.ep != CPU_EP:
        providers.append(CPU_EP)  # nodes the accelerator cannot take run on the CPU
    options = _session_options()
    profile_first_run(options, profile_folder)
    captured = io.StringIO()
    try:
        with STDIO_SWAP_LOCK, contextlib.redirect_stdout(captured), warnings.catch_warnings():  # onnxruntime's EP chatter
            warnings.simplefilter("ignore")
            session = ort.InferenceSession(str(model_path), sess_options=options, providers=providers)
    except (ort_state.InvalidProtobuf, ort_state.InvalidGraph) as error:
        raise ModelError(f"{model_path} is not a valid ONNX model (corrupt or truncated)", _first_line(error)) from error
    except ort_state.NoSuchFile as error:
        raise ModelError(f"Model file not found: {model_path}") from error
    except Exception as error:  # noqa: BLE001 - any provider failure means: try the next one
        return None, _first_line(error)
    if choice.ep not in session.get_providers():
        ep_error = next((line for line in captured.getvalue().splitlines() if line.startswith("EP Error")), "")
        reason = ep_error.removeprefix("EP Error").split(" when using")[0].strip() or "onnxruntime did not register it"
        return None, reason
    return session, ""


def create_session(
    model: Path | ModelFor,
    warmup: Callable[[ort.InferenceSession, Path], None],
    forced: str | None = None,
    available: Sequence[str] | None = None,
    catalog: Sequence[ProviderChoice] = RANKED_CHOICES,
) -> SessionBinding:
    """A warmed-up session on the best provider that works, falling back down the ranking.

    ``model`` is one file for every device, or a function giving the file (and its precision) that
    suits a device. ``warmup(session, model_path)`` runs one real inference, profiled to learn where each node ran; a
    provider that fails it is skipped like one that fails to load. ``ModelError`` (a bad model, not
    a bad provider) is raised at once.
    """
    model_for: ModelFor = model if callable(model) else (lambda choice: (model, ""))
    candidates = [resolve_choice(forced, available, catalog)] if forced else ranked_choices(available, catalog)
    # Every attempt's profile goes into one folder, removed at the end (failed attempts leave files too).
    with tempfile.TemporaryDirectory(prefix="edge-showcase-profile-", ignore_cleanup_errors=True) as profiles:
        return _first_working(candidates, model_for, warmup, Path(profiles))


def _first_working(candidates: list[ProviderChoice], model_for: ModelFor, warmup: Callable[[ort.InferenceSession, Path], None],
                   profile_folder: Path) -> SessionBinding:
    fallbacks: list[Fallback] = []
    for choice in candidates:
        model_path, precision = model_for(choice)
        session, reason = _open_session(model_path, choice, profile_folder)
        if session is None:
            fallbacks.append(Fallback(choice, reason))
            continue
        started = time.perf_counter()
        try:
            warmup(session, model_path)
        except ModelError:
            raise
        except Exception as error:  # noqa: BLE001 - a provider failing its first run is skipped
            fallbacks.append(Fallback(choice, f"warm-up failed: {_first_line(error)}"))
            continue
        finally:
            warmup_ms = (time.perf_counter() - started) * 1000
            placement = profiled_placement(session)  # ends profiling whatever happened
        info = ProviderInfo(choice.device, choice.label, choice.ep, warmup_ms, tuple(fallbacks), precision,
                            placement.nodes, placement.micros, choice.key)
        return SessionBinding(session, info, model_path)
    tried = "; ".join(f.describe() for f in fallbacks)
    names = sorted({model_for(choice)[0].name for choice in candidates})
    raise ProviderError(f"No execution provider could run {' or '.join(names)}", tried)
