"""Kiosk mode: full screen on the dashboard without menus or tabs, only the chord (and PIN) leaves, the screen
is kept awake through D-Bus (a private bus with a double of the ScreenSaver service) and released on exit,
the call-to-action QR code, and the attract loop that starts when idle and stops on input."""

import os
import shutil
import subprocess
import sys

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QImage, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QDialog, QFileDialog, QMessageBox

from app.kiosk.attract_loop import TRY_PROMPT
from pipelines.chat.quiz import BOOTH_QUESTIONS, remembered_right_answers
from tests.support.helpers import SUPPORT, demo_sentences, pulse_virtual_microphone, shown_window, write_wav
from widgets.call_to_action import qr_pixmap

FAKE_SCREENSAVER = SUPPORT / "fake_screensaver.py"


@pytest.fixture
def kiosk_window(qtbot, built_model):
    window = shown_window(qtbot, built_model)
    yield window
    if window.kiosk is not None:
        window.kiosk.leave()


@pytest.fixture
def screensaver_bus():
    """A private session bus with the ScreenSaver double on it: (address, the double's process)."""
    if not shutil.which("dbus-daemon"):
        pytest.fail("dbus-daemon is missing: .ci/run installs it (Debian package dbus-daemon)")
    address, pid = subprocess.run(["dbus-daemon", "--session", "--fork", "--print-address=1", "--print-pid=1"],
                                  capture_output=True, text=True, check=True).stdout.split()
    service = subprocess.Popen(
        [sys.executable, str(FAKE_SCREENSAVER)],
        env={**os.environ, "DBUS_SESSION_BUS_ADDRESS": address},
        stdout=subprocess.PIPE,
        text=True,
    )
    assert service.stdout.readline().strip() == "ready"
    yield address, service
    service.kill()
    os.kill(int(pid), 15)


def test_kiosk_fills_the_screen_without_menus_and_leaves_only_by_the_chord(qtbot, kiosk_window):
    window = kiosk_window
    window.enter_kiosk()
    assert window.isFullScreen() and window.current_view() == "dashboard"
    assert not window.menuBar().isVisible() and not window.deck.bar.isVisible()
    enabled = [action for menu in window.menuBar().actions() for action in menu.menu().actions() if action.isEnabled()]
    assert enabled == window.booth_actions  # no Ctrl+Q, F11...
    assert [action.shortcut().toString() for action in enabled] == ["C", "P", "F9"]
    assert window.kiosk.corner.isVisible()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    qtbot.keyClick(window, Qt.Key.Key_C)  # the booth keys work with the menu bar hidden (they were dead in a kiosk)
    qtbot.waitUntil(lambda: window.vision.comparison is not None, timeout=2000)
    window.vision.comparison.close()
    window.close()  # what Alt+F4 asks for
    assert window.isVisible() and not window.kiosk.unlocked
    window.activateWindow()
    qtbot.keyClick(
        window,
        Qt.Key.Key_Q,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)
    assert window.kiosk.unlocked


@pytest.mark.parametrize("direction", [Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft])
def test_the_qr_corner_lies_over_the_video_in_either_writing_direction(qtbot, kiosk_window, direction):
    window = kiosk_window
    window.setLayoutDirection(direction)  # Arabic: the video on the right, the chat box on the left
    window.enter_kiosk()
    qtbot.waitUntil(lambda: window.kiosk.corner.isVisible() and window.vision.view.width() > 300, timeout=5000)
    qtbot.wait(100)
    video = window.vision.view
    over = QRect(video.mapTo(window, QPoint(0, 0)), video.size())
    assert over.contains(window.kiosk.corner.geometry()), (over, window.kiosk.corner.geometry())


def test_with_a_pin_the_chord_asks_for_it(qtbot, kiosk_window):
    window = kiosk_window
    window.settings.kiosk_pin = "2468"
    window.enter_kiosk()
    window.kiosk.request_exit()
    assert window.kiosk.pin.isVisible()
    qtbot.keyClicks(window.kiosk.pin, "1111")
    qtbot.keyClick(window.kiosk.pin, Qt.Key.Key_Return)
    assert window.isVisible() and "Wrong PIN" in window.kiosk.pin.placeholderText()
    qtbot.keyClicks(window.kiosk.pin, "2468")
    qtbot.keyClick(window.kiosk.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)


@pytest.mark.dbus
def test_the_screen_is_kept_awake_over_dbus_and_released_on_exit(qtbot, kiosk_window, screensaver_bus):
    address, service = screensaver_bus
    window = kiosk_window
    window.enter_kiosk(bus_address=address)
    qtbot.waitUntil(lambda: window.kiosk.awake.how != "", timeout=5000)  # asked off the UI thread
    assert window.kiosk.awake.how.startswith("org.freedesktop.ScreenSaver.Inhibit (cookie 4242, client :")
    client = window.kiosk.awake.how.rsplit("client ", 1)[1].rstrip(")")
    assert service.stdout.readline().strip() == "Inhibit Edge AI Showcase"
    window.kiosk.leave()
    assert service.stdout.readline().strip() == f"Left {client}"  # the inhibitor's connection is gone: released


@pytest.mark.dbus
def test_without_a_session_bus_the_kiosk_runs_and_says_the_screen_may_blank(qtbot, kiosk_window):
    kiosk_window.enter_kiosk(bus_address="unix:path=/nonexistent/bus")
    with qtbot.waitSignal(kiosk_window.kiosk.screen_awake, timeout=5000) as answer:
        pass
    assert "the screen may blank" in answer.args[0].problem and kiosk_window.kiosk.awake is answer.args[0]
    assert kiosk_window.isFullScreen()


def test_the_qr_code_is_a_real_one():
    """A phone's reader gets the URL back: OpenCV's QR decoder reads the drawn code."""
    import cv2
    import numpy as np

    image = qr_pixmap("https://example.org/booth").toImage().convertToFormat(QImage.Format.Format_Grayscale8)
    assert image.width() == image.height() >= 100 and image.pixelColor(0, 0).lightness() > 200  # a white quiet zone
    pixels = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine())
    assert cv2.QRCodeDetector().detectAndDecode(pixels[:, : image.width()].copy())[0] == "https://example.org/booth"


def test_the_attract_loop_starts_when_idle_and_stops_on_input(qtbot, monkeypatch, kiosk_window):
    """It plays in conversations of its own, a fresh one every few questions, kept out of the history; the
    visitor's conversation and half-typed message are on screen again when they are back."""
    monkeypatch.setattr("app.kiosk.attract_loop.QUESTION_PAUSE_S", 0.5)
    window, chat = kiosk_window, kiosk_window.chat
    window.show_view("dashboard")  # the chat model loads when its panel first shows
    qtbot.waitUntil(lambda: chat.engine is not None and chat.store is not None, timeout=60000)
    chat.send("Name one fruit.")
    qtbot.waitUntil(lambda: chat.last_done is not None, timeout=60000)
    visitors = [(m.role, m.content) for m in chat.messages]
    chat.input.setPlainText("and one vegetable")
    scripted_before = len(chat.store.conversations("Name one colour."))
    window.settings.attract_idle_s = 2
    window.settings.set_value("kiosk/questions", ["Name one colour.", "Name one animal."])
    window.enter_kiosk()
    loop = window.kiosk.attract
    qtbot.waitUntil(lambda: loop.active, timeout=10000)
    assert loop.caption.isVisible() and "Nothing leaves it." in loop.caption.text()
    qtbot.waitUntil(
        lambda: [m.content for m in chat.messages if m.role == "user"][:1] == ["Name one colour."], timeout=60000
    )
    qtbot.waitUntil(
        lambda: loop.asked == 4 and not chat.is_busy() and chat.messages[-1].role == "assistant", timeout=120000
    )
    assert [m.content for m in chat.messages if m.role == "user"] == [
        "Name one animal."
    ]  # the 4th question, a new conversation
    qtbot.keyClick(window, Qt.Key.Key_A)
    assert not loop.active and not loop.caption.isVisible()
    assert [(m.role, m.content) for m in chat.messages] == visitors and chat.input.toPlainText() == "and one vegetable"
    chat.writer.flush()
    assert len(chat.store.conversations("Name one colour.")) == scripted_before


@pytest.mark.linux_audio
def test_a_voice_near_the_booth_ends_the_attract_loop(qtbot, kiosk_window, tmp_path):
    """The real microphone path: paplay speaks into PulseAudio's null sink, whose monitor is the default input."""
    if not pulse_virtual_microphone():
        if os.environ.get("CI"):
            pytest.fail("no PulseAudio virtual microphone: .ci/run starts one")
        pytest.skip("no PulseAudio virtual microphone here (run .ci/run)")
    window = kiosk_window
    window.settings.attract_idle_s = 2
    window.enter_kiosk()
    loop = window.kiosk.attract
    qtbot.waitUntil(lambda: loop.active, timeout=10000)
    qtbot.wait(1500)  # the room is quiet: the loop plays on
    assert loop.active and not loop.listen_problem
    clip = write_wav(tmp_path / "voice.wav", demo_sentences()[1])
    player = subprocess.Popen(["paplay", "--device=virtual_mic_sink", str(clip)])
    try:
        qtbot.waitUntil(lambda: not loop.active, timeout=10000)
    finally:
        player.terminate()
        player.wait(10)
    assert not loop.caption.isVisible()


def test_in_kiosk_mode_no_control_or_key_opens_a_dialog_and_a_stopped_demo_comes_back(qtbot, monkeypatch, kiosk_window):
    """A visitor clicks every control on screen, picks every choice in every list and presses the operator's keys:
    no file browser or question opens; the demo a visitor stops starts again once the booth is idle."""
    opened = []
    for name in ("getOpenFileName", "getSaveFileName", "getExistingDirectory"):
        monkeypatch.setattr(QFileDialog, name, staticmethod(lambda *args, name=name, **kw: opened.append(name) or ""))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *args, **kw: opened.append("question")))
    monkeypatch.setattr(QMessageBox, "about", staticmethod(lambda *args, **kw: opened.append("about")))
    window = kiosk_window
    window.settings.attract_idle_s = 3
    window.enter_kiosk()
    window.vision.start("demo", "cpu")
    qtbot.waitUntil(window.vision.is_running, timeout=10000)
    for keys in ("Ctrl+O", "Ctrl+M", "Ctrl+S", "Ctrl+E", "Ctrl+Shift+S", "Ctrl+Shift+O", "F1", "F11", "Ctrl+Q"):
        QTest.keySequence(window, QKeySequence(keys))
    for combo in [combo for combo in window.findChildren(QComboBox) if combo.isVisible()]:
        for index in range(combo.count()):
            combo.setCurrentIndex(index)
            combo.activated.emit(index)
    for control in [b for b in window.findChildren(QAbstractButton) if b.isVisible() and b.isEnabled()]:
        control.click()
    qtbot.wait(200)
    assert opened == [] and window.isFullScreen()
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]
    for panel in window.running_panels():
        assert not any(control.isVisible() for control in panel.operator_controls), panel
    window.vision.stop()  # however it stopped, the booth starts it again by itself
    qtbot.waitUntil(window.vision.is_running, timeout=15000)


def test_the_attract_loop_waits_for_an_open_comparison_to_close(qtbot, kiosk_window):
    """An operator's comparison left on screen keeps the machine to itself: the loop starting on the idle booth would
    have run the demo, the speech and the chat beside the two detectors it times."""
    window = kiosk_window
    window.settings.attract_idle_s = 1
    window.enter_kiosk()
    loop = window.kiosk.attract
    devices = window.vision.compare_devices()
    qtbot.waitUntil(lambda: devices.last is not None, timeout=30000)
    qtbot.wait(2500)
    assert not loop.active and not window.vision.is_running() and not window.speech.is_running()
    devices.close()
    qtbot.waitUntil(lambda: loop.active, timeout=5000)


def test_the_attract_loop_asks_only_what_the_model_answers_right(qtbot, monkeypatch, kiosk_window):
    """The first time, the model is quizzed off screen (and the result remembered); then only the questions it
    answered right are asked, each answered on screen as the quiz checked it. With none right, the chat waits for a
    visitor with a suggestion instead of showing a wrong answer."""
    monkeypatch.setattr("app.kiosk.attract_loop.QUESTION_PAUSE_S", 0.5)
    window, chat = kiosk_window, kiosk_window.chat
    window.show_view("dashboard")
    qtbot.waitUntil(lambda: chat.engine is not None, timeout=60000)
    window.settings.attract_idle_s = 1
    window.enter_kiosk()
    loop = window.kiosk.attract
    qtbot.waitUntil(lambda: chat.right_answers is not None, timeout=120000)
    right = chat.right_answers
    qtbot.waitUntil(lambda: not chat.is_busy(), timeout=30000)
    assert remembered_right_answers(chat.engine.info) == right and set(right) <= {q.text for q in BOOTH_QUESTIONS}
    assert right, "the bundled model answered no booth question right (greedy): the attract loop would ask nothing"
    qtbot.waitUntil(lambda: loop.asked >= 1 and not chat.is_busy() and chat.messages[-1].role == "assistant",
                    timeout=60000)
    question, answer = chat.messages[0].content, chat.messages[-1].content
    assert question in right and not next(q for q in BOOTH_QUESTIONS if q.text == question).missing(answer)
    loop.stop()
    chat.right_answers = []  # a model that answers none
    loop.start()
    qtbot.waitUntil(lambda: chat.input.placeholderText() == TRY_PROMPT, timeout=10000)
    assert not [m for m in chat.messages if m.role == "user"]


def test_kiosk_mode_is_reachable_from_the_window_once_the_way_out_is_said(qtbot, monkeypatch, kiosk_window):
    """An installed app has no command line for --kiosk: View > Kiosk mode, after a question naming the exit chord."""
    asked = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda parent, title, text: asked.append(text) or QMessageBox.StandardButton.Yes
    )
    view_menu = kiosk_window.menuBar().actions()[1].menu()
    next(action for action in view_menu.actions() if action.text() == "&Kiosk mode (booth)...").trigger()
    assert "Ctrl+Alt+Shift+Q" in asked[0] and kiosk_window.kiosk is not None
    qtbot.waitUntil(kiosk_window.isFullScreen, timeout=5000)
    assert not kiosk_window.menuBar().isVisible() and kiosk_window.current_view() == "dashboard"
