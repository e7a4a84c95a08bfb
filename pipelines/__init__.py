"""Everything that computes, Qt-free: every pipeline runs from the CLI, the benches and a plain pytest.

Importing this package first switches off every dependency's telemetry and downloads
(``pipelines.offline``): nothing below may load onnxruntime or faster-whisper before that.
"""

from pipelines.offline import enforce_offline

enforce_offline()
