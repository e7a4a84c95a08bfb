"""Nothing leaves the machine, proven from outside the process: the real app under ``strace -f``.

Every CLI command and the window (the dashboard, all three pipelines live for over a minute) run in
a child process that strace follows into every thread and child. Any socket that is not local
(AF_UNIX / AF_NETLINK) fails the test, whoever opened it: Python, onnxruntime's native telemetry
thread, a library's DNS lookup. The child starts with every telemetry switch turned *on* in its
environment, so the app must turn them off itself. onnxruntime's telemetry first looks up its host
about 9 s after start and then every few seconds: the window's run is long enough to catch it.

A new dependency version with a new phone-home path fails here, in CI, on the upgrade.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from pipelines.model_store import models_dir
from pipelines.speech.sources import demo_recording
from tests.support.helpers import DATA
from tests.support.network_trace import isolated_environment, non_local_calls, run_traced

pytestmark = pytest.mark.strace
APP = [sys.executable, "-m", "app"]
WINDOW_SECONDS = 65
CLI_COMMANDS = {
    "detect": ["detect", str(DATA / "coffee.png"), "--json"],
    "transcribe": ["transcribe", str(demo_recording()), "--json"],
    "chat": ["chat", "Name three colours.", "--max-tokens", "24", "--json"],
    "bench-detection": ["bench", "detection", "--frames", "20", "--json"],
    "bench-chat": ["bench", "chat", "--rounds", "1", "--json"],
    "bench-speech": ["bench", "speech", "--json"],
    "doctor": ["doctor", "--json"],
    "models-list": ["models", "list", "--json"],
}


@pytest.fixture
def fresh_user(tmp_path) -> dict[str, str]:
    return isolated_environment(tmp_path / "home", models_dir())


def test_the_trace_sees_native_code_and_allows_local_sockets(tmp_path, fresh_user):
    """The control: a socket opened by C code (not Python's socket module) is caught; AF_UNIX is not."""
    program = ("import ctypes; libc = ctypes.CDLL(None); "
               "libc.close(libc.socket(1, 1, 0)); libc.close(libc.socket(2, 2, 0))")  # AF_UNIX, then AF_INET
    run = run_traced([sys.executable, "-c", program], fresh_user, tmp_path / "control.trace", timeout=60)
    assert run.returncode == 0, run.stderr
    assert len(run.foreign) == 1 and "socket(AF_INET, SOCK_DGRAM" in run.foreign[0], run.foreign
    assert run.calls >= 2


def test_trace_parsing_covers_split_calls_and_addresses():
    trace = "\n".join([
        '12 socket(AF_UNIX, SOCK_STREAM|SOCK_CLOEXEC, 0) = 5',
        '12 connect(5, {sa_family=AF_UNIX, sun_path="/run/dbus/system_bus_socket"}, 110) = 0',
        '13 socket(AF_NETLINK, SOCK_RAW|SOCK_CLOEXEC, NETLINK_ROUTE) = 6',
        '14 socket(AF_INET6, SOCK_DGRAM, IPPROTO_IP <unfinished ...>',
        '14 <... socket resumed>) = 7',
        '15 connect(9, {sa_family=AF_INET, sin_port=htons(53), sin_addr=inet_addr("10.0.0.53")}, 16 <unfinished ...>',
        '16 sendto(8, "\\265\\27\\1\\0", 50, MSG_NOSIGNAL, NULL, 0) = 50',
    ])
    foreign, calls = non_local_calls(trace)
    assert calls == 6
    assert [line.split()[0] for line in foreign] == ["14", "15"]


@pytest.mark.parametrize("command", CLI_COMMANDS.values(), ids=CLI_COMMANDS.keys())
def test_cli_command_opens_no_network_socket(command, tmp_path, fresh_user):
    run = run_traced([*APP, *command], fresh_user, tmp_path / "cli.trace", timeout=300)
    assert run.returncode == 0, run.stderr[-2000:]
    assert run.foreign == [], "\n".join(run.foreign[:10])


def test_the_window_with_all_three_pipelines_opens_no_network_socket(tmp_path, fresh_user):
    """The dashboard for over a minute: the demo video detected, the demo recording transcribed, a chat answer
    streamed."""
    argv = [
        *APP,
        "--panel",
        "dashboard",
        "--prompt",
        "Write a short poem about privacy.",
        "--quit-after",
        str(WINDOW_SECONDS),
    ]
    run = run_traced(argv, fresh_user, tmp_path / "window.trace", timeout=WINDOW_SECONDS + 120)
    assert run.returncode == 0, run.stderr[-2000:]
    assert "every panel showed live output" in run.stdout
    assert run.foreign == [], "\n".join(run.foreign[:10])
    assert Path(tmp_path / "window.trace").stat().st_size > 0
