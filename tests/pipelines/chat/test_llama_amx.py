"""llama.cpp's AMX kernels are kept out of the load where the CPU has AMX (they crash there)."""

import llama_cpp

from pipelines.chat.llama_amx import has_amx, without_extra_buffers


def test_amx_is_read_from_the_cpu_flags(tmp_path):
    cpuinfo = tmp_path / "cpuinfo"
    cpuinfo.write_text("processor\t: 0\nflags\t\t: fpu sse avx2 avx512_vnni amx_bf16 amx_tile amx_int8\n")
    assert has_amx(cpuinfo)
    cpuinfo.write_text("processor\t: 0\nflags\t\t: fpu sse avx2 avx512_vnni\n")
    assert not has_amx(cpuinfo)
    assert not has_amx(tmp_path / "absent")  # Windows, macOS


def test_the_load_takes_llama_cpps_defaults_without_its_extra_buffers_and_puts_them_back():
    bindings = llama_cpp.llama_cpp
    assert bindings.llama_model_default_params().use_extra_bufts
    with without_extra_buffers(bindings):
        assert not bindings.llama_model_default_params().use_extra_bufts
    assert bindings.llama_model_default_params().use_extra_bufts
