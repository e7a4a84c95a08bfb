"""Keeping the screen awake while the kiosk runs, through the platform's own inhibit API, released on exit.

Linux: the freedesktop ScreenSaver service over the D-Bus session bus (GNOME, KDE, Xfce and most others
provide it), on a connection of its own that is closed to release it, asked off the UI thread (a bus or a service
that hangs must not freeze the booth screen). Windows:
``SetThreadExecutionState(ES_CONTINUOUS | ES_DISPLAY_REQUIRED | ES_SYSTEM_REQUIRED)`` on the UI thread.
macOS: an IOKit power assertion (``PreventUserIdleDisplaySleep``). Where none is available the kiosk
runs anyway and says the screen may blank.
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer

from app.worker import run_in_background
from pipelines.storage.user_folders import APPLICATION

REASON = "Trade-show demo running"
SCREENSAVER = ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver")
DBUS_TIMEOUT_MS = 1000  # a local call; a hung service must not freeze the window
ES_CONTINUOUS, ES_SYSTEM_REQUIRED, ES_DISPLAY_REQUIRED = 0x80000000, 0x00000001, 0x00000002


@dataclass
class ScreenAwake:
    """What holds the screen awake (``how``), or why nothing does (``problem``)."""

    how: str = ""
    problem: str = ""
    _release: object = None

    def release(self) -> None:
        """Let the screen sleep again (once)."""
        release, self._release = self._release, None
        if callable(release):
            release()


def keep_screen_awake_soon(bus_address: str | None, done: Callable[[ScreenAwake], None], parent: QObject) -> None:
    """``keep_screen_awake``, its answer given to ``done`` on the UI thread once the event loop runs (whoever listens
    is connected by then): asked on the UI thread on Windows (the execution state is the calling thread's) and macOS
    (a local call), on a worker where D-Bus is asked."""
    if sys.platform in ("win32", "darwin"):
        awake = keep_screen_awake(bus_address)
        QTimer.singleShot(0, parent, lambda: done(awake))
        return
    run_in_background(
        lambda: keep_screen_awake(bus_address), done, lambda line: done(ScreenAwake(problem=line)), parent,
        "screen-awake",
    )


def keep_screen_awake(bus_address: str | None = None) -> ScreenAwake:
    """Inhibit the screen saver and display sleep; ``bus_address``: a D-Bus address (default: the session bus)."""
    try:
        if sys.platform == "win32":
            return _windows()
        if sys.platform == "darwin":
            return _macos()
        return _freedesktop(bus_address)
    except (OSError, AttributeError) as error:
        return ScreenAwake(problem=f"could not keep the screen awake: {error}")


def _freedesktop(address: str | None) -> ScreenAwake:
    """Inhibit on a D-Bus connection of its own; closing it releases the inhibition (the services drop an
    inhibitor whose client leaves the bus). ``UnInhibit`` is not used: it takes a uint32 that PySide6
    cannot send (its integers go out as int16/int32/int64)."""
    from PySide6.QtDBus import QDBusConnection, QDBusInterface, QDBusMessage

    name = "edge-showcase-screen-awake"
    bus = (QDBusConnection.connectToBus(address, name) if address
           else QDBusConnection.connectToBus(QDBusConnection.BusType.SessionBus, name))
    if not bus.isConnected():
        QDBusConnection.disconnectFromBus(name)
        return ScreenAwake(problem="no D-Bus session bus: the screen may blank")
    screensaver = QDBusInterface(*SCREENSAVER, bus)
    screensaver.setTimeout(DBUS_TIMEOUT_MS)
    reply = screensaver.call("Inhibit", APPLICATION, REASON)
    if reply.type() != QDBusMessage.MessageType.ReplyMessage or not reply.arguments():
        QDBusConnection.disconnectFromBus(name)
        return ScreenAwake(
            problem=f"no screen saver service to inhibit ({reply.errorMessage() or 'no reply'}): the screen may blank"
        )
    return ScreenAwake(
        f"org.freedesktop.ScreenSaver.Inhibit (cookie {reply.arguments()[0]}, client {bus.baseService()})",
        "",
        lambda: QDBusConnection.disconnectFromBus(name),
    )


def _windows() -> ScreenAwake:
    kernel32 = ctypes.windll.kernel32
    if not kernel32.SetThreadExecutionState(ES_CONTINUOUS | ES_DISPLAY_REQUIRED | ES_SYSTEM_REQUIRED):
        return ScreenAwake(problem="SetThreadExecutionState failed: the screen may blank")
    return ScreenAwake(
        "SetThreadExecutionState(ES_DISPLAY_REQUIRED)", "", lambda: kernel32.SetThreadExecutionState(ES_CONTINUOUS)
    )


def _macos() -> ScreenAwake:
    iokit = ctypes.cdll.LoadLibrary("/System/Library/Frameworks/IOKit.framework/IOKit")
    cf = ctypes.cdll.LoadLibrary("/System/Library/Frameworks/CoreFoundation.framework/CoreFoundation")
    cf.CFStringCreateWithCString.restype = ctypes.c_void_p
    cf.CFStringCreateWithCString.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_uint32]
    utf8 = 0x08000100
    kind = cf.CFStringCreateWithCString(None, b"PreventUserIdleDisplaySleep", utf8)
    name = cf.CFStringCreateWithCString(None, REASON.encode(), utf8)
    assertion = ctypes.c_uint32(0)
    iokit.IOPMAssertionCreateWithName.argtypes = [
        ctypes.c_void_p,
        ctypes.c_uint32,
        ctypes.c_void_p,
        ctypes.POINTER(ctypes.c_uint32),
    ]
    if iokit.IOPMAssertionCreateWithName(kind, 255, name, ctypes.byref(assertion)) != 0:
        return ScreenAwake(problem="IOPMAssertionCreateWithName failed: the screen may blank")
    return ScreenAwake(f"IOPMAssertion {assertion.value}", "", lambda: iokit.IOPMAssertionRelease(assertion))
