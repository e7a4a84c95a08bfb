"""Which accelerators exist, ranked best first, and ONNX sessions created on them with fallback.

The choices are ranked by device (NPU, then GPU, then CPU), then by execution provider. A session
is bound to a device through onnxruntime's device API (``add_provider_for_devices`` with the
``OrtEpDevice`` that ``get_ep_devices`` lists; plugin EPs can only be bound this way) and, where the
installed onnxruntime has no such device, by the provider's name. It is warmed up with one real
(profiled) inference and the provider that actually ran is recorded. When a provider fails (at
creation or at warm-up), the next one is tried and the reason is kept, so the UI can say "fell back
from X: why". In strict mode (``session.disable_cpu_ep_fallback``) an accelerator must run every
node itself or be skipped.
"""

from __future__ import annotations

import contextlib
import io
import re
import tempfile
import time
import warnings
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import onnxruntime as ort
from onnxruntime.capi import onnxruntime_pybind11_state as ort_state

from pipelines.ep_devices import raw_ep_devices
from pipelines.errors import ModelError, ProviderError
from pipelines.placement import profile_first_run, profiled_placement
from pipelines.stdio_lock import STDIO_SWAP_LOCK, native_stderr_captured

CPU_EP = "CPUExecutionProvider"
MIN_ACCELERATED_SHARE = 0.9  # below this share of the nodes (or of their time) on the accelerator, the badge warns
DEVICE_PREFIX = "device:"  # a forced choice of "device:npu" means the best provider of that device type
DEVICE_ORDER = ("NPU", "GPU", "CPU")


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
    # Plugin EPs (packages of their own, bound through the device API only).
    ProviderChoice("tensorrt-rtx", "NvTensorRTRTXExecutionProvider", "GPU", "TensorRT RTX (NVIDIA RTX GPU)"),
    ProviderChoice("mlx", "MLXExecutionProvider", "GPU", "MLX (Apple silicon GPU)"),
    ProviderChoice("webgpu", "WebGpuExecutionProvider", "GPU", "WebGPU (Direct3D 12 / Vulkan / Metal GPU)"),
    # OpenVINO's CPU plugin: FP32 detector 19.2 ms vs 22.8 ms on onnxruntime's CPU EP when issue 12 was filed (2-core AMD);
    # 25-31 vs 28-30 ms in a later run there (noisy). Ranked first among the CPU choices where it is installed.
    ProviderChoice("openvino-cpu", "OpenVINOExecutionProvider", "CPU", "OpenVINO (CPU)", {"device_type": "CPU"}),
    ProviderChoice("cpu", CPU_EP, "CPU", "CPU"),
)

ALIASES = {"dml": "directml", "openvino": "openvino-npu", "trt": "tensorrt"}


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
            "bound_by": self.bound_by, "strict": self.strict,
        }

    def badge(self) -> str:
        """E.g. 'CPU · CPUExecutionProvider · INT8 · 110/110 nodes' (and '· strict' in strict mode)."""
        ran, total = self.nodes_on_chosen_ep()
        parts = [self.device, self.ep, self.precision.upper(), f"{ran}/{total} nodes" if total else "", "strict" if self.strict else ""]
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


def ranked_choices(available: Sequence[str] | None = None, catalog: Sequence[ProviderChoice] = RANKED_CHOICES,
                   listed: Sequence | None = None) -> list[ProviderChoice]:
    """The choices whose provider this onnxruntime offers by name or lists a device for (``listed``:
    ``get_ep_devices()`` output, plugin EPs included), by device (NPU, GPU, CPU) then by EP."""
    listed = raw_ep_devices() if listed is None else listed
    offered = set(available_eps() if available is None else available) | {CPU_EP} | {d.ep_name for d in listed}
    present = [choice for choice in catalog if choice.ep in offered]
    return sorted(present, key=lambda choice: DEVICE_ORDER.index(choice.device))


def resolve_choice(name: str, available: Sequence[str] | None = None, catalog: Sequence[ProviderChoice] = RANKED_CHOICES,
                   listed: Sequence | None = None) -> ProviderChoice:
    """A provider named by the user (key like 'cuda' or EP name); absent or unknown is an error."""
    wanted = ALIASES.get(name.strip().lower(), name.strip().lower())
    match = next((c for c in catalog if wanted in (c.key, c.ep.lower())), None)
    present = ranked_choices(available, catalog, listed)
    present_keys = ", ".join(c.key for c in present)
    if match is None:
        known = ", ".join(c.key for c in catalog)
        raise ProviderError(f"Unknown provider '{name}'", f"known: {known}")
    if match not in present:
        raise ProviderError(f"Provider '{match.label}' is not available on this machine", f"available: {present_keys}")
    return match


def candidates_for(forced: str | None, available: Sequence[str] | None = None, catalog: Sequence[ProviderChoice] = RANKED_CHOICES,
                   listed: Sequence | None = None) -> list[ProviderChoice]:
    """What to try, best first: every choice (``forced`` None), those of one device type ('device:npu'), or one provider."""
    if not forced:
        return ranked_choices(available, catalog, listed)
    if not forced.startswith(DEVICE_PREFIX):
        return [resolve_choice(forced, available, catalog, listed)]
    device = forced.removeprefix(DEVICE_PREFIX).upper()
    if device not in DEVICE_ORDER:
        raise ProviderError(f"Unknown device type '{device.lower()}'", "choose npu, gpu or cpu")
    ranked = ranked_choices(available, catalog, listed)
    matching = [choice for choice in ranked if choice.device == device]
    if not matching:
        present = ", ".join(f"{c.key} [{c.device}]" for c in ranked)
        raise ProviderError(f"No {device} this app can use on this machine", f"available: {present}")
    return matching


def _session_options(strict: bool, threads: int | None) -> ort.SessionOptions:
    options = ort.SessionOptions()
    options.log_severity_level = 3
    # Idle worker threads must not spin: the UI thread and the other pipelines share the cores.
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    if strict:  # every node on the chosen accelerator, or the session fails
        options.add_session_config_entry("session.disable_cpu_ep_fallback", "1")
    if threads:  # the share of the cores the running pipelines leave it (pipelines/core_split.py)
        options.intra_op_num_threads = threads
    return options


def _first_line(error: BaseException | str) -> str:
    text = str(error).strip() or type(error).__name__
    return text.splitlines()[0][:200]


_ANSI_COLOUR = re.compile(r"\x1b\[[0-9;]*m")


def _ep_reason(python_stdout: str, native_stderr: str) -> str:
    """Why onnxruntime left a provider out, from what it printed: an 'EP Error' (Python) or the provider
    factory's own error line from C++ (e.g. OpenVINO's '[OpenVINO] Device NPU is not available')."""
    ep_error = next((line for line in python_stdout.splitlines() if line.startswith("EP Error")), "")
    if ep_error:
        return ep_error.removeprefix("EP Error").split(" when using")[0].strip()
    native = [_ANSI_COLOUR.sub("", line) for line in native_stderr.splitlines() if "[E:" in line]
    if native:
        line = native[0]
        return (line.split("[ERROR]", 1)[1] if "[ERROR]" in line else line.rsplit("] ", 1)[-1]).strip()[:200]
    return "onnxruntime did not register it"


@dataclass(frozen=True)
class _Attempt:
    """How one provider is tried: the devices to bind (empty: by name), strict or not, where profiles go."""

    devices: Sequence
    by_name: bool
    strict: bool
    threads: int | None
    profile_folder: Path


def _attempt_for(choice: ProviderChoice, listed: Sequence, available: Sequence[str], strict: bool, threads: int | None,
                 profile_folder: Path) -> _Attempt:
    devices = [d for d in listed if d.ep_name == choice.ep and d.device.type.name == choice.device][:1]
    return _Attempt(devices, not devices and choice.ep in available, strict and choice.ep != CPU_EP, threads, profile_folder)


def _open_session(model_path: Path, choice: ProviderChoice, attempt: _Attempt) -> tuple[ort.InferenceSession | None, str]:
    """Try one provider; returns the session (or None) and onnxruntime's own reason on failure."""
    if not attempt.devices and not attempt.by_name:
        return None, f"{choice.ep} lists no {choice.device} device on this machine (get_ep_devices)"
    options = _session_options(attempt.strict, attempt.threads)
    profile_first_run(options, attempt.profile_folder)
    providers: list | None = None
    if attempt.devices:  # the device names itself: an option naming the device again would conflict
        options.add_provider_for_devices(attempt.devices, {k: v for k, v in choice.options.items() if k != "device_type"})
    else:
        providers = [(choice.ep, dict(choice.options))]
        if choice.ep != CPU_EP and not attempt.strict:
            providers.append(CPU_EP)  # nodes the accelerator cannot take run on the CPU
    captured, native = io.StringIO(), []
    try:
        with (STDIO_SWAP_LOCK, contextlib.redirect_stdout(captured), native_stderr_captured(native),
              warnings.catch_warnings()):  # onnxruntime's EP chatter
            warnings.simplefilter("ignore")
            session = ort.InferenceSession(str(model_path), sess_options=options, providers=providers)
    except (ort_state.InvalidProtobuf, ort_state.InvalidGraph) as error:
        raise ModelError(f"{model_path} is not a valid ONNX model (corrupt or truncated)", _first_line(error)) from error
    except ort_state.NoSuchFile as error:
        raise ModelError(f"Model file not found: {model_path}") from error
    except Exception as error:  # noqa: BLE001 - any provider failure means: try the next one
        return None, _first_line(error)
    if choice.ep not in session.get_providers():
        return None, _ep_reason(captured.getvalue(), "".join(native))
    return session, ""


def create_session(
    model: Path | ModelFor,
    warmup: Callable[[ort.InferenceSession, Path], None],
    forced: str | None = None,
    available: Sequence[str] | None = None,
    catalog: Sequence[ProviderChoice] = RANKED_CHOICES,
    strict: bool = False,
    listed: Sequence | None = None,
    threads: int | None = None,
) -> SessionBinding:
    """A warmed-up session on the best provider that works, falling back down the ranking.

    ``model`` is one file for every device, or a function giving the file (and its precision) that
    suits a device. ``forced`` is a provider ('cuda') or a device type ('device:npu'). ``warmup(session,
    model_path)`` runs one real inference, profiled to learn where each node ran; a provider that fails
    it is skipped like one that fails to load. ``ModelError`` (a bad model, not a bad provider) is raised at once.
    ``available`` (provider names) and ``listed`` (``get_ep_devices()`` output) default to this machine's.
    ``threads``: onnxruntime's intra-op pool (None: one per core).
    """
    model_for: ModelFor = model if callable(model) else (lambda choice: (model, ""))
    listed = raw_ep_devices() if listed is None else listed
    available = available_eps() if available is None else available
    candidates = candidates_for(forced, available, catalog, listed)
    # Every attempt's profile goes into one folder, removed at the end (failed attempts leave files too).
    with tempfile.TemporaryDirectory(prefix="edge-showcase-profile-", ignore_cleanup_errors=True) as profiles:
        attempts = [(choice, _attempt_for(choice, listed, available, strict, threads, Path(profiles))) for choice in candidates]
        return _first_working(attempts, model_for, warmup)


def _first_working(attempts: list[tuple[ProviderChoice, _Attempt]], model_for: ModelFor,
                   warmup: Callable[[ort.InferenceSession, Path], None]) -> SessionBinding:
    fallbacks: list[Fallback] = []
    for choice, attempt in attempts:
        model_path, precision = model_for(choice)
        session, reason = _open_session(model_path, choice, attempt)
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
                            placement.nodes, placement.micros, choice.key, "device" if attempt.devices else "name", attempt.strict)
        return SessionBinding(session, info, model_path)
    tried = "; ".join(f.describe() for f in fallbacks)
    names = sorted({model_for(choice)[0].name for choice, _ in attempts})
    raise ProviderError(f"No execution provider could run {' or '.join(names)}", tried)
