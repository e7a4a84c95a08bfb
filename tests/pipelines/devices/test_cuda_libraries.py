"""The CUDA libraries that onnxruntime-gpu finds in NVIDIA's pip packages are loaded before the first CUDA or TensorRT
session, once, and what onnxruntime prints while loading them stays out of the CLI's JSON."""

import onnxruntime as ort

from pipelines.devices import cuda_libraries
from pipelines.devices.cuda_libraries import load_cuda_libraries, prepare_provider


def test_loaded_once_for_cuda_and_tensorrt_never_for_other_providers(monkeypatch, capsys):
    calls = []

    def preload() -> None:
        calls.append(1)
        print("WARNING: Unable to load libcudnn.so.9")  # what onnxruntime's preload_dlls prints where one is missing

    monkeypatch.setattr(ort, "preload_dlls", preload, raising=False)
    load_cuda_libraries.cache_clear()
    try:
        for ep in ("CPUExecutionProvider", "OpenVINOExecutionProvider", "CUDAExecutionProvider",
                   "TensorrtExecutionProvider", "CUDAExecutionProvider"):
            prepare_provider(ep)
    finally:
        load_cuda_libraries.cache_clear()
    assert calls == [1] and capsys.readouterr().out == ""


def test_onnxruntime_without_cuda_loads_nothing_and_says_nothing(capsys):
    """This machine's onnxruntime (CPU only) has preload_dlls too: it returns without loading or printing."""
    load_cuda_libraries.cache_clear()
    cuda_libraries.load_cuda_libraries()
    assert capsys.readouterr().out == ""
