"""Before Qt starts: pick a platform that can work, or say in one line why no window can open.

Qt aborts the whole process (exit 134, a page of plugin diagnostics) when its platform plugin cannot
load. On a Linux desktop that is nearly always a system library the xcb plugin needs and the
machine lacks (Qt 6.5+ needs ``libxcb-cursor0``, which many installs do not have). Loading the
plugin ourselves first turns that into one line naming the Debian/Ubuntu package to install.
"""

from __future__ import annotations

import ctypes
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from pipelines.errors import ShowcaseError

# Libraries whose Debian package name does not follow the soname rule (see ``debian_package``).
PACKAGE_EXCEPTIONS = {"libglib-2.0.so.0": "libglib2.0-0", "libgthread-2.0.so.0": "libglib2.0-0"}
MISSING_LIBRARY = re.compile(r"^\s*(\S+\.so[.\d]*) => not found", re.MULTILINE)


class DisplayError(ShowcaseError):
    """No window can open: no display, or a library Qt's platform plugin needs is missing."""


def prepare_platform(headless: bool) -> None:
    """Choose offscreen rendering when ``headless`` and there is no display; raise ``DisplayError`` when a
    window is wanted and Qt could not open one."""
    if not sys.platform.startswith("linux"):
        return
    chosen = os.environ.get("QT_QPA_PLATFORM", "")
    has_display = bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if not chosen and not has_display:
        if headless:
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
            return
        raise DisplayError("No display to open the window on (DISPLAY and WAYLAND_DISPLAY are unset)",
                           "run it from a desktop session, or set QT_QPA_PLATFORM=offscreen for a window nobody sees")
    if chosen.startswith("xcb") or (not chosen and os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY")):
        plugin = xcb_plugin()
        missing = missing_libraries(plugin) if plugin.is_file() else []  # elsewhere (QT_PLUGIN_PATH): Qt looks itself
        if missing:
            packages = " ".join(dict.fromkeys(debian_package(name) for name in missing))
            raise DisplayError(f"Qt cannot open a window on this X display: {', '.join(missing)} missing",
                               f"Debian/Ubuntu: sudo apt-get install {packages}")


def xcb_plugin() -> Path:
    """The xcb platform plugin of the Qt that PySide6 (or the frozen app) brings."""
    from PySide6.QtCore import QLibraryInfo

    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms" / "libqxcb.so"


def missing_libraries(plugin: Path) -> list[str]:
    """The shared libraries ``plugin`` needs that the system cannot find (empty when it loads)."""
    try:
        ctypes.CDLL(str(plugin))
        return []
    except OSError as error:
        first = str(error).split(":")[0].strip()
    ldd = shutil.which("ldd")
    if ldd is None:
        return [Path(first).name]
    listing = subprocess.run([ldd, str(plugin)], capture_output=True, text=True, timeout=10).stdout
    return list(dict.fromkeys(MISSING_LIBRARY.findall(listing))) or [Path(first).name]


def debian_package(soname: str) -> str:
    """The Debian/Ubuntu package that ships ``soname``, by Debian's library naming policy:
    libxcb-cursor.so.0 -> libxcb-cursor0, libX11-xcb.so.1 -> libx11-xcb1,
    libxkbcommon-x11.so.0 -> libxkbcommon-x11-0."""
    if soname in PACKAGE_EXCEPTIONS:
        return PACKAGE_EXCEPTIONS[soname]
    stem, _, version = soname.partition(".so")
    version = version.lstrip(".").split(".")[0]
    separator = "-" if stem[-1:].isdigit() and version else ""
    return f"{stem}{separator}{version}".lower()
