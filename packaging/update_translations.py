"""Regenerate the window's translation sources, ``assets/i18n/edge_showcase_<lang>.ts``, from the strings ``app/``
and ``widgets/`` wrap for translation and the phrases ``pipelines/`` marks (``pipelines/phrases.py``):
``python packaging/update_translations.py``.

pyside6-lupdate keeps the translations already in a file, adds the new strings as unfinished and drops those of strings
that are gone. The files carry no line numbers, so an edit elsewhere in the code leaves them as they are.
``edge-showcase models build`` compiles them (``pipelines/model_build/translations.py``).

The names of the languages Whisper hears (context "Languages", ``app/panels/language_names.py``) are filled in from
the Unicode CLDR's names through Babel where it is installed (``pip install babel``; a tool of this script only).
"""

from __future__ import annotations

import re
import subprocess
import sys
import sysconfig
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.panels.language_names import CONTEXT, ISO_CODES, LANGUAGE_NAMES  # noqa: E402
from app.translations import ENGLISH, LANGUAGES  # noqa: E402
from pipelines.model_build.translations import ts_path  # noqa: E402

UNFINISHED = re.compile(r"<source>([^<]*)</source>(\s*)<translation type=\"unfinished\"></translation>")


def fill_language_names(code: str) -> int:
    """Translate the unfinished language names in ``code``'s .ts file with the CLDR's names in that language; how
    many were filled (0 without Babel)."""
    try:
        from babel import Locale
    except ImportError:
        return 0
    names = Locale.parse(code).languages
    whisper_codes = {english: whisper for whisper, english in LANGUAGE_NAMES.items()}
    path = ts_path(code)
    text = path.read_text(encoding="utf-8")
    start = text.index(f"<name>{CONTEXT}</name>")
    end = text.index("</context>", start)
    filled = 0

    def translate(match: re.Match[str]) -> str:
        nonlocal filled
        whisper = whisper_codes.get(match.group(1))
        name = names.get(ISO_CODES.get(whisper, whisper)) if whisper else None
        if not name:
            return match.group()
        filled += 1
        return f"<source>{match.group(1)}</source>{match.group(2)}<translation>{escape(name)}</translation>"

    block = UNFINISHED.sub(translate, text[start:end])
    path.write_text(text[:start] + block + text[end:], encoding="utf-8")
    return filled


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
        print(f"{code}: {fill_language_names(code)} language names filled in from the CLDR")
    return 0


if __name__ == "__main__":
    sys.exit(main())
