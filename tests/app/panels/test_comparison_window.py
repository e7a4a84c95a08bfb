"""One-key comparisons: C (the CPU against the best accelerator) and P (FP32 against INT8), side by side on the
same demo frames; on this CPU-only machine C says so plainly instead of showing a second CPU column."""

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from app.cli.main import main
from app.main_window import MainWindow
from app.settings import AppSettings
from app.worker import _RUNNING
from pipelines.machine.cpu import int8_instructions


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
    devices.close()  # the title bar's close button: the window never waits for the detectors, which end within 1 s
    qtbot.waitUntil(panel.is_running, timeout=5000)
    qtbot.waitUntil(lambda: not any(thread.isRunning() for thread in compare_threads()), timeout=1000)
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
    fp32_mb, int8_mb = (f"{path.stat().st_size / 1e6:.1f} MB" for path in (built_model, int8_model))
    assert precisions.left_title.text().startswith(f"FP32 · {fp32_mb}")
    assert precisions.right_title.text() == f"INT8 · {int8_mb} · CPU ({int8_instructions()})"  # what INT8 gains, why
    summary = precisions.summary()
    assert "speed-up" in summary and "agreement" in summary
    precisions.activateWindow()
    qtbot.waitUntil(precisions.isActiveWindow, timeout=2000)
    qtbot.keyClick(precisions, Qt.Key.Key_Escape)  # Esc: both detectors stop within a second, detection resumes
    qtbot.waitUntil(lambda: not any(thread.isRunning() for thread in compare_threads()), timeout=1000)
    qtbot.waitUntil(lambda: panel.comparison is None and panel.is_running(), timeout=5000)
    window.close()


def test_typed_into_the_chat_box_or_a_list_c_and_p_stay_letters(qtbot, built_model):
    """A letter typed in a text box stays text; in a list it selects by it (typing C in the Device list opened the
    comparison)."""
    window = MainWindow(AppSettings(), built_model)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    window.show_view("chat")  # as Ctrl+3: the chat box takes the focus, ready to type
    qtbot.waitUntil(window.chat.input.hasFocus, timeout=2000)
    qtbot.keyClicks(window.chat.input, "cpu")
    assert window.chat.input.toPlainText() == "cpu" and window.vision.comparison is None
    window.show_view("vision")
    devices = window.vision.controls.provider_combo
    qtbot.waitUntil(lambda: devices.findText("CPU [CPU]") >= 0, timeout=10000)  # ranked off the UI thread
    devices.setFocus()
    qtbot.waitUntil(devices.hasFocus, timeout=2000)
    qtbot.keyClick(devices, Qt.Key.Key_C, Qt.KeyboardModifier.NoModifier)  # type-ahead in the list: 'CPU [CPU]'
    assert window.vision.comparison is None and devices.currentText() == "CPU [CPU]"
    window.close()


def test_the_energy_line_gives_the_measured_figure_or_why_there_is_none(qtbot, built_model, int8_model, tmp_path,
                                                                         monkeypatch):
    """A fake source drawing 5 W idle, FP32 +10 W, INT8 +4 W (by which detector is at work): the line shows the
    measurement's progress and draw, then which side uses how many times less energy; on AC power, the charger."""
    from app.panels.comparison_window import ComparisonWindow
    from pipelines.detection.comparison import IDLE, MEASURED, PRECISION, STOPPED, UNAVAILABLE, EnergyState, load_pair
    from pipelines.machine.power import NO_SOURCE, ROOT_ONLY, find_power_source
    from tests.pipelines.detection.test_comparison import SHORT, SideDraw, watched
    from tests.pipelines.machine.test_power import supply

    pair, flag = load_pair(PRECISION), [IDLE]
    monkeypatch.setattr("app.panels.comparison_window.load_pair", lambda kind: watched(pair, flag))
    window = ComparisonWindow(PRECISION, power=lambda: SideDraw(flag), plan=SHORT)
    qtbot.addWidget(window)
    lines, energy_line = [], window.energy_line
    window.energy_line = lambda: lines.append(energy_line()) or lines[-1]
    window.show()
    qtbot.waitUntil(lambda: window.last is not None and window.last.running == "both", timeout=60000)
    assert any(line.startswith("energy: measuring the idle draw, nothing running (") for line in lines)
    assert any(line.startswith("energy: measuring FP32 alone (") and line.endswith(" · 15.0 W now") for line in lines)
    assert any(line.startswith("energy: measuring INT8 alone (") and line.endswith(" · 9.0 W now") for line in lines)
    energy = window.energy_state
    assert energy is not None and energy.stage == MEASURED
    side, ratio = energy.less_energy()
    low, high = sorted((energy.left.mj_per_frame, energy.right.mj_per_frame))
    assert window.energy.text() == (
        f"{'INT8' if side == 'right' else 'FP32'} uses {ratio:.1f}x less energy per frame ({low:.1f} vs {high:.1f} mJ, "
        f"averaged over {energy.seconds:.0f} s each, 5.0 W idle subtracted)"
    )
    assert "speed-up" in window.summary() and window.energy.isVisible()
    window.close()
    qtbot.waitUntil(lambda: not any(thread.isRunning() for thread in compare_threads()), timeout=5000)

    supply(tmp_path, "BAT0", type="Battery", status="Charging", power_now=0)
    monkeypatch.setattr("app.panels.comparison_window.load_pair", lambda kind: pair)
    plugged = ComparisonWindow(PRECISION, power=lambda: find_power_source(tmp_path, "linux"))
    qtbot.addWidget(plugged)
    plugged.show()
    qtbot.waitUntil(lambda: plugged.last is not None, timeout=30000)
    assert plugged.energy.text() == "energy: on AC power, plug out the charger to measure it"
    assert plugged.energy.toolTip().startswith("on AC power (battery BAT0: Charging): plug out the charger")
    for cause, source, line in (
        (NO_SOURCE, "", "energy: this machine reports no power draw"),
        (ROOT_ONLY, "", "energy: only an administrator may read this machine's power counters"),
        (STOPPED, "battery", "energy: the power reading stopped before the figure was measured"),
    ):
        plugged._show_energy(EnergyState(UNAVAILABLE, source, "why", cause))
        assert plugged.energy.text() == line
    plugged.close()
    qtbot.waitUntil(lambda: not any(thread.isRunning() for thread in compare_threads()), timeout=5000)


def test_the_same_key_again_brings_the_comparison_forward_and_the_other_replaces_it(qtbot, built_model, int8_model):
    """C pressed twice opened two comparisons measuring at once (their figures then shared the CPU); P while C's is
    open closes C's first, and live detection resumes once the last one closes."""
    window = MainWindow(AppSettings(), built_model)
    qtbot.addWidget(window)
    window.show()
    panel = window.vision
    panel.start("demo", "cpu")
    qtbot.waitUntil(panel.is_running, timeout=5000)
    devices = panel.compare_devices()
    assert panel.compare_devices() is devices
    precisions = panel.compare_precisions()
    assert precisions is not devices and panel.comparison is precisions and not devices.isVisible()
    assert not panel.is_running()  # closing C's did not resume live detection under P's
    qtbot.waitUntil(lambda: precisions.last is not None, timeout=30000)
    precisions.close()
    qtbot.waitUntil(lambda: panel.comparison is None and panel.is_running(), timeout=5000)
    qtbot.waitUntil(lambda: not any(thread.isRunning() for thread in compare_threads()), timeout=1000)
    window.close()

