"""Every language Whisper hears has a name marked for translation."""

from app.panels.language_names import LANGUAGE_NAMES
from pipelines.speech.languages import WHISPER_LANGUAGES


def test_every_language_whisper_hears_has_a_name_to_translate():
    assert sorted(LANGUAGE_NAMES) == sorted(WHISPER_LANGUAGES)
    assert len(set(LANGUAGE_NAMES.values())) == len(LANGUAGE_NAMES)  # one source text each: one translation each
