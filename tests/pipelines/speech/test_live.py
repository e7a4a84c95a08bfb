"""The Speech panel's live run without Qt: push-to-talk holds back the microphone only."""

import time

import numpy as np

from pipelines.bundled import asset_path
from pipelines.speech.live import LiveSpeech, SpeechState
from pipelines.speech.loading import WHISPER
from pipelines.speech.pipeline import RecognizerReady
from pipelines.speech.sources import DEMO_SPEECH, decode_audio_file
from tests.support.helpers import fake_microphone

SPOKEN_S = 9  # the demo recording's first two sentences ("... John Dashwood ...")


def heard(live: LiveSpeech, seconds: float, until_word: str = "") -> tuple[str, float]:
    """The final text of ``live`` after ``seconds`` of its run (sooner once ``until_word`` is heard), and the seconds
    of audio its recognizer was fed."""
    deadline = time.perf_counter() + seconds
    text, audio_s, recognizer = "", 0.0, None
    loop = live.loop(lambda: time.perf_counter() > deadline)
    try:
        for item in loop:
            if isinstance(item, RecognizerReady):
                recognizer = item.recognizer  # the panel keeps it for the next run; here it ends with the run
            elif isinstance(item, SpeechState):
                text, audio_s = " ".join(final.text for final in item.finals).lower(), item.audio_s
                if until_word and until_word in text:
                    break
    finally:
        loop.close()
        if recognizer is not None:
            recognizer.close()
    return text, audio_s


def test_push_to_talk_holds_back_the_microphone_until_the_key_and_never_mutes_the_demo(monkeypatch):
    speech = decode_audio_file(asset_path("demo/speech_librivox.wav"))[: 16_000 * SPOKEN_S].astype(np.float32) / 32768
    monkeypatch.setattr("sounddevice.InputStream", fake_microphone(monkeypatch, speech, 16_000))
    held_back = LiveSpeech("mic", WHISPER, None, push_to_talk=True)
    text, audio_s = heard(held_back, SPOKEN_S + 4)
    assert text == "" and audio_s >= SPOKEN_S  # the key never held: the sentences went by, heard as silence
    talking = LiveSpeech("mic", WHISPER, None, push_to_talk=True)
    talking.set_talking(True)
    assert "dashwood" in heard(talking, SPOKEN_S + 4, "dashwood")[0]
    demo = LiveSpeech(DEMO_SPEECH, WHISPER, None, push_to_talk=True)  # on at the booth: the demo still plays whole
    assert "dashwood" in heard(demo, SPOKEN_S + 4, "dashwood")[0]


def test_a_packed_decode_s_times_go_back_where_each_utterance_is_in_the_file():
    from pipelines.speech.live_whisper import _Utterance, in_file

    pack = [_Utterance(1.0, [np.zeros(3 * 16000, np.float32)]), _Utterance(10.0, [np.zeros(2 * 16000, np.float32)])]
    assert [in_file(pack, at) for at in (0.0, 1.5, 3.0, 3.5, 5.0)] == [1.0, 2.5, 10.0, 10.5, 12.0]
