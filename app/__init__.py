"""The application shell: CLI entry point, main window, settings, demo mode."""

from importlib.metadata import PackageNotFoundError, version

import pipelines  # noqa: F401 - first: switches every dependency's telemetry off before any of them loads

try:
    __version__ = version("edge-ai-showcase")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0+unknown"

VIEWS = ("vision", "speech", "chat", "dashboard")  # what the window can show, in tab order (Ctrl+1..4)
