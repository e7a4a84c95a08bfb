"""Starting the window on a real Linux desktop: Xvfb with Qt's xcb plugin, and one line when it cannot."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest
from PySide6.QtGui import QImage

from app.qt_platform import debian_package, missing_libraries, xcb_plugin
from pipelines.model_store import models_dir

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Qt's xcb plugin is Linux's")


def test_debian_package_names_follow_the_library_naming_policy():
    assert debian_package("libxcb-cursor.so.0") == "libxcb-cursor0"
    assert debian_package("libX11-xcb.so.1") == "libx11-xcb1"
    assert debian_package("libxkbcommon-x11.so.0") == "libxkbcommon-x11-0"
    assert debian_package("libxcb-render-util.so.0") == "libxcb-render-util0"
    assert debian_package("libdbus-1.so.3") == "libdbus-1-3"
    assert debian_package("libglib-2.0.so.0") == "libglib2.0-0"


@linux_only
def test_a_plugin_whose_library_is_gone_names_it(tmp_path):
    """A real shared object linked against a library that is then removed, as a desktop without libxcb-cursor0."""
    if shutil.which("gcc") is None:
        pytest.fail("gcc is needed to build the test's plugin (Debian 'gcc'; .ci/run installs it)")
    (tmp_path / "needed.c").write_text("int needed(void) { return 1; }\n")
    (tmp_path / "plugin.c").write_text("int needed(void);\nint plugin(void) { return needed(); }\n")
    library = tmp_path / "libedge-gone-x11.so.0"
    subprocess.run(
        [
            "gcc",
            "-shared",
            "-fPIC",
            "-Wl,-soname,libedge-gone-x11.so.0",
            "-o",
            str(library),
            str(tmp_path / "needed.c"),
        ],
        check=True,
    )
    plugin = tmp_path / "libqfake.so"
    subprocess.run(
        ["gcc", "-shared", "-fPIC", "-Wl,-rpath,$ORIGIN", "-o", str(plugin), str(tmp_path / "plugin.c"), str(library)],
        check=True,
    )
    library.unlink()  # (not loaded before: a library once loaded stays in the process under its soname)
    assert missing_libraries(plugin) == ["libedge-gone-x11.so.0"]
    assert debian_package("libedge-gone-x11.so.0") == "libedge-gone-x11-0"


@linux_only
def test_without_a_display_the_window_says_so_in_one_line(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    completed = subprocess.run(
        [sys.executable, "-m", "app", "--quit-after", "1"],
        capture_output=True,
        text=True,
        timeout=60,
        env={**env, "XDG_CONFIG_HOME": str(tmp_path)},
    )
    assert completed.returncode == 1
    assert completed.stderr.count("\n") == 1 and "No display to open the window on" in completed.stderr


@linux_only
@pytest.mark.xvfb
def test_the_window_opens_on_an_x_server(tmp_path):
    """Xvfb and Qt's xcb plugin (.ci/run installs both, libxcb-cursor0 included): the real desktop path."""
    if shutil.which("Xvfb") is None:
        pytest.fail("Xvfb is needed (Debian 'xvfb'; .ci/run installs it)")
    assert missing_libraries(xcb_plugin()) == [], "a library Qt's xcb plugin needs is missing (see .ci/run)"
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    try:
        display = os.read(read, 16).decode().strip()
        shot = tmp_path / "x11.png"
        env = {
            **os.environ,
            "DISPLAY": f":{display}",
            "QT_QPA_PLATFORM": "xcb",
            "XDG_CONFIG_HOME": str(tmp_path / "config"),
            "EDGE_SHOWCASE_MODELS_DIR": str(models_dir()),
        }
        completed = subprocess.run(
            [sys.executable, "-m", "app", "--panel", "vision", "--screenshot", str(shot), "--quit-after", "30"],
            capture_output=True,
            text=True,
            timeout=120,
            env=env,
        )
    finally:
        os.close(read)
        server.terminate()
        server.wait(10)
    assert completed.returncode == 0, completed.stderr
    image = QImage(str(shot))
    assert image.width() >= 800 and image.height() >= 600
