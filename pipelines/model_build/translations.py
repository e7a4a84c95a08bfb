"""Compiles the window's translations (``assets/i18n/edge_showcase_<lang>.ts``, made by
``packaging/update_translations.py``) into the ``.qm`` files the window loads, beside them, with PySide6's lrelease:
a step of ``models build``, so the packaging build ships them too. Qt-free: lrelease runs as a program."""

from __future__ import annotations

import shutil
import subprocess
import sysconfig
from collections.abc import Callable
from pathlib import Path

from pipelines.bundled import asset_path
from pipelines.errors import ShowcaseError

FOLDER = "i18n"
PREFIX = "edge_showcase_"


def ts_path(code: str) -> Path:
    """The translation source of language ``code`` ('de', 'zh_CN')."""
    return asset_path(f"{FOLDER}/{PREFIX}{code}.ts")


def lrelease() -> str:
    """PySide6's lrelease, beside this Python (a venv's bin or Scripts folder) or on the PATH."""
    found = shutil.which("pyside6-lrelease", path=sysconfig.get_path("scripts")) or shutil.which("pyside6-lrelease")
    if found is None:
        raise ShowcaseError("pyside6-lrelease was not found", "install PySide6 in this environment")
    return found


def compile_translations(progress: Callable[[str], None]) -> list[Path]:
    """Compile every ``.ts`` into its ``.qm`` (kept when the source is not newer); returns the ``.qm`` files."""
    compiled = []
    for source in sorted(asset_path(FOLDER).glob(f"{PREFIX}*.ts")):
        target = source.with_suffix(".qm")
        if not target.exists() or target.stat().st_mtime < source.stat().st_mtime:
            run = subprocess.run([lrelease(), str(source), "-qm", str(target)], capture_output=True, text=True)
            if run.returncode != 0:
                raise ShowcaseError(f"lrelease could not compile {source.name}: {run.stderr.strip() or run.stdout}")
        compiled.append(target)
    progress(f"translations: {len(compiled)} languages compiled -> {asset_path(FOLDER)}")
    return compiled
