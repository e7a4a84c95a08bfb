"""One-key comparisons: C (the CPU against the best accelerator) and P (FP32 against INT8), side by side on the
same demo frames; on this CPU-only machine C says so plainly instead of showing a second CPU column."""

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from app.cli.main import main
from app.main_window import MainWindow
from app.settings import AppSettings
from app.worker import _RUNNING


def test_bench_compare_device_says_there_is_no_accelerator_here(built_model, int8_model, capsys):
    assert main(["bench", "detection", "--compare", "device", "--json"]) == 0
    compare = json.loads(capsys.readouterr().out)["compare"]
    assert compare["accelerator"] is None and compare["speedup"] is None and "No NPU or GPU" in compare["why"]
    assert (
        compare["cpu"]["provider"] == "CPUExecutionProvider"
        and compare["cpu"]["ms_p50"] > 0
        and compare["frames"] == 34
    )


def compare_threads() -> list:
    """The comparisons' worker threads started so far (kept past their window by the worker registry)."""
    return [thread for thread in _RUNNING if thread.objectName().startswith("compare-")]


def test_c_and_p_open_side_by_side_views_and_live_detection_resumes(qtbot, built_model, int8_model):
    window = MainWindow(AppSettings(), built_model)
    qtbot.addWidget(window)
    window.show()
    panel = window.vision
    panel.start("demo", "cpu")
    qtbot.waitUntil(panel.is_running, timeout=5000)
    window.activateWindow()
    got_it = window.first_run_note.findChild(QPushButton)
    got_it.setFocus()  # first launch: the note's "Got it" holds focus; the booth keys work from anywhere
    qtbot.waitUntil(got_it.hasFocus, timeout=2000)
    qtbot.keyClick(got_it, Qt.Key.Key_C)
    devices = panel.comparison
    assert devices is not None and not panel.is_running()  # the comparison gets the machine
    qtbot.waitUntil(lambda: devices.last is not None and devices.last.frames >= 3, timeout=30000)
    assert devices.missing.isVisible() and not devices.right_view.isVisible()  # no fake second column
    assert "No NPU or GPU" in devices.missing.text() and "nothing to compare it with" in devices.summary()
    devices.close()  # the title bar's close button
    qtbot.waitUntil(panel.is_running, timeout=5000)
    assert not any(thread.isRunning() for thread in compare_threads())
    window.show_view("chat")
    window.activateWindow()
    window.chat.input.setFocus()
    qtbot.waitUntil(window.chat.input.hasFocus, timeout=2000)
    qtbot.keyClick(window.chat.input, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)  # back to Vision
    assert window.current_view() == "detection"
    focused = QApplication.focusWidget() or window
    assert not panel.isAncestorOf(focused)  # the focus is not in the Vision panel: P still compares
    qtbot.keyClick(focused, Qt.Key.Key_P)
    precisions = panel.comparison
    assert precisions is not None
    qtbot.waitUntil(lambda: precisions.last is not None and precisions.last.frames >= 3, timeout=30000)
    assert precisions.right_view.isVisible() and precisions.right_view.has_frame() and precisions.left_view.has_frame()
    assert precisions.left_title.text().startswith("FP32 · 67.4 MB") and precisions.right_title.text().startswith(
        "INT8 · 17.5 MB"
    )
    summary = precisions.summary()
    assert "speed-up" in summary and "agreement" in summary
    precisions.activateWindow()
    qtbot.waitUntil(precisions.isActiveWindow, timeout=2000)
    qtbot.keyClick(precisions, Qt.Key.Key_Escape)  # Esc: both detectors stop within a second, detection resumes
    qtbot.waitUntil(lambda: not any(thread.isRunning() for thread in compare_threads()), timeout=1000)
    qtbot.waitUntil(lambda: panel.comparison is None and panel.is_running(), timeout=5000)
    window.close()


def test_typed_into_the_chat_box_c_and_p_stay_letters(qtbot, built_model):
    window = MainWindow(AppSettings(), built_model)
    qtbot.addWidget(window)
    window.show()
    window.show_view("chat")
    window.activateWindow()
    window.chat.input.setFocus()
    qtbot.waitUntil(window.chat.input.hasFocus, timeout=2000)
    qtbot.keyClicks(window.chat.input, "cpu")
    assert window.chat.input.toPlainText() == "cpu" and window.vision.comparison is None
    window.close()
