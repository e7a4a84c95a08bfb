"""The CPU in words: /proc/cpuinfo as four kinds of machine give it, and this machine's own; its physical cores."""

import os

import pytest

from pipelines.machine.cpu import (
    AVX2_ONLY,
    cpu_name,
    describe_machine,
    int8_instructions,
    machine_info,
    physical_cores,
)

ZEN2 = "model name\t: AMD EPYC 7B12\nflags\t\t: fpu sse sse2 ssse3 sse4_1 sse4_2 avx f16c fma avx2 bmi2\n"
SAPPHIRE_RAPIDS = (
    "model name\t: Intel(R) Xeon(R) Platinum 8481C\nflags\t\t: avx2 avx512f avx512bw avx512_vnni avx_vnni amx_int8\n"
)
ALDER_LAKE = "model name\t: 12th Gen Intel(R) Core(TM) i7-1260P\nflags\t\t: avx avx2 fma avx_vnni\n"
SNAPDRAGON = "processor\t: 0\nFeatures\t: fp asimd evtstrm aes crc32 atomics fphp asimdhp asimddp\n"


@pytest.mark.parametrize(
    ("cpuinfo", "int8"),
    [(ZEN2, AVX2_ONLY), (SAPPHIRE_RAPIDS, "AMX and AVX-512 VNNI"), (ALDER_LAKE, "AVX-VNNI"),
     (SNAPDRAGON, "Arm dot product")],
)
def test_the_int8_instructions_named_from_linux_flags(cpuinfo, int8):
    assert int8_instructions(cpuinfo) == int8


def test_the_cpu_name_and_this_machine_in_a_line():
    assert cpu_name(ZEN2) == "AMD EPYC 7B12" and cpu_name(SNAPDRAGON)  # no model name: the platform's word
    machine = machine_info()
    assert machine["cpu"] and machine["cores"] >= 1 and machine["int8"] == int8_instructions()
    assert describe_machine(machine).startswith(f"{machine['cpu']}, {machine['cores']} cores (INT8: ")


def test_without_proc_cpuinfo_numpys_probe_answers():
    """macOS and Windows: numpy's CPU probe knows AVX-512 VNNI, Arm's dot product and AVX2 (every CPU the app
    supports has one of them: an empty answer is a probe that failed)."""
    assert int8_instructions("") in ("AVX-512 VNNI", "Arm dot product", "AVX2")


def test_a_figure_measured_with_openvino_held_to_an_older_instruction_set_says_so(monkeypatch):
    monkeypatch.delenv("ONEDNN_MAX_CPU_ISA", raising=False)
    monkeypatch.delenv("DNNL_MAX_CPU_ISA", raising=False)
    assert "onednn_isa_cap" not in machine_info() and "held to" not in describe_machine(machine_info())
    monkeypatch.setenv("ONEDNN_MAX_CPU_ISA", "AVX2")
    assert machine_info()["onednn_isa_cap"] == "AVX2"
    assert describe_machine(machine_info()).endswith(" GB, OpenVINO held to AVX2")


def fake_sysfs(root, siblings: dict[int, str]):
    for cpu, listed in siblings.items():
        topology = root / f"cpu{cpu}" / "topology"
        topology.mkdir(parents=True)
        (topology / "thread_siblings_list").write_text(listed + "\n")
    return root


def test_physical_cores_group_smt_siblings_among_the_processors_allowed(tmp_path):
    """Intel numbers a core's second thread after all the first ones (0 and 4), AMD next to it (0-1)."""
    intel = fake_sysfs(tmp_path / "intel", {0: "0,4", 1: "1,5", 2: "2,6", 3: "3,7", 4: "0,4", 5: "1,5", 6: "2,6",
                                            7: "3,7"})
    assert physical_cores(range(8), intel) == [[0, 4], [1, 5], [2, 6], [3, 7]]
    assert physical_cores({1, 5, 6}, intel) == [[1, 5], [6]]  # taskset, a container's cpuset
    amd = fake_sysfs(tmp_path / "amd", {0: "0-1", 1: "0-1", 2: "2-3", 3: "2-3"})
    assert physical_cores(range(4), amd) == [[0, 1], [2, 3]]
    assert physical_cores(range(2), tmp_path / "nothing") == []  # no sysfs: nothing said


@pytest.mark.skipif(not hasattr(os, "sched_getaffinity"), reason="Linux tells which processors share a core")
def test_this_machines_physical_cores_hold_every_processor_it_may_run_on():
    assert physical_cores() and sorted(sum(physical_cores(), [])) == sorted(os.sched_getaffinity(0))
