"""Runs an engine in a child process and calls it over a pipe, so a native crash or a hang there never
takes the window (or the other pipelines) down with it.

The child is started with the ``spawn`` method (the same on Linux, Windows and macOS, and the one a frozen
app supports through ``multiprocessing.freeze_support``). It builds one *server* object, named as
``"module:Class"``, and serves its methods in order: ``call`` waits for a return value, ``stream`` relays
the items of a generator method one by one and can be cancelled between two items.

A child that dies is reported as :class:`EngineStopped` naming its exit (``signal 11``); one that sends
nothing for ``stall_s`` seconds is killed and reported as :class:`EngineStalled`. The engine's own
errors (:class:`ShowcaseError`) arrive as the same class with the same one-line message.
"""

from __future__ import annotations

import importlib
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Generator, Iterator
from contextlib import suppress
from multiprocessing.connection import Connection
from typing import Any

from pipelines import errors
from pipelines.errors import ShowcaseError
from pipelines.phrases import QT_TRANSLATE_NOOP, Phrase
from pipelines.runtime.thread_priority import lower_priority_to

SPAWN = multiprocessing.get_context("spawn")
POLL_S = 0.1
CLOSE_WAIT_S = 2.0
CLOSED = QT_TRANSLATE_NOOP("Pipelines", "The {name} was closed")
WORK_STOPPED = QT_TRANSLATE_NOOP("Pipelines", "The {name}'s work was stopped")
NOT_RESPONDING = QT_TRANSLATE_NOOP("Pipelines", "The {name} stopped responding for {seconds} s and was stopped")
STOPPED_UNEXPECTEDLY = QT_TRANSLATE_NOOP("Pipelines", "The {name} stopped unexpectedly ({exit})")


def _never() -> bool:
    return False


class EngineStopped(ShowcaseError):
    """The engine's child process ended without being asked to."""


class EngineStalled(ShowcaseError):
    """The engine's child process sent nothing for longer than its stall limit (it was killed)."""


class EngineFailed(ShowcaseError):
    """The engine raised an exception nobody expected (a bug, not a bad model or input); its process lives on."""


def exit_description(exitcode: int | None) -> str:
    """'signal 11, SIGSEGV', 'exit code 3' or 'still running' for a process's exit code."""
    if exitcode is None:
        return "still running"
    if exitcode < 0:
        try:
            return f"signal {-exitcode}, {signal.Signals(-exitcode).name}"
        except ValueError:
            return f"signal {-exitcode}"
    return f"exit code {exitcode}"


def _error_message(error: BaseException, name: str) -> tuple:
    if isinstance(error, ShowcaseError):
        return ("error", type(error).__name__, error.message, error.hint)
    return ("error", "EngineFailed", f"The {name} failed: {type(error).__name__}: {error}", "")


def _serve(connection: Connection, server_path: str, args: tuple, niceness: int, name: str) -> None:
    """The child's main: build the server, then answer requests until told to close (or the pipe ends); the server
    is closed on the way out."""
    lower_priority_to(niceness)  # before any engine starts its native thread pool, which inherits it
    module_name, class_name = server_path.split(":")
    server, start_error = None, None
    try:
        server = getattr(importlib.import_module(module_name), class_name)(*args)
    except BaseException as error:
        start_error = _error_message(error, name)
    try:
        _answer_until_closed(connection, server, start_error, name)
    finally:
        _close_server(server)


def _answer_until_closed(connection: Connection, server: Any, start_error: tuple | None, name: str) -> None:
    while True:
        try:
            request = connection.recv()
        except (EOFError, OSError):
            return  # the parent is gone
        kind = request[0]
        if kind == "close":
            return
        if kind != "call" and kind != "stream":
            continue  # a cancel that arrived after its stream had ended
        try:
            _answer(connection, server, request, start_error, name)
        except _ParentGone:
            return  # it ended (or was ended) while this request ran: nobody is left to answer


def _close_server(server: Any) -> None:
    """Let the server free its engine before the process exits: a native compute thread still running while the
    exit destroys the library's globals crashes (llama.cpp's CPU backend: SIGSEGV in
    ``ggml_cpu_extra_compute_forward`` in 2 of 6 children whose parent died mid-reply). Bounded: an engine that does
    not let go in ``CLOSE_WAIT_S`` (a token that crawls on busy cores) ends the process at once, without that exit
    (the same crash came back under CI-like load when the process went on to exit normally)."""
    close = getattr(server, "close", None)
    if close is None:
        return
    closing = threading.Thread(target=close, name="closing the engine", daemon=True)
    closing.start()
    closing.join(CLOSE_WAIT_S)
    if closing.is_alive():
        for stream in (sys.stdout, sys.stderr):
            with suppress(Exception):
                stream.flush()
        os._exit(0)


class _ParentGone(Exception):
    """The pipe to the parent broke: the app has ended."""


def _send(connection: Connection, message: tuple) -> None:
    try:
        connection.send(message)
    except (BrokenPipeError, ConnectionResetError, EOFError) as error:
        raise _ParentGone from error


def _answer(connection: Connection, server: Any, request: tuple, start_error: tuple | None, name: str) -> None:
    """Serve one call or stream request; every failure of the server becomes one message to the parent."""
    if start_error is not None:
        _send(connection, start_error)
        return
    kind, method, method_args = request
    try:
        if kind == "call":
            _send(connection, ("value", getattr(server, method)(*method_args)))
        else:
            _relay(connection, getattr(server, method)(*method_args))
    except _ParentGone:
        raise
    except BaseException as error:
        _send(connection, _error_message(error, name))


def _relay(connection: Connection, items: Iterator[Any]) -> None:
    try:
        for item in items:
            _send(connection, ("item", item))
            if connection.poll() and connection.recv()[0] == "cancel":
                break
        _send(connection, ("end",))
    finally:
        close = getattr(items, "close", None)
        if close is not None:
            close()


class EngineHost:
    """A child process serving one engine. One request at a time; ``close`` (or ``kill``) ends it."""

    def __init__(self, server: type, *args: Any, name: str, stall_s: float | None = None, niceness: int = 0) -> None:
        """Start a child that builds ``server(*args)`` and serves its methods (named by module and class: a spawned
        child imports it afresh, and a frozen app bundles it because the caller imports the class)."""
        server_path = f"{server.__module__}:{server.__qualname__}"
        self.name = name
        self.stall_s = stall_s
        self._connection, child_end = SPAWN.Pipe()
        self.process = SPAWN.Process(
            target=_serve, args=(child_end, server_path, args, niceness, name), name=name, daemon=True
        )
        self.process.start()
        child_end.close()
        self._lock = threading.Lock()
        self._closed = False

    @property
    def pid(self) -> int | None:
        return self.process.pid

    def call(
        self, method: str, *args: Any, timeout_s: float | None = None, should_stop: Callable[[], bool] = _never
    ) -> Any:
        """``server.method(*args)`` in the child; its ShowcaseError is raised here. ``should_stop``: as ``stream``'s."""
        with self._lock:
            self._send(("call", method, args))
            return self._answer(self._receive(timeout_s or self.stall_s, should_stop))

    def stream(
        self, method: str, *args: Any, first_item_s: float | None = None, should_stop: Callable[[], bool] = _never
    ) -> Generator[Any, None, None]:
        """The items of ``server.method(*args)`` as the child makes them; closing this iterator cancels it.

        The child may take ``first_item_s`` (default: the stall limit) for the first item, work it does
        before it can say anything (a long prompt read on a busy core); the stall limit applies between items.
        ``should_stop`` is asked while waiting: once it says so, the child is ended (its work abandoned, a load or a
        one-off measurement) and ``EngineStopped`` raised, within ``POLL_S``."""
        with self._lock:
            self._send(("stream", method, args))
            ended = False
            wait_s = first_item_s or self.stall_s
            try:
                while True:
                    message = self._receive(wait_s, should_stop)
                    wait_s = self.stall_s
                    if message[0] == "end":
                        ended = True
                        return
                    ended = message[0] == "error"
                    yield self._answer(message)
            finally:
                if not ended and self.process.is_alive():
                    self._cancel()

    def _cancel(self) -> None:
        """Ask the child to stop streaming and skip what it sent meanwhile (up to its end marker)."""
        try:
            self._send(("cancel",))
            while self._receive(self.stall_s)[0] not in ("end", "error"):
                pass
        except ShowcaseError:
            pass  # the child died or stalled meanwhile: the next request says so

    def _send(self, message: tuple) -> None:
        if self._closed:
            raise EngineStopped(Phrase(CLOSED, name=self.name))
        try:
            self._connection.send(message)
        except (BrokenPipeError, OSError):
            raise self._stopped() from None

    def _receive(self, timeout_s: float | None, should_stop: Callable[[], bool] = _never) -> tuple:
        """The child's next message; waits in short slices so a dead child (or ``should_stop``) is seen within
        ``POLL_S``."""
        deadline = None if timeout_s is None else time.monotonic() + timeout_s
        while True:
            if should_stop():  # asked before every message too: a child that keeps reporting progress is stopped
                self.kill()
                raise EngineStopped(Phrase(WORK_STOPPED, name=self.name))
            try:
                if self._connection.poll(POLL_S):
                    return self._connection.recv()
            except (EOFError, OSError):
                raise self._stopped() from None
            if not self.process.is_alive() and not self._connection.poll(0):
                raise self._stopped()
            if deadline is not None and time.monotonic() > deadline:
                self.kill()
                raise EngineStalled(Phrase(NOT_RESPONDING, name=self.name, seconds=f"{timeout_s:.0f}"))

    def _stopped(self) -> EngineStopped:
        self.process.join(CLOSE_WAIT_S)
        return EngineStopped(Phrase(STOPPED_UNEXPECTEDLY, name=self.name, exit=exit_description(self.process.exitcode)))

    @staticmethod
    def _answer(message: tuple) -> Any:
        if message[0] == "error":
            _, class_name, text, hint = message
            error_class = EngineFailed if class_name == "EngineFailed" else getattr(errors, class_name, ShowcaseError)
            raise error_class(text, hint)
        return message[1]

    def fault(self) -> EngineStopped | None:
        """The child's unexpected end, seen without asking it anything; None while it runs (or was closed)."""
        if self._closed or self.process.is_alive():
            return None
        return self._stopped()

    def kill(self) -> None:
        """End the child at once (SIGKILL on POSIX)."""
        self._closed = True
        if self.process.is_alive():
            self.process.kill()
        self.process.join(CLOSE_WAIT_S)
        self._connection.close()

    def close(self) -> None:
        """Ask the child to finish and reap it in the background (never blocks the caller for long; the program's
        exit waits for it)."""
        if self._closed:
            return
        self._closed = True
        if self._lock.acquire(blocking=False):  # idle: ask it to finish; busy on a request: it is killed below
            try:
                self._connection.send(("close",))
            except (BrokenPipeError, OSError):
                pass
            finally:
                self._lock.release()
        else:
            self.process.kill()
        # Not a daemon: a program that exits now waits for the child's own end (at most 2 x CLOSE_WAIT_S), where
        # multiprocessing's exit would terminate it mid-way, its finalizers unrun: a semaphore it made (tqdm's lock)
        # was then reported leaked by the resource tracker.
        threading.Thread(target=self._reap, name=f"{self.name}-reaper").start()

    def _reap(self) -> None:
        self.process.join(CLOSE_WAIT_S)
        if self.process.is_alive():
            self.process.kill()
            self.process.join(CLOSE_WAIT_S)
        self._connection.close()
