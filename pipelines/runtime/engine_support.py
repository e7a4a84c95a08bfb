"""Which pipelines can run on this machine: each needs its engine's Python packages, and some platforms
have no build of them (Windows on ARM64 has no wheel of OpenCV, CTranslate2 or vosk). A pipeline whose
engine is missing is shown as unavailable with the reason while the others run.

Checked without importing the engines (``find_spec``), so start-up stays fast; a module set to ``None``
in ``sys.modules`` counts as missing, as ``import`` itself treats it.
"""

from __future__ import annotations

import importlib.util
import platform
import sys

from pipelines.errors import ShowcaseError
from pipelines.names import Pipeline
from pipelines.phrases import QT_TRANSLATE_NOOP, Phrase, joined

GENAI = "onnxruntime-genai"  # chat models and Whisper, on the device the ranking picks
LLAMA_CPP = "llama.cpp"
MLC = "mlc"
WHISPER = "whisper"  # faster-whisper (CTranslate2)
VOSK = "vosk"
# (module, the package that provides it)
VISION_NEEDS = (("cv2", "opencv-python-headless"), ("onnxruntime", "onnxruntime"))
SPEECH_ENGINES = {
    VOSK: (("vosk", "vosk"),),
    WHISPER: (("ctranslate2", "ctranslate2"), ("faster_whisper", "faster-whisper")),
    GENAI: (("onnxruntime_genai", "onnxruntime-genai"),),
}
CHAT_ENGINES = {
    GENAI: (("onnxruntime_genai", "onnxruntime-genai"),),
    LLAMA_CPP: (("llama_cpp", "llama-cpp-python"),),
    MLC: (("mlc_llm", "mlc-llm"),),
}
NO_BUILD_FOR = QT_TRANSLATE_NOOP("Pipelines", "no {platform} build of {package}")
NOT_INSTALLED = QT_TRANSLATE_NOOP("Pipelines", "{package} is not installed")
NO_SPEECH_ENGINE = QT_TRANSLATE_NOOP("Pipelines", "no speech engine: {reasons}")
NO_CHAT_ENGINE = QT_TRANSLATE_NOOP("Pipelines", "no chat engine: {reasons}")
CANNOT_RUN = QT_TRANSLATE_NOOP("Pipelines", "The {engine} engine cannot run on this machine: {missing}")
NO_BUILD = {"Windows ARM64": {"opencv-python-headless", "ctranslate2", "vosk", "onnxruntime-directml"}}


def platform_name() -> str:
    """'Windows ARM64', 'Windows x64', 'macOS arm64', 'Linux x86_64'..."""
    machine = platform.machine()
    if sys.platform == "win32":
        return "Windows ARM64" if machine.upper() == "ARM64" else "Windows x64"
    return f"{'macOS' if sys.platform == 'darwin' else platform.system()} {machine}"


def installed(module: str) -> bool:
    if module in sys.modules:
        return sys.modules[module] is not None
    try:
        return importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):
        return False


def _missing(needs: tuple[tuple[str, str], ...]) -> str:
    """Why the first missing module of ``needs`` is missing, or '' when all are installed."""
    for module, package in needs:
        if not installed(module):
            where = platform_name()
            if package in NO_BUILD.get(where, ()):
                return Phrase(NO_BUILD_FOR, platform=where, package=package)
            return Phrase(NOT_INSTALLED, package=package)
    return ""


def chat_engine_missing(engine: str) -> str:
    """Why a chat engine ('onnxruntime-genai', 'llama.cpp', 'mlc') cannot run here, or ''."""
    return _missing(CHAT_ENGINES[engine])


def speech_engine_missing(engine: str) -> str:
    """Why a speech engine ('vosk', 'whisper', 'onnxruntime-genai') cannot run here, or ''."""
    return _missing(SPEECH_ENGINES[engine])


def cannot_run(engine: str, missing: str) -> ShowcaseError:
    """The one line for a load in ``engine`` where it cannot run (``missing``: ``chat_engine_missing`` and the like)."""
    return ShowcaseError(Phrase(CANNOT_RUN, engine=engine, missing=missing))


def pipeline_unavailable(pipeline: Pipeline) -> str:
    """Why ``pipeline`` cannot run on this machine, or '' when it can."""
    if pipeline == Pipeline.DETECTION:
        return _missing(VISION_NEEDS)
    if pipeline == Pipeline.SPEECH:
        reasons = [speech_engine_missing(engine) for engine in SPEECH_ENGINES]
        return "" if not all(reasons) else Phrase(NO_SPEECH_ENGINE, reasons=joined(reasons, "; "))
    if pipeline == Pipeline.CHAT:
        reasons = [_missing(needs) for needs in CHAT_ENGINES.values()]
        return "" if not all(reasons) else Phrase(NO_CHAT_ENGINE, reasons=joined(reasons, "; "))
    raise ValueError(f"unknown pipeline {pipeline!r}")


def require(pipeline: Pipeline) -> None:
    """Raise a one-line ``ShowcaseError`` when ``pipeline`` cannot run here (the CLI's check)."""
    reason = pipeline_unavailable(pipeline)
    if reason:
        raise ShowcaseError(f"The {pipeline.value} pipeline is unavailable on this machine: {reason}")
