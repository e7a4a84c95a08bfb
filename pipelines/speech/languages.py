"""The languages Whisper hears, what the user asks for (a language or Auto, transcribe or translate), and how text in
a language without spaces between words is cut into words."""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipelines.errors import ShowcaseError
from pipelines.phrases import QT_TRANSLATE_NOOP, Phrase

ENGLISH_ONLY = QT_TRANSLATE_NOOP("Pipelines", "This Whisper model is English only")
PICK_MULTILINGUAL = QT_TRANSLATE_NOOP("Pipelines", "pick a multilingual Whisper model")
NO_LANGUAGE_CHOICE = QT_TRANSLATE_NOOP("Pipelines", "{engine} cannot choose the language")
USE_WHISPER = QT_TRANSLATE_NOOP("Pipelines", "use a Whisper engine")


def english_only() -> ShowcaseError:
    """An English-only Whisper asked for another language or a translation."""
    return ShowcaseError(Phrase(ENGLISH_ONLY), Phrase(PICK_MULTILINGUAL))

AUTO_LANGUAGE = "auto"
# The 99 languages of the multilingual Whisper models (tiny to large-v2), as their language tokens name them.
WHISPER_LANGUAGES = (
    "af", "am", "ar", "as", "az", "ba", "be", "bg", "bn", "bo", "br", "bs", "ca", "cs", "cy", "da", "de", "el", "en",
    "es", "et", "eu", "fa", "fi", "fo", "fr", "gl", "gu", "ha", "haw", "he", "hi", "hr", "ht", "hu", "hy", "id", "is",
    "it", "ja", "jw", "ka", "kk", "km", "kn", "ko", "la", "lb", "ln", "lo", "lt", "lv", "mg", "mi", "mk", "ml", "mn",
    "mr", "ms", "mt", "my", "ne", "nl", "nn", "no", "oc", "pa", "pl", "ps", "pt", "ro", "ru", "sa", "sd", "si", "sk",
    "sl", "sn", "so", "sq", "sr", "su", "sv", "sw", "ta", "te", "tg", "th", "tk", "tl", "tr", "tt", "uk", "ur", "uz",
    "vi", "yi", "yo", "zh",
)
SPACELESS = frozenset({"zh", "ja", "th", "lo", "my"})  # no spaces between words (faster-whisper's own list)
# Characters of the scripts written without spaces (CJK ideographs, kana, Thai, Lao, Myanmar; Hangul is spaced).
_SPACELESS_CHARS = "\u0e00-\u0eff\u1000-\u109f\u3001-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef"
_WORD = re.compile(f"[{_SPACELESS_CHARS}]|[^\\s{_SPACELESS_CHARS}]+")
ENGLISH_TOKENS_PER_S = 12  # English speech is ~4-5 tokens a second: more is Whisper looping
OTHER_TOKENS_PER_S = 30  # other languages take more tokens (byte tokens for most non-Latin scripts)


@dataclass(frozen=True)
class SpeechOptions:
    """What Whisper is asked for: ``language`` is "auto" (detected per utterance) or a Whisper code; ``translate``
    gives English text whatever was said."""

    language: str = AUTO_LANGUAGE
    translate: bool = False

    @property
    def fixed(self) -> str | None:
        """The language asked for, or None for Auto."""
        return None if self.language == AUTO_LANGUAGE else self.language


DEFAULT_OPTIONS = SpeechOptions()


def check_language(code: str) -> str:
    """``code`` as Whisper names it ("auto" or one of ``WHISPER_LANGUAGES``); one line for anything else."""
    wanted = code.strip().lower()
    if wanted == AUTO_LANGUAGE or wanted in WHISPER_LANGUAGES:
        return wanted
    raise ShowcaseError(
        f"Unknown language '{code}'", "use auto or a code Whisper knows, such as de, es, fr, it, ja, pt, zh"
    )


def speech_options(language: str = AUTO_LANGUAGE, translate: bool = False) -> SpeechOptions:
    """Checked options (an unknown language code is one line)."""
    return SpeechOptions(check_language(language), translate)


def split_words(text: str) -> list[str]:
    """``text`` as words, each with Whisper's leading space where a space was (and the first): spaced scripts by
    whitespace, each character of a script without spaces (Chinese, Japanese, Thai...) a word of its own."""
    words: list[str] = []
    at = 0
    for match in _WORD.finditer(text):
        words.append((" " if match.start() > at or not words else "") + match.group())
        at = match.end()
    return words


def is_spaceless(language: str, translate: bool) -> bool:
    """Text in ``language`` is written without spaces (a translation is English, spaced)."""
    return language in SPACELESS and not translate


def tokens_per_s(language: str, translate: bool) -> int:
    """The most tokens a second of speech may take before the decode is cut as a loop."""
    return ENGLISH_TOKENS_PER_S if translate or language == "en" else OTHER_TOKENS_PER_S
