"""The languages the chat speaks to a visitor: the window's languages, each with a default system prompt that asks
for answers in it, and the normalisation of a language tag to the code the chat uses ('de_DE' -> 'de', 'zh_CN' ->
'zh').

English keeps the app's original prompts (what was said before languages existed, and what remembered quiz results
were checked with); every other language's prompts are written in that language and ask for answers in it: a small
model follows an instruction in the visitor's language better than one in English.
"""

from __future__ import annotations

from pipelines.errors import ShowcaseError

ENGLISH = "en"

# Each code with its name in its own language, in the window's order.
LANGUAGE_NAMES: dict[str, str] = {
    "en": "English",
    "de": "Deutsch",
    "fr": "Français",
    "es": "Español",
    "it": "Italiano",
    "zh": "简体中文",
    "ja": "日本語",
    "ko": "한국어",
    "ar": "العربية",
}
LANGUAGES: tuple[str, ...] = tuple(LANGUAGE_NAMES)

# "You are a helpful assistant running entirely on this computer." and, but for English, "Answer in <language>."
SYSTEM_PROMPTS: dict[str, str] = {
    "en": "You are a helpful assistant running entirely on this computer.",
    "de": "Du bist ein hilfreicher Assistent, der vollständig auf diesem Computer läuft. Antworte auf Deutsch.",
    "fr": "Tu es un assistant serviable qui fonctionne entièrement sur cet ordinateur. Réponds en français.",
    "es": "Eres un asistente útil que funciona por completo en este ordenador. Responde en español.",
    "it": "Sei un assistente disponibile che funziona interamente su questo computer. Rispondi in italiano.",
    "zh": "你是一个完全在这台电脑上运行的得力助手。请用中文回答。",
    "ja": "あなたはこのコンピューターの中だけで動く、役に立つアシスタントです。日本語で答えてください。",
    "ko": "당신은 이 컴퓨터 안에서만 실행되는 유용한 도우미입니다. 한국어로 답하세요.",
    "ar": "أنت مساعد مفيد يعمل بالكامل على هذا الحاسوب. أجب باللغة العربية.",
}

# The quiz's (and the attract loop's) prompt: "You are a helpful assistant. Answer briefly[, in <language>]."
QUIZ_SYSTEM_PROMPTS: dict[str, str] = {
    "en": "You are a helpful assistant. Answer briefly.",
    "de": "Du bist ein hilfreicher Assistent. Antworte kurz und auf Deutsch.",
    "fr": "Tu es un assistant serviable. Réponds brièvement, en français.",
    "es": "Eres un asistente útil. Responde brevemente y en español.",
    "it": "Sei un assistente disponibile. Rispondi brevemente e in italiano.",
    "zh": "你是一个得力助手。请用中文简短回答。",
    "ja": "あなたは役に立つアシスタントです。日本語で簡潔に答えてください。",
    "ko": "당신은 유용한 도우미입니다. 한국어로 짧게 답하세요.",
    "ar": "أنت مساعد مفيد. أجب باختصار باللغة العربية.",
}


class UnknownLanguage(ShowcaseError):
    """A language tag the chat has no questions or prompts for."""

    def __init__(self, code: str) -> None:
        super().__init__(f"The chat has no language {code!r}", f"one of {', '.join(LANGUAGES)}, or all")


def normalize_language(code: str) -> str:
    """The chat's code for a language tag: 'de', 'DE', 'de_DE', 'de-AT', 'de_DE.UTF-8' -> 'de'; every Chinese
    ('zh_CN', 'zh-Hans', 'zh_TW') -> 'zh'. Raises ``UnknownLanguage`` for any other language."""
    base = code.strip().split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()
    if base not in LANGUAGE_NAMES:
        raise UnknownLanguage(code.strip())
    return base


def language_or_english(code: str | None) -> str:
    """``normalize_language``, with English for a language the chat does not have (the window's own fallback)."""
    try:
        return normalize_language(code or ENGLISH)
    except UnknownLanguage:
        return ENGLISH


def system_prompt(language: str) -> str:
    """The chat's default system prompt in ``language`` (any tag ``normalize_language`` takes)."""
    return SYSTEM_PROMPTS[normalize_language(language)]


def quiz_system_prompt(language: str) -> str:
    """The short prompt the booth's questions are asked (and checked) with, in ``language``."""
    return QUIZ_SYSTEM_PROMPTS[normalize_language(language)]
