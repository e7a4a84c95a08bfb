"""A program that closes its engines and exits at once leaves nothing behind: its engine processes end on their own
(their finalizers run), so Python's resource tracker finds no leaked semaphore."""

import subprocess
import sys

from tqdm import tqdm

from pipelines.runtime.engine_host import EngineHost

RUNS = 3


class ProgressServer:
    """An engine that reports progress through tqdm, as faster-whisper's own ``transcribe`` does: tqdm's first bar
    creates a multiprocessing lock, a named semaphore the engine's process must release when it ends."""

    def steps(self, count: int) -> int:
        return sum(1 for _ in tqdm(range(count), disable=True))


def close_and_exit() -> None:
    """The program each run starts: one call to the engine, close it, exit."""
    host = EngineHost(ProgressServer, name="progress engine")
    assert host.call("steps", 3, timeout_s=60) == 3
    host.close()


def test_a_program_that_closes_its_engine_and_exits_leaks_no_semaphore():
    command = [sys.executable, "-c", f"from {__name__} import close_and_exit; close_and_exit()"]
    runs = [subprocess.Popen(command, stderr=subprocess.PIPE, text=True) for _ in range(RUNS)]
    errors = [run.communicate(timeout=120)[1] for run in runs]
    assert [run.returncode for run in runs] == [0] * RUNS, errors
    assert not any("leaked semaphore" in error for error in errors), errors


def test_an_engine_whose_app_dies_mid_reply_ends_without_crashing():
    """The app gone mid-reply (killed, crashed): the chat engine's process exits on its own. Before, it exited with
    llama.cpp still computing the next token while the exit destroyed the library's globals: SIGSEGV in 2 of 6 runs
    (on Windows, a crash report per run)."""
    from pipelines.chat.hosted import load_hosted_engine
    from pipelines.chat.loading import LLAMA_CPP
    from pipelines.chat.protocol import GenerationSettings, Message

    question = [Message("user", "Write a long story about a robot who learns to paint.")]
    for tokens_before_the_end in (4, 9, 14):
        engine = load_hosted_engine(LLAMA_CPP, threads=2)
        pieces = engine.stream(question, GenerationSettings(temperature=0.0, max_tokens=400))
        for _, _ in zip(range(tokens_before_the_end), pieces):
            pass
        engine.host._connection.close()  # the app's end of the pipe is gone, as when the app dies
        engine.host.process.join(10)
        assert engine.host.process.exitcode == 0, f"the engine ended with {engine.host.process.exitcode}"
