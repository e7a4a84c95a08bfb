"""Whisper through onnxruntime-genai for real on this CPU: the demo recording word for word through the CLI, live
partials then finals through the panel's pipeline, and the level detector that stands in for Silero VAD where
faster-whisper has no build."""

import json
import threading

import numpy as np

from app.cli.main import main
from pipelines.bundled import asset_path
from pipelines.speech.audio import int16_to_float
from pipelines.speech.loading import GENAI, load_recognizer
from pipelines.speech.pipeline import SpeechPipeline
from pipelines.speech.protocol import Final
from pipelines.speech.sources import FileAudioSource, decode_audio_file, demo_recording
from pipelines.speech.vad import LevelVad
from pipelines.speech.wer import word_error_rate
from tests.support.helpers import catalog_model_path, demo_sentences, write_wav


def test_cli_transcribes_the_demo_recording_and_says_where_it_ran(capsys):
    """``--provider`` without ``--engine``: the one engine it can place."""
    catalog_model_path("whisper-base-genai-cpu")
    assert main(["transcribe", str(demo_recording()), "--provider", "cpu", "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    reference = asset_path("demo/speech_librivox.txt").read_text(encoding="utf-8")
    assert word_error_rate(reference, payload["text"]) < 0.05, payload["text"]
    assert payload["text"].endswith("amiable himself."), payload["text"][-60:]  # nothing made up over the silence
    assert payload["engine"] == "onnxruntime-genai" and payload["provider"] == "CPUExecutionProvider"
    assert payload["device"] == "CPU" and payload["placement"]["CPUExecutionProvider"] > 100


def test_live_partials_then_a_final_with_the_sentences_words(tmp_path):
    recognizer, _ = load_recognizer(GENAI, threads=2)
    clip = write_wav(tmp_path / "sentence.wav", demo_sentences()[1])  # "he was not an ill disposed young man"
    updates = list(SpeechPipeline(recognizer).run(FileAudioSource(clip, paced=False), threading.Event().is_set))
    finals = [final for update in updates for final in update.finals]
    assert any(update.partial for update in updates) and finals and isinstance(finals[0], Final)
    assert "ill-disposed young man" in " ".join(final.text for final in finals).lower().replace("ill disposed",
                                                                                                "ill-disposed")
    recognizer.close()


def test_a_whole_file_costs_one_decode_per_window_of_speech(monkeypatch):
    """Each onnxruntime-genai decode reads Whisper's whole 30 s window: decoding the demo recording's utterances one
    by one made the app's transcribe 2.7x the engine's own one-pass call; packed, its speech takes one decode."""
    recognizer, _ = load_recognizer(GENAI, threads=2)
    decodes = []
    decode = recognizer.decode_words
    monkeypatch.setattr(recognizer, "decode_words", lambda audio, speech_s: decodes.append(len(audio)) or decode(
        audio, speech_s))
    samples = decode_audio_file(demo_recording())
    finals = recognizer.transcribe_all(samples)
    recognizer.close()
    reference = asset_path("demo/speech_librivox.txt").read_text(encoding="utf-8")
    assert word_error_rate(reference, " ".join(final.text for final in finals)) < 0.05
    assert len(decodes) == len(finals) == 1 and decodes[0] <= 28 * 16000  # its 25.7 s of speech in one window
    words = finals[0].words
    assert all(a.start <= b.start for a, b in zip(words, words[1:]))
    # Each word back where its utterance is in the file, not drifted by the silences left out: the last one ends
    # with the speech, not seconds before it (the recording's closing silence aside).
    last_speech_s = finals[0].end_s
    assert last_speech_s - 1.5 < words[-1].end <= last_speech_s <= len(samples) / 16000


def test_the_level_detector_hears_the_demo_speech_and_not_its_silences():
    samples = int16_to_float(decode_audio_file(demo_recording()))
    vad, chunk = LevelVad(), 1600
    heard = [vad.probability(samples[i: i + chunk]) for i in range(0, len(samples) - chunk, chunk)]
    silent = [i for i in range(len(heard)) if not np.any(samples[i * chunk: (i + 1) * chunk])]
    assert silent and max(heard[i] for i in silent) == 0.0
    assert np.mean([p >= 0.5 for i, p in enumerate(heard) if i not in silent]) > 0.8


def test_compare_device_says_there_is_no_accelerator_here_and_why(capsys):
    """``bench speech --compare device``: Whisper on the CPU against the best accelerator's build; here the best
    device is the CPU, and it says so before hearing anything."""
    catalog_model_path("whisper-base-genai-cpu")
    assert main(["bench", "speech", "--compare", "device", "--json"]) == 0
    compare = json.loads(capsys.readouterr().out)["compare"]
    assert compare["accelerator"] is None and compare["speedup"] is None
    assert compare["why"] == "No NPU or GPU this app can use on this machine: the CPU is the only device here"
