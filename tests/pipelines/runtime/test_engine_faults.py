"""Faults injected into real engine processes: killed (SIGKILL), hung (SIGSTOP), raising, their app gone. Each is
reported in one line within its limit, and the restart policy backs off, then gives up."""


import os
import signal
import threading
import time

import pytest

from pipelines.chat.hosted import load_hosted_engine
from pipelines.chat.protocol import GenerationSettings, Message
from pipelines.errors import ModelError
from pipelines.runtime.engine_host import EngineFailed, EngineStalled, EngineStopped
from pipelines.runtime.supervision import RestartPolicy
from pipelines.speech.audio import AudioChunk
from pipelines.speech.hosted import load_hosted_recognizer
from pipelines.speech.sources import decode_audio_file, demo_recording

LONG_QUESTION = "Write a long story about a robot who learns to paint. Use many sentences."


def test_a_killed_engine_is_reported_by_its_signal_within_a_second():
    engine = load_hosted_engine(threads=2)
    pieces = engine.stream([Message("user", LONG_QUESTION)], GenerationSettings(max_tokens=400))
    next(pieces)
    os.kill(engine.pid, signal.SIGKILL)
    killed = time.monotonic()
    with pytest.raises(EngineStopped, match=r"chat engine stopped unexpectedly \(signal 9, SIGKILL\)"):
        for _ in pieces:
            pass
    assert time.monotonic() - killed < 1.0
    assert isinstance(engine.fault(), EngineStopped)


def test_a_cancelled_answer_leaves_the_engine_usable_and_its_errors_arrive_as_one_line(tmp_path):
    engine = load_hosted_engine(threads=2)
    pieces = engine.stream([Message("user", LONG_QUESTION)], GenerationSettings(max_tokens=400))
    assert [next(pieces) for _ in range(3)]
    pieces.close()
    assert engine.count_tokens("hello world") == 2 and engine.fault() is None
    engine.close()
    garbage = tmp_path / "garbage.gguf"
    garbage.write_bytes(b"GGUF" + os.urandom(4096))
    with pytest.raises(ModelError) as error:
        load_hosted_engine(model=garbage)
    assert "llama.cpp could not load" in error.value.one_line() and "\n" not in error.value.one_line()


def test_an_engine_whose_app_is_gone_ends_quietly(capfd):
    """The pipe to the app breaks mid-answer (the app was killed): the engine's process ends by itself, without a
    traceback on the terminal the app was started from."""
    engine = load_hosted_engine(threads=1)
    pieces = engine.stream([Message("user", LONG_QUESTION)], GenerationSettings(max_tokens=400))
    next(pieces)
    engine.host._connection.close()  # what the app's end does to its side of the pipe
    engine.host.process.join(10)
    assert engine.host.process.exitcode == 0
    assert "Traceback" not in capfd.readouterr().err


def test_a_hung_engine_is_stopped_after_its_stall_limit():
    recognizer, _ = load_hosted_recognizer(stall_s=2.0)
    samples = decode_audio_file(demo_recording())[:1600]
    assert recognizer.accept(AudioChunk(samples, time.perf_counter(), 0.0)) is not None
    os.kill(recognizer.pid, signal.SIGSTOP)
    started = time.monotonic()
    with pytest.raises(EngineStalled, match="speech engine stopped responding for 2 s"):
        recognizer.accept(AudioChunk(samples, time.perf_counter(), 0.1))
    assert 1.9 < time.monotonic() - started < 3.0
    assert not recognizer.host.process.is_alive()


def test_the_first_token_may_wait_for_a_long_prompt_to_be_read_the_next_ones_may_not():
    engine = load_hosted_engine(threads=1, stall_s=1.0)
    assert "".join(engine.stream([Message("user", "Count from one to twenty.")], GenerationSettings(max_tokens=40)))
    assert 0.002 < engine.token_s < 0.2  # the answers' own pace (SmolLM2 on one core: ~10 ms a token)
    prompt = [Message("user", "Read this, then answer in one long paragraph. " + LONG_QUESTION * 12)]
    assert 3 < engine.first_token_limit_s(prompt) < 120
    # the prompt's reading held up on a busy core, 2.5 s, past the 1 s stall limit...
    os.kill(engine.pid, signal.SIGSTOP)
    threading.Timer(2.5, os.kill, (engine.pid, signal.SIGCONT)).start()
    pieces = engine.stream(prompt, GenerationSettings(max_tokens=300))
    assert next(pieces)  # ...is no hang
    os.kill(engine.pid, signal.SIGSTOP)  # silence between two tokens is
    with pytest.raises(EngineStalled, match="chat engine stopped responding for 1 s"):
        for _ in pieces:
            pass
    assert not engine.host.process.is_alive()


def test_the_restart_policy_backs_off_then_gives_up():
    now = [0.0]
    policy = RestartPolicy(first_delay_s=1.0, max_failures=4, window_s=300.0, clock=lambda: now[0])
    assert [policy.failed() for _ in range(3)] == [1.0, 2.0, 4.0]
    assert policy.failed() is None
    now[0] = 1000.0  # failures long ago no longer count
    assert policy.failed() == 1.0


def test_an_unexpected_exception_in_the_engine_process_is_a_fault_it_survives():
    recognizer, _ = load_hosted_recognizer()
    with pytest.raises(EngineFailed, match="speech engine failed: AttributeError"):
        recognizer.host.call("accept", "not an audio chunk")
    assert recognizer.fault() is None  # the process lives on; the watchdog restarts it all the same
    recognizer.close()
