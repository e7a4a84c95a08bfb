"""This machine in a few words for every figure measured on it: the CPU's name, cores and memory, the OS, and the
INT8 dot-product instructions, which decide what the INT8 detector gains on the CPU.

onnxruntime's INT8 kernels take the best of AMX, AVX-512 VNNI and AVX-VNNI the CPU has; without VNNI they multiply
two products at a time into 16 bits (AVX2's ``vpmaddubsw``): INT8 was 2.9x FP32 on a Xeon with VNNI, 1.19x on an
AVX2-only EPYC. Linux names every flag in /proc/cpuinfo; elsewhere numpy's own CPU probe answers, which knows
AVX-512 VNNI and Arm's dot product but not AVX-VNNI (there an AVX2 CPU is only "AVX2").
"""

from __future__ import annotations

import os
import platform
from collections.abc import Iterable
from pathlib import Path

import psutil

CPUINFO = Path("/proc/cpuinfo")
SYSFS_CPUS = Path("/sys/devices/system/cpu")
# Linux's flag and its name, best first (every AMX CPU has AVX-512 VNNI: onnxruntime's convolutions use that).
LINUX_INT8 = (
    ("amx_int8", "AMX and AVX-512 VNNI"), ("avx512_vnni", "AVX-512 VNNI"), ("avx_vnni", "AVX-VNNI"),
    ("i8mm", "Arm I8MM"), ("asimddp", "Arm dot product"),
)
NUMPY_INT8 = (("AVX512VNNI", "AVX-512 VNNI"), ("ASIMDDP", "Arm dot product"), ("AVX2", "AVX2"))
AVX2_ONLY = "AVX2 without VNNI"


def _cpuinfo() -> str:
    try:
        return CPUINFO.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


def cpu_name(cpuinfo: str | None = None) -> str:
    """The CPU's model name (Linux: /proc/cpuinfo; elsewhere what the platform module knows)."""
    for line in (_cpuinfo() if cpuinfo is None else cpuinfo).splitlines():
        key, _, value = line.partition(":")
        if key.strip() == "model name" and value.strip():
            return value.strip()
    return platform.processor() or platform.machine()


def int8_instructions(cpuinfo: str | None = None) -> str:
    """The CPU's INT8 dot-product instructions in words ("AVX-512 VNNI", "AVX2 without VNNI", "Arm dot product"),
    '' where nothing tells."""
    flags: set[str] = set()
    for line in (_cpuinfo() if cpuinfo is None else cpuinfo).splitlines():
        key, _, value = line.partition(":")
        if key.strip() in ("flags", "Features"):  # x86, Arm
            flags.update(value.split())
    if flags:
        best = next((words for flag, words in LINUX_INT8 if flag in flags), "")
        return best or (AVX2_ONLY if "avx2" in flags else "no INT8 dot product")
    try:
        from numpy._core._multiarray_umath import __cpu_features__ as features
    except ImportError:
        return ""
    return next((words for feature, words in NUMPY_INT8 if features.get(feature)), "")


def _cpu_list(text: str) -> list[int]:
    """Linux's CPU list ("0-3,8,10-11") as numbers."""
    cpus: list[int] = []
    for part in text.strip().split(","):
        first, _, last = part.partition("-")
        cpus.extend(range(int(first), int(last or first) + 1))
    return cpus


def physical_cores(allowed: Iterable[int] | None = None, cpus: Path = SYSFS_CPUS) -> list[list[int]]:
    """The logical processors this process may run on (``allowed``: its affinity), grouped by physical core (SMT
    siblings together) in the order of their first processor; [] where the OS does not say (Linux's sysfs does)."""
    try:
        allowed = sorted(os.sched_getaffinity(0) if allowed is None else allowed)
        groups: dict[tuple[int, ...], list[int]] = {}
        for cpu in allowed:
            siblings = _cpu_list((cpus / f"cpu{cpu}" / "topology" / "thread_siblings_list").read_text())
            groups.setdefault(tuple(siblings), []).append(cpu)
    except (AttributeError, OSError, ValueError):  # no sched_getaffinity (Windows, macOS), no sysfs
        return []
    return sorted(groups.values())


def onednn_isa_cap() -> str:
    """The instruction set oneDNN (OpenVINO's CPU plugin) is held to by ``ONEDNN_MAX_CPU_ISA`` (``DNNL_MAX_CPU_ISA``
    before it), '' where none is: how a newer CPU measures what OpenVINO gives an older one (onnxruntime's own
    kernels do not read it)."""
    return os.environ.get("ONEDNN_MAX_CPU_ISA") or os.environ.get("DNNL_MAX_CPU_ISA") or ""


def machine_info() -> dict:
    """What a figure was measured on (``bench`` prints it with every report, the session report heads with it)."""
    cpuinfo = _cpuinfo()
    machine = {
        "cpu": cpu_name(cpuinfo),
        "cores": os.cpu_count() or 1,
        "int8": int8_instructions(cpuinfo),
        "memory_gb": round(psutil.virtual_memory().total / 2**30, 1),
        "os": platform.platform(),
    }
    cap = onednn_isa_cap()
    return {**machine, "onednn_isa_cap": cap} if cap else machine


def describe_machine(machine: dict) -> str:
    """``machine_info`` in a line: 'AMD EPYC, 2 cores (INT8: AVX2 without VNNI), 23.4 GB' (and 'OpenVINO held to
    AVX2' under an ISA cap)."""
    int8 = f" (INT8: {machine['int8']})" if machine["int8"] else ""
    cap = f", OpenVINO held to {machine['onednn_isa_cap']}" if machine.get("onednn_isa_cap") else ""
    return f"{machine['cpu']}, {machine['cores']} cores{int8}, {machine['memory_gb']:g} GB{cap}"
