"""Run a command under ``strace -f`` and list every socket it (or any thread or child) used that is not local.

Seen from outside the process, so native code counts as much as Python: onnxruntime's telemetry
thread, a library's DNS lookup, a child process. Local sockets (AF_UNIX for the display, D-Bus and
PulseAudio; AF_NETLINK for the kernel's interface and route queries) are allowed; any other address
family in ``socket``, ``socketpair``, ``connect``, ``bind``, ``sendto`` or ``sendmsg`` is a finding.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from pipelines.offline import OFFLINE_ENVIRONMENT

LOCAL_FAMILIES = {"AF_UNIX", "AF_LOCAL", "AF_NETLINK"}
CALL = re.compile(r"^(?P<pid>\d+)\s+(?P<call>\w+)\((?P<args>.*)$")
SOCKET_FAMILY = re.compile(r"^(AF_\w+)")
ADDRESS_FAMILY = re.compile(r"sa_family=(AF_\w+)")
NETWORK_CALLS = {"socket", "socketpair", "connect", "bind", "sendto", "sendmsg", "sendmmsg"}


@dataclass(frozen=True)
class TracedRun:
    """A finished command: its exit status, output and the non-local network calls strace saw."""

    returncode: int
    stdout: str
    stderr: str
    foreign: list[str]
    calls: int  # network system calls seen in all (local ones included): proof the trace recorded something


def non_local_calls(trace: str) -> tuple[list[str], int]:
    """The trace lines that use a non-local address family, and the number of network calls in all."""
    foreign, calls = [], 0
    for line in trace.splitlines():
        match = CALL.match(line)
        if not match or match["call"] not in NETWORK_CALLS:
            continue
        calls += 1
        families = ADDRESS_FAMILY.findall(match["args"])
        if match["call"] in ("socket", "socketpair"):
            families += SOCKET_FAMILY.findall(match["args"])
        if any(family not in LOCAL_FAMILIES for family in families):
            foreign.append(line)
    return foreign, calls


def telemetry_on_environment(base: dict[str, str]) -> dict[str, str]:
    """``base`` with every switch ``pipelines.offline`` sets turned the other way (telemetry and the Hub on):
    the traced app must switch them off itself, not inherit the test session's settings."""
    env = dict(base)
    for name in OFFLINE_ENVIRONMENT:
        env[name] = "0"
    return env


def run_traced(argv: list[str], env: dict[str, str], log: Path, timeout: float) -> TracedRun:
    """Run ``argv`` under strace (every thread and child followed) and collect its non-local network calls."""
    strace = shutil.which("strace")
    if strace is None:
        raise RuntimeError("strace is not installed (Debian package 'strace'; .ci/run installs it)")
    # --seccomp-bpf: only the traced calls stop the process, so inference runs at nearly full speed.
    command = [strace, "-f", "--seccomp-bpf", "-qq", "-e", "trace=%network", "-o", str(log), *argv]
    completed = subprocess.run(command, capture_output=True, text=True, env=env, timeout=timeout)
    foreign, calls = non_local_calls(log.read_text(errors="replace") if log.exists() else "")
    return TracedRun(completed.returncode, completed.stdout, completed.stderr, foreign, calls)


def isolated_environment(home: Path, models: Path) -> dict[str, str]:
    """A fresh user (empty home, config, data and cache folders) that still finds the built models."""
    env = dict(os.environ)
    env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / "config"), XDG_DATA_HOME=str(home / "data"),
               XDG_CACHE_HOME=str(home / "cache"), EDGE_SHOWCASE_MODELS_DIR=str(models), QT_QPA_PLATFORM="offscreen")
    return telemetry_on_environment(env)
