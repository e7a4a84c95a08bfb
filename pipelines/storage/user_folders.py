"""Where the app keeps the user's files, on each platform's conventions (platformdirs): one place for all of them.

The folders are the ones Qt's ``QStandardPaths`` gave earlier versions for organisation ``EdgeAIShowcase`` and
application ``Edge AI Showcase``, so the history, transcript, logs and models those versions wrote are found:

- data (chat history, kept transcript): Linux ``~/.local/share/EdgeAIShowcase/Edge AI Showcase``, Windows
  ``%APPDATA%\\EdgeAIShowcase\\Edge AI Showcase``, macOS ``~/Library/Application Support/EdgeAIShowcase/...``;
- logs: the same, ``/logs`` (Windows: under ``%LOCALAPPDATA%``, which does not roam);
- snapshots: the user's Pictures folder, ``/Edge AI Showcase``;
- the model cache: the user's cache folder, ``/edge-ai-showcase`` (``pipelines/models.py`` decides where models are).
"""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs

ORGANIZATION = "EdgeAIShowcase"
APPLICATION = "Edge AI Showcase"
APP_DIR_NAME = "edge-ai-showcase"


def data_folder() -> Path:
    """The app's own files: chat history, the transcript kept between runs."""
    return platformdirs.user_data_path(roaming=True) / ORGANIZATION / APPLICATION


def log_folder() -> Path:
    """The app's log files (not roaming on Windows: they belong to this machine)."""
    return platformdirs.user_data_path(roaming=False) / ORGANIZATION / APPLICATION / "logs"


def pictures_folder() -> Path:
    """Where snapshots of the Vision panel go."""
    return platformdirs.user_pictures_path() / APPLICATION


def cache_folder() -> Path:
    """The per-user cache folder of the app (models built by ``models build``)."""
    if sys.platform == "win32":
        return platformdirs.user_cache_path(appname=False) / APP_DIR_NAME / "Cache"
    return platformdirs.user_cache_path() / APP_DIR_NAME

