"""A stand-in for sounddevice's InputStream (no microphone exists here), as Buzz's tests do.

It plays a real audio file through the app's own callback in real-time blocks, at the device's
rate and channel count, on its own thread, like PortAudio. It can fail at start or stop mid-stream.
"""

from __future__ import annotations

import threading
import time

import numpy as np
import sounddevice


class FakeInputStream:
    def __init__(
        self, samples: np.ndarray, rate: int, fail_at_start: bool = False, stop_after_s: float | None = None, **kwargs
    ):
        if fail_at_start:
            raise sounddevice.PortAudioError("Device unavailable [PaErrorCode -9985]")
        assert kwargs["samplerate"] == rate and kwargs["dtype"] == "float32"
        self.samples, self.blocksize, self.callback = samples, kwargs["blocksize"], kwargs["callback"]
        self.rate, self.stop_after_s = rate, stop_after_s
        self.active = False
        self._thread = threading.Thread(target=self._play, daemon=True)

    def start(self):
        self.active = True
        self._thread.start()

    def _play(self):
        started = time.perf_counter()
        for offset in range(0, len(self.samples), self.blocksize):
            if not self.active:
                return
            if self.stop_after_s is not None and offset / self.rate >= self.stop_after_s:
                self.active = False  # the device vanished: PortAudio stops calling back
                return
            block = self.samples[offset : offset + self.blocksize]
            self.callback(block.reshape(len(block), -1), len(block), None, sounddevice.CallbackFlags())
            time.sleep(max(0.0, started + (offset + len(block)) / self.rate - time.perf_counter()))
        while self.active:  # a real microphone keeps delivering: silence after the file
            silence = np.zeros((self.blocksize, self.samples.shape[1] if self.samples.ndim == 2 else 1), np.float32)
            self.callback(silence, self.blocksize, None, sounddevice.CallbackFlags())
            time.sleep(self.blocksize / self.rate)

    def stop(self):
        self.active = False

    def close(self):
        self.active = False
