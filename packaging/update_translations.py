"""Regenerate the window's translation sources, ``assets/i18n/edge_showcase_<lang>.ts``, from the strings ``app/``
and ``widgets/`` wrap for translation and the phrases ``pipelines/`` marks (``pipelines/phrases.py``):
``python packaging/update_translations.py``.

pyside6-lupdate keeps the translations already in a file, adds the new strings as unfinished and drops those of strings
that are gone. The files carry no line numbers, so an edit elsewhere in the code leaves them as they are.
``edge-showcase models build`` compiles them (``pipelines/model_build/translations.py``).
"""

from __future__ import annotations

import subprocess
import sys
import sysconfig
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.translations import ENGLISH, LANGUAGES  # noqa: E402
from pipelines.model_build.translations import ts_path  # noqa: E402


def main() -> int:
    folders = ("app", "widgets", "pipelines")
    sources = sorted(str(path.relative_to(ROOT)) for folder in folders for path in (ROOT / folder).rglob("*.py"))
    lupdate = str(Path(sysconfig.get_path("scripts")) / "pyside6-lupdate")
    for code in LANGUAGES:
        if code == ENGLISH:
            continue
        command = [lupdate, *sources, "-no-obsolete", "-locations", "none", "-source-language", ENGLISH,
                   "-target-language", code, "-ts", str(ts_path(code).relative_to(ROOT))]
        subprocess.run(command, cwd=ROOT, check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
