"""Audio sources behind one interface: the microphone (sounddevice) and audio files (paced or not).

``chunks(should_stop)`` yields 16 kHz mono int16 chunks in order, checks ``should_stop`` at least
every 100 ms, and raises ``SourceError`` with a human message when the source fails.
"""

from __future__ import annotations

import queue
import struct
import time
import wave
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from pipelines.bundled import asset_path
from pipelines.errors import SourceError, check_readable, first_line
from pipelines.phrases import QT_TRANSLATE_NOOP, Phrase
from pipelines.speech.audio import SAMPLE_RATE, AudioChunk, float_to_int16, resample, to_mono

CHUNK_S = 0.1
MIC_SILENCE_S = 1.0
MIC_START_S = 3.0  # some audio servers take a second or two to deliver the first block
DEMO_SPEECH = "demo"
DEFAULT_MICROPHONE = "mic"  # the input device the system's sound settings pick

NO_AUDIO_INPUT = QT_TRANSLATE_NOOP("Pipelines", "Audio input is unavailable: {error}")
AUDIO_NOT_FOUND = QT_TRANSLATE_NOOP("Pipelines", "Audio file not found: {path}")
AUDIO_EMPTY = QT_TRANSLATE_NOOP("Pipelines", "Audio file is empty or not a file: {path}")
AUDIO_TRUNCATED = QT_TRANSLATE_NOOP("Pipelines", "Audio file is truncated ({present} of {size} data bytes): {path}")
NO_AUDIO_STREAM = QT_TRANSLATE_NOOP("Pipelines", "No audio stream in {path}")
NOT_AUDIO = QT_TRANSLATE_NOOP("Pipelines", "Not an audio file FFmpeg can decode: {path}")
PLAY_THE_DEMO = QT_TRANSLATE_NOOP("Pipelines", "play the demo recording instead")
MIC_WONT_OPEN = QT_TRANSLATE_NOOP("Pipelines", "Cannot open the microphone ({error})")
MIC_IN_USE = QT_TRANSLATE_NOOP("Pipelines", "it may be in use by another app; try the demo recording")
MIC_STOPPED = QT_TRANSLATE_NOOP("Pipelines", "The microphone '{name}' stopped delivering audio (unplugged?)")
WORDS_KEPT = QT_TRANSLATE_NOOP("Pipelines", "the words so far are kept; try the demo recording")
NO_MICROPHONE = QT_TRANSLATE_NOOP("Pipelines", "no microphone found")


def demo_recording() -> Path:
    return asset_path("demo/speech_librivox.wav")


def demo_transcript() -> str:
    """What the demo recording says: the reference its word error rate is measured against."""
    return asset_path("demo/speech_librivox.txt").read_text(encoding="utf-8")


class AudioSource(ABC):
    name: str
    live: bool

    @abstractmethod
    def chunks(self, should_stop: Callable[[], bool]) -> Iterator[AudioChunk]:
        """Every chunk, in order, until the source ends, fails or ``should_stop()``."""

    def close(self) -> None:
        """Release the device."""


UNKNOWN_LENGTH = 0xFFFFFFFF  # a WAV's data size when its writer could not go back to fill it in (FFmpeg, arecord)


def _check_wav_not_truncated(path: Path) -> None:
    """A WAV whose data chunk claims more bytes than the file holds was cut short."""
    file_size = path.stat().st_size
    with path.open("rb") as handle:
        header = handle.read(1 << 16)
    if header[:4] != b"RIFF" or header[8:12] != b"WAVE":
        return
    position = 12
    while position + 8 <= len(header):
        chunk_id, size = header[position:position + 4], struct.unpack("<I", header[position + 4:position + 8])[0]
        if chunk_id == b"data":
            if size == UNKNOWN_LENGTH:  # written as it was recorded (a pipe, a stream): the length was never known
                return
            if position + 8 + size > file_size:
                raise SourceError(Phrase(AUDIO_TRUNCATED, present=file_size - position - 8, size=size, path=str(path)))
            return
        position += 8 + size + (size & 1)


def _read_wav_as_is(path: Path) -> np.ndarray | None:
    """The samples of a WAV that is already 16 kHz mono 16-bit PCM (the demo recording, most recorders' "speech"
    setting), read as they are; None for any other file."""
    try:
        with wave.open(str(path), "rb") as wav:
            if (wav.getnchannels(), wav.getsampwidth(), wav.getframerate()) != (1, 2, SAMPLE_RATE):
                return None
            return np.frombuffer(wav.readframes(wav.getnframes()), "<i2").astype(np.int16)
    except (wave.Error, EOFError):
        return None


def decode_audio_file(path: Path) -> np.ndarray:
    """Any audio file PyAV (FFmpeg) reads, as 16 kHz mono int16: downmixed and resampled."""
    if not path.exists():
        raise SourceError(Phrase(AUDIO_NOT_FOUND, path=str(path)))
    if not path.is_file() or path.stat().st_size == 0:
        raise SourceError(Phrase(AUDIO_EMPTY, path=str(path)))
    check_readable(path)
    _check_wav_not_truncated(path)
    samples = _read_wav_as_is(path)
    if samples is not None:
        return samples
    import av  # FFmpeg's libraries load with the GIL held (~0.1 s): only for files that need them

    try:
        with av.open(str(path)) as container:
            if not container.streams.audio:
                raise SourceError(Phrase(NO_AUDIO_STREAM, path=str(path)))
            resampler = av.AudioResampler(format="s16", layout="mono", rate=SAMPLE_RATE)
            pieces = []
            for frame in container.decode(audio=0):
                pieces += [f.to_ndarray().reshape(-1) for f in resampler.resample(frame)]
            pieces += [f.to_ndarray().reshape(-1) for f in resampler.resample(None)]
    except av.error.FFmpegError as error:
        raise SourceError(Phrase(NOT_AUDIO, path=str(path)), error.strerror or first_line(error, 120)) from error
    return np.concatenate(pieces).astype(np.int16) if pieces else np.zeros(0, np.int16)


class FileAudioSource(AudioSource):
    """An audio file, paced in real time like a microphone (GUI) or as fast as possible (CLI, bench)."""

    def __init__(self, path: Path, paced: bool = True) -> None:
        self.name = path.name
        self.live = paced
        self.samples = decode_audio_file(path)

    def chunks(self, should_stop: Callable[[], bool]) -> Iterator[AudioChunk]:
        step = int(CHUNK_S * SAMPLE_RATE)
        started = time.perf_counter()
        for offset in range(0, len(self.samples), step):
            if should_stop():
                return
            start_s = offset / SAMPLE_RATE
            if self.live:
                time.sleep(max(0.0, started + start_s + CHUNK_S - time.perf_counter()))
            yield AudioChunk(self.samples[offset:offset + step], time.perf_counter(), start_s)


@dataclass(frozen=True)
class Microphone:
    index: int
    name: str
    sample_rate: int


def list_microphones() -> tuple[list[Microphone], str]:
    """Input devices and '' , or [] and why there are none (no PortAudio, no device)."""
    try:
        import sounddevice
    except OSError as error:  # the PortAudio library itself is missing
        return [], f"audio input unavailable: {error}"
    try:
        devices = sounddevice.query_devices()
    except sounddevice.PortAudioError as error:
        return [], f"audio input unavailable: {error}"
    found = [
        Microphone(i, d["name"], int(d["default_samplerate"]))
        for i, d in enumerate(devices)
        if d["max_input_channels"] > 0
    ]
    return found, "" if found else Phrase(NO_MICROPHONE)


class MicrophoneSource(AudioSource):
    """A microphone through sounddevice at its own rate, resampled to 16 kHz; every block is kept."""

    live = True

    def __init__(self, device: int | None = None, stream_factory=None) -> None:
        try:
            import sounddevice
        except OSError as error:
            raise SourceError(Phrase(NO_AUDIO_INPUT, error=str(error)), Phrase(PLAY_THE_DEMO)) from error
        self._sd = sounddevice
        factory = stream_factory or sounddevice.InputStream
        try:
            info = sounddevice.query_devices(device, "input")
            self.rate = int(info["default_samplerate"])
            self.name = str(info["name"])
            self._blocks: queue.Queue = queue.Queue()
            self._stream = factory(
                device=device,
                channels=1,
                samplerate=self.rate,
                dtype="float32",
                blocksize=int(self.rate * CHUNK_S),
                callback=self._callback,
            )
            self._stream.start()
        except (sounddevice.PortAudioError, ValueError) as error:
            raise SourceError(Phrase(MIC_WONT_OPEN, error=str(error)), Phrase(MIC_IN_USE)) from error

    def _callback(self, indata, frames, time_info, status) -> None:
        """PortAudio's thread: copy the block and return at once."""
        self._blocks.put((indata.copy(), time.perf_counter()))

    def chunks(self, should_stop: Callable[[], bool]) -> Iterator[AudioChunk]:
        position_s = 0.0
        silent_since = time.perf_counter()
        patience = MIC_START_S
        while not should_stop():
            try:
                block, captured_at = self._blocks.get(timeout=0.1)
            except queue.Empty:
                if not self._stream.active or time.perf_counter() - silent_since > patience:
                    raise SourceError(Phrase(MIC_STOPPED, name=self.name), Phrase(WORDS_KEPT)) from None
                continue
            silent_since, patience = time.perf_counter(), MIC_SILENCE_S
            samples = float_to_int16(resample(to_mono(block).reshape(-1), self.rate))
            yield AudioChunk(samples, captured_at, position_s)
            position_s += len(samples) / SAMPLE_RATE

    def close(self) -> None:
        try:
            self._stream.stop()
            self._stream.close()
        except self._sd.PortAudioError:
            pass


def is_microphone(spec: str) -> bool:
    """Whether the source spec names a microphone ('mic', 'mic:N')."""
    return spec == DEFAULT_MICROPHONE or spec.startswith("mic:")


def open_audio_source(spec: str, paced: bool = True) -> AudioSource:
    """'demo', 'mic' (default input), 'mic:N', or an audio file path."""
    if spec == DEMO_SPEECH:
        return FileAudioSource(demo_recording(), paced)
    if is_microphone(spec):
        return MicrophoneSource(int(spec[4:]) if spec.startswith("mic:") else None)
    return FileAudioSource(Path(spec).expanduser(), paced)
