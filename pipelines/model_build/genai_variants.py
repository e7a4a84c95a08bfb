"""``models build`` for the onnxruntime-genai variants: each made from its catalog model (built first) in the
genai build environment, checked on a real question or recording, and recorded in the manifest."""

from __future__ import annotations

from pipelines.errors import ModelError
from pipelines.model_build.genai_chat import build_chat_genai
from pipelines.model_build.genai_env import Progress
from pipelines.model_build.genai_whisper import build_whisper_genai
from pipelines.model_store import model_path, model_status
from pipelines.models import CATALOG, CPU_EP, CUDA_EP, DML_EP, ModelSpec

BUILDER_PROVIDERS = {CPU_EP: "cpu", DML_EP: "dml", CUDA_EP: "cuda"}  # onnxruntime-genai's builder names them so


def build_genai_variant(spec: ModelSpec, progress: Progress) -> dict[str, object]:
    """Build ``spec`` (a genai variant) from the model it is made from; what the manifest records of it."""
    base = CATALOG[spec.built_from]
    source = model_status(base)
    if not source.ready:
        raise ModelError(f"{base.title} must be built before its onnxruntime-genai variant ({source.state})")
    build = build_chat_genai if base.task == "chat" else build_whisper_genai
    return build(source.path, model_path(spec), progress, spec.precision, BUILDER_PROVIDERS[spec.ep])
