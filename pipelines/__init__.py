"""Everything that computes: Qt-free pipeline cores (only ``worker.py`` touches Qt).

Importing this package first switches off every dependency's telemetry and downloads
(``pipelines.offline``): nothing below may load onnxruntime or faster-whisper before that.
"""

from pipelines.offline import enforce_offline

enforce_offline()
