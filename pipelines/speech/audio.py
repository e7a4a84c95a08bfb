"""Audio chunks as the recognizers take them (16 kHz mono int16), and conversion to that format."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

SAMPLE_RATE = 16_000


@dataclass(frozen=True)
class AudioChunk:
    """Samples (16 kHz mono int16), when they were captured, and where they start in the stream."""

    samples: np.ndarray
    captured_at: float
    start_s: float

    @property
    def duration_s(self) -> float:
        return len(self.samples) / SAMPLE_RATE

    def level_dbfs(self) -> float:
        """Loudness of the chunk for the input meter (-90 for silence, 0 for full scale)."""
        if not len(self.samples):
            return -90.0
        rms = float(np.sqrt(np.mean(np.square(int16_to_float(self.samples)))))
        return max(-90.0, 20 * np.log10(rms + 1e-9))


def to_mono(samples: np.ndarray) -> np.ndarray:
    """Average the channels of a (frames, channels) array."""
    return samples.mean(axis=1) if samples.ndim == 2 else samples


def resample(samples: np.ndarray, source_rate: int, target_rate: int = SAMPLE_RATE) -> np.ndarray:
    """Band-limited resampling (windowed-sinc low-pass, then linear interpolation) of float audio."""
    if source_rate == target_rate or not len(samples):
        return samples.astype(np.float32)
    x = samples.astype(np.float32)
    if target_rate < source_rate:  # remove what the lower rate cannot hold before taking fewer samples
        cutoff = target_rate / source_rate / 2
        taps = np.arange(-32, 33)
        kernel = np.sinc(2 * cutoff * taps) * np.hamming(len(taps))
        x = np.convolve(x, (kernel / kernel.sum()).astype(np.float32), mode="same")
    count = int(round(len(x) * target_rate / source_rate))
    positions = np.arange(count) * (source_rate / target_rate)
    return np.interp(positions, np.arange(len(x)), x).astype(np.float32)


def float_to_int16(samples: np.ndarray) -> np.ndarray:
    return (np.clip(samples, -1.0, 1.0) * 32767).astype(np.int16)


def int16_to_float(samples: np.ndarray) -> np.ndarray:
    """int16 samples as float32 in [-1, 1), the form Whisper and Silero VAD take."""
    return samples.astype(np.float32) / 32768.0
