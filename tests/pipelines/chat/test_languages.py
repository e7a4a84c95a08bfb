"""The chat's languages: every language tag the window may hand over reaches one of them, each has its prompts."""

import pytest

from pipelines.chat.languages import (
    ENGLISH,
    LANGUAGES,
    UnknownLanguage,
    language_or_english,
    normalize_language,
    quiz_system_prompt,
    system_prompt,
)

WINDOW_LANGUAGES = ["en", "de", "fr", "es", "it", "zh_CN", "ja", "ko", "ar"]  # app/translations.py's codes


def test_the_window_s_languages_and_locale_tags_reach_the_chat_s_codes():
    assert [normalize_language(code) for code in WINDOW_LANGUAGES] == list(LANGUAGES)
    tags = {"de_DE": "de", "de-AT": "de", "DE": "de", "fr_CA.UTF-8": "fr", "zh-Hans": "zh", "zh_TW": "zh",
            " ja_JP ": "ja", "ko-KR": "ko", "ar_EG.UTF-8": "ar", "es_419": "es", "it_IT@euro": "it"}
    assert {tag: normalize_language(tag) for tag in tags} == tags


@pytest.mark.parametrize("code", ["pt_BR", "xx", "", "C", "english"])
def test_an_unknown_language_is_one_line_that_names_the_ones_there_are(code):
    with pytest.raises(UnknownLanguage) as raised:
        normalize_language(code)
    line = raised.value.one_line()
    assert "\n" not in line and "de, fr" in line
    assert language_or_english(code) == ENGLISH  # the window's fallback


def test_every_language_has_a_system_prompt_that_asks_for_answers_in_it():
    english, english_quiz = system_prompt("en"), quiz_system_prompt("en")
    assert english == "You are a helpful assistant running entirely on this computer."  # as before languages
    assert english_quiz == "You are a helpful assistant. Answer briefly."  # what remembered results were checked with
    asks_for = {"de": "Deutsch", "fr": "français", "es": "español", "it": "italiano", "zh": "中文", "ja": "日本語",
                "ko": "한국어", "ar": "العربية"}
    for code in WINDOW_LANGUAGES[1:]:
        prompt, quiz = system_prompt(code), quiz_system_prompt(code)
        assert prompt.strip() and quiz.strip() and prompt not in (english, english_quiz) and quiz != english_quiz
        assert asks_for[normalize_language(code)] in prompt and asks_for[normalize_language(code)] in quiz
