"""The application shell: CLI entry point, main window, settings, demo mode."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("edge-ai-showcase")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0+unknown"

VIEWS = ("vision", "speech", "chat", "dashboard")  # what the window can show, in tab order (Ctrl+1..4)
