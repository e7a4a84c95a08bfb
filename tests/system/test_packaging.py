"""Installers: the recipes carry what Windows and macOS need; the bundle built here runs on its own."""

import json
import os
import plistlib
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from app import __version__
from tests.support.network_trace import run_traced, telemetry_on_environment

ROOT = Path(__file__).resolve().parents[2]


def test_macos_info_plist_has_what_macos_requires():
    info = plistlib.loads((ROOT / "packaging" / "macos" / "Info.plist").read_bytes())
    for key in ("NSCameraUsageDescription", "NSMicrophoneUsageDescription"):
        assert "never leaves" in info[key]  # macOS kills an app that touches the camera or mic without these
    assert info["CFBundleIdentifier"] == "dev.edgeaishowcase.app"
    assert info["LSMinimumSystemVersion"] == "14.0"  # onnxruntime's macOS wheels (1.24 on) need macOS 14
    spec = (ROOT / "packaging" / "edge_showcase.spec").read_text()
    assert (
        'BUNDLE(collect, name="Edge AI Showcase.app", icon=ICON' in spec
        and (ROOT / "assets" / "icons" / "app.png").is_file()
    )
    assert 'info["CFBundleShortVersionString"] = info["CFBundleVersion"] = version("edge-ai-showcase")' in spec


def test_inno_setup_script_makes_a_per_user_installer():
    iss = (ROOT / "packaging" / "windows" / "EdgeAIShowcase.iss").read_text()
    settings = dict(re.findall(r"^(\w+)=(.*)$", iss, re.MULTILINE))
    assert settings["PrivilegesRequired"] == "lowest"
    assert settings["OutputBaseFilename"] == "EdgeAIShowcase-Setup-{#AppVersion}"
    assert settings["AppVersion"] == "{#AppVersion}" and settings["UninstallDisplayName"] == "{#AppName} {#AppVersion}"
    assert '"{group}\\{#AppName}"' in iss and "{uninstallexe}" in iss  # Start menu entry and uninstaller
    assert 'Name: "desktopicon"' in iss and "Flags: unchecked" in iss  # optional desktop shortcut


def test_release_workflow_passes_actionlint():
    actionlint = shutil.which("actionlint", path=os.path.dirname(sys.executable)) or shutil.which("actionlint")
    assert actionlint, "actionlint is installed with the test extra"
    result = subprocess.run(
        [actionlint, str(ROOT / ".github" / "workflows" / "release.yml")], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    workflow = (ROOT / ".github" / "workflows" / "release.yml").read_text()
    assert "windows-latest" in workflow and "macos-14" in workflow and "iscc" in workflow and "make_dmg.sh" in workflow


@pytest.mark.packaging
def test_frozen_bundle_runs_all_three_pipelines(tmp_path):
    """packaging/build.py, then the frozen app with an empty home: models come from the bundle."""
    build = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "build.py")], capture_output=True, text=True, timeout=900
    )
    assert build.returncode == 0, build.stdout[-2000:] + build.stderr[-2000:]
    report = json.loads((ROOT / "dist" / "build-report.json").read_text())
    print(json.dumps(report, indent=2))  # bundle size, size per model, start-up frozen vs venv
    executable = Path(report["executable"])
    home = tmp_path / "home"
    env = {
        **os.environ,
        "HOME": str(home),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    env.pop("EDGE_SHOWCASE_MODELS_DIR", None)
    # Under strace, with every telemetry switch turned on: the frozen app must switch them off itself.
    selftest = run_traced(
        [str(executable), "--selftest"], telemetry_on_environment(env), tmp_path / "selftest.trace", timeout=300
    )
    assert selftest.returncode == 0, selftest.stdout + selftest.stderr
    assert selftest.foreign == [], "\n".join(selftest.foreign[:10])
    assert not list(executable.parent.rglob("hf_xet*")), "a download-only library is in the bundle"
    for test_only in ("kokoro*", "misaki", "jieba", "pyopenjtalk", "sudachi*"):  # the voices extra makes test clips
        assert not list(executable.parent.rglob(test_only)), f"{test_only} is in the bundle"
    assert [line.split()[:2] for line in selftest.stdout.splitlines()] == [
        ["detection", "ok"],
        ["speech", "ok"],
        ["chat", "ok"],
        ["languages", "ok"],  # the .qm files, the app's and Qt's, are in the bundle
    ]
    version = subprocess.run([str(executable), "--version"], capture_output=True, text=True, env=env, timeout=60)
    assert version.stdout.strip() == f"edge-showcase {__version__}"
    shot = tmp_path / "frozen.png"
    screenshot = subprocess.run(
        [str(executable), "--screenshot", str(shot), "--quit-after", "5"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert screenshot.returncode == 0, screenshot.stderr[-2000:]
    assert QImage(str(shot)).width() >= 800
