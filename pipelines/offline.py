"""Nothing leaves the machine: every dependency's network path is switched off before any of them loads.

The ``pipelines`` package applies this when it is first imported, so every entry point (the console
script, ``python -m app``, the frozen app, the bench, the test session) has it before onnxruntime,
faster-whisper or huggingface_hub are imported. The values are forced, not defaulted: a stray
variable in the user's environment cannot switch telemetry back on. ``tests/system/test_privacy.py`` proves
the result from outside the process (strace), so a dependency that grows a new phone-home path fails CI.

Reviewed, and why each needs (or does not need) a switch:
- onnxruntime >= 1.29 uploads 1DS telemetry on Linux and macOS unless ``ORT_DISABLE_TELEMETRY=1`` is
  set before it initialises; on Windows official builds log ETW telemetry until
  ``disable_telemetry_events()`` is called.
- onnxruntime-genai's own 1DS telemetry obeys the same variable (it also stays off under CI); its
  ``disable_telemetry_events()`` is called before any model loads (``pipelines/devices/genai_sessions.py``).
- faster-whisper imports huggingface_hub (which can download, and sends telemetry with downloads) and,
  through it, hf_xet: offline mode makes any Hub call fail locally. The app only ever passes local
  folders; the installer leaves hf_xet out (it only downloads).
- llama.cpp (llama-cpp-python), CTranslate2, vosk, OpenCV, sounddevice, PySide6: no network code on
  the paths the app uses (vosk downloads only when given a model *name*; the app passes a folder).
"""

from __future__ import annotations

import os
import sys

OFFLINE_ENVIRONMENT = {
    "ORT_DISABLE_TELEMETRY": "1",  # onnxruntime's 1DS telemetry (Linux, macOS)
    "HF_HUB_OFFLINE": "1",  # huggingface_hub: never contact the Hub
    "HF_HUB_DISABLE_TELEMETRY": "1",  # huggingface_hub: no usage pings
    "DO_NOT_TRACK": "1",  # the cross-tool convention, honoured by huggingface_hub and others
}


def enforce_offline() -> None:
    """Set the offline environment (inherited by child processes too) and, on Windows, stop ETW telemetry."""
    os.environ.update(OFFLINE_ENVIRONMENT)
    if sys.platform == "win32":
        import onnxruntime

        onnxruntime.disable_telemetry_events()
