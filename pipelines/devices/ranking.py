"""Which accelerators exist here, ranked: by device (NPU, then GPU, then CPU), then by execution provider. One
ranking decides for all three pipelines: the detector's sessions (``onnx_sessions.py``) and the chat and Whisper
models of onnxruntime-genai (``genai_sessions.py``) try the same choices in the same order."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import onnxruntime as ort

from pipelines.devices.ep_devices import raw_ep_devices
from pipelines.devices.requests import DEVICE_ORDER, DEVICE_PREFIX
from pipelines.errors import ProviderError
from pipelines.phrases import QT_TRANSLATE_NOOP, Phrase

CPU_EP = "CPUExecutionProvider"


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
    ProviderChoice(
        "coreml", "CoreMLExecutionProvider", "NPU", "Core ML (Apple Neural Engine / GPU)", {"MLComputeUnits": "ALL"}
    ),
    ProviderChoice("directml", "DmlExecutionProvider", "GPU", "DirectML (DirectX 12 GPU / NPU)"),
    ProviderChoice("tensorrt", "TensorrtExecutionProvider", "GPU", "TensorRT (NVIDIA GPU)"),
    ProviderChoice("cuda", "CUDAExecutionProvider", "GPU", "CUDA (NVIDIA GPU)"),
    ProviderChoice("rocm", "ROCMExecutionProvider", "GPU", "ROCm (AMD GPU)"),
    # Plugin EPs (packages of their own, bound through the device API only).
    ProviderChoice("tensorrt-rtx", "NvTensorRTRTXExecutionProvider", "GPU", "TensorRT RTX (NVIDIA RTX GPU)"),
    ProviderChoice("mlx", "MLXExecutionProvider", "GPU", "MLX (Apple silicon GPU)"),
    ProviderChoice("webgpu", "WebGpuExecutionProvider", "GPU", "WebGPU (Direct3D 12 / Vulkan / Metal GPU)"),
    # OpenVINO's CPU plugin: FP32 detector 19.2 ms vs 22.8 ms on onnxruntime's CPU EP when issue 12 was filed (2-core
    # AMD);
    # 25-31 vs 28-30 ms in a later run there (noisy). Ranked first among the CPU choices where it is installed.
    ProviderChoice("openvino-cpu", "OpenVINOExecutionProvider", "CPU", "OpenVINO (CPU)", {"device_type": "CPU"}),
    ProviderChoice("cpu", CPU_EP, "CPU", "CPU"),
)

ALIASES = {"dml": "directml", "openvino": "openvino-npu", "trt": "tensorrt"}
NOT_HERE = QT_TRANSLATE_NOOP("Pipelines", "{provider} is not available on this machine")
NO_DEVICE_HERE = QT_TRANSLATE_NOOP("Pipelines", "No {device} this app can use on this machine")
AVAILABLE = QT_TRANSLATE_NOOP("Pipelines", "pick Auto or one that is here: {choices}")


def available_eps() -> list[str]:
    return list(ort.get_available_providers())


def ranked_choices(
    available: Sequence[str] | None = None,
    catalog: Sequence[ProviderChoice] = RANKED_CHOICES,
    listed: Sequence | None = None,
) -> list[ProviderChoice]:
    """The choices whose provider this onnxruntime offers by name or lists a device for (``listed``:
    ``get_ep_devices()`` output, plugin EPs included), by device (NPU, GPU, CPU) then by EP."""
    listed = raw_ep_devices() if listed is None else listed
    offered = set(available_eps() if available is None else available) | {CPU_EP} | {d.ep_name for d in listed}
    present = [choice for choice in catalog if choice.ep in offered]
    return sorted(present, key=lambda choice: DEVICE_ORDER.index(choice.device))


def _named(name: str, catalog: Sequence[ProviderChoice]) -> ProviderChoice | None:
    wanted = ALIASES.get(name.strip().lower(), name.strip().lower())
    return next((c for c in catalog if wanted in (c.key, c.ep.lower())), None)


def choice_key(name: str, catalog: Sequence[ProviderChoice] = RANKED_CHOICES) -> str:
    """The key of the provider ``name`` calls by key, alias or EP name ('dml', 'DmlExecutionProvider': 'directml');
    ``name`` itself when it names none (a device type, 'device:npu', or a typo)."""
    match = _named(name, catalog)
    return match.key if match else name


def resolve_choice(
    name: str,
    available: Sequence[str] | None = None,
    catalog: Sequence[ProviderChoice] = RANKED_CHOICES,
    listed: Sequence | None = None,
) -> ProviderChoice:
    """A provider named by the user (key like 'cuda' or EP name); absent or unknown is an error."""
    match = _named(name, catalog)
    present = ranked_choices(available, catalog, listed)
    present_keys = ", ".join(c.key for c in present)
    if match is None:
        known = ", ".join(c.key for c in catalog)
        raise ProviderError(f"Unknown provider '{name}'", f"known: {known}")
    if match not in present:
        raise ProviderError(Phrase(NOT_HERE, provider=match.label), Phrase(AVAILABLE, choices=present_keys))
    return match


def candidates_for(
    forced: str | None,
    available: Sequence[str] | None = None,
    catalog: Sequence[ProviderChoice] = RANKED_CHOICES,
    listed: Sequence | None = None,
) -> list[ProviderChoice]:
    """What to try, best first: every choice (``forced`` None), those of one device type ('device:npu'), or one
    provider."""
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
        raise ProviderError(Phrase(NO_DEVICE_HERE, device=device), Phrase(AVAILABLE, choices=present))
    return matching
