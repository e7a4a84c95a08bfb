"""The application shell: CLI entry point, main window, settings, demo mode."""

from importlib.metadata import PackageNotFoundError, version

import pipelines  # noqa: F401 - first: switches every dependency's telemetry off before any of them loads
from pipelines.names import PIPELINES, Pipeline

try:
    __version__ = version("edge-ai-showcase")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0+unknown"

DASHBOARD = "dashboard"
VIEWS = (*(pipeline.value for pipeline in PIPELINES), DASHBOARD)  # what the window can show, in tab order (Ctrl+1..4)


def view_name(name: str) -> str:
    """A view the window can show from a name given on the command line or saved by an older version ("vision")."""
    return DASHBOARD if name == DASHBOARD else Pipeline.parse(name).value
